// Running a Module. A Machine is one VM instance: its heap, globals, the
// goroutine register stack and frames, natives and output sinks. Nothing
// is global, so several Machines may run in one process (each on one
// thread: the heap is a thread-bound mimalloc heap).
//
// VM invariants (interp.cpp relies on them):
//  - Script calls never recurse on the C++ stack: a CALL pushes a Frame and
//    re-points `base`; RET pops it. The register stack is one growable
//    array; after it grows, `base` is recomputed from the frame's offset.
//  - A frame's registers are zeroed on entry beyond its parameters.
//  - The collector runs only at safepoint instructions (GC in opcodes.def),
//    before they allocate, with frames_.back().pc just past the opcode
//    word; every suspended frame's pc is just past its CALL. Registers are
//    scanned by the compiler's pointer map for that pc (gc_roots.cpp).
//  - Runtime errors unwind by returning from the dispatch loop with a
//    pending panic; the trace is built from the frame stack before unwinding.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/chan.h"
#include "vm/timers.h"
#include "runtime/heap.h"
#include "runtime/map.h"
#include "vm/bytecode.h"

namespace gosub::vm {

// Slots a frame may use beyond its declared registers for the stack check;
// charged per frame so Go-like recursion depths hit the limit (gc frames
// carry return address, frame pointer and spill space).
constexpr uint64_t kFrameOverheadBytes = 64;

class Machine;
// A native function: arguments at args[0..], results written to args[0..].
using NativeFn = void (*)(Machine& m, Slot* args);
using NativeTable = std::unordered_map<std::string, NativeFn>;

struct RunOptions {
  std::function<void(std::string_view)> write_stdout;  // required
  std::function<void(std::string_view)> write_stderr;  // required
  std::vector<std::string> args;                       // os.Args
  uint64_t max_stack_bytes = 1'000'000'000;
  const NativeTable* natives = nullptr;
  int gc_percent = 100;   // GOGC (negative: off)
  bool gc_trace = false;  // GODEBUG=gctrace=1: a line per collection on stderr
  bool gc_stress = false; // collect at every safepoint after an allocation (also: -DGOSUB_GC_STRESS=ON)
  bool print_stats = false;  // -stats report on stderr at exit
};

struct Frame {
  const Function* fn;
  const Instr* pc;  // saved pc of a suspended (calling) frame
  size_t base;      // offset of R[0] in the register stack
  rt::BoxObj* closure;  // the running function value (CALLV), for GETUP; else null
};

// The call stack. A vector would do, but its push_back does not inline
// into the dispatch loop; this keeps the growth path out of line.
class FrameStack {
 public:
  void push_back(const Frame& f) {
    if (size_ == frames_.size()) frames_.resize(size_ ? size_ * 2 : 8);  // small: every goroutine has one
    frames_[size_++] = f;
  }
  void pop_back() { size_--; }
  Frame& back() { return frames_[size_ - 1]; }
  const Frame& back() const { return frames_[size_ - 1]; }
  Frame& operator[](size_t i) { return frames_[i]; }
  const Frame& operator[](size_t i) const { return frames_[i]; }
  size_t size() const { return size_; }
  size_t capacity() const { return frames_.size(); }
  void resize(size_t n) { size_ = n; }  // only shrinks
  void clear() { size_ = 0; }

