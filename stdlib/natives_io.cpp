// Natives of os, syscall and bufio: file descriptors, the environment and
// a byte search. Each returns an errno (0 on success) that the Go side
// (stdlib/go/os/os.go) wraps in a *PathError holding a syscall.Errno, so
// every error value is built in Go.
#include "stdlib/natives.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace gosub::stdlib {

namespace {

using vm::Machine;
using vm::Slot;

// Go 1.19's syscall error strings (zerrors_linux_amd64.go), by errno.
const char* const kErrnoText[] = {
    nullptr,  // 0
    "operation not permitted",  // 1
    "no such file or directory",  // 2
    "no such process",  // 3
    "interrupted system call",  // 4
    "input/output error",  // 5
    "no such device or address",  // 6
    "argument list too long",  // 7
    "exec format error",  // 8
    "bad file descriptor",  // 9
    "no child processes",  // 10
    "resource temporarily unavailable",  // 11
    "cannot allocate memory",  // 12
    "permission denied",  // 13
    "bad address",  // 14
    "block device required",  // 15
    "device or resource busy",  // 16
    "file exists",  // 17
    "invalid cross-device link",  // 18
    "no such device",  // 19
    "not a directory",  // 20
    "is a directory",  // 21
    "invalid argument",  // 22
    "too many open files in system",  // 23
    "too many open files",  // 24
    "inappropriate ioctl for device",  // 25
    "text file busy",  // 26
    "file too large",  // 27
    "no space left on device",  // 28
    "illegal seek",  // 29
    "read-only file system",  // 30
    "too many links",  // 31
    "broken pipe",  // 32
    "numerical argument out of domain",  // 33
    "numerical result out of range",  // 34
    "resource deadlock avoided",  // 35
    "file name too long",  // 36
    "no locks available",  // 37
    "function not implemented",  // 38
    "directory not empty",  // 39
    "too many levels of symbolic links",  // 40
    nullptr,  // 41
    "no message of desired type",  // 42
    "identifier removed",  // 43
    "channel number out of range",  // 44
    "level 2 not synchronized",  // 45
    "level 3 halted",  // 46
    "level 3 reset",  // 47
    "link number out of range",  // 48
    "protocol driver not attached",  // 49
    "no CSI structure available",  // 50
    "level 2 halted",  // 51
    "invalid exchange",  // 52
    "invalid request descriptor",  // 53
    "exchange full",  // 54
    "no anode",  // 55
    "invalid request code",  // 56
    "invalid slot",  // 57
    nullptr,  // 58
    "bad font file format",  // 59
    "device not a stream",  // 60
    "no data available",  // 61
    "timer expired",  // 62
    "out of streams resources",  // 63
    "machine is not on the network",  // 64
    "package not installed",  // 65
    "object is remote",  // 66
    "link has been severed",  // 67
    "advertise error",  // 68
    "srmount error",  // 69
    "communication error on send",  // 70
    "protocol error",  // 71
    "multihop attempted",  // 72
    "RFS specific error",  // 73
    "bad message",  // 74
    "value too large for defined data type",  // 75
    "name not unique on network",  // 76
    "file descriptor in bad state",  // 77
    "remote address changed",  // 78
    "can not access a needed shared library",  // 79
    "accessing a corrupted shared library",  // 80
    ".lib section in a.out corrupted",  // 81
    "attempting to link in too many shared libraries",  // 82
    "cannot exec a shared library directly",  // 83
    "invalid or incomplete multibyte or wide character",  // 84
    "interrupted system call should be restarted",  // 85
    "streams pipe error",  // 86
    "too many users",  // 87
    "socket operation on non-socket",  // 88
    "destination address required",  // 89
    "message too long",  // 90
    "protocol wrong type for socket",  // 91
    "protocol not available",  // 92
    "protocol not supported",  // 93
    "socket type not supported",  // 94
    "operation not supported",  // 95
    "protocol family not supported",  // 96
    "address family not supported by protocol",  // 97
    "address already in use",  // 98
    "cannot assign requested address",  // 99
    "network is down",  // 100
    "network is unreachable",  // 101
    "network dropped connection on reset",  // 102
    "software caused connection abort",  // 103
    "connection reset by peer",  // 104
    "no buffer space available",  // 105
    "transport endpoint is already connected",  // 106
    "transport endpoint is not connected",  // 107
    "cannot send after transport endpoint shutdown",  // 108
    "too many references: cannot splice",  // 109
    "connection timed out",  // 110
    "connection refused",  // 111
    "host is down",  // 112
    "no route to host",  // 113
    "operation already in progress",  // 114
    "operation now in progress",  // 115
    "stale NFS file handle",  // 116
    "structure needs cleaning",  // 117
    "not a XENIX named type file",  // 118
    "no XENIX semaphores available",  // 119
    "is a named type file",  // 120
    "remote I/O error",  // 121
    "disk quota exceeded",  // 122
    "no medium found",  // 123
    "wrong medium type",  // 124
    "operation canceled",  // 125
    "required key not available",  // 126
    "key has expired",  // 127
    "key has been revoked",  // 128
    "key was rejected by service",  // 129
    "owner died",  // 130
    "state not recoverable",  // 131
    "operation not possible due to RF-kill",  // 132
};

std::string_view str_of(Slot s) { return rt::string_view_of(static_cast<rt::StringObj*>(s.p)); }

// A []byte in four slots (array, offset, len, cap): one slot per byte.
struct ByteSlice {
  Slot* data;
  uint64_t len;
  explicit ByteSlice(const Slot* s)
      : data(s[0].p ? static_cast<rt::ArrayObj*>(s[0].p)->data + s[1].u : nullptr), len(s[2].u) {}
};

// A NUL-terminated copy of a path or variable name; false when the Go
// string holds a NUL byte (Go reports EINVAL then).
bool c_string(std::string_view s, std::string& out) {
  if (s.find('\0') != std::string_view::npos) return false;
  out.assign(s);
  return true;
}

// Results (n int, errno int).
void set_n_errno(Slot* args, int64_t n, int err) {
  args[0].i = n;
  args[1].i = err;
}

// Writes all of bytes to fd (retrying short writes and EINTR, as Go's
// poll.FD.Write does); stdout and stderr go through the VM's streams.
void write_fd(Machine& m, int64_t fd, std::string_view bytes, Slot* args) {
  if (fd == 1) {
    m.write_stdout(bytes);
    return set_n_errno(args, static_cast<int64_t>(bytes.size()), 0);
  }
  if (fd == 2) {
    m.write_stderr(bytes);
    return set_n_errno(args, static_cast<int64_t>(bytes.size()), 0);
  }
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t w = ::write(static_cast<int>(fd), bytes.data() + done, bytes.size() - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return set_n_errno(args, static_cast<int64_t>(done), errno);
    }
    done += static_cast<size_t>(w);
  }
  set_n_errno(args, static_cast<int64_t>(done), 0);
}

