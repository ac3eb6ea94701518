// Package fmt: functions declared without a body are natives
// (stdlib/natives.cpp), bound by qualified name; the printer itself is
// stdlib/format.cpp.
package fmt

import "errors"

// writer is io.Writer's method set. fmt does not import io: every program
// imports fmt, and parsing io would cost each of them startup time.
// Interfaces are structural, so any io.Writer is a writer and back.
type writer = interface {
	Write(p []byte) (n int, err error)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Fprint formats using the default formats for its operands and writes to
// w. Spaces are added between operands when neither is a string. It
// returns the number of bytes written and any write error encountered.
func Fprint(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is
// appended.
func Fprintln(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// Errorf formats like Sprintf; an error operand of %w is wrapped (Go
// 1.19: the first one only), so errors.Unwrap returns it.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	if wrapped < 0 {
		return errors.New(s)
	}
	err, _ := a[wrapped].(error)
	return &wrapError{s, err}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// errorf is Sprintf accepting %w; wrapped is the operand %w took, or -1.
func errorf(format string, a []any) (s string, wrapped int)
