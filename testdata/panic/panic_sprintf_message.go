package main

import "fmt"

type account struct {
	name    string
	balance int
}

func withdraw(a *account, n int) {
	if n > a.balance {
		panic(fmt.Sprintf("insufficient funds in %s: have %d, need %d", a.name, a.balance, n))
	}
	a.balance -= n
	fmt.Println(a.name, "now has", a.balance)
}

func main() {
	acc := &account{"alice", 100}
	withdraw(acc, 30)
	withdraw(acc, 80)
}

// Output:
// alice now has 70
//
// Stderr:
// panic: insufficient funds in alice: have 70, need 80
//
// goroutine 1 [running]:
//
// Exit: 2
