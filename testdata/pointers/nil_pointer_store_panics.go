package main

type T struct {
	A, B int
}

func set(p *T) {
	p.B = 1
}

func main() {
	set(nil)
}

// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x457c62]
//
// goroutine 1 [running]:
//
// Exit: 2
