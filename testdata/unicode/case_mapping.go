package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aAzZ0éÉÿŸāĀıIiİǄǅǆǇσςΣϐϑẞßﬀΩΩKkÅåǰᾳᾼⓐⒶ𐐨𐐀ꙋᲈ\uFFFD" {
		fmt.Printf("%q up=%q low=%q title=%q\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.LowerCase, 'ǅ'))
	fmt.Println(unicode.To(unicode.MaxCase, 'a'), unicode.To(-1, 'a'), unicode.ToUpper(-1), unicode.ToLower(0x110000))
}

// Output:
// 'a' up='A' low='a' title='A'
// 'A' up='A' low='a' title='A'
// 'z' up='Z' low='z' title='Z'
// 'Z' up='Z' low='z' title='Z'
// '0' up='0' low='0' title='0'
// 'é' up='É' low='é' title='É'
// 'É' up='É' low='é' title='É'
// 'ÿ' up='Ÿ' low='ÿ' title='Ÿ'
// 'Ÿ' up='Ÿ' low='ÿ' title='Ÿ'
// 'ā' up='Ā' low='ā' title='Ā'
// 'Ā' up='Ā' low='ā' title='Ā'
// 'ı' up='I' low='ı' title='I'
// 'I' up='I' low='i' title='I'
// 'i' up='I' low='i' title='I'
// 'İ' up='İ' low='i' title='İ'
// 'Ǆ' up='Ǆ' low='ǆ' title='ǅ'
// 'ǅ' up='Ǆ' low='ǆ' title='ǅ'
// 'ǆ' up='Ǆ' low='ǆ' title='ǅ'
// 'Ǉ' up='Ǉ' low='ǉ' title='ǈ'
// 'σ' up='Σ' low='σ' title='Σ'
// 'ς' up='Σ' low='ς' title='Σ'
// 'Σ' up='Σ' low='σ' title='Σ'
// 'ϐ' up='Β' low='ϐ' title='Β'
// 'ϑ' up='Θ' low='ϑ' title='Θ'
// 'ẞ' up='ẞ' low='ß' title='ẞ'
// 'ß' up='ß' low='ß' title='ß'
// 'ﬀ' up='ﬀ' low='ﬀ' title='ﬀ'
// 'Ω' up='Ω' low='ω' title='Ω'
// 'Ω' up='Ω' low='ω' title='Ω'
// 'K' up='K' low='k' title='K'
// 'k' up='K' low='k' title='K'
// 'Å' up='Å' low='å' title='Å'
// 'å' up='Å' low='å' title='Å'
// 'ǰ' up='ǰ' low='ǰ' title='ǰ'
// 'ᾳ' up='ᾼ' low='ᾳ' title='ᾼ'
// 'ᾼ' up='ᾼ' low='ᾳ' title='ᾼ'
// 'ⓐ' up='Ⓐ' low='ⓐ' title='Ⓐ'
// 'Ⓐ' up='Ⓐ' low='ⓐ' title='Ⓐ'
// '𐐨' up='𐐀' low='𐐨' title='𐐀'
// '𐐀' up='𐐀' low='𐐨' title='𐐀'
// 'ꙋ' up='Ꙋ' low='ꙋ' title='Ꙋ'
// 'ᲈ' up='Ꙋ' low='ᲈ' title='Ꙋ'
// '�' up='�' low='�' title='�'
// 452 453 454
// 65533 65533 -1 1114112
