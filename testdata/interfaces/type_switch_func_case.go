package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var sp *Circ
	var sh Shape = sp
	for _, v := range []interface{}{nil, 1, int64(2), "abc", errors.New("e"), Sq{2}, &Circ{1}, []int{1}, func() int { return 7 }, 3.5, Sq{}, sh} {
		fmt.Println(classify(v))
	}
	fmt.Println(sh == nil, sh != nil)
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// string of len 3
// error e
// shape 4.0
// shape 3.0
// ints 1
// func 7
// other float64
// shape 0.0
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x482a80]
//
// goroutine 1 [running]:
//
// Exit: 2
