package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "  the quick\tbrown\n\nfox  jumps\u00a0over\u2003the\r\nlazy dog  "
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	fmt.Println(count, sc.Err())

	adv, tok, err := bufio.ScanWords([]byte("  partial"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanWords([]byte("  partial"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
}

// Output:
// "the" "quick" "brown" "fox" "jumps" "over" "the" "lazy" "dog" 
// 9 <nil>
// 2 "" <nil>
// 9 "partial" <nil>
