package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func count(xs ...interface{}) int { return len(xs) }

func split() (a, b int) {
	a = 1
	b = a + 1
	return b, a
}

func named() (n int, err error) {
	n = 5
	return
}

func main() {
	fmt.Println(join("-"), join("-", "a"), join("-", "a", "b"), join("-", []string{"x", "y"}...))
	logf("%d items, %s", 3, "ok")
	logf("no args")
	args := []interface{}{1, "two"}
	logf("%v %v", args...)
	logf("%v", args)
	fmt.Println(count(), count(nil), count(nil...), count(args...), count(args), count([]interface{}{}...))
	fmt.Println(split())
	fmt.Println(named())
	var nilSlice []string
	fmt.Printf("%q\n", join(",", nilSlice...))
	fmt.Println(fmt.Sprint(args...), fmt.Sprint(args))
	vals := []interface{}{"a", 1}
	fmt.Println(vals...)
}

// Output:
//  a a-b x-y
// [log] 3 items, ok
// [log] no args
// [log] 1 two
// [log] [1 two]
// 0 1 0 2 1 0
// 2 1
// 5 <nil>
// ""
// 1two [1 two]
// a 1
