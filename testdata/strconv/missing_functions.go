package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := strconv.AppendBool(nil, true)
	b = strconv.AppendFloat(b, 1.5, 'f', 1, 64)
	fmt.Println(string(b), strconv.QuoteRuneToASCII('☺'), strconv.IsPrint('a'))
}

// Output:
// true1.5 '\u263a' true
