package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 500)
	u := t.Add(90 * time.Minute)
	fmt.Println(u.Sub(t), t.Sub(u), u.Unix(), u.UnixNano(), u.UnixMilli())
	fmt.Println(t.Before(u), t.After(u), t.Equal(t.Add(0)), u.Add(-90*time.Minute).Equal(t))
	var zero time.Time
	fmt.Println(zero.IsZero(), t.IsZero(), time.Unix(0, 0).IsZero())
	fmt.Println(time.Unix(5, -1).UnixNano(), time.Unix(0, 3e9).Unix(), time.UnixMilli(1234).UnixNano())
	a := time.Unix(0, 0)
	b := time.Unix(1<<40, 0)
	fmt.Println(b.Sub(a), a.Sub(b))
	now := time.Now()
	later := now.Add(time.Second)
	fmt.Println(later.Sub(now), later.After(now), now.Nanosecond() < 1e9)
}

// Output:
// 1h30m0s -1h30m0s 1700005400 1700005400000000500 1700005400000
// true false true true
// true false false
// 4999999999 3 1234000000
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 1s true true
