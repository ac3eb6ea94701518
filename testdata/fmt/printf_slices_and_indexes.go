package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-4d|%x\n", []int{1, 2}, []int{3, 4}, []int{5}, []int{255, 16})
	fmt.Printf("%v %s %q\n", []string{"a", "b"}, []string{"c"}, []string{"d\n"})
	fmt.Printf("%.1f %g\n", []float64{1.25, 2}, []float64{1e21, 0.5})
	fmt.Printf("%[2]s %[1]s %s\n", "world", "hello")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%O %o %#o %#x %#X %#b\n", 64, 64, 64, 255, 255, 5)
	fmt.Printf("%x %X %.3x %x\n", 1.0, -3.5, 1.0/3, 0.0)
	fmt.Printf("%#v %#v %#v\n", []int(nil), []string{"x"}, []byte{1, 2})
	fmt.Printf("%T %T %T\n", []int{}, [][]string{}, []any{})
	fmt.Printf("%!%z\n", 3)
}

// Output:
// [1 2]|[    3     4]|[5   ]|[ff 10]
// [a b] [c] ["d\n"]
// [1.2 2.0] [1e+21 0.5]
// hello world hello
//  12.00|
// 1 2 1 2
// %!d(BADINDEX)
// 0o100 100 0100 0xff 0XFF 0b101
// 0x1p+00 -0X1.CP+01 0x1.555p-02 0x0p+00
// []int(nil) []string{"x"} []byte{0x1, 0x2}
// []int [][]string []interface {}
// %!!(int=3)%!z(MISSING)
