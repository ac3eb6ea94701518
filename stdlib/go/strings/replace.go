// gosub: Replacer keeps its pairs and runs the semantics all of Go's
// replacer algorithms share (the generic one's): at each byte position the
// earliest pair, in argument order, whose old string matches is replaced;
// an empty old string matches at every byte position, but not twice in a
// row. WriteString (io.Writer) is not provided.
package strings

// Replacer replaces a list of strings with replacements.
// It is safe for concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string
// pairs. Replacements are performed in the order they appear in the
// target string, without overlapping matches, and comparisons are done in
// argument order. NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		match := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			// Ignore the empty match iff the previous step found it.
			if old == "" && prevMatchEmpty {
				continue
			}
			if HasPrefix(s[i:], old) {
				match = k
				break
			}
		}
		prevMatchEmpty = match >= 0 && r.oldnew[match] == ""
		if match >= 0 {
			b.WriteString(s[last:i])
			b.WriteString(r.oldnew[match+1])
			i += len(r.oldnew[match])
			last = i
			continue
		}
		i++
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
