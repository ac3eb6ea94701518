package main

import (
	"fmt"
	"sort"
)

type kv struct {
	k string
	v int
}

func main() {
	var xs []kv
	for i := 0; i < 60; i++ {
		xs = append(xs, kv{fmt.Sprint("k", i), (i * 7) % 5})
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
	fmt.Println(xs)
	ys := make([]int, 100)
	for i := range ys {
		ys[i] = (i * 37) % 11
	}
	idx := make([]int, len(ys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return ys[idx[a]] < ys[idx[b]] })
	fmt.Println(idx)
	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "g", "hh"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}

// Output:
// [{k40 0} {k30 0} {k55 0} {k10 0} {k20 0} {k5 0} {k50 0} {k0 0} {k35 0} {k45 0} {k15 0} {k25 0} {k38 1} {k13 1} {k58 1} {k23 1} {k8 1} {k33 1} {k18 1} {k48 1} {k53 1} {k43 1} {k28 1} {k3 1} {k31 2} {k36 2} {k26 2} {k1 2} {k56 2} {k51 2} {k21 2} {k6 2} {k46 2} {k11 2} {k41 2} {k16 2} {k49 3} {k24 3} {k14 3} {k39 3} {k59 3} {k34 3} {k54 3} {k4 3} {k44 3} {k9 3} {k29 3} {k19 3} {k47 4} {k7 4} {k37 4} {k32 4} {k52 4} {k17 4} {k42 4} {k2 4} {k22 4} {k57 4} {k27 4} {k12 4}]
// [55 44 0 66 22 77 88 33 99 11 69 91 80 36 14 47 25 58 3 94 83 61 17 50 28 6 72 39 86 42 75 31 64 20 9 97 53 12 89 56 67 34 78 1 23 45 81 15 48 59 37 92 4 26 70 51 18 29 95 7 73 84 62 40 10 65 43 87 54 21 98 76 32 13 57 2 90 35 46 79 24 68 82 60 38 5 49 93 16 27 71 41 8 63 74 52 96 85 19 30]
// [a e g bb dd hh ccc fff]
