package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// chunks records each Write as one chunk.
type chunks struct{ got []string }

func (c *chunks) Write(p []byte) (int, error) {
	c.got = append(c.got, string(p))
	return len(p), nil
}

// failing accepts at most limit bytes per call and then fails.
type failing struct{ limit int }

func (f failing) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		return f.limit, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	c := &chunks{}
	n1, _ := fmt.Fprint(c, "a", 1, 2, "b", point{3, 4})
	n2, _ := fmt.Fprintln(c, "a", 1, 2, "b")
	n3, err := fmt.Fprintf(c, "%5.2f|%-4s|%v", 3.14159, "x", []string{"p", "q"})
	fmt.Println(n1, n2, n3, err)
	for _, s := range c.got {
		fmt.Printf("%q\n", s)
	}

	n, err := fmt.Fprintf(failing{4}, "%s", "too long for it")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(failing{100}, "fits")
	fmt.Println(n, err)
}

// Output:
// 10 8 16 <nil>
// "a1 2b(3,4)"
// "a 1 2 b\n"
// " 3.14|x   |[p q]"
// 4 disk full
// 5 <nil>
