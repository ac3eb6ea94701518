package main

import "fmt"

func main() {
	fmt.Printf("%.3q|%10.2q|\n", "abcdef", "xyz")
	fmt.Printf("%+q %+q\n", "héllo", 'é')
}

// Output:
// "abc"|      "xy"|
// "h\u00e9llo" '\u00e9'
