package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || (len(w[i]) == len(w[j]) && w[i] < w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }
func (w Words) Join() string       { return strings.Join(w, "+") }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	fmt.Println(Celsius(100).ToF(), Celsius(-40).ToF())
	w := Words{"ccc", "a", "bb", "aa"}
	sort.Sort(w)
	fmt.Println(w, w.Join())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
}

// Output:
// 212.0°F -40.0°F
// [a aa bb ccc] a+aa+bb+ccc
// true false 1
// 7
