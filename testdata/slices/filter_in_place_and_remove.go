package main

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func remove(xs []string, i int) []string {
	return append(xs[:i], xs[i+1:]...)
}

func insertAt(xs []string, i int, v string) []string {
	xs = append(xs, "")
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, nums)
	s := []string{"a", "b", "c", "d"}
	s = remove(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insertAt(s, 0, "z")
	fmt.Println(s, len(s), cap(s))
	reverse(nums)
	fmt.Println(nums)
	dedup := func(xs []int) []int {
		if len(xs) == 0 {
			return xs
		}
		j := 0
		for i := 1; i < len(xs); i++ {
			if xs[i] != xs[j] {
				j++
				xs[j] = xs[i]
			}
		}
		return xs[:j+1]
	}
	fmt.Println(dedup([]int{1, 1, 2, 3, 3, 3, 4}), dedup(nil))
	chunks := [][]int{}
	data := []int{1, 2, 3, 4, 5, 6, 7}
	for len(data) > 0 {
		n := 3
		if len(data) < n {
			n = len(data)
		}
		chunks = append(chunks, data[:n:n])
		data = data[n:]
	}
	fmt.Println(chunks)
}

// Output:
// [2 4 6 8] [2 4 6 8 5 6 7 8]
// [a c d] 3 4
// [z a c d] 4 4
// [8 7 6 5 8 6 4 2]
// [1 2 3 4] []
// [[1 2 3] [4 5 6] [7]]
