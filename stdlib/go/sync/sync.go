// Package sync on gosub's scheduler (vm/sched.cpp): goroutines switch only
// at blocking operations and loop back-edges, so the state below changes
// without races; waiting is done on channels. Natives in stdlib/natives.cpp.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// fatal ends the program with Go's "fatal error: " report.
func fatal(s string)

// semacquire makes the goroutine's next wait report as [semacquire], as
// Go's do in Mutex.Lock and WaitGroup.Wait.
func semacquire()

// A Mutex is a mutual exclusion lock; the zero Mutex is unlocked.
type Mutex struct {
	sema chan struct{} // made on first use; holds a token while locked
}

func (m *Mutex) init() {
	if m.sema == nil {
		m.sema = make(chan struct{}, 1)
	}
}

// Lock locks m, waiting until it is available. Nothing else runs between
// the check and the send, so only a Lock that will wait pays for semacquire.
func (m *Mutex) Lock() {
	if m.sema == nil {
		m.sema = make(chan struct{}, 1)
	} else if len(m.sema) == 1 {
		semacquire()
	}
	m.sema <- struct{}{}
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	m.init()
	if len(m.sema) == 1 {
		return false
	}
	m.sema <- struct{}{}
	return true
}

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error.
func (m *Mutex) Unlock() {
	if m.sema == nil || len(m.sema) == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	<-m.sema
}

// An RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w       Mutex
	readers int
	waiting bool          // a writer waits for the readers to leave
	drained chan struct{} // wakes it
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	rw.w.Lock()
	rw.readers++
	rw.w.Unlock()
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.waiting {
		rw.waiting = false
		rw.drained <- struct{}{}
	}
}

// Lock locks rw for writing, waiting for the readers to leave.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	if rw.readers > 0 {
		if rw.drained == nil {
			rw.drained = make(chan struct{})
		}
		rw.waiting = true
		semacquire()
		<-rw.drained
	}
}

// TryLock locks rw for writing if it is free.
func (rw *RWMutex) TryLock() bool {
	if rw.readers > 0 || !rw.w.TryLock() {
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if rw.w.sema == nil || len(rw.w.sema) == 0 {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n       int
	waiters int
	wake    chan struct{}
}

// Add adds delta to the counter; at zero, every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for ; wg.waiters > 0; wg.waiters-- {
			wg.wake <- struct{}{}
		}
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		return
	}
	if wg.wake == nil {
		wg.wake = make(chan struct{})
	}
	wg.waiters++
	semacquire()
	<-wg.wake
}

// Once performs exactly one action; a panicking f still counts as done.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// Cond is a condition variable associated with a Locker L.
type Cond struct {
	L       Locker
	waiters []chan struct{}
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait unlocks c.L, waits for Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	<-ch
	c.L.Lock()
}

// Signal wakes one waiting goroutine, if any.
func (c *Cond) Signal() {
	if len(c.waiters) == 0 {
		return
	}
	ch := c.waiters[0]
	c.waiters = c.waiters[1:]
	close(ch)
}

// Broadcast wakes all waiting goroutines.
func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
}

// A Pool is a set of temporary objects that may be reused.
type Pool struct {
	New   func() any
	items []any
}

// Get takes an object from the pool, or returns New() (or nil).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}
