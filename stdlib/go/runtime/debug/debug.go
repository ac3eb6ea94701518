// Package runtime/debug: natives in stdlib/natives.cpp.
package debug

import "os"

// SetGCPercent sets GOGC (negative: off) and returns the previous setting.
func SetGCPercent(percent int) int

// SetMaxStack sets the most stack a goroutine may use (bytes; gosub
// counts its registers and a per-frame overhead) and returns the previous
// setting. Exceeding it ends the program with "fatal error: stack overflow".
func SetMaxStack(bytes int) int

// Stack returns a formatted stack trace of the calling goroutine, its own
// frame first, as Go's does.
func Stack() []byte {
	return []byte(stack())
}

func stack() string

// PrintStack prints the stack trace returned by Stack to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