 private:
  std::vector<Frame> frames_;
  size_t size_ = 0;
};

// One panic of a goroutine (vm/panic.cpp).
struct PanicRecord {
  Slot value[2]{};               // the panic value (an interface)
  size_t scan = 0;               // frames below this index may still hold deferred calls
  size_t cont_frame = SIZE_MAX;  // its continuation frame, while one of its deferred calls runs
  bool recovered = false;
  bool aborted = false;  // a later panic passed its running deferred call
  bool goexit = false;   // runtime.Goexit, not a panic
};

// A goroutine: its register stack, call frames, heap defer chain (records,
// newest first) and panics (oldest first), and how it waits (vm/sched.cpp).
struct Goroutine {
  uint64_t id = 1;
  std::vector<Slot> stack;
  FrameStack frames;
  std::vector<PanicRecord> panics;
  rt::BoxObj* defer_chain = nullptr;
  const char* wait_reason = "";  // why it last blocked (Go's "chan receive", ...): the deadlock report
  bool preempted = false;        // stopped at a back-edge (its top frame's pc is the LOOP itself)
  bool woken_by_close = false;   // a blocked send whose channel closed: it panics when it runs
  rt::ChanWaiter waiter;         // its place in a channel's queue while blocked
  std::vector<rt::ChanWaiter> select_waiters;  // blocked in a select: one per case
  size_t select_result = 0;      // ... and the stack offset of the chosen case's register
  // Until it first runs: the call it starts with. Its function value and
  // arguments wait at the bottom of the stack, laid out as a heap defer
  // record of the site (record_type), which is how the collector scans them.
  const DeferSite* start_site = nullptr;
  size_t index = 0;              // in Machine::goroutines_
  // Where it was created (traces' "created by" lines): the function that
  // ran the go statement and its line; null for main.
  const Function* creator = nullptr;
  int32_t creator_line = 0;
};

// A Machine is its maps' KeyOps: hashing and comparing keys needs types.
class Machine : public rt::KeyOps {
 public:
  Machine(const Module& module, RunOptions options);
  ~Machine() override;

  // Runs the module's entry function; returns Go's exit status.
  int run();

