package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	var cfg struct {
		Name  string
		Debug bool
	}
	cfg.Name = "svc"
	fmt.Println(pt.X*pt.X+pt.Y*pt.Y, cfg)
	rows := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}
	for _, r := range rows {
		fmt.Println(r.K, r.V)
	}
	fmt.Printf("%+v\n", rows)
}

// Output:
// 25 {svc false}
// a 1
// b 2
// [{K:a V:1} {K:b V:2}]
