package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(0))
}

// Output:
// recursing
//
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// runtime: sp=0xc0200f0388 stack=[0xc0200f0000, 0xc0400f0000]
// fatal error: stack overflow
//
// runtime stack:
// runtime.throw({0x499dc2?, 0x516880?})
// 	/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7ffc72444230 sp=0x7ffc72444200 pc=0x4317bd
// runtime.newstack()
// 	/usr/lib/go-1.19/src/runtime/stack.go:1103 +0x5cc fp=0x7ffc724443e8 sp=0x7ffc72444230 pc=0x448e6c
// runtime.morestack()
// 	/usr/lib/go-1.19/src/runtime/asm_amd64.s:570 +0x8b fp=0x7ffc724443f0 sp=0x7ffc724443e8 pc=0x45ae8b
//
// goroutine 1 [running]:
//
// Exit: 2
