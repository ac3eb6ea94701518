package main

import "fmt"

type List struct {
	head *elem
	size int
}

type elem struct {
	val  string
	next *elem
}


func push(l *List, v string) {
	l.head = &elem{v, l.head}
	l.size++
}

func main() {
	l := &List{}
	for _, w := range []string{"a", "b", "c"} {
		push(l, w)
	}
	out := ""
	for e := l.head; e != nil; e = e.next {
		out += e.val
	}
	fmt.Println(out, l.size)
}

// Output:
// cba 3
