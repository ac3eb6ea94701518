package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) SetID(id int)    { b.ID = id }

type Mid struct {
	Base
	Name string
}

type Top struct {
	*Mid
	Extra int
}

func main() {
	m := Mid{Base{1, "base"}, "mid"}
	fmt.Println(m.Name, m.Base.Name, m.ID, m.Describe())
	m.SetID(5)
	fmt.Println(m.ID, m.Base.ID)
	t := Top{&m, 9}
	t.SetID(7)
	t.Name = "changed"
	fmt.Println(m.ID, m.Name, t.Describe(), t.Mid.Base.Name)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%v\n", Mid{})
	fmt.Printf("%#v\n", m)
}

// Output:
// mid base 1 Base(1,base)
// 5 5
// 7 changed Base(7,base) base
// {Base:{ID:7 Name:base} Name:changed}
// {{0 } }
// main.Mid{Base:main.Base{ID:7, Name:"base"}, Name:"changed"}
