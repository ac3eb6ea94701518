package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(file[strings.LastIndex(file, "/")+1:], ":", line, " ", ok)
}

func main() {
	fmt.Println(where())
	func() {
		fmt.Println(where())
	}()
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, "caller_file_and_line.go"), line, ok)
	pc1, _, _, _ := runtime.Caller(0)
	pc2, _, _, _ := runtime.Caller(0)
	fmt.Println(pc1 != 0, pc1 != pc2)
	_, _, _, ok = runtime.Caller(100)
	fmt.Println(ok)
}

// Output:
// caller_file_and_line.go:15 true
// caller_file_and_line.go:17 true
// true 19 true
// true true
// false
