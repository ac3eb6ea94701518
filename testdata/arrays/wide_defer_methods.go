package main

import (
	"fmt"
	"sync"
)

type Big [300]int

func (b Big) Show(tag string) { fmt.Println(tag, b[0]) }

type Shower interface{ Show(string) }

func work(wg *sync.WaitGroup, bs ...Big) {
	defer wg.Done()
	fmt.Println("work", len(bs), bs[len(bs)-1][0])
}

func main() {
	var a Big
	a[0] = 1
	defer a.Show("method")
	var s Shower = a
	defer s.Show("iface")
	f := a.Show
	defer f("value")
	a[0] = 2
	var wg sync.WaitGroup
	wg.Add(1)
	go work(&wg, a, a)
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		a.Show("goroutine")
	}()
	wg.Wait()
	arr := [3]Big{}
	i := 2
	arr[i] = a
	arr[i][1] = 5
	fmt.Println(arr[2][0], arr[i][1], arr[1][0])
	fmt.Println(Big(arr[2]) == a, any(Big(arr[2])) == any(a))
	s2 := []Big{a, a, a}
	s2 = append(s2[:1], s2[2:]...)
	fmt.Println(len(s2))
	for i := 0; i < 3; i++ {
		defer Big{0: i}.Show("loop")
	}
}

// Output:
// work 2 2
// goroutine 2
// 2 5 0
// false false
// 2
// loop 2
// loop 1
// loop 0
// value 1
// iface 1
// method 1