  rt::Heap& heap() { return heap_; }
  rt::Maps& maps() { return maps_; }
  // rt::KeyOps for keys that are not plain bits or strings.
  bool hash(uint32_t key_type, const Slot* key, uint64_t seed, uint64_t& out) override;
  bool equal(uint32_t key_type, const Slot* a, const Slot* b) override { return values_equal(key_type, a, b); }
  uint64_t random() {  // xorshift64*: map iteration starts and NaN keys' hashes
    rng_ ^= rng_ >> 12, rng_ ^= rng_ << 25, rng_ ^= rng_ >> 27;
    return rng_ * 0x2545F4914F6CDD1Dull;
  }
  void write_stdout(std::string_view s) { stdout_buf_.append(s); if (stdout_buf_.size() > (1 << 16)) flush_stdout(); }
  void write_stderr(std::string_view s) { flush_stdout(); options_.write_stderr(s); }
  void flush_stdout();
  // Ends the program with this status once the current native returns (os.Exit).
  void request_exit(int status) { exit_requested_ = true; exit_status_ = status; }
  const std::vector<std::string>& args() const { return options_.args; }
  // Runtime type descriptors: the module's, plus any a native adds (an
  // error value created by the runtime, say).
  const TypeInfo& type_info(int64_t id) const {
    return id >= 0 && static_cast<size_t>(id) < types_.size() ? types_[static_cast<size_t>(id)] : types_[0];
  }
  int64_t intern_type(const TypeInfo& info);
  // The index of a descriptor type_info returned.
  uint32_t type_index(const TypeInfo* t) const { return static_cast<uint32_t>(t - types_.data()); }
  // The function implementing method `name` (a Module::method_names index)
  // for dynamic type `type`, or UINT32_MAX.
  uint32_t find_method(uint32_t type, uint32_t name) const;
  // Whether dynamic type `type` has every method interface type `iface` lists.
  bool implements(uint32_t type, uint32_t iface) const;
  // Runs script function `fn` from inside a native (fmt calling String(),
  // sort calling less): args are its parameter slots; its results are
  // copied to results[0..nresults). The callee's frames sit above the
  // native's caller, so they are GC roots like any others. False when the
  // program must stop (os.Exit) or the callee panicked: then *panic_message
  // (if given) holds the panic value's text as recover would see it and
  // the panic is not printed.
  bool call(uint32_t fn, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults,
            std::string* panic_message = nullptr);
  // As call, for a method of dynamic type `type` whose receiver is the
  // value at `value` (an interface's data, unpacked): a by_pointer type's
  // receiver is a pointer to a fresh copy of it.
  bool call_method(uint32_t fn, uint32_t type, const Slot* value, Slot* results, uint32_t nresults,
                   std::string* panic_message = nullptr);
  // out[0..1] = a pointer to a new heap copy of the value of type `type`
  // at src (arrays in array objects, as NEW makes them).
  void fresh_copy(uint32_t type, const Slot* src, Slot* out);
  // Collects now (runtime.GC, or a due collection at a safepoint). Callable
  // from a native only on entry, before it allocates anything it keeps.
  void collect_garbage();
  // runtime.Goexit from a native: once the native returns, the goroutine
  // runs its deferred calls (recover returns nil meanwhile) and ends.
  void goexit();
  // debug.SetMaxStack: returns the previous limit (bytes).
  uint64_t set_max_stack(uint64_t bytes) {
    uint64_t prev = options_.max_stack_bytes;
    options_.max_stack_bytes = bytes;
    return prev;
  }
  // Defer and panic counters (-stats; the allocations are in the heap's
  // per-kind statistics).
  struct DeferStats {
    uint64_t open_coded_run = 0;  // open-coded deferred calls made
    uint64_t heap_records_run = 0;
    uint64_t panics = 0;
    uint64_t recovers = 0;
  };
  const DeferStats& defer_stats() const { return defer_stats_; }
  // Go's "fatal error: msg" with the goroutine's trace; the program ends
  // (exit 2) once the native returns.
  void fatal_error(const std::string& msg);
  // The running goroutine's next wait reports as `reason` (sync's
  // "semacquire") instead of the channel operation's.
  void set_wait_reason(const char* reason) { next_wait_reason_ = reason; }
  // runtime.Gosched: the running goroutine yields once the native returns.
  void request_yield() { yield_requested_ = true; }
  size_t num_goroutines() const { return goroutines_.size(); }
  // runtime.Stack: the running goroutine's trace without its top `skip`
  // frames, then (all) every other goroutine's, in Go's format.
  std::string stack_dump(bool all, size_t skip) const;
  // runtime.Caller: the call `skip` frames below the top one.
  bool caller(size_t skip, uint64_t& pc, std::string& file, int32_t& line) const;
  // --- timers (timers.cpp). t is a time.runtimeTimer's slots inside the
  // heap object base.
  void add_timer(void* base, Slot* t);  // (re)starts it
  bool del_timer(Slot* t);              // false: it was not pending
  int64_t nanotime() const;             // monotonic ns since the VM started (> 0)
  static int64_t walltime();            // Unix ns

