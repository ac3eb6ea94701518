package main

import (
	"fmt"
	"sort"
	"strings"
)

// Error runs deep enough that fmt's call to it grows the register stack
// (a new goroutine's is small): fmt.Sprint's result, written after that
// callback, must land in the moved stack.
type deepErr struct{ n, depth int }

func (e deepErr) Error() string { return down(e.n, e.depth) }

func down(n, d int) string {
	if d == 0 {
		return fmt.Sprint("e", n)
	}
	return down(n, d-1)
}

func nest(d int, e error) string {
	if d == 0 {
		return fmt.Sprint("[", e, "]")
	}
	return nest(d-1, e)
}

func main() {
	done := make(chan []string)
	for g := 0; g < 3; g++ {
		go func(g int) {
			var out []string
			for d := 0; d < 60; d += 7 {
				out = append(out, nest(d, deepErr{g*100 + d, 20 + g*15}))
			}
			// sort calls back into Go too; its arguments stay valid.
			sort.Slice(out, func(i, j int) bool { return len(down(0, 30)) > 0 && out[i] > out[j] })
			done <- out
		}(g)
	}
	var all []string
	for g := 0; g < 3; g++ {
		all = append(all, <-done...)
	}
	sort.Strings(all)
	fmt.Println(len(all), strings.Join(all, " "))
	// And main's own, larger stack, deeper.
	n := 0
	for d := 0; d < 1500; d += 50 {
		n += len(nest(d, deepErr{d, 60}))
	}
	fmt.Println(n)
}

// Output:
// 27 [e0] [e100] [e107] [e114] [e121] [e128] [e135] [e142] [e149] [e14] [e156] [e200] [e207] [e214] [e21] [e221] [e228] [e235] [e242] [e249] [e256] [e28] [e35] [e42] [e49] [e56] [e7]
// 187
