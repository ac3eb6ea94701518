package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "ΑαΣσςЖжЉљԱաאבعربي日本語한글ไทยदेवनागरी٣۴߅०१༣０９ⅣⅫ½²¾₂ǅᾈ‐–—„«»¿¡。、！？€₹©®™∑√←♠😀\u0301\u0903\u200b\u2028\u3000\u1680\ufeff" {
		fmt.Printf("%U L=%v U=%v l=%v T=%v D=%v N=%v P=%v S=%v M=%v Z=%v G=%v p=%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsMark(r), unicode.IsSpace(r), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
	fmt.Println(unicode.IsLetter(-1), unicode.IsUpper(unicode.MaxRune+1), unicode.IsSpace(-5), unicode.IsDigit(-1))
}

// Output:
// U+0391 L=true U=true l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+03B1 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+03A3 L=true U=true l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+03C3 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+03C2 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0416 L=true U=true l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0436 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0409 L=true U=true l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0459 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0531 L=true U=true l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0561 L=true U=false l=true T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+05D0 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+05D1 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0639 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0631 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0628 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+064A L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+65E5 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+672C L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+8A9E L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+D55C L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+AE00 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0E44 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0E17 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0E22 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0926 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0947 L=false U=false l=false T=false D=false N=false P=false S=false M=true Z=false G=true p=true
// U+0935 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0928 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+093E L=false U=false l=false T=false D=false N=false P=false S=false M=true Z=false G=true p=true
// U+0917 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0930 L=true U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=true p=true
// U+0940 L=false U=false l=false T=false D=false N=false P=false S=false M=true Z=false G=true p=true
// U+0663 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+06F4 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+07C5 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+0966 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+0967 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+0F23 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+FF10 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+FF19 L=false U=false l=false T=false D=true N=true P=false S=false M=false Z=false G=true p=true
// U+2163 L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+216B L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+00BD L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+00B2 L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+00BE L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+2082 L=false U=false l=false T=false D=false N=true P=false S=false M=false Z=false G=true p=true
// U+01C5 L=true U=false l=false T=true D=false N=false P=false S=false M=false Z=false G=true p=true
// U+1F88 L=true U=false l=false T=true D=false N=false P=false S=false M=false Z=false G=true p=true
// U+2010 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+2013 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+2014 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+201E L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+00AB L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+00BB L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+00BF L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+00A1 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+3002 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+3001 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+FF01 L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+FF1F L=false U=false l=false T=false D=false N=false P=true S=false M=false Z=false G=true p=true
// U+20AC L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+20B9 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+00A9 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+00AE L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+2122 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+2211 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+221A L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+2190 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+2660 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+1F600 L=false U=false l=false T=false D=false N=false P=false S=true M=false Z=false G=true p=true
// U+0301 L=false U=false l=false T=false D=false N=false P=false S=false M=true Z=false G=true p=true
// U+0903 L=false U=false l=false T=false D=false N=false P=false S=false M=true Z=false G=true p=true
// U+200B L=false U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=false p=false
// U+2028 L=false U=false l=false T=false D=false N=false P=false S=false M=false Z=true G=false p=false
// U+3000 L=false U=false l=false T=false D=false N=false P=false S=false M=false Z=true G=true p=false
// U+1680 L=false U=false l=false T=false D=false N=false P=false S=false M=false Z=true G=true p=false
// U+FEFF L=false U=false l=false T=false D=false N=false P=false S=false M=false Z=false G=false p=false
// false false false false
