package main

import "fmt"

func safeDiv(a, b int) (q, r int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = p.(error)
		}
	}()
	return a / b, a % b, nil
}

func safeMod8(a int8, b int8) (res int8, msg string) {
	defer func() {
		if p := recover(); p != nil {
			msg = fmt.Sprintf("%v [%T]", p, p)
		}
	}()
	return a % b, "ok"
}

func main() {
	fmt.Println(safeDiv(17, 5))
	fmt.Println(safeDiv(17, 0))
	fmt.Println(safeMod8(-7, 3))
	fmt.Println(safeMod8(5, 0))
	x := 1.0
	zero := 0.0
	fmt.Println("float division does not panic:", x/zero, -x/zero)
}

// Output:
// 3 2 <nil>
// 0 0 runtime error: integer divide by zero
// -1 ok
// 0 runtime error: integer divide by zero [runtime.errorString]
// float division does not panic: +Inf -Inf
