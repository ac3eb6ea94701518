// Package os: natives in stdlib/natives_os.cpp.
package os

func Exit(code int)
