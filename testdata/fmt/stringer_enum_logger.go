package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota + 1
	Info
	Warn
)

var names = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN"}

func (l Level) String() string {
	if n, ok := names[l]; ok {
		return n
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Entry struct {
	L   Level
	Msg string
	KV  map[string]interface{}
}

func (e Entry) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%-5s] %s", e.L, e.Msg)
	return b.String()
}

func main() {
	es := []Entry{{Info, "started", nil}, {Warn, "slow", map[string]interface{}{"ms": 250}}, {Level(9), "odd", nil}}
	for _, e := range es {
		fmt.Println(e.Format())
	}
	fmt.Printf("%v\n", es[1])
	fmt.Printf("%+v\n", es[0])
	fmt.Printf("%d %x %q %s %5v|%-8v|\n", Warn, Warn, Warn, Level(0), Info, Debug)
	fmt.Println(Info < Warn, Level(2) == Info)
	var st fmt.Stringer = Warn
	fmt.Printf("%T %v\n", st, st)
	fmt.Printf("%v %s\n", []Level{1, 2, 3}, map[Level]bool{Info: true})
	fmt.Printf("%#v\n", Info)
}

// Output:
// [INFO ] started
// [WARN ] slow
// [Level(9)] odd
// {WARN slow map[ms:250]}
// {L:INFO Msg:started KV:map[]}
// 3 5741524e "WARN" Level(0)  INFO|DEBUG   |
// true true
// main.Level WARN
// [DEBUG INFO WARN] map[INFO:%!s(bool=true)]
// 2
