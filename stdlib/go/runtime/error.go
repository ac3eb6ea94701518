package runtime

// Error identifies a run time error (Go's runtime.Error). The VM panics
// with values of the types below (Module::runtime_errors).
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes run time errors.
	RuntimeError()
}

// errorString: most run time errors ("integer divide by zero", nil
// dereferences).
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError: run time errors Go prints without the "runtime error: "
// prefix ("assignment to entry in nil map").
type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// boundsError: index and slice bounds failures (Go's holds the operands
// and formats them; gosub's holds the text).
type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	message string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.message }
