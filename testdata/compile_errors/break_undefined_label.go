package main

func main() {
	for {
		break L
	}
}

// Stderr:
// break_undefined_label.go:5:9: break label not defined: L
//
// Exit: 2
