package main

import (
	"fmt"
	"sync"
)

type Big [300]int

func show(tag string, b Big) { fmt.Println(tag, b[0], b[299]) }

func run() {
	var a Big
	a[0] = 1
	defer show("deferred", a) // a copied here
	defer fmt.Println("println", a[0], len(fmt.Sprint(a)))
	defer func(b Big) { fmt.Println("literal", b[0]) }(a)
	a[0] = 2
	a[299] = 3
	for i := 0; i < 2; i++ {
		defer show("loop", a) // heap defer records
	}
	fmt.Println("body", a[0])
}

func main() {
	run()
	var wg sync.WaitGroup
	var a Big
	a[0] = 5
	res := make(chan int, 1)
	wg.Add(1)
	go func(b Big) {
		defer wg.Done()
		res <- b[0]
	}(a)
	a[0] = 6
	wg.Wait()
	fmt.Println(<-res, a[0])
}

// Output:
// body 2
// loop 2 3
// loop 2 3
// literal 1
// println 1 601
// deferred 1 0
// 5 6