 private:
  bool execute();  // the dispatch loop; false when the program must stop
  void add_layout(uint32_t type, const TypeInfo& info);
  void mark_roots(rt::Heap& heap);
  void print_stats();
  bool grow_stack(size_t need);
  // After a native whose callbacks grew the stack (CALLN): its results
  // move from the old buffer, which is freed once no native runs.
  void native_stack_moved(const Slot* old);
  // Function values: closure objects are boxes whose slot 0 is the
  // function index and whose other slots are the captured values.
  rt::BoxObj* static_closure(uint32_t fn);
  rt::BoxObj* new_closure(uint32_t fn, uint32_t layout_type, const Slot* captured, uint32_t count,
                          rt::AllocKind kind = rt::AllocKind::Closure);
  // append's slow and fast paths: slice is 4 slots, updated in place; elems
  // may alias the slice's own array. False when the length would overflow.
  bool append_slots(Slot* slice, const Slot* elems, uint64_t count, uint32_t x);
  bool append_string(Slot* slice, const rt::StringObj* str, uint32_t x);  // append([]byte, s...)
  void string_to_runes(Slot* out, const rt::StringObj* str);              // []rune(s)
  rt::StringObj* runes_to_string(const Slot* slice);                      // string(runes)
  // --- panics (panic.cpp). A panic pushes a PanicRecord; run_panic then
  // walks the frames from the top down and calls their pending deferred
  // calls one at a time, each above a continuation frame (panic_frame_)
  // whose RESUME_PANIC resumes the walk or the recovery. Frames stay on
  // the stack until a recovery or the program's end, as in Go.
  // Starts a panic with a runtime error value: runtime.errorString ("runtime
  // error: " + message), boundsError, plainError (runtime_error false) or
  // *TypeAssertionError (interface conversions).
  void runtime_panic(const std::string& message, bool runtime_error = true);
  void begin_panic(const Slot* value, bool goexit = false);
  // Calls the next pending deferred call of the newest panic, or recovers,
  // or ends the program (false; printed). False too when the walk reaches
  // a native's call() boundary (panic_at_boundary_).
  bool run_panic();
  bool resume_panic();  // RESUME_PANIC
  void fatal_panic();
  void recover(Slot* out);  // RECOVER: the frame calling it is the top one
  // --- goroutines (sched.cpp). Switches change g_; the dispatch loop
  // reloads its frame afterwards.
  void start_goroutine(const DeferSite& site, const Slot* slots);  // GO
  void ready(Goroutine* g);
  bool has_runnable() const { return run_next_ || !run_queue_.empty(); }
  // The running goroutine stops (it is Waiting, or Runnable at the back of
  // the queue); the next runnable one becomes g_. False: nothing can run
  // (deadlock, printed) or the resumed goroutine's panic ended the program.
  bool park(const char* reason);
  bool yield();
  bool end_goroutine();  // GOEND
  bool switch_to_next();
  void deadlock();
  bool run_timers();  // fires the due timers; true if any fired
  void sleep_until_next_timer();
  void mark_timers(rt::Heap& heap);
  // Channel operations: true when done, false when the goroutine blocked
  // (then park) ; a panic is started instead when *panicked is set.
  bool chan_send(rt::ChanObj* c, const Slot* value, bool& panicked);
  bool chan_recv(rt::ChanObj* c, Slot* dest, Slot* ok, bool& panicked);
  bool chan_close(rt::ChanObj* c);  // false: panicked
  // SELECT: does a ready case (chosen at random) or default and writes the
  // chosen index to *result; false when the goroutine must block (its
  // waiters are queued) or a panic started (*panicked).
  bool select(const SelectSite& site, Slot* R, Slot* result, bool& panicked);
  // The goroutine a partner took waiter w of (a select's other waiters leave their queues).
  Goroutine* take_waiter(rt::ChanWaiter* w);
  void mark_goroutine(rt::Heap& heap, const Goroutine& g);
  enum class DeferCall { Ok, NilFunc, Overflow };
  // Pushes the frame of a deferred call at stack offset base: site's
  // function (or the closure in slots[0]) with the rest of slots as arguments.
  DeferCall call_deferred(const DeferSite& site, const Slot* slots, size_t base);
  // Pushes a heap defer record (DEFERPROC) for the top frame.
  void defer_proc(const DeferSite& site, uint32_t site_index, const Slot* slots);
  // The frame a heap defer record belongs to, and its site.
  static size_t record_frame(const rt::BoxObj* d) { return static_cast<size_t>(d->data[1].u & 0xffffffff); }
  static uint32_t record_site(const rt::BoxObj* d) { return static_cast<uint32_t>(d->data[1].u >> 32); }
  // How an unrecovered panic prints its value (Go's printpanicval, after
  // preprintpanics turned errors and Stringers into their text).
  std::string panic_value_text(const Slot* pair);
  std::string assertion_error(uint32_t type, uint32_t target, uint32_t iface) const;
  bool values_equal(uint32_t type, const Slot* a, const Slot* b);
  // A map op's key: in registers at r, or (kMapKeyInMemory) at the pointer r[0..1].
  static const Slot* map_key(const Slot* r, uint32_t x) { return x & kMapKeyInMemory ? static_cast<const Slot*>(r[1].p) : r; }
  // The element width of a slice op's X operand (elem_word).
  uint32_t elem_width(uint32_t x) const {
    uint32_t w = elem_slots(x);
    return w == kWideElem ? types_[elem_type(x)].slots : w;
  }
  const rt::MapShape& map_shape(uint32_t map_type);
  bool ifaces_equal(const Slot* x, const Slot* y);
  bool type_comparable(uint32_t type) const;  // == is defined (no slice, map or func inside)  // same, non-nil dynamic type
  void stack_overflow();
  std::string traceback(const Instr* pc) const { return traceback(*g_, pc); }
  std::string traceback(const Goroutine& g, const Instr* pc, size_t skip = 0) const;

