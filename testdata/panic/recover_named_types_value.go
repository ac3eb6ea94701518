package main

import "fmt"

type Code int
type Name string
type Ratio float64
type Flag bool

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T | %#v\n", r, r, r)
		if c, ok := r.(Code); ok {
			fmt.Println("  code+1 =", c+1)
		}
		if _, ok := r.(int); ok {
			fmt.Println("  is plain int")
		}
	}()
	f()
}

func main() {
	catch(func() { panic(Code(503)) })
	catch(func() { panic(503) })
	catch(func() { panic(Name("bob")) })
	catch(func() { panic(Ratio(0.5)) })
	catch(func() { panic(Flag(true)) })
}

// Output:
// 503 | main.Code | 503
//   code+1 = 504
// 503 | int | 503
//   is plain int
// bob | main.Name | "bob"
// 0.5 | main.Ratio | 0.5
// true | main.Flag | true
