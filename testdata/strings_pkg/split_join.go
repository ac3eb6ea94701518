package main

import (
	"fmt"
	"strings"
)

func show(parts []string) {
	fmt.Printf("%q len=%d nil=%v\n", parts, len(parts), parts == nil)
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ","))
	show(strings.Split("", ""))
	show(strings.Split("a,,b,", ","))
	show(strings.Split("héllo", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("a,b,c,d", ",", 10))
	show(strings.SplitN("abcd", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Join([]string{"foo", "bar", "baz"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"solo"}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "/"))
	fmt.Printf("%q\n", strings.Join(strings.Split("1-2-3", "-"), "+"))
	parts := strings.Split("x y z", " ")
	parts[0] = "changed"
	fmt.Println(parts, cap(strings.SplitN("a,b,c,d", ",", 3)))
}

// Output:
// ["a" "b" "c"] len=3 nil=false
// ["" "man " "plan " "canal panama"] len=4 nil=false
// [" " "x" "y" "z" " "] len=5 nil=false
// [""] len=1 nil=false
// [""] len=1 nil=false
// [] len=0 nil=false
// ["a" "" "b" ""] len=4 nil=false
// ["h" "é" "l" "l" "o"] len=5 nil=false
// ["a" "b,c,d"] len=2 nil=false
// [] len=0 nil=true
// ["a" "b" "c" "d"] len=4 nil=false
// ["a" "b" "c" "d"] len=4 nil=false
// ["a" "bcd"] len=2 nil=false
// ["a," "b," "c"] len=3 nil=false
// ["a," "b,c"] len=2 nil=false
// "foo, bar, baz"
// "solo"
// ""
// "//"
// "1+2+3"
// [changed y z] 3
