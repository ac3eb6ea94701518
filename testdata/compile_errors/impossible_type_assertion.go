package main

type Shape interface{ Area() float64 }
type Sq struct{}

func (q *Sq) Area() float64 { return 1 }

func main() {
	var s Shape = &Sq{}
	_ = s.(Sq)
}

// Stderr:
// impossible_type_assertion.go:10:6: impossible type assertion: s.(Sq)
// 	Sq does not implement Shape (Area method has pointer receiver)
//
// Exit: 2
