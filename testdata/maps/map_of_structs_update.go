package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

func main() {
	m := map[string]Account{"a": {"alice", 10}, "b": {"bob", 20}}
	acc := m["a"]
	acc.Balance += 5
	fmt.Println(m["a"].Balance, acc.Balance)
	m["a"] = acc
	fmt.Println(m["a"])
	fmt.Printf("%v\n%+v\n", m, m)
	pm := map[string]*Account{"c": {"carol", 1}}
	pm["c"].Balance = 100
	fmt.Println(*pm["c"], pm["c"].Name)
	z := m["zz"]
	fmt.Printf("%+v %q\n", z, z.Name)
}

// Output:
// 10 15
// {alice 15}
// map[a:{alice 15} b:{bob 20}]
// map[a:{Name:alice Balance:15} b:{Name:bob Balance:20}]
// {carol 100} carol
// {Name: Balance:0} ""
