package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory struct {
	items map[string]int
	log   []string
}

func NewInventory() *Inventory { return &Inventory{items: make(map[string]int)} }

func (inv *Inventory) Add(name string, n int) {
	inv.items[name] += n
	inv.log = append(inv.log, fmt.Sprintf("add %s %d", name, n))
}

func (inv *Inventory) Remove(name string, n int) error {
	have, ok := inv.items[name]
	switch {
	case !ok:
		return fmt.Errorf("remove %q: no such item", name)
	case have < n:
		return fmt.Errorf("remove %q: have %d, want %d", name, have, n)
	}
	inv.items[name] -= n
	if inv.items[name] == 0 {
		delete(inv.items, name)
	}
	return nil
}

func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv.items))
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for i, k := range keys {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%s=%d", k, inv.items[k])
	}
	return "{" + sb.String() + "}"
}

func main() {
	inv := NewInventory()
	inv.Add("apple", 5)
	inv.Add("pear", 2)
	inv.Add("apple", 1)
	fmt.Println(inv)
	for _, r := range []struct {
		n string
		k int
	}{{"apple", 6}, {"pear", 5}, {"kiwi", 1}, {"pear", 2}} {
		if err := inv.Remove(r.n, r.k); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(inv, len(inv.log))
	fmt.Printf("%v|%s|%+v\n", inv, *inv, inv.log)
}

// Output:
// {apple=6, pear=2}
// error: remove "pear": have 2, want 5
// error: remove "kiwi": no such item
// {} 3
// {}|{}|[add apple 5 add pear 2 add apple 1]
