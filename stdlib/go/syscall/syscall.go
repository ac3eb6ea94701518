// Package syscall: the part of Go's syscall that os needs on linux/amd64.
// Errno's texts come from a native table (stdlib/natives_io.cpp) holding
// Go 1.19's zerrors_linux_amd64.go strings.
package syscall

import "internal/oserror"

// An Errno is an unsigned number describing an error condition.
// It implements the error interface. The zero Errno is by convention
// a non-error, so code to convert from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if s := errstr(int(e)); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// errstr is Go's errors[e] table entry, or "" outside it.
func errstr(e int) string

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

func uitoa(v uint) string {
	s := ""
	for {
		s = string(rune('0'+v%10)) + s
		v /= 10
		if v == 0 {
			return s
		}
	}
}

// Errors (linux/amd64 values).
const (
	E2BIG        = Errno(0x7)
	EACCES       = Errno(0xd)
	EAGAIN       = Errno(0xb)
	EBADF        = Errno(0x9)
	EBUSY        = Errno(0x10)
	ECHILD       = Errno(0xa)
	EEXIST       = Errno(0x11)
	EFAULT       = Errno(0xe)
	EFBIG        = Errno(0x1b)
	EINTR        = Errno(0x4)
	EINVAL       = Errno(0x16)
	EIO          = Errno(0x5)
	EISDIR       = Errno(0x15)
	ELOOP        = Errno(0x28)
	EMFILE       = Errno(0x18)
	EMLINK       = Errno(0x1f)
	ENAMETOOLONG = Errno(0x24)
	ENFILE       = Errno(0x17)
	ENODEV       = Errno(0x13)
	ENOENT       = Errno(0x2)
	ENOEXEC      = Errno(0x8)
	ENOMEM       = Errno(0xc)
	ENOSPC       = Errno(0x1c)
	ENOSYS       = Errno(0x26)
	ENOTDIR      = Errno(0x14)
	ENOTEMPTY    = Errno(0x27)
	ENOTSUP      = Errno(0x5f)
	ENOTTY       = Errno(0x19)
	ENXIO        = Errno(0x6)
	EPERM        = Errno(0x1)
	EPIPE        = Errno(0x20)
	ERANGE       = Errno(0x22)
	EROFS        = Errno(0x1e)
	ESPIPE       = Errno(0x1d)
	ESRCH        = Errno(0x3)
	ETIMEDOUT    = Errno(0x6e)
	ETXTBSY      = Errno(0x1a)
	EWOULDBLOCK  = Errno(0xb)
	EXDEV        = Errno(0x12)
)

// Open flags (linux/amd64 values).
const (
	O_RDONLY  = 0x0
	O_WRONLY  = 0x1
	O_RDWR    = 0x2
	O_APPEND  = 0x400
	O_CREAT   = 0x40
	O_EXCL    = 0x80
	O_SYNC    = 0x101000
	O_TRUNC   = 0x200
	O_CLOEXEC = 0x80000
)