  const Module& module_;
  RunOptions options_;
  rt::Heap heap_;
  rt::Maps maps_{heap_, *this};
  uint64_t rng_;
  std::vector<rt::MapShape> map_shapes_;  // per type index, for map types (made on first use)
  uint32_t unhashable_type_ = 0;  // set by hash for the map panic
  std::vector<Slot> constants_;
  std::vector<TypeInfo> types_;
  std::vector<NativeFn> natives_;
  std::vector<Slot> globals_;
  // The frame a call() from a native returns into: its only instruction
  // is HALT, which ends that nested execute().
  Function callback_return_;
  // --- the scheduler (vm/sched.cpp)
  std::vector<std::unique_ptr<Goroutine>> goroutines_;  // live ones; [0] is main
  Goroutine* g_ = nullptr;                               // the running goroutine
  std::deque<Goroutine*> run_queue_;
  Goroutine* run_next_ = nullptr;  // Go's runnext: a goroutine just made ready runs first
  uint64_t next_goroutine_id_ = 2;
  uint64_t goroutines_created_ = 1;
  // Ended goroutines kept for reuse with their stacks (a few hundred, as
  // many as a loop of go statements starts before it yields).
  std::vector<std::unique_ptr<Goroutine>> free_goroutines_;
  Function goroutine_end_;  // the bottom frame of every goroutine but main (GOEND)
  int in_callback_ = 0;     // call()s from natives in progress: no switching meanwhile
  int natives_running_ = 0;  // CALLNs in progress: a stack that grows keeps its old buffer
  std::vector<std::vector<Slot>> retired_stacks_;  // ... here, until they return
  bool yield_requested_ = false;  // runtime.Gosched from a native
  bool main_goexited_ = false;    // main called runtime.Goexit
  const char* next_wait_reason_ = nullptr;
  TimerHeap timers_;
  bool firing_timers_ = false;  // run_timers is readying goroutines: FIFO, not runnext
  uint64_t next_timer_seq_ = 0;
  DeferSite after_func_site_;  // how a fired AfterFunc timer starts its goroutine: go f()
  Function timer_creator_;     // what its trace names as the creator (Go's time.goFunc)
  Function panic_frame_;              // the continuation frame's function (RESUME_PANIC)
  bool native_panic_ = false;         // a native started a panic (or Goexit): CALLN runs it
  bool panic_at_boundary_ = false;    // the newest panic left a call() unrecovered
  bool sigpanic_ = false;             // a nil dereference panicked (Go prints the signal line)
  DeferStats defer_stats_;
  std::vector<rt::BoxObj*> static_closures_;
  // Interface call sites' last dynamic type and its method (a monomorphic
  // inline cache: a hot site skips the method-table search).
  struct IfaceCache {
    uint32_t type = 0;
    uint32_t fn = 0;
  };
  std::vector<IfaceCache> iface_cache_;
  uint32_t uncomparable_type_ = 0;  // set by values_equal for EQ_IFACE's panic  // per function, made on first use (never swept)
  std::string stdout_buf_;
  std::string print_buf_;  // builtin print/println operands until PRINT_END
  uint64_t start_ns_ = 0;  // for gctrace's @time
  bool exit_requested_ = false;
  int exit_status_ = 0;
};

// Convenience: construct a Machine and run it.
int run_module(const Module& module, RunOptions options);

}  // namespace gosub::vm
