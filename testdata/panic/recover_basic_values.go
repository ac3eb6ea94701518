package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	catch("string", func() { panic("boom") })
	catch("int", func() { panic(42) })
	catch("negative int", func() { panic(-7) })
	catch("int64", func() { panic(int64(1) << 40) })
	catch("uint8", func() { panic(uint8(255)) })
	catch("float64", func() { panic(2.5) })
	catch("float32", func() { panic(float32(0.25)) })
	catch("bool", func() { panic(false) })
	catch("rune", func() { panic('x') })
	catch("empty string", func() { panic("") })
}

// Output:
// string: boom (string)
// int: 42 (int)
// negative int: -7 (int)
// int64: 1099511627776 (int64)
// uint8: 255 (uint8)
// float64: 2.5 (float64)
// float32: 0.25 (float32)
// bool: false (bool)
// rune: 120 (int32)
// empty string:  (string)
