package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func realNil(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := realNil(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	fmt.Println(e1.Error())
	fmt.Println(e1)
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x == (*int)(nil))
}

// Output:
// false true
// *main.MyErr <nil>
// myerr
// myerr
// false true