// os.sysRead(fd int, b []byte) (n int, errno int)
void os_sys_read(Machine& m, Slot* args) {
  int64_t fd = args[0].i;
  ByteSlice b(args + 1);
  if (fd == 0) m.flush_stdout();  // a prompt shows before the program blocks
  char buf[65536];
  size_t want = std::min<uint64_t>(b.len, sizeof buf);
  ssize_t got;
  do got = ::read(static_cast<int>(fd), buf, want);
  while (got < 0 && errno == EINTR);
  if (got < 0) return set_n_errno(args, 0, errno);
  for (ssize_t i = 0; i < got; i++) b.data[i].u = static_cast<unsigned char>(buf[i]);
  set_n_errno(args, got, 0);
}

// os.sysWrite(fd int, b []byte) (n int, errno int)
void os_sys_write(Machine& m, Slot* args) {
  int64_t fd = args[0].i;
  ByteSlice b(args + 1);
  std::string bytes(b.len, '\0');
  for (uint64_t i = 0; i < b.len; i++) bytes[i] = static_cast<char>(b.data[i].u);
  write_fd(m, fd, bytes, args);
}

// os.sysWriteString(fd int, s string) (n int, errno int)
void os_sys_write_string(Machine& m, Slot* args) { write_fd(m, args[0].i, str_of(args[1]), args); }

