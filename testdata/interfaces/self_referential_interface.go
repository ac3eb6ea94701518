package main

import "fmt"

type Node interface {
	Value() int
	Children() []Node
	With(child Node) Node
}

type tree struct {
	v    int
	kids []Node
}

func (t *tree) Value() int        { return t.v }
func (t *tree) Children() []Node  { return t.kids }
func (t *tree) With(c Node) Node { t.kids = append(t.kids, c); return t }

func sum(n Node) int {
	total := n.Value()
	for _, c := range n.Children() {
		total += sum(c)
	}
	return total
}

type Expr interface {
	Eval(env map[string]int) int
}

type num int
type add struct{ l, r Expr }
type variable string

func (n num) Eval(map[string]int) int        { return int(n) }
func (a add) Eval(env map[string]int) int      { return a.l.Eval(env) + a.r.Eval(env) }
func (v variable) Eval(env map[string]int) int { return env[string(v)] }

func main() {
	root := (&tree{v: 1}).With(&tree{v: 2}).With((&tree{v: 3}).With(&tree{v: 4}))
	fmt.Println(sum(root), len(root.Children()))
	e := add{num(2), add{variable("x"), num(5)}}
	fmt.Println(e.Eval(map[string]int{"x": 10}))
}

// Output:
// 10 2
// 17
