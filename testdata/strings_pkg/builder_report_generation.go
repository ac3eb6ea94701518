package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name string
	Qty  int
}

func render(items []Item) string {
	var b strings.Builder
	b.WriteString("<ul>\n")
	for i, it := range items {
		fmt.Fprintf(&b, "  <li id=%q>%s x%d</li>\n", fmt.Sprint("i", i), it.Name, it.Qty)
	}
	b.WriteByte('<')
	b.WriteRune('/')
	b.WriteString("ul>")
	return b.String()
}

func main() {
	out := render([]Item{{"pen", 2}, {"cup", 1}})
	fmt.Println(out)
	fmt.Println(len(out), strings.Count(out, "\n"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		if sb.Len() > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i)
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
}

// Output:
// <ul>
//   <li id="i0">pen x2</li>
//   <li id="i1">cup x1</li>
// </ul>
// 62 3
// 0, 1, 2 7
// ""
