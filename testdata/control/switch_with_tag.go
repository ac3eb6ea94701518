package main

import "fmt"

func name(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "unknown"
	}
}

func main() {
	fmt.Println(name(0), name(3), name(9))
}

// Output:
// weekend weekday unknown
