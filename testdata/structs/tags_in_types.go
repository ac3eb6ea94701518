package main

import "fmt"

type User struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type Plain struct {
	Name string
	Age  int
}

func main() {
	u := User{"ann", 30}
	p := Plain(u) // conversions ignore tags
	fmt.Printf("%T %T %v %+v\n", u, p, p, u)
	anon := struct {
		X int `k:"v"`
	}{1}
	fmt.Printf("%T %v\n", anon, anon)
	var back User = User(p)
	fmt.Println(back == u)
}

// Output:
// main.User main.Plain {ann 30} {Name:ann Age:30}
// struct { X int "k:\"v\"" } {1}
// true
