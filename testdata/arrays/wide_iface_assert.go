package main

import "fmt"

type Big [300]int

type Wide struct {
	ID   int
	Data [280]int
}

func pick(i int) any {
	switch i {
	case 0:
		var b Big
		b[7] = 70
		return b
	case 1:
		w := Wide{ID: 1}
		w.Data[279] = 279
		return w
	case 2:
		return 42
	}
	return nil
}

func main() {
	for i := 0; i < 4; i++ {
		x := pick(i)
		if b, ok := x.(Big); ok {
			fmt.Println("Big", b[7], len(b))
		} else {
			fmt.Println("not Big", b[7])
		}
		switch v := x.(type) {
		case Big:
			v[7]++
			fmt.Println("switch Big", v[7], x.(Big)[7])
		case Wide:
			fmt.Println("switch Wide", v.ID, v.Data[279])
		case int:
			fmt.Println("int", v)
		default:
			fmt.Println("other", v)
		}
	}
	var b Big
	b = pick(0).(Big)
	fmt.Println(b[7])
	w := pick(1).(Wide)
	w.Data[0] = 1
	fmt.Println(w.Data[0]+w.Data[279], pick(1).(Wide).Data[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = pick(2).(Big)
}

// Output:
// Big 70 300
// switch Big 71 70
// not Big 0
// switch Wide 1 279
// not Big 0
// int 42
// not Big 0
// other <nil>
// 70
// 280 0
// recovered: interface conversion: interface {} is int, not main.Big
