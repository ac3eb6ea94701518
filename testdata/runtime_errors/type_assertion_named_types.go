package main

import "fmt"

type Celsius float64

type Temp interface{ C() float64 }

func (c Celsius) C() float64 { return float64(c) }

func main() {
	var t Temp = Celsius(3)
	fmt.Println(t.(Celsius))
	p := t.(*Celsius)
	fmt.Println(p)
}

// Output:
// 3
//
// Stderr:
// panic: interface conversion: main.Temp is main.Celsius, not *main.Celsius
//
// goroutine 1 [running]:
//
// Exit: 2
