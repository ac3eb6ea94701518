package main

import "fmt"

type Config struct {
	Name  string
	Flags []string
}

func main() {
	cfg := Config{Name: "base"}
	opts := []func(*Config){
		func(c *Config) { c.Name = "custom" },
		func(c *Config) { c.Flags = append(c.Flags, "-v") },
		func(c *Config) { c.Flags = append(c.Flags, "-x") },
	}
	for _, o := range opts {
		o(&cfg)
	}
	fmt.Printf("%+v\n", cfg)
	total := 0
	nums := []int{1, 2, 3}
	each := func(f func(int)) {
		for _, n := range nums {
			f(n)
		}
	}
	each(func(n int) { total += n })
	nums = append(nums, 10)
	each(func(n int) { total += n })
	fmt.Println(total)
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	x *= 10
	fmt.Println(get())
}

// Output:
// {Name:custom Flags:[-v -x]}
// 22
// 30
