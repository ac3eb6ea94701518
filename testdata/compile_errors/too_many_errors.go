package main

func main() {
	a1()
	a2()
	a3()
	a4()
	a5()
	a6()
	a7()
	a8()
	a9()
	a10()
	a11()
}

// Stderr:
// too_many_errors.go:4:2: undefined: a1
// too_many_errors.go:5:2: undefined: a2
// too_many_errors.go:6:2: undefined: a3
// too_many_errors.go:7:2: undefined: a4
// too_many_errors.go:8:2: undefined: a5
// too_many_errors.go:9:2: undefined: a6
// too_many_errors.go:10:2: undefined: a7
// too_many_errors.go:11:2: undefined: a8
// too_many_errors.go:12:2: undefined: a9
// too_many_errors.go:13:2: undefined: a10
// too_many_errors.go:13:2: too many errors
//
// Exit: 2
