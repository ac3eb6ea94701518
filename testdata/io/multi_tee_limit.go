package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var a, b strings.Builder
	w := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(w, "to all three")
	fmt.Printf("%q %q\n", a.String(), b.String())

	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	all, _ := io.ReadAll(tee)
	fmt.Printf("%q %q\n", all, seen.String())

	lim := io.LimitReader(strings.NewReader("0123456789"), 6)
	all, err := io.ReadAll(lim)
	fmt.Printf("%q %v\n", all, err)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
}

// Output:
// to all three
// "to all three\n" "to all three\n"
// "tee data" "tee data"
// "012345" <nil>
// "one two" <nil>
