package main

func f() int { return 1 }

func main() {
	c := make(chan int)
	select {
	case f():
	case <-c:
	}
}

// Stderr:
// select_case_not_communication.go:8:8: select case must be send or receive (possibly with assignment)
//
// Exit: 2
