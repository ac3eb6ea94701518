package main

import "fmt"

func main() {
	goto L
	x := 1
	fmt.Println(x)
L:
	fmt.Println("end")
	goto M
	{
	M:
	}
}

// Stderr:
// goto_into_block_or_over_declaration.go:6:7: goto L jumps over declaration of x at goto_into_block_or_over_declaration.go:7:4
// goto_into_block_or_over_declaration.go:11:7: goto M jumps into block starting at goto_into_block_or_over_declaration.go:12:2
//
// Exit: 2
