package main

import "fmt"

type Stage interface{ Run(in int) int }

type Double struct{}
type Fail struct{ at int }

func (Double) Run(in int) int { return in * 2 }

func (f *Fail) Run(in int) int {
	if in >= f.at {
		panic(fmt.Errorf("stage failed at input %d", in))
	}
	return in + 1
}

func pipeline(stages []Stage, in int) (out int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			out = in
		}
	}()
	out = in
	for _, s := range stages {
		out = s.Run(out)
	}
	return out, nil
}

func main() {
	stages := []Stage{Double{}, &Fail{at: 10}, Double{}}
	for _, in := range []int{1, 4, 5, 9} {
		fmt.Println(pipeline(stages, in))
	}
}

// Output:
// 6 <nil>
// 18 <nil>
// 5 stage failed at input 10
// 9 stage failed at input 18
