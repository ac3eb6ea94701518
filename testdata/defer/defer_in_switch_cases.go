package main

import "fmt"

func sw(k int) {
	fmt.Println("sw", k)
	defer fmt.Println("  outer defer")
	switch k {
	case 1:
		defer fmt.Println("  case 1 defer")
	case 2, 3:
		defer fmt.Println("  case 2/3 defer")
		fallthrough
	case 4:
		defer fmt.Println("  case 4 defer (maybe via fallthrough)")
	default:
		fmt.Println("  default: no defer")
	}
	fmt.Println("  after switch")
}

func typeSw(v interface{}) {
	switch x := v.(type) {
	case int:
		defer fmt.Println("  int case deferred, x =", x)
	case string:
		defer fmt.Println("  string case deferred, x =", x)
	}
	fmt.Println("typeSw body", v)
}

func main() {
	for _, k := range []int{1, 2, 4, 7} {
		sw(k)
	}
	typeSw(10)
	typeSw("hi")
	typeSw(1.5)
}

// Output:
// sw 1
//   after switch
//   case 1 defer
//   outer defer
// sw 2
//   after switch
//   case 4 defer (maybe via fallthrough)
//   case 2/3 defer
//   outer defer
// sw 4
//   after switch
//   case 4 defer (maybe via fallthrough)
//   outer defer
// sw 7
//   default: no defer
//   after switch
//   outer defer
// typeSw body 10
//   int case deferred, x = 10
// typeSw body hi
//   string case deferred, x = hi
// typeSw body 1.5
