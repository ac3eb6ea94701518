//gosub:stdin first line\nwindows line\r\n\n  indented\nlast without newline
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q %d\n", n, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err())
	fmt.Println(sc.Scan(), sc.Text() == "")
}

// Output:
// 1 "first line" 10
// 2 "windows line" 12
// 3 "" 0
// 4 "  indented" 10
// 5 "last without newline" 20
// err: <nil>
// false true
