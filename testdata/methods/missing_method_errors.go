package main

type Shape interface{ Area() float64 }
type Sq struct{}
type P struct{}

func (p *P) Area() float64 { return 1 }

type W struct{}

func (W) Area() int { return 1 }

func main() {
	var s Shape = Sq{}
	var t Shape = P{}
	var u Shape = W{}
	_, _, _ = s, t, u
}

// Stderr:
// missing_method_errors.go:14:16: cannot use Sq{} (value of type Sq) as type Shape in variable declaration:
// 	Sq does not implement Shape (missing Area method)
// missing_method_errors.go:15:16: cannot use P{} (value of type P) as type Shape in variable declaration:
// 	P does not implement Shape (Area method has pointer receiver)
// missing_method_errors.go:16:16: cannot use W{} (value of type W) as type Shape in variable declaration:
// 	W does not implement Shape (wrong type for Area method)
// 		have Area() int
// 		want Area() float64
//
// Exit: 2
