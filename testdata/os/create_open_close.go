package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	path := "/tmp/gosub_test_create_open_close.txt"
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name())
	n, err := f.WriteString("hello ")
	fmt.Println(n, err)
	n, err = f.Write([]byte("file\n"))
	fmt.Println(n, err)
	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.WriteString("late")
	fmt.Println(err)

	g, err := os.Open(path)
	fmt.Println(err)
	buf := make([]byte, 4)
	for {
		n, err := g.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	_, err = g.Write([]byte("x"))
	fmt.Println(err != nil)
	g.Close()
	_, err = g.Read(buf)
	fmt.Println(err)

	_, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println(err, os.IsExist(err))

	a, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Fprintf(a, "appended %d\n", 2)
	a.Close()
	data, _ := os.ReadFile(path)
	fmt.Printf("%q\n", data)

	fmt.Println(os.Remove(path))
	fmt.Println(os.Remove(path))
	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println(err)
}

// Output:
// /tmp/gosub_test_create_open_close.txt
// 6 <nil>
// 5 <nil>
// <nil>
// close /tmp/gosub_test_create_open_close.txt: file already closed
// write /tmp/gosub_test_create_open_close.txt: file already closed
// <nil>
// 4 "hell" <nil>
// 4 "o fi" <nil>
// 3 "le\n" <nil>
// 0 "" EOF
// true
// read /tmp/gosub_test_create_open_close.txt: file already closed
// open /tmp/gosub_test_create_open_close.txt: file exists true
// "hello file\nappended 2\n"
// <nil>
// remove /tmp/gosub_test_create_open_close.txt: no such file or directory
// invalid argument
