// Package strconv: the conversions are natives (stdlib/natives.cpp); the
// errors are Go values built here, as Go's own strconv builds them.
package strconv

import "errors"

const IntSize = 64

// ErrRange and ErrSyntax are the Err of a *NumError.
var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // ErrRange, ErrSyntax or another reason
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Codes the parsing natives return.
const (
	parsedOK = iota
	badSyntax
	outOfRange
	badBase
	badBitSize
)

func numError(fn, s string, code int, base, bitSize int) error {
	switch code {
	case badSyntax:
		return &NumError{fn, s, ErrSyntax}
	case outOfRange:
		return &NumError{fn, s, ErrRange}
	case badBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	if code != parsedOK {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != parsedOK {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != parsedOK {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != parsedOK {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteToASCII(s string) string

// Unquote interprets s as a Go string, rune or raw string literal.
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func unquote(s string) (string, bool)

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func QuoteRuneToASCII(r rune) string
func IsPrint(r rune) bool
func CanBackquote(s string) bool