// os.sysOpen(name string, flag int, perm int) (fd int, errno int)
void os_sys_open(Machine&, Slot* args) {
  std::string path;
  if (!c_string(str_of(args[0]), path)) return set_n_errno(args, -1, EINVAL);
  int fd;
  do fd = ::open(path.c_str(), static_cast<int>(args[1].i), static_cast<mode_t>(args[2].i));
  while (fd < 0 && errno == EINTR);
  set_n_errno(args, fd, fd < 0 ? errno : 0);
}

// os.sysClose(fd int) (errno int)
void os_sys_close(Machine& m, Slot* args) {
  int fd = static_cast<int>(args[0].i);
  if (fd == 1) m.flush_stdout();
  args[0].i = ::close(fd) < 0 ? errno : 0;
}

// os.sysFileSize(fd int) int: the size fstat reports, or -1.
void os_sys_file_size(Machine&, Slot* args) {
  struct stat st;
  args[0].i = ::fstat(static_cast<int>(args[0].i), &st) == 0 ? static_cast<int64_t>(st.st_size) : -1;
}

// os.sysRemove(name string) (errno int): unlink, else rmdir, choosing the
// error as Go's Remove does.
void os_sys_remove(Machine&, Slot* args) {
  std::string path;
  if (!c_string(str_of(args[0]), path)) {
    args[0].i = EINVAL;
    return;
  }
  if (::unlink(path.c_str()) == 0) {
    args[0].i = 0;
    return;
  }
  int e = errno;
  if (::rmdir(path.c_str()) == 0) {
    args[0].i = 0;
    return;
  }
  if (errno != ENOTDIR) e = errno;
  args[0].i = e;
}

// os.getenv(key string) (value string, found bool)
void os_getenv(Machine& m, Slot* args) {
  std::string key;
  const char* v = c_string(str_of(args[0]), key) ? std::getenv(key.c_str()) : nullptr;
  args[0].p = v && *v ? m.heap().new_string(v) : nullptr;
  args[1].u = v != nullptr;
}

// os.sysSetenv(key, value string) (errno int)
void os_sys_setenv(Machine&, Slot* args) {
  std::string key, value;
  if (!c_string(str_of(args[0]), key) || !c_string(str_of(args[1]), value) || key.empty() ||
      key.find('=') != std::string::npos) {
    args[0].i = EINVAL;
    return;
  }
  args[0].i = ::setenv(key.c_str(), value.c_str(), 1) == 0 ? 0 : errno;
}

// os.sysUnsetenv(key string) (errno int)
void os_sys_unsetenv(Machine&, Slot* args) {
  std::string key;
  if (!c_string(str_of(args[0]), key)) {
    args[0].i = EINVAL;
    return;
  }
  args[0].i = ::unsetenv(key.c_str()) == 0 ? 0 : errno;
}

// syscall.errstr(e int) string
void syscall_errstr(Machine& m, Slot* args) {
  int64_t e = args[0].i;
  const char* s = e >= 0 && e < static_cast<int64_t>(std::size(kErrnoText)) ? kErrnoText[e] : nullptr;
  args[0].p = s ? m.heap().new_string(s) : nullptr;
}

// bufio.indexByte(b []byte, c byte) int
void bufio_index_byte(Machine&, Slot* args) {
  ByteSlice b(args);
  uint64_t c = args[4].u & 0xFF;
  for (uint64_t i = 0; i < b.len; i++)
    if (b.data[i].u == c) {
      args[0].i = static_cast<int64_t>(i);
      return;
    }
  args[0].i = -1;
}

}  // namespace

void add_io_natives(vm::NativeTable& table) {
  const std::pair<const char*, vm::NativeFn> natives[] = {
      {"os.sysRead", os_sys_read},
      {"os.sysWrite", os_sys_write},
      {"os.sysWriteString", os_sys_write_string},
      {"os.sysOpen", os_sys_open},
      {"os.sysClose", os_sys_close},
      {"os.sysFileSize", os_sys_file_size},
      {"os.sysRemove", os_sys_remove},
      {"os.getenv", os_getenv},
      {"os.sysSetenv", os_sys_setenv},
      {"os.sysUnsetenv", os_sys_unsetenv},
      {"syscall.errstr", syscall_errstr},
      {"bufio.indexByte", bufio_index_byte},
  };
  for (const auto& [name, fn] : natives) table.emplace(name, fn);
}

}  // namespace gosub::stdlib
