package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	es := []Emp{{"ann", "eng", 30}, {"bob", "ops", 25}, {"cid", "eng", 25}, {"dan", "ops", 40}, {"eve", "eng", 30}}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Dept != es[j].Dept {
			return es[i].Dept < es[j].Dept
		}
		if es[i].Age != es[j].Age {
			return es[i].Age > es[j].Age
		}
		return es[i].Name < es[j].Name
	})
	for _, e := range es {
		fmt.Printf("%-4s %-4s %d\n", e.Dept, e.Name, e.Age)
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Age < es[j].Age })
	fmt.Println(es)
	idx := sort.Search(len(es), func(i int) bool { return es[i].Age >= 30 })
	fmt.Println(idx, es[idx].Name)
	fmt.Println(sort.SliceIsSorted(es, func(i, j int) bool { return es[i].Age < es[j].Age }))
}

// Output:
// eng  ann  30
// eng  eve  30
// eng  cid  25
// ops  dan  40
// ops  bob  25
// [{cid eng 25} {bob ops 25} {ann eng 30} {eve eng 30} {dan ops 40}]
// 2 ann
// true
