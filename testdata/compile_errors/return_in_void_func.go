package main

func f() {
	return 1
}

func main() {
	f()
}

// Stderr:
// return_in_void_func.go:4:9: too many return values
// 	have (number)
// 	want ()
//
// Exit: 2
