//gosub:stdin 10\n20\n  \n-5\nabc\n7
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	sum := 0
	for line := 1; in.Scan(); line++ {
		t := strings.TrimSpace(in.Text())
		if t == "" {
			continue
		}
		v, err := strconv.Atoi(t)
		if err != nil {
			fmt.Fprintf(out, "line %d: %v\n", line, err)
			continue
		}
		sum += v
		fmt.Fprintf(out, "line %d: %d (sum %d)\n", line, v, sum)
	}
	fmt.Fprintln(out, "total", sum)
	out.Flush()
}

// Output:
// line 1: 10 (sum 10)
// line 2: 20 (sum 30)
// line 4: -5 (sum 25)
// line 5: strconv.Atoi: parsing "abc": invalid syntax
// line 6: 7 (sum 32)
// total 32
