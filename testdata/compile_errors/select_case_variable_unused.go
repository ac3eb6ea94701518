package main

func main() {
	c := make(chan int)
	select {
	case v := <-c:
	default:
	}
}

// Stderr:
// select_case_variable_unused.go:6:7: v declared but not used
//
// Exit: 2
