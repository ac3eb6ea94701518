//gosub:stdin multi\nline input\twith tab\n
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("%q %v\n", data, err)
}

// Output:
// "multi\nline input\twith tab\n" <nil>
