package main

import (
	"fmt"
	"os"
)

func main() {
	name := "GOSUB_TEST_GETENV_VAR"
	v, ok := os.LookupEnv(name)
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv(name))
	fmt.Println(os.Setenv(name, "some value"))
	v, ok = os.LookupEnv(name)
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv(name))
	os.Setenv(name, "")
	v, ok = os.LookupEnv(name)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv(name))
	_, ok = os.LookupEnv(name)
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Getenv("PATH") != "")
}

// Output:
// "" false ""
// <nil>
// "some value" true "some value"
// "" true
// <nil>
// false
// setenv: invalid argument
// setenv: invalid argument
// true
