package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2f\n", 3)
	fmt.Printf("no verbs\n", "extra", 5)
	fmt.Printf("%")
	fmt.Println()
}

// Output:
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!d(string=str)
// %!s(int=42)
// %!z(int=3)
// %!!(MISSING)
// %!t(int=1)
// 0x1.cp+01
// %!s(<nil>)
// [%!d(string=a)]
// %!f(int=03)
// no verbs
// %!(EXTRA string=extra, int=5)%!(NOVERB)
