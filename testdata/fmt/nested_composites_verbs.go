package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Arr   [2]bool
	Iface interface{}
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"a", "b"}}, M: map[string]int{"k": 1, "a": 2}, Iface: 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v\n", []Inner{{2, nil}, {3, []string{}}})
	fmt.Printf("%#v\n", []Inner{{2, nil}, {3, []string{}}})
	fmt.Printf("%v %+v\n", [][]int{{1}, {2, 3}, nil}, map[string][]int{"x": {1}})
	fmt.Printf("%#v\n", map[string]interface{}{"a": 1, "b": "s", "c": nil})
	fmt.Printf("%#v %#v %#v\n", [2][2]int{}, []string(nil), struct{}{})
}

// Output:
// {o {1 [a b]} <nil> map[a:2 k:1] [false false] 3.5}
// {Name:o In:{N:1 Tags:[a b]} Ptr:<nil> M:map[a:2 k:1] Arr:[false false] Iface:3.5}
// main.Outer{Name:"o", In:main.Inner{N:1, Tags:[]string{"a", "b"}}, Ptr:(*main.Inner)(nil), M:map[string]int{"a":2, "k":1}, Arr:[2]bool{false, false}, Iface:3.5}
// [{2 []} {3 []}]
// []main.Inner{main.Inner{N:2, Tags:[]string(nil)}, main.Inner{N:3, Tags:[]string{}}}
// [[1] [2 3] []] map[x:[1]]
// map[string]interface {}{"a":1, "b":"s", "c":interface {}(nil)}
// [2][2]int{[2]int{0, 0}, [2]int{0, 0}} []string(nil) struct {}{}
