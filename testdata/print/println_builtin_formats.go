package main

func main() {
	println(1.5, -2, true, "text", 'x')
	print("no newline", 42, "\n")
	var f float32 = 0.1
	println(f, 1e100, -0.0)
}

// Stderr:
// +1.500000e+000 -2 true text 120
// no newline42
// +1.000000e-001 +1.000000e+100 +0.000000e+000
