// Implementation of the public API: source -> parse+check -> codegen ->
// Program; Program + Config -> Vm run.
#include <gosub/gosub.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/check.h"
#include "compiler/compile.h"
#include <unistd.h>

#include "stdlib/embedded.h"
#include "stdlib/natives.h"
#include "vm/disasm.h"
#include "vm/vm.h"

namespace fs = std::filesystem;

namespace gosub {

// A compiled program: the checked AST is dropped once bytecode exists; the
// module keeps what the VM and the disassembler need.
class Program {
 public:
  std::unique_ptr<vm::Module> module;
};

namespace {

// Imports resolve to the Go-source parts of the stdlib embedded at build
// time; a package without any is one gosub does not provide.
bool load_stdlib_package(std::string_view path, std::vector<types::PackageSource>& files) {
  for (const stdlib::EmbeddedFile* f = stdlib::kEmbeddedFiles; f->package_path; ++f) {
    if (path == f->package_path) files.push_back({std::string(f->package_path) + "/" + f->file_name, f->source});
  }
  return !files.empty();
}

bool read_text(const std::string& path, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "open " + path + ": no such file or directory\n";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

CompileResult compile_sources(std::vector<std::pair<std::string, std::string>> files, const CompileOptions& options) {
  CompileResult result;
  auto checked = std::make_unique<types::CheckedProgram>();
  std::vector<int32_t> main_files;
  for (auto& [name, text] : files) main_files.push_back(checked->sources.add(std::move(name), std::move(text)));
  Diagnostics diags(checked->sources);
  types::CheckOptions check_options;
  check_options.shared_loop_vars = options.shared_loop_vars;
  types::check_program(*checked, main_files, load_stdlib_package, check_options, diags);
  if (!diags.has_errors()) {
    auto program = std::make_shared<Program>();
    program->module = compile_program(*checked, diags);
    if (!diags.has_errors() && program->module) result.program = std::move(program);
  }
  if (diags.has_errors()) result.errors = diags.render();
  return result;
}

}  // namespace

CompileResult compile_source(const std::string& name, std::string source, const CompileOptions& options) {
  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back(name, std::move(source));
  return compile_sources(std::move(files), options);
}

CompileResult compile_file(const std::string& path, const CompileOptions& options) {
  std::string text, error;
  if (!read_text(path, text, error)) return CompileResult{nullptr, error};
  return compile_source(path, std::move(text), options);
}

CompileResult compile_dir(const std::string& dir, const CompileOptions& options) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > 3 && name.ends_with(".go") && !name.ends_with("_test.go"))
      names.push_back(entry.path().string());
  }
  if (ec) return CompileResult{nullptr, "open " + dir + ": " + ec.message() + "\n"};
  if (names.empty()) return CompileResult{nullptr, "no Go files in " + dir + "\n"};
  std::sort(names.begin(), names.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& n : names) {
    std::string text, error;
    if (!read_text(n, text, error)) return CompileResult{nullptr, error};
    files.emplace_back(n, std::move(text));
  }
  return compile_sources(std::move(files), options);
}

std::string disassemble(const Program& program, std::string_view func_filter) {
  return vm::disassemble(*program.module, func_filter);
}

void apply_go_environment(Config& config) {
  if (const char* gogc = std::getenv("GOGC")) {
    std::string v = gogc;
    if (v == "off") config.gc_percent = -1;
    else if (!v.empty() && v.find_first_not_of("0123456789") == std::string::npos && v.size() < 10)
      config.gc_percent = std::stoi(v);
  }
  if (const char* godebug = std::getenv("GODEBUG")) {
    // Comma-separated name=value pairs; the last gctrace wins.
    std::string_view rest = godebug;
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view item = rest.substr(0, comma);
      if (item.rfind("gctrace=", 0) == 0) config.gc_trace = item.substr(8) != "0";
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
  }
}

struct Vm::Impl {
  Config config;
  HeapStats last_heap;
};

HeapStats Vm::last_heap_stats() const { return impl_->last_heap; }

Vm::Vm(Config config) : impl_(std::make_unique<Impl>()) { impl_->config = std::move(config); }
Vm::~Vm() = default;

namespace {
void write_fd(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n <= 0) return;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}
}  // namespace

int Vm::run_main(const Program& program) {
  const Config& c = impl_->config;
  vm::RunOptions o;
  o.write_stdout = c.stdout_sink ? c.stdout_sink : [](std::string_view s) { write_fd(1, s); };
  o.write_stderr = c.stderr_sink ? c.stderr_sink : [](std::string_view s) { write_fd(2, s); };
  o.args = c.args;
  o.max_stack_bytes = c.max_stack_bytes;
  o.gc_percent = c.gc_percent;
  o.gc_trace = c.gc_trace;
  o.gc_stress = c.gc_stress;
  o.print_stats = c.print_stats;
  o.natives = &stdlib::standard_natives();
  vm::Machine machine(*program.module, std::move(o));
  int status = machine.run();
  if (c.measure_heap_at_exit) {
    machine.collect_garbage();
    const auto& a = machine.heap().stats();
    const auto& g = machine.heap().gc_stats();
    HeapStats h{a.live_bytes, a.live_objects, a.total_objects, a.frees, a.total_bytes, a.peak_bytes, g.num_gc};
    h.defer_records = a.count[static_cast<size_t>(gosub::rt::AllocKind::DeferRecord)];
    h.defer_closures = a.count[static_cast<size_t>(gosub::rt::AllocKind::DeferClosure)];
    const vm::Machine::DeferStats& d = machine.defer_stats();
    h.open_coded_defers_run = d.open_coded_run;
    h.heap_defers_run = d.heap_records_run;
    h.panics = d.panics;
    h.recovers = d.recovers;
    impl_->last_heap = h;
  }
  return status;
}

}  // namespace gosub
