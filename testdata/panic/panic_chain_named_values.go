package main

type Code int
type Reason string

type Err struct{ s string }

func (e *Err) Error() string { return "err:" + e.s }

func main() {
	defer func() {
		panic(&Err{"last"})
	}()
	defer func() {
		panic(Reason("middle"))
	}()
	panic(Code(500))
}

// Stderr:
// panic: main.Code(500)
// 	panic: main.Reason("middle")
// 	panic: err:last
//
// goroutine 1 [running]:
//
// Exit: 2
