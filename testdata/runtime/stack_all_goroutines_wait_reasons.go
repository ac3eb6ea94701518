package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	c := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go func() { <-c }()
	go func() { c <- 1 }()
	go func() { time.Sleep(time.Hour) }()
	go func() {
		select {
		case <-c:
		case <-time.After(time.Hour):
		}
	}()
	go func() { mu.Lock() }()
	go func() {}()
	runtime.Gosched()
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	var headers []string
	created := 0
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			headers = append(headers, line[strings.Index(line, "["):])
		}
		if strings.HasPrefix(line, "created by main.main") {
			created++
		}
	}
	sort.Strings(headers)
	fmt.Println(headers)
	fmt.Println("created by main.main:", created)
}

// Output:
// [[running]: [select]: [semacquire]: [sleep]:]
// created by main.main: 3
