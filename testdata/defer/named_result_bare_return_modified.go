package main

import "fmt"

func count(words []string) (n int, longest string) {
	defer func() {
		n++
		longest = "[" + longest + "]"
	}()
	for _, w := range words {
		n++
		if len(w) > len(longest) {
			longest = w
		}
	}
	return
}

func main() {
	fmt.Println(count([]string{"go", "defer", "sub"}))
	fmt.Println(count(nil))
}

// Output:
// 4 [defer]
// 1 []
