package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
	fmt.Println(r.UnreadByte(), r.Len())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c %d\n", ch, size)
	}
	fmt.Println(r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadRune())

	pos, err := r.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 4)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)

	r.Reset("new")
	var sb strings.Builder
	w, err := r.WriteTo(&sb)
	fmt.Println(w, err, sb.String(), r.Len())
}

// Output:
// 6 6
// 104 <nil> 5
// <nil> 6
// h 1
// é 2
// l 1
// l 1
// o 1
// EOF
// strings.Reader.UnreadRune: previous operation was not ReadRune 0
// strings.Reader.UnreadRune: previous operation was not ReadRune
// 1 <nil>
// 3 <nil> "él"
// 2 EOF "lo"
// strings.Reader.Seek: negative position
// 3 <nil> new 0
