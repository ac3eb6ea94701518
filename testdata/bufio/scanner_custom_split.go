package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	// Comma-separated values, the last one without a trailing comma.
	onComma := func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("1,22,,333,4444"))
	sc.Split(onComma)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// A split function that validates: an error stops the scan.
	sc = bufio.NewScanner(strings.NewReader("12 34 5x 67"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			if _, err := strconv.Atoi(string(tok)); err != nil {
				return 0, nil, errors.New("bad number " + strconv.Quote(string(tok)))
			}
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("num", sc.Text())
	}
	fmt.Println("err:", sc.Err())
}

// Output:
// "1"
// "22"
// ""
// "333"
// "4444"
// err: <nil>
// num 12
// num 34
// err: bad number "5x"
