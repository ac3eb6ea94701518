package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

// Value looks a key up through the whole chain, across cancel and timeout
// contexts; a nearer WithValue shadows a farther one for its subtree only.
func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	ctx = context.WithValue(ctx, ctxKey("request"), 42)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	tctx, cancelT := context.WithTimeout(cctx, time.Hour)
	defer cancelT()
	fmt.Println(tctx.Value(ctxKey("user")), tctx.Value(ctxKey("request")))

	shadow := context.WithValue(tctx, ctxKey("user"), "bob")
	fmt.Println(shadow.Value(ctxKey("user")), shadow.Value(ctxKey("request")))
	fmt.Println(tctx.Value(ctxKey("user")))

	deeper, cancelD := context.WithCancel(shadow)
	defer cancelD()
	fmt.Println(deeper.Value(ctxKey("user")))

	cancel()
	fmt.Println("after cancel:", deeper.Value(ctxKey("user")), deeper.Err())
	n, ok := deeper.Value(ctxKey("request")).(int)
	fmt.Println(n+1, ok)
}

// Output:
// alice 42
// bob 42
// alice
// bob
// after cancel: bob context canceled
// 43 true
