// Timers: a runtimeTimer is handed to the VM's timer heap (vm/timers.cpp),
// which fires it from the scheduler: a timer with a channel sends the
// current Time without blocking, one with a function runs it in a new
// goroutine, and a periodic one goes back in the heap.
package time

import "errors"

// runtimeTimer's field order is vm/timers.cpp's kTimer* slots.
type runtimeTimer struct {
	when   int64 // monotonic ns
	period int64 // > 0: a Ticker
	c      chan Time
	f      func()
	pos    int // the VM's heap position + 1; 0: not pending
	seq    int
}

// startTimer puts t in the timer heap (again, if it is there).
func startTimer(t *runtimeTimer)

// stopTimer takes t out of the heap and reports whether it was there.
func stopTimer(t *runtimeTimer) bool

// sleeping makes the goroutine's next wait report as [sleep].
func sleeping()

// when is the monotonic time d from now, saturating.
func when(d Duration) int64 {
	_, t := now()
	if d <= 0 {
		return t
	}
	t += int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	c := make(chan Time, 1)
	t := &runtimeTimer{when: when(d), c: c}
	startTimer(t)
	sleeping()
	<-c
}

// A Timer sends the current time on C once, after its duration, unless
// stopped; an AfterFunc timer calls its function instead and C is nil.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a Timer that will send the current time on its channel
// after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: runtimeTimer{when: when(d), c: c}}
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if it had already expired or been stopped. Stop does
// not drain C.
func (t *Timer) Stop() bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after d and reports whether it had
// been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	active := stopTimer(&t.r)
	t.r.when = w
	startTimer(&t.r)
	return active
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The Timer can cancel the call with Stop.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: runtimeTimer{when: when(d), f: f}}
	startTimer(&t.r)
	return t
}

// A Ticker holds a channel that delivers the current time at intervals;
// a slow receiver drops ticks.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker sending the time every d; d must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: runtimeTimer{when: when(d), period: int64(d), c: c}}
	startTimer(&t.r)
	return t
}

// Stop turns off the ticker; no more ticks are sent. It does not close C.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops the ticker and resets its period to d; the next tick
// arrives after d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(&t.r)
	t.r.when = when(d)
	t.r.period = int64(d)
	startTimer(&t.r)
}

// Tick is NewTicker(d).C, for when the Ticker never needs stopping; nil
// if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
