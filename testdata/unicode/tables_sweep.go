package main

import (
	"fmt"
	"unicode"
)

// Counts over every code point: any table difference shows up here.
func main() {
	var letter, upper, lower, title, digit, number, punct, symbol, mark, space, graphic, print int
	upSum, lowSum, titleSum, foldSum := 0, 0, 0, 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) {
			letter++
		}
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.IsLower(r) {
			lower++
		}
		if unicode.IsTitle(r) {
			title++
		}
		if unicode.IsDigit(r) {
			digit++
		}
		if unicode.IsNumber(r) {
			number++
		}
		if unicode.IsPunct(r) {
			punct++
		}
		if unicode.IsSymbol(r) {
			symbol++
		}
		if unicode.IsMark(r) {
			mark++
		}
		if unicode.IsSpace(r) {
			space++
		}
		if unicode.IsGraphic(r) {
			graphic++
		}
		if unicode.IsPrint(r) {
			print++
		}
		if u := unicode.ToUpper(r); u != r {
			upSum += int(u-r) * int(r%7+1)
		}
		if l := unicode.ToLower(r); l != r {
			lowSum += int(l-r) * int(r%7+1)
		}
		if t := unicode.ToTitle(r); t != r {
			titleSum += int(t-r) * int(r%7+1)
		}
		if f := unicode.SimpleFold(r); f != r {
			foldSum += int(f-r) * int(r%7+1)
		}
	}
	fmt.Println(letter, upper, lower, title, digit, number)
	fmt.Println(punct, symbol, mark, space, graphic, print)
	fmt.Println(upSum, lowSum, titleSum, foldSum)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
}

// Output:
// 131241 1791 2155 31 650 1781
// 798 7564 2295 25 143696 143680
// -10714331 10499274 -11276782 37599
// 1114111 65533 127 255 13.0.0
// 0 1 2 3
