package main

import "fmt"

type Celsius float64

const Boiling Celsius = 100
const Limit int8 = 100

func main() {
	fmt.Println(Boiling, Limit)
	fmt.Printf("%T %T\n", Boiling, Limit)
}

// Output:
// 100 100
// main.Celsius int8
