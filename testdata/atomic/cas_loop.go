package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// storeMax raises *addr to v with a compare-and-swap loop; the Gosched
// between the load and the CAS lets other goroutines get in the way.
func storeMax(addr *int32, v int32) {
	for {
		cur := atomic.LoadInt32(addr)
		if v <= cur {
			return
		}
		runtime.Gosched()
		if atomic.CompareAndSwapInt32(addr, cur, v) {
			return
		}
	}
}

// double multiplies *addr by 2 atomically using a CAS loop.
func double(addr *uint64) {
	for {
		old := atomic.LoadUint64(addr)
		runtime.Gosched()
		if atomic.CompareAndSwapUint64(addr, old, old*2) {
			return
		}
	}
}

func main() {
	var max int32
	var pow uint64 = 1
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(2)
		go func(v int32) {
			defer wg.Done()
			storeMax(&max, v*37%101)
		}(int32(i))
		go func() {
			defer wg.Done()
			double(&pow)
		}()
	}
	wg.Wait()
	fmt.Println(max, pow, pow == 1<<40)

	var x int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&x, 4, 9), x)
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 9), x)
}

// Output:
// 100 1099511627776 true
// false 5
// true 9
