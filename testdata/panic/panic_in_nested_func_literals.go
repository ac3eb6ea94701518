package main

import "fmt"

func main() {
	result := func() (s string) {
		defer func() {
			if r := recover(); r != nil {
				s = fmt.Sprint("outer literal recovered: ", r)
			}
		}()
		return func() string {
			defer fmt.Println("middle literal deferred")
			return func(n int) string {
				if n > 2 {
					panic(fmt.Sprintf("innermost literal n=%d", n))
				}
				return "fine"
			}(3)
		}()
	}()
	fmt.Println(result)

	f := func() {
		func() {
			func() {
				panic("three levels down, unrecovered")
			}()
		}()
	}
	defer fmt.Println("main deferred")
	f()
}

// Output:
// middle literal deferred
// outer literal recovered: innermost literal n=3
// main deferred
//
// Stderr:
// panic: three levels down, unrecovered
//
// goroutine 1 [running]:
//
// Exit: 2
