package main

type P struct{}

func (p *P) M() {}

func main() {
	P{}.M()
}

// Stderr:
// pointer_method_on_value_error.go:8:6: cannot call pointer method M on P
//
// Exit: 2
