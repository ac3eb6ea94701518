//gosub:stdin abcdefghij\nklm
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 5)
	total := 0
	for {
		n, err := os.Stdin.Read(buf)
		total += n
		if n > 0 {
			fmt.Printf("%q\n", buf[:n])
		}
		if err != nil {
			fmt.Println(err, err == io.EOF)
			break
		}
	}
	fmt.Println(total)
	n, err := os.Stdin.Read(nil)
	fmt.Println(n, err)
}

// Output:
// "abcde"
// "fghij"
// "\nklm"
// EOF true
// 14
// 0 <nil>
