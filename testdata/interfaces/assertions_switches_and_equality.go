package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type T struct {
	A int
	B string
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case []int:
		return fmt.Sprint("slice ", len(v))
	case *T:
		return fmt.Sprint("ptr ", v.B)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println(n)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	var sh Shape = Sq{3}
	q, ok := sh.(Sq)
	fmt.Println(q, ok)
	var a any = sh
	sh2, ok := a.(Shape)
	fmt.Println(sh2.Area(), ok)
	for _, x := range []any{nil, 1, "s", true, Sq{2}, []int{1, 2}, &T{1, "t"}, 2.5} {
		fmt.Println(describe(x))
	}
	var e1, e2 interface{} = T{1, "x"}, T{1, "x"}
	fmt.Println(e1 == e2, e1 != T{2, "x"}, e1 == nil)
	var f1, f2 any = 1.5, 1.5
	fmt.Println(f1 == f2, f1 == any(2))
	var s1, s2 any = "ab", "a" + "b"
	fmt.Println(s1 == s2)

	fmt.Println(i.(string))
}

// Output:
// 42
// "" false
// {3} true
// 9 true
// nil
// int 2
// string or bool s
// string or bool true
// shape 4
// slice 2
// ptr t
// other float64
// true true false
// true false
// true
//
// Stderr:
// panic: interface conversion: interface {} is int, not string
//
// goroutine 1 [running]:
//
// Exit: 2
