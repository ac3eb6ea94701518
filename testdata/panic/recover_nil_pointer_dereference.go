package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Second() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("Second: %v", r)
		}
	}()
	return l.next.val, nil
}

func main() {
	l := &List{1, &List{2, nil}}
	fmt.Println(l.Second())
	fmt.Println(l.next.Second())
	var nl *List
	fmt.Println(nl.Second())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		var p *int
		*p = 3
	}()
}

// Output:
// 2 <nil>
// 0 Second: runtime error: invalid memory address or nil pointer dereference
// 0 Second: runtime error: invalid memory address or nil pointer dereference
// runtime.errorString: runtime error: invalid memory address or nil pointer dereference
