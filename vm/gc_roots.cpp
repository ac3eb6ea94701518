// The VM's side of the collector: type layouts for the heap, and the roots
// (globals by the module's global layout; each frame's registers by the
// compiler's pointer map for the safepoint the frame is stopped at).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "vm/vm.h"

namespace gosub::vm {

namespace {
uint64_t steady_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

std::vector<rt::SlotKind> slot_kinds(const std::vector<GcSlot>& layout) {
  std::vector<rt::SlotKind> out;
  for (GcSlot g : layout) out.push_back(static_cast<rt::SlotKind>(g));
  return out;
}

// Go prints heap sizes in gctrace as whole megabytes, rounded down.
std::string mb(uint64_t bytes) { return std::to_string(bytes >> 20); }
}  // namespace

void Machine::add_layout(uint32_t type, const TypeInfo& info) {
  std::vector<GcSlot> layout = info.layout;
  // Types a native interns carry no layout: derive it.
  if (layout.empty() && info.kind == TypeInfo::Kind::String)
    layout = {GcSlot::Pointer};
  heap_.set_layout(type, rt::make_layout(slot_kinds(layout), info.iface_data_is_pointer()));
}

void Machine::mark_roots(rt::Heap& heap) {
  for (size_t g = 0; g < module_.global_layout.size() && g < globals_.size(); g++) {
    switch (module_.global_layout[g]) {
      case GcSlot::Pointer: heap.mark_object(globals_[g].p); break;
      case GcSlot::IfaceType: heap.mark_iface(&globals_[g]); break;
      case GcSlot::Scalar: break;
    }
  }
  for (const auto& g : goroutines_) mark_goroutine(heap, *g);
  mark_timers(heap);
}

// A goroutine's roots: its panics, defer records and frames (each by the
// compiler's pointer map for where it stopped).
void Machine::mark_goroutine(rt::Heap& heap, const Goroutine& g) {
  for (const PanicRecord& p : g.panics) heap.mark_iface(p.value);
  heap.mark_object(g.defer_chain);
  if (g.start_site) heap.mark_value(g.stack.data(), heap.layout(g.start_site->record_type));  // not started yet
  for (size_t f = 0; f < g.frames.size(); f++) {
    const Frame& frame = g.frames[f];
    if (frame.fn == &callback_return_ || frame.fn == &panic_frame_ || frame.fn == &goroutine_end_) continue;  // no registers of their own
    // A suspended frame owns the registers below its callee's frame.
    size_t limit = f + 1 < g.frames.size() ? g.frames[f + 1].base - frame.base : SIZE_MAX;
    auto pc = static_cast<uint32_t>(frame.pc - frame.fn->code.data()) - 1;
    if (g.preempted && f + 1 == g.frames.size()) pc++;  // stopped at the LOOP itself
    const Safepoint* sp = frame.fn->safepoint_at(pc);
    if (!sp && !g.panics.empty()) {
      // Only a panicking frame stops off a safepoint, and it never resumes
      // there: what its exit (where a recovery resumes it) reads is live.
      // Without defers, nothing is.
      if (frame.fn->defer_exit == UINT32_MAX) continue;
      sp = frame.fn->safepoint_at(frame.fn->defer_exit);
    }
    if (!sp) {
      std::fprintf(stderr, "fatal error: gc: no pointer map for %s at pc %u\n", frame.fn->name.c_str(), pc);
      std::abort();
    }
    heap.mark_object(frame.closure);
    const Slot* R = g.stack.data() + frame.base;
    for (uint32_t k = sp->begin; k < sp->end; k++) {
      uint16_t e = frame.fn->gc_regs[k];
      size_t reg = e & 0xff;
      if (reg >= limit) continue;
      if (static_cast<GcSlot>(e >> 8) == GcSlot::IfaceType) heap.mark_iface(R + reg);
      else heap.mark_object(R[reg].p);
    }
  }
}

rt::BoxObj* Machine::static_closure(uint32_t fn) {
  if (static_closures_.size() <= fn) static_closures_.resize(module_.functions.size(), nullptr);
  rt::BoxObj*& c = static_closures_[fn];
  if (!c) {
    Slot index{.u = fn};
    c = heap_.new_static_box(&index, 1, 0, rt::AllocKind::Closure);
  }
  return c;
}

rt::BoxObj* Machine::new_closure(uint32_t fn, uint32_t layout_type, const Slot* captured, uint32_t count,
                                 rt::AllocKind kind) {
  rt::BoxObj* c = heap_.new_box(nullptr, count + 1, layout_type, kind);
  c->data[0].u = fn;
  rt::move_slots(c->data + 1, captured, count);
  return c;
}

void Machine::collect_garbage() {
  rt::GcCycle c = heap_.collect([this](rt::Heap& h) { mark_roots(h); });
  if (!options_.gc_trace) return;
  // Go's format; a stop-the-world collection has no concurrent phase, so the
  // whole pause is reported as mark time.
  char line[256];
  double at = static_cast<double>(steady_ns() - start_ns_) / 1e9;
  double pause_ms = static_cast<double>(c.pause_ns) / 1e6;
  const rt::GcStats& s = heap_.gc_stats();
  double elapsed = static_cast<double>(steady_ns() - start_ns_);
  int pct = elapsed > 0 ? static_cast<int>(100.0 * static_cast<double>(s.pause_total_ns) / elapsed) : 0;
  std::snprintf(line, sizeof line,
                "gc %u @%.3fs %d%%: 0+%.3f+0 ms clock, 0+%.3f/0/0+0 ms cpu, %s->%s->%s MB, %s MB goal, 0 MB stacks, 0 MB globals, 1 P\n",
                c.number, at, pct, pause_ms, pause_ms, mb(c.heap_before).c_str(), mb(c.heap_before).c_str(),
                mb(c.heap_marked).c_str(), mb(c.goal).c_str());
  write_stderr(line);
}

void Machine::print_stats() {
  const rt::AllocStats& a = heap_.stats();
  const rt::GcStats& g = heap_.gc_stats();
  std::string out = "gosub stats:\n  allocations by kind:\n";
  char line[160];
  for (size_t k = 0; k < a.count.size(); k++) {
    if (!a.count[k]) continue;
    std::snprintf(line, sizeof line, "    %-14s %10llu objects %14llu bytes\n", rt::alloc_kind_name(static_cast<rt::AllocKind>(k)),
                  static_cast<unsigned long long>(a.count[k]), static_cast<unsigned long long>(a.bytes[k]));
    out += line;
  }
  std::snprintf(line, sizeof line, "    %-14s %10llu objects %14llu bytes\n", "total", static_cast<unsigned long long>(a.total_objects),
                static_cast<unsigned long long>(a.total_bytes));
  out += line;
  const DeferStats& d = defer_stats_;
  std::snprintf(line, sizeof line, "  defers: %llu open-coded run, %llu heap records run; %llu panics, %llu recovered\n",
                static_cast<unsigned long long>(d.open_coded_run), static_cast<unsigned long long>(d.heap_records_run),
                static_cast<unsigned long long>(d.panics), static_cast<unsigned long long>(d.recovers));
  out += line;
  out += "  goroutines: " + std::to_string(goroutines_created_) + " created\n";
  std::snprintf(line, sizeof line, "  gc: %u collections, %.3f ms total pause, peak heap %llu bytes, live at exit %llu bytes in %llu objects\n",
                g.num_gc, static_cast<double>(g.pause_total_ns) / 1e6, static_cast<unsigned long long>(a.peak_bytes),
                static_cast<unsigned long long>(a.live_bytes), static_cast<unsigned long long>(a.live_objects));
  out += line;
  write_stderr(out);
}

}  // namespace gosub::vm
