package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Hand struct {
	Cards []Card
	Owner string
}

func main() {
	h := Hand{[]Card{{10, 0}, {3, 2}}, "ann"}
	fmt.Println(h)
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(map[Suit]int{1: 2})
	fmt.Println([3]Suit{0, 1, 3}, &h.Cards[0])
	fmt.Printf("%s %q\n", h.Cards, h.Cards)
	fmt.Printf("%d\n", h.Cards)
	fmt.Printf("%5v|%-5v|\n", Suit(1), Card{1, 1})
}

// Output:
// {[10♠ 3♦] ann}
// {[10♠ 3♦] ann}
// {Cards:[10♠ 3♦] Owner:ann}
// map[♥:2]
// [♠ ♥ ♣] 10♠
// [10♠ 3♦] ["10♠" "3♦"]
// [{10 0} {3 2}]
//     ♥|1♥   |
