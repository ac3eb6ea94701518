package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("aé\xff世\xe4\xb8"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q %d\n", sc.Text(), len(sc.Bytes()))
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("xyé"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()
}

// Output:
// "a" 1
// "é" 2
// "�" 3
// "世" 3
// "�" 3
// "�" 3
// <nil>
// [120] [121] [195] [169] 
