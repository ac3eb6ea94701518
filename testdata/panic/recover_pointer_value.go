package main

import "fmt"

type Job struct {
	Name  string
	Tries int
}

func run(j *Job) {
	j.Tries++
	panic(j)
}

func main() {
	j := &Job{Name: "index"}
	defer func() {
		r := recover()
		p, ok := r.(*Job)
		fmt.Printf("%T %v %v\n", r, ok, p == j)
		fmt.Printf("%+v\n", *p)
		p.Tries += 10
		fmt.Println(j.Tries)
	}()
	run(j)
}

// Output:
// *main.Job true true
// {Name:index Tries:1}
// 11
