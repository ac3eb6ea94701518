package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("aé世\xffz"))
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Buffered())
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%q %d %d\n", c, size, r.Buffered())
	}
	fmt.Println(r.UnreadRune())

	r = bufio.NewReader(strings.NewReader("peekaboo"))
	p, err := r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	c, _, _ := r.ReadRune()
	fmt.Printf("%c %v\n", c, r.UnreadRune())
	buf := make([]byte, 3)
	k, err := r.Read(buf)
	fmt.Printf("%d %q %v\n", k, buf[:k], err)
	fmt.Println(r.UnreadRune())
}

// Output:
// 97 <nil> 7
// <nil> bufio: invalid use of UnreadByte
// 'a' 1 7
// 'é' 2 5
// '世' 3 2
// '�' 1 1
// 'z' 1 0
// end: EOF
// bufio: invalid use of UnreadRune
// "peek" <nil>
// 2 <nil>
// "ekaboo" EOF
// e <nil>
// 3 "eka" <nil>
// bufio: invalid use of UnreadRune
