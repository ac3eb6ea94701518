//gosub:stdin name: gopher\nage: 13\nno-newline
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		if k, v, ok := strings.Cut(strings.TrimSuffix(line, "\n"), ": "); ok {
			fmt.Printf("%s => %s\n", k, v)
		} else if line != "" {
			fmt.Printf("other %q\n", line)
		}
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
	}
}

// Output:
// name => gopher
// age => 13
// other "no-newline"
// eof
