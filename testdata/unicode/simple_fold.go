package main

import (
	"fmt"
	"unicode"
)

func orbit(r rune) {
	s := fmt.Sprintf("%#U", r)
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		s += fmt.Sprintf(" -> %#U", f)
	}
	fmt.Println(s)
}

func main() {
	for _, r := range "AaKkSsσµİıǅ1+ᲀΩβ" {
		orbit(r)
	}
	fmt.Println(unicode.SimpleFold(-2), unicode.SimpleFold(unicode.MaxRune+1), unicode.SimpleFold('\u212A'))
}

// Output:
// U+0041 'A' -> U+0061 'a'
// U+0061 'a' -> U+0041 'A'
// U+004B 'K' -> U+006B 'k' -> U+212A 'K'
// U+006B 'k' -> U+212A 'K' -> U+004B 'K'
// U+0053 'S' -> U+0073 's' -> U+017F 'ſ'
// U+0073 's' -> U+017F 'ſ' -> U+0053 'S'
// U+03C3 'σ' -> U+03A3 'Σ' -> U+03C2 'ς'
// U+00B5 'µ' -> U+039C 'Μ' -> U+03BC 'μ'
// U+0130 'İ'
// U+0131 'ı'
// U+01C5 'ǅ' -> U+01C6 'ǆ' -> U+01C4 'Ǆ'
// U+0031 '1'
// U+002B '+'
// U+1C80 'ᲀ' -> U+0412 'В' -> U+0432 'в'
// U+03A9 'Ω' -> U+03C9 'ω' -> U+2126 'Ω'
// U+03B2 'β' -> U+03D0 'ϐ' -> U+0392 'Β'
// -2 1114112 75
