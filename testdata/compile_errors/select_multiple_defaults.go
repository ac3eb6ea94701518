package main

func main() {
	c := make(chan int)
	select {
	case <-c:
	default:
	default:
	}
}

// Stderr:
// select_multiple_defaults.go:8:2: multiple defaults (first at select_multiple_defaults.go:7:2)
//
// Exit: 2
