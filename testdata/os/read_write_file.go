package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	path := "/tmp/gosub_test_read_write_file.txt"
	err := os.WriteFile(path, []byte("line one\nline two\n"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(path)
	fmt.Printf("read: %q %v\n", data, err)

	// WriteFile truncates.
	os.WriteFile(path, []byte("short"), 0644)
	data, _ = os.ReadFile(path)
	fmt.Printf("%q\n", data)

	fmt.Println("remove:", os.Remove(path))
	_, err = os.ReadFile(path)
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), errors.Is(err, os.ErrExist))
}

// Output:
// write: <nil>
// read: "line one\nline two\n" <nil>
// "short"
// remove: <nil>
// open /tmp/gosub_test_read_write_file.txt: no such file or directory
// true true false
