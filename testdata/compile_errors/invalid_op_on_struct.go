package main

type V struct{ X int }

func main() {
	a, b := V{1}, V{2}
	_ = a + b
}

// Stderr:
// invalid_op_on_struct.go:7:6: invalid operation: operator + not defined on a (variable of type V)
//
// Exit: 2
