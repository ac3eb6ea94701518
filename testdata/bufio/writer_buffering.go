package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println(w.Size(), w.Buffered(), w.Available())
	w.WriteString("buffered ")
	fmt.Println("direct line (printed before the buffered text)")
	fmt.Println(w.Buffered(), w.Available())
	w.WriteByte('[')
	w.WriteRune('é')
	w.WriteRune('世')
	w.WriteByte(']')
	fmt.Fprintf(w, " then more than sixteen bytes at once\n")
	fmt.Println(w.Buffered(), w.Available())
	w.WriteString("tail\n")
	fmt.Println("before flush", w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())

	d := bufio.NewWriter(os.Stdout)
	fmt.Println(d.Size(), d.Available())
	n, err := d.Write([]byte("bytes via Write\n"))
	fmt.Println(n, err)
	d.Flush()
}

// Output:
// 16 0 16
// direct line (printed before the buffered text)
// 9 7
// buffered [é世] then more than sixteen bytes at once
// 0 16
// before flush 5
// tail
// <nil> 0
// 4096 4096
// 16 <nil>
// bytes via Write
