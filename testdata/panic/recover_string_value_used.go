package main

import (
	"fmt"
	"strings"
)

func risky() {
	panic("disk full: /var")
}

func safe() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			s, ok := r.(string)
			msg = fmt.Sprint("recovered string=", ok, " upper=", strings.ToUpper(s))
		}
	}()
	risky()
	return "not reached"
}

func main() {
	fmt.Println(safe())
}

// Output:
// recovered string=true upper=DISK FULL: /VAR
