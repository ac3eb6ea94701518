package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

func main() {
	_, err := os.ReadFile("nofile.txt")
	fmt.Println(err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
		fmt.Println(pe.Err == syscall.ENOENT, errors.Unwrap(err) == syscall.ENOENT)
	}
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission), errors.Is(err, io.EOF))

	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), os.IsNotExist(wrapped))

	_, err = os.ReadFile("/tmp")
	fmt.Println(err)
	fmt.Println(syscall.Errno(13), syscall.EEXIST, os.ErrNotExist, os.ErrClosed)
}

// Output:
// open nofile.txt: no such file or directory
// op=open path=nofile.txt err=no such file or directory
// true true
// true false false
// loading config: open nofile.txt: no such file or directory
// true false
// read /tmp: is a directory
// permission denied file exists file does not exist file already closed
