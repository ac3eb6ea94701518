package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\n\"world\"\t\x00é☺\u2028"))
	fmt.Println(strconv.QuoteToASCII("é☺ x"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''))
	fmt.Println(strconv.Quote("\xff\xfe"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u263a"`, `"bad`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(-0), strconv.FormatBool(false))
}

// Output:
// "hello\n\"world\"\t\x00é☺\u2028"
// "\u00e9\u263a x"
// '☺' '\''
// "\xff\xfe"
// "a\tb" <nil>
// "raw\\n" <nil>
// "x" <nil>
// "☺" <nil>
// "" invalid syntax
// "" invalid syntax
// n=-42 "q"
// 0 false
