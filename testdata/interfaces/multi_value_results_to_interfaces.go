package main

import "fmt"

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func f(code int) (int, *MyErr) {
	if code == 0 {
		return 0, nil
	}
	return code * 10, &MyErr{code}
}

func g(code int) (int, error) { return f(code) }

func h(n int, e error) string { return fmt.Sprint(n, " ", e, " ", e == nil) }

func main() {
	var n int
	var e error
	n, e = f(3)
	fmt.Println(n, e)
	fmt.Println(g(4))
	fmt.Println(h(f(5)))
	// A nil *MyErr in an error interface is not a nil interface.
	_, e = f(0)
	fmt.Println(e == nil, e != nil)
	var x, y any
	x, y = f(6)
	fmt.Printf("%v %T %v %T\n", x, x, y, y)
}

// Output:
// 30 myerr 3
// 40 myerr 4
// 50 myerr 5 false
// false true
// 60 int myerr 6 *main.MyErr
