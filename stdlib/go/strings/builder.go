// gosub: a Builder keeps its bytes in a growable buffer object owned by
// natives (stdlib/natives_text.cpp): appends write in place while the
// capacity lasts, and String copies the bytes once. Copying a non-zero
// Builder is not detected.
package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods.
// The zero value is ready to use.
type Builder struct {
	buf string // a buffer object: len is the bytes written so far
}

// String returns the accumulated string.
func (b *Builder) String() string { return bufString(b.buf) }

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's buffer.
func (b *Builder) Cap() int { return bufCap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() { b.buf = "" }

// Grow grows b's capacity, if necessary, to guarantee space for
// another n bytes. If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	b.buf = bufGrow(b.buf, n)
}

// Write appends the contents of p to b's buffer.
// Write always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = bufAppend(b.buf, string(p))
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer.
// The returned error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = bufAppendByte(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
// It returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	if uint32(r) < utf8.RuneSelf {
		b.buf = bufAppendByte(b.buf, byte(r))
		return 1, nil
	}
	s := string(r)
	b.buf = bufAppend(b.buf, s)
	return len(s), nil
}

// WriteString appends the contents of s to b's buffer.
// It returns the length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = bufAppend(b.buf, s)
	return len(s), nil
}

func bufAppend(buf string, s string) string
func bufAppendByte(buf string, c byte) string
func bufGrow(buf string, n int) string
func bufCap(buf string) int
func bufString(buf string) string
