// Package runtime: natives in stdlib/natives.cpp. MemStats and
// ReadMemStats arrive with structs and pointers.
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gosub"

// GC runs a full collection now.
func GC()

func NumCPU() int { return 1 }
func GOMAXPROCS(n int) int { return 1 }
func NumGoroutine() int { return 1 }
