package main

type Celsius float64

func main() {
	t := Celsius(-40)
	panic(t / 16)
}

// Stderr:
// panic: main.Celsius(-2.500000e+000)
//
// goroutine 1 [running]:
//
// Exit: 2
