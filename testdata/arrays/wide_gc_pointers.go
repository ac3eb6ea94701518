package main

import (
	"fmt"
	"strconv"
)

type Node struct {
	Name  string
	Next  *Node
	Items [130]string
	Refs  [130]*int
}

func (n Node) Describe() string {
	return n.Name + ":" + n.Items[129] + ":" + strconv.Itoa(*n.Refs[0])
}

type Describer interface{ Describe() string }

func build(i int) Node {
	var n Node
	n.Name = "n" + strconv.Itoa(i)
	for k := range n.Items {
		n.Items[k] = strconv.Itoa(i*1000 + k)
	}
	v := i
	n.Refs[0] = &v
	return n
}

func main() {
	m := map[string]Node{}
	var s []Node
	var ds []Describer
	var anys []any
	for i := 0; i < 200; i++ {
		n := build(i)
		m[n.Name] = n
		s = append(s, n)
		ds = append(ds, n)
		anys = append(anys, n)
		junk := make([]string, 50)
		for k := range junk {
			junk[k] = strconv.Itoa(k) + "junk"
		}
	}
	bad := 0
	for i := 0; i < 200; i++ {
		name := "n" + strconv.Itoa(i)
		want := name + ":" + strconv.Itoa(i*1000+129) + ":" + strconv.Itoa(i)
		if m[name].Describe() != want || s[i].Describe() != want || ds[i].Describe() != want ||
			anys[i].(Node).Describe() != want || anys[i] != any(s[i]) {
			bad++
		}
	}
	fmt.Println(len(m), len(s), bad)
	f := s[7].Describe
	s[7].Name = "changed"
	fmt.Println(f(), s[7].Describe())
	for k, v := range m {
		if k != v.Name {
			bad++
		}
	}
	fmt.Println(bad)
}

// Output:
// 200 200 0
// n7:7129:7 changed:7129:7
// 0
