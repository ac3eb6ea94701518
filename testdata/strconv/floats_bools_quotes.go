package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-0.5", "1e10", "1e400", "-1e400", "inf", "-Infinity", "NaN", "0x1p-2", "1.5e", ".5", "5.", "abc", "", "+7"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "0", "False", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-9))
	fmt.Println(strconv.Quote("héllo\n\"x\"\x01"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101"`, `"bad`, `'ab'`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := strconv.AppendInt([]byte("n="), 42, 10)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
}

// Output:
// 3.25 <nil>
// -0.5 <nil>
// 1e+10 <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// +Inf <nil>
// -Inf <nil>
// NaN <nil>
// 0.25 <nil>
// 0 strconv.ParseFloat: parsing "1.5e": invalid syntax
// 0.5 <nil>
// 5 <nil>
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// 0 strconv.ParseFloat: parsing "": invalid syntax
// 7 <nil>
// +Inf strconv.ParseFloat: parsing "3.4e39": value out of range
// 0.10000000149011612 <nil>
// true <nil>
// true <nil>
// false <nil>
// false <nil>
// false strconv.ParseBool: parsing "yes": invalid syntax
// true 3.14 1e+21 1e-01
// -ff 11111111 -9
// "héllo\n\"x\"\x01" "h\u00e9llo\u263a" '☺' '\n'
// "a\tb" <nil>
// "raw\\n" <nil>
// "x" <nil>
// "☺" <nil>
// "AA" <nil>
// "" invalid syntax
// "" invalid syntax
// "" invalid syntax
// n=42"q"
