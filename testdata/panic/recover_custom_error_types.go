package main

import (
	"errors"
	"fmt"
)

type ValErr struct{ Code int }

func (e ValErr) Error() string { return fmt.Sprintf("val error %d", e.Code) }

type PtrErr struct{ Msg string }

func (e *PtrErr) Error() string { return "ptr error: " + e.Msg }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
		var ve ValErr
		var pe *PtrErr
		err := r.(error)
		fmt.Println("  As ValErr:", errors.As(err, &ve), ve.Code)
		fmt.Println("  As *PtrErr:", errors.As(err, &pe), pe != nil)
	}()
	f()
}

func main() {
	catch(func() { panic(ValErr{404}) })
	catch(func() { panic(&PtrErr{"bad pointer"}) })
	catch(func() { panic(fmt.Errorf("wrapped: %w", &PtrErr{"deep"})) })
}

// Output:
// val error 404 | main.ValErr
//   As ValErr: true 404
//   As *PtrErr: false false
// ptr error: bad pointer | *main.PtrErr
//   As ValErr: false 0
//   As *PtrErr: true true
// wrapped: ptr error: deep | *fmt.wrapError
//   As ValErr: false 0
//   As *PtrErr: true true
