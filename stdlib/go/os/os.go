// Package os: natives in stdlib/natives.cpp.
package os

// Args hold the command-line arguments, starting with the program name
// (for gosub run: the script path).
var Args []string = runtime_args()

func runtime_args() []string

func Exit(code int)
