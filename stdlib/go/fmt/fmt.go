// Package fmt: functions declared without a body are natives
// (stdlib/natives_fmt.cpp), bound by qualified name.
package fmt

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}
