// Package strconv: natives in stdlib/natives_strconv.cpp.
package strconv

const IntSize = 64

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
