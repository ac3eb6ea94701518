// Package runtime/debug: natives in stdlib/natives.cpp.
package debug

// SetGCPercent sets GOGC (negative: off) and returns the previous setting.
func SetGCPercent(percent int) int
