package main

import (
	"context"
	"fmt"
)

type userKey int
type orderKey int
type structKey struct{ name string }
type emptyKey struct{}

var tokenKey = new(int)
var otherKey = new(int)

// Keys compare as interfaces: same dynamic type and equal value. Two
// unexported key types with the same underlying value do not collide,
// distinct pointers are distinct keys, structs compare by fields.
func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, userKey(1), "user 1")
	ctx = context.WithValue(ctx, orderKey(1), "order 1")
	ctx = context.WithValue(ctx, structKey{"a"}, "struct a")
	ctx = context.WithValue(ctx, emptyKey{}, "empty")
	ctx = context.WithValue(ctx, tokenKey, "token")
	ctx = context.WithValue(ctx, 1, "int 1")

	fmt.Println(ctx.Value(userKey(1)), "|", ctx.Value(orderKey(1)), "|", ctx.Value(1))
	fmt.Println(ctx.Value(userKey(2)), ctx.Value(int64(1)))
	fmt.Println(ctx.Value(structKey{"a"}), ctx.Value(structKey{"b"}))
	fmt.Println(ctx.Value(emptyKey{}))
	fmt.Println(ctx.Value(tokenKey), ctx.Value(otherKey))
	var k any = userKey(1)
	fmt.Println(ctx.Value(k))
}

// Output:
// user 1 | order 1 | int 1
// <nil> <nil>
// struct a <nil>
// empty
// token <nil>
// user 1
