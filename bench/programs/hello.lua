-- Same as hello.go.
print("hello, world")
