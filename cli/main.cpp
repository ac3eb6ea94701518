// The gosub command: run, check, disasm, test. Uses only the public header
// (plus the test runner that lives beside it).
#include <gosub/gosub.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/test_runner.h"

namespace {

constexpr const char* kUsage =
    "usage: gosub <command> [arguments]\n"
    "\n"
    "commands:\n"
    "  run [-lang=go1.21] FILE.go|DIR [args...]   compile and run package main\n"
    "  check [-lang=go1.21] FILE.go|DIR           type-check only (exit 1 on errors)\n"
    "  disasm [-func NAME] FILE.go|DIR            print the bytecode of each function\n"
    "  test [-run REGEX] [-v] [-j N] DIR|FILE...   run testdata programs against their expectations\n";

int usage_error(const char* msg) {
  std::fprintf(stderr, "gosub: %s\n%s", msg, kUsage);
  return 2;
}

gosub::CompileResult compile_path(const std::string& path, const gosub::CompileOptions& opts) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return gosub::compile_dir(path, opts);
  return gosub::compile_file(path, opts);
}

// Parses the flags shared by run/check/disasm. Returns the index of the
// first positional argument, or -1 after printing an error.
int parse_common_flags(int argc, char** argv, int i, gosub::CompileOptions& opts, std::string* func_filter,
                       bool* stats = nullptr) {
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (stats && (a == "-stats" || a == "--stats")) {
      *stats = true;
    } else if (a == "-lang=go1.21" || a == "--lang=go1.21") {
      opts.shared_loop_vars = true;
    } else if (a.rfind("-lang=", 0) == 0 || a.rfind("--lang=", 0) == 0) {
      opts.shared_loop_vars = false;  // go1.22 and later: per-iteration variables
    } else if (func_filter && (a == "-func" || a == "--func")) {
      if (i + 1 >= argc) return usage_error("-func needs a function name"), -1;
      *func_filter = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      usage_error(("unknown flag " + a).c_str());
      return -1;
    } else {
      return i;
    }
  }
  usage_error("missing FILE.go or DIR");
  return -1;
}

int cmd_run(int argc, char** argv) {
  gosub::CompileOptions opts;
  bool stats = false;
  int i = parse_common_flags(argc, argv, 2, opts, nullptr, &stats);
  if (i < 0) return 2;
  std::string path = argv[i];
  gosub::CompileResult r = compile_path(path, opts);
  if (!r.ok()) {
    std::fputs(r.errors.c_str(), stderr);
    return 2;
  }
  gosub::Config config;
  gosub::apply_go_environment(config);
  config.print_stats = stats;
  // os.Args[0] is the program; gc's binaries name themselves, we name the source.
  config.args.push_back(path);
  for (int k = i + 1; k < argc; k++) config.args.push_back(argv[k]);
  gosub::Vm vm(std::move(config));
  return vm.run_main(*r.program);
}

int cmd_check(int argc, char** argv) {
  gosub::CompileOptions opts;
  int i = parse_common_flags(argc, argv, 2, opts, nullptr);
  if (i < 0) return 2;
  gosub::CompileResult r = compile_path(argv[i], opts);
  if (!r.ok()) {
    std::fputs(r.errors.c_str(), stderr);
    return 1;
  }
  return 0;
}

int cmd_disasm(int argc, char** argv) {
  gosub::CompileOptions opts;
  std::string filter;
  int i = parse_common_flags(argc, argv, 2, opts, &filter);
  if (i < 0) return 2;
  // Also accept -func after the file name.
  for (int k = i + 1; k < argc; k++) {
    if ((std::strcmp(argv[k], "-func") == 0 || std::strcmp(argv[k], "--func") == 0) && k + 1 < argc) filter = argv[++k];
  }
  gosub::CompileResult r = compile_path(argv[i], opts);
  if (!r.ok()) {
    std::fputs(r.errors.c_str(), stderr);
    return 2;
  }
  std::string listing = gosub::disassemble(*r.program, filter);
  std::fwrite(listing.data(), 1, listing.size(), stdout);
  return 0;
}

std::string self_exe_path(const char* argv0) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) return std::string(buf, static_cast<size_t>(n));
  return std::filesystem::absolute(argv0).string();
}

int cmd_test(int argc, char** argv) {
  gosub::cli::TestOptions opts;
  opts.self_exe = self_exe_path(argv[0]);
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-v") {
      opts.verbose = true;
    } else if (a == "-run" && i + 1 < argc) {
      opts.run_regex = argv[++i];
    } else if (a == "-j" && i + 1 < argc) {
      opts.jobs = std::atoi(argv[++i]);
    } else if (a == "-timeout" && i + 1 < argc) {
      opts.timeout_seconds = std::atoi(argv[++i]);
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error(("unknown flag " + a).c_str());
    } else {
      opts.roots.push_back(a);
    }
  }
  if (opts.roots.empty()) opts.roots.push_back("testdata");
  return gosub::cli::run_tests(opts);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing command");
  std::string cmd = argv[1];
  if (cmd == "run") return cmd_run(argc, argv);
  if (cmd == "check") return cmd_check(argc, argv);
  if (cmd == "disasm") return cmd_disasm(argc, argv);
  if (cmd == "test") return cmd_test(argc, argv);
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  return usage_error(("unknown command " + cmd).c_str());
}
