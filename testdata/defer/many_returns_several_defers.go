package main

import "fmt"

func classify(n int) (s string) {
	defer func() { s = "<" + s + ">" }()
	if n < 0 {
		return "negative"
	}
	defer func() { s += "!" }()
	if n == 0 {
		return "zero"
	}
	if n%2 == 0 {
		defer func() { s += " even" }()
		if n > 100 {
			return "big"
		}
		return "small"
	}
	defer func() { s += " odd" }()
	switch {
	case n == 1:
		return "one"
	case n < 10:
		return "digit"
	}
	defer func() { s = "(" + s + ")" }()
	return "other"
}

func main() {
	for _, n := range []int{-5, 0, 4, 200, 1, 7, 33} {
		fmt.Println(n, classify(n))
	}
}

// Output:
// -5 <negative>
// 0 <zero!>
// 4 <small even!>
// 200 <big even!>
// 1 <one odd!>
// 7 <digit odd!>
// 33 <(other) odd!>
