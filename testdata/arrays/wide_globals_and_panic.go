package main

import (
	"fmt"
	"sort"
	"strings"
)

type Big [300]int

func (b Big) String() string { return fmt.Sprint("B", b[0]) }

type Rec struct {
	Name string
	B    Big
}

var G Big
var GR Rec

func ret() (Big, error) {
	var b Big
	b[0] = 9
	return b, nil
}

func retAny() (any, error) {
	return ret()
}

func main() {
	G[0] = 1
	var x any = G
	fmt.Println(x, G == x.(Big), x == any(G))
	GR.B = G
	fmt.Println(GR.B == G, GR)
	m := map[string]Big{"a": G, "b": {}}
	fmt.Println(len(fmt.Sprint(m)))
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
	v, err := retAny()
	fmt.Println(v, err)
	fn := func() Big { return G }
	G[0] = 2
	fmt.Println(fn()[0], fn() == G)
	bs := []Big{G}
	var ifs []any
	for _, b := range bs {
		ifs = append(ifs, b)
	}
	fmt.Println(ifs...)
	copy(bs, []Big{{0: 5}})
	fmt.Println(bs[0][0])
	ps := []*Big{&G, &bs[0]}
	fmt.Println(*ps[0] == G, ps[1][0])
	var rs [3]Rec
	rs[1].B[0] = 1
	fmt.Println(rs[0] == rs[2], rs[0] == rs[1])
	panic(G) // the message calls String on a copy
}

// Output:
// B1 true true
// true { B1}
// 14
// a,b
// B9 <nil>
// 2 true
// B2
// 5
// true 5
// true false
//
// Stderr:
// panic: B2
//
// goroutine 1 [running]:
//
// Exit: 2
