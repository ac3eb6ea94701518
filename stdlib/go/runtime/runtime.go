// Package runtime: natives in stdlib/natives.cpp.
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gosub"

// GC runs a full collection now.
func GC()

// Goexit runs the calling goroutine's deferred calls and ends it; recover
// returns nil meanwhile. In the main goroutine, once every other goroutine
// has ended, the program dies as Go's does ("no goroutines").
func Goexit()

// NumCPU returns the number of logical CPUs the process may use, as Go's
// does (gosub itself runs every goroutine on one thread).
func NumCPU() int

// gomaxprocsEnv returns $GOMAXPROCS when it is a positive number, else 0.
func gomaxprocsEnv() int

var gomaxprocs int

// GOMAXPROCS sets the setting Go uses for how many threads run Go code at
// once and returns the previous one; n < 1 only queries it. The default is
// $GOMAXPROCS, else NumCPU(). gosub records it but always runs one thread.
func GOMAXPROCS(n int) int {
	if gomaxprocs == 0 {
		gomaxprocs = gomaxprocsEnv()
		if gomaxprocs == 0 {
			gomaxprocs = NumCPU()
		}
	}
	prev := gomaxprocs
	if n > 0 {
		gomaxprocs = n
	}
	return prev
}

// Stack formats a stack trace of the calling goroutine into buf (and,
// if all, those of every other goroutine after it) and returns the number
// of bytes written; the text is cut at len(buf). The format is Go's
// traceback without gc's hex offsets.
func Stack(buf []byte, all bool) int {
	return copy(buf, stack(all, 1))
}

// stack returns the traceback text, leaving out skip frames below the
// native's caller.
func stack(all bool, skip int) string

// Caller reports the file and line of a call in the calling goroutine's
// stack: skip 0 is the caller of Caller. pc identifies the function and
// position (gosub has no FuncForPC).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return caller(skip + 1)
}

func caller(skip int) (pc uintptr, file string, line int, ok bool)

// KeepAlive marks x as reachable up to this point. gosub's collector sees
// every live register precisely, so it has nothing to do.
func KeepAlive(x any) {}
// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// MemStats has Go's fields with Go's meanings for gosub's heap (SPEC §6).
// Memory gosub does not manage itself (stacks, the allocator's own
// structures) is not broken out: Sys, HeapSys and HeapIdle describe the
// script heap as mimalloc holds it.
type MemStats struct {
	Alloc         uint64 // bytes of live heap objects (= HeapAlloc)
	TotalAlloc    uint64 // cumulative bytes allocated
	Sys           uint64 // bytes obtained for the heap
	Lookups       uint64
	Mallocs       uint64 // cumulative objects allocated
	Frees         uint64 // cumulative objects freed
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64 // live objects
	StackInuse    uint64
	StackSys      uint64
	NextGC        uint64 // heap size goal of the next collection
	LastGC        uint64 // end of the last collection, ns since 1970
	PauseTotalNs  uint64
	PauseNs       [256]uint64 // recent pauses, most recent at [(NumGC+255)%256]
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// ReadMemStats fills m with the current heap statistics.
func ReadMemStats(m *MemStats) {
	m.Alloc = memStat(0)
	m.TotalAlloc = memStat(1)
	m.Sys = memStat(2)
	m.Mallocs = memStat(3)
	m.Frees = memStat(4)
	m.HeapAlloc = m.Alloc
	m.HeapSys = m.Sys
	m.HeapInuse = m.Alloc
	m.HeapIdle = m.Sys - m.Alloc
	m.HeapObjects = memStat(5)
	m.NextGC = memStat(6)
	m.LastGC = memStat(7)
	m.PauseTotalNs = memStat(8)
	m.NumGC = uint32(memStat(9))
	m.NumForcedGC = uint32(memStat(10))
	m.GCCPUFraction = 0
	m.EnableGC = true
	for i := range m.PauseNs {
		m.PauseNs[i] = pauseNs(i)
	}
}

func memStat(which int) uint64
func pauseNs(i int) uint64
