#include "cli/test_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace gosub::cli {
namespace {

// "[signal SIGSEGV: ... pc=0x48101e]": the pc is a machine address in Go's
// binary; everything before it must match.
bool same_signal_line(const std::string& got, const std::string& want) {
  if (want.rfind("[signal ", 0) != 0) return false;
  size_t pc = want.find(" pc=");
  return pc != std::string::npos && got.compare(0, pc, want, 0, pc) == 0;
}

// "goroutine N [state]:" with the same state, and N == 1 on both sides or
// on neither: gc numbers other goroutines from per-P id caches, so their
// ids differ from run to run.
bool same_goroutine_header(const std::string& got, const std::string& want) {
  auto parse = [](const std::string& line, std::string& rest) -> long {
    if (line.rfind("goroutine ", 0) != 0) return -1;
    size_t i = 10, digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') i++, digits++;
    if (!digits || i >= line.size() || line[i] != ' ') return -1;
    rest = line.substr(i);
    return std::stol(line.substr(10, digits));
  };
  std::string got_rest, want_rest;
  long g = parse(got, got_rest), w = parse(want, want_rest);
  return g > 0 && w > 0 && (g == 1) == (w == 1) && got_rest == want_rest;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

// "// text" -> "text", "//" -> "".
std::string comment_body(const std::string& line) {
  if (line.size() >= 3 && line[2] == ' ') return line.substr(3);
  return line.size() > 2 ? line.substr(2) : std::string();
}

bool is_header(const std::string& line) {
  return line == "// Output:" || line == "// Stderr:" || line.rfind("// Exit: ", 0) == 0;
}

// The //gosub:stdin escapes, as Python's codecs.escape_decode reads them
// (tools/golden.py): \n \t \r \a \b \f \v \\ \' \" \xHH and octal \ooo;
// any other backslash stays as it is.
std::string unescape(const std::string& s) {
  std::string out;
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  auto hex_value = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10; };
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char n = s[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '\\': case '\'': case '"': out += n; break;
      case 'x':
        if (i + 2 < s.size() && hex(s[i + 1]) && hex(s[i + 2])) {
          out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
          i += 2;
        } else {
          out += "\\x";
        }
        break;
      default:
        if (n >= '0' && n <= '7') {
          int v = n - '0';
          for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + (s[++i] - '0');
          out += static_cast<char>(v & 0xFF);
        } else {
          out += '\\';
          out += n;
        }
    }
  }
  return out;
}

}  // namespace

Expectation parse_expectation(const std::string& source) {
  Expectation e;
  std::vector<std::string> lines = split_lines(source);
  for (const std::string& line : lines) {
    if (line.rfind("//gosub:args ", 0) == 0) {
      std::istringstream in(line.substr(13));
      for (std::string a; in >> a;) e.args.push_back(a);
    } else if (line.rfind("//gosub:stdin ", 0) == 0) {
      e.stdin_text = unescape(line.substr(14));
    }
  }
  // The block is the trailing run of comment lines, from its first header.
  size_t end = lines.size();
  while (end > 0 && lines[end - 1].empty()) end--;
  size_t start = end;
  while (start > 0 && lines[start - 1].rfind("//", 0) == 0) start--;
  while (start < end && !is_header(lines[start])) start++;
  if (start == end) return e;
  e.has_block = true;
  // Sections are separated by one blank comment line ("//"), which belongs
  // to neither; drop it from the section it ends.
  enum { None, Out, Err } section = None;
  std::vector<std::string> out_lines;
  auto close_section = [&] {
    std::vector<std::string>* v = section == Out ? &out_lines : section == Err ? &e.stderr_prefix : nullptr;
    if (v && !v->empty() && v->back().empty()) v->pop_back();
  };
  for (size_t i = start; i < end; i++) {
    const std::string& line = lines[i];
    if (is_header(line)) {
      close_section();
      section = line == "// Output:" ? Out : line == "// Stderr:" ? Err : None;
      if (section == None) e.exit_code = std::atoi(line.c_str() + 9);
    } else if (section == Out) {
      out_lines.push_back(comment_body(line));
    } else if (section == Err) {
      e.stderr_prefix.push_back(comment_body(line));
    }
  }
  bool no_newline = !out_lines.empty() && out_lines.back() == "<no newline>";
  if (no_newline) out_lines.pop_back();
  for (size_t i = 0; i < out_lines.size(); i++) {
    e.stdout_text += out_lines[i];
    if (i + 1 < out_lines.size() || !no_newline) e.stdout_text += '\n';
  }
  return e;
}

namespace {

struct RunResult {
  std::string out, err;
  int status = -1;
  bool timed_out = false;
  double millis = 0;
};

// Spawns `exe run file args...` in the file's directory and collects output.
RunResult run_child(const std::string& exe, const fs::path& file, const Expectation& exp, int timeout_seconds) {
  RunResult r;
  int out_pipe[2], err_pipe[2], in_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0 || pipe(in_pipe) != 0) {
    r.err = "pipe failed";
    return r;
  }
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1], in_pipe[0], in_pipe[1]}) close(fd);
    if (chdir(file.parent_path().c_str()) != 0) _exit(127);
    std::string name = file.filename().string();
    std::vector<std::string> argv_s = {exe, "run", name};
    argv_s.insert(argv_s.end(), exp.args.begin(), exp.args.end());
    std::vector<char*> argv;
    for (auto& s : argv_s) argv.push_back(s.data());
    argv.push_back(nullptr);
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(in_pipe[0]);
  // Stdin is small; write it all and close so the child sees EOF.
  if (!exp.stdin_text.empty()) {
    ssize_t ignored = write(in_pipe[1], exp.stdin_text.data(), exp.stdin_text.size());
    (void)ignored;
  }
  close(in_pipe[1]);
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  auto deadline = t0 + std::chrono::seconds(timeout_seconds);
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      r.timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    int n = poll(fds, 2, static_cast<int>(std::min<long long>(left, 1000)));
    if (n < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; i++) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        open_fds--;
      } else if (sinks[i]->size() < (64u << 20)) {
        sinks[i]->append(buf, static_cast<size_t>(got));
      }
    }
  }
  for (auto& f : fds)
    if (f.fd >= 0) close(f.fd);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  r.millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (WIFEXITED(wstatus)) r.status = WEXITSTATUS(wstatus);
  else if (WIFSIGNALED(wstatus)) r.status = 128 + WTERMSIG(wstatus);
  return r;
}

std::string first_difference(const std::string& want, const std::string& got) {
  auto w = split_lines(want), g = split_lines(got);
  for (size_t i = 0; i < std::max(w.size(), g.size()); i++) {
    std::string wl = i < w.size() ? w[i] : "<missing>";
    std::string gl = i < g.size() ? g[i] : "<missing>";
    if (wl != gl) return "line " + std::to_string(i + 1) + ":\n      want: " + wl + "\n      got:  " + gl;
  }
  return "trailing newline differs";
}

// Returns an empty string when the result meets the expectation.
std::string judge(const Expectation& exp, const RunResult& r) {
  if (r.timed_out) return "timed out";
  if (r.status >= 128) return "crashed (signal " + std::to_string(r.status - 128) + ")\n    stderr: " + r.err.substr(0, 2000);
  std::string why;
  if (r.out != exp.stdout_text) why += "  stdout differs at " + first_difference(exp.stdout_text, r.out) + "\n";
  auto err_lines = split_lines(r.err);
  for (size_t i = 0; i < exp.stderr_prefix.size(); i++) {
    std::string got = i < err_lines.size() ? err_lines[i] : "<missing>";
    if (got != exp.stderr_prefix[i] && !same_signal_line(got, exp.stderr_prefix[i]) &&
        !same_goroutine_header(got, exp.stderr_prefix[i])) {
      why += "  stderr line " + std::to_string(i + 1) + ":\n      want: " + exp.stderr_prefix[i] + "\n      got:  " + got + "\n";
      break;
    }
  }
  if (exp.stderr_prefix.empty() && !r.err.empty() && exp.exit_code == 0)
    why += "  unexpected stderr: " + err_lines[0] + "\n";
  if (r.status != exp.exit_code)
    why += "  exit status " + std::to_string(r.status) + ", want " + std::to_string(exp.exit_code) + "\n";
  return why;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int run_tests(const TestOptions& options) {
  std::vector<fs::path> files;
  for (const std::string& root : options.roots) {
    std::error_code ec;
    if (fs::is_directory(root, ec)) {
      for (auto it = fs::recursive_directory_iterator(root, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file() && it->path().extension() == ".go") files.push_back(it->path());
      }
    } else if (fs::exists(root, ec)) {
      files.emplace_back(root);
    } else {
      std::fprintf(stderr, "gosub test: %s: no such file or directory\n", root.c_str());
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  std::regex filter;
  if (!options.run_regex.empty()) {
    try {
      filter = std::regex(options.run_regex);
    } catch (const std::regex_error&) {
      std::fprintf(stderr, "gosub test: invalid -run regexp: %s\n", options.run_regex.c_str());
      return 2;
    }
    std::erase_if(files, [&](const fs::path& p) { return !std::regex_search(p.string(), filter); });
  }

  int passed = 0, failed = 0;
  // Simple parallelism: run `jobs` children at a time, report in file order.
  size_t next = 0;
  while (next < files.size()) {
    size_t batch_end = std::min(files.size(), next + static_cast<size_t>(std::max(1, options.jobs)));
    std::vector<std::pair<Expectation, RunResult>> results(batch_end - next);
    std::vector<std::thread> threads;
    for (size_t i = next; i < batch_end; i++) {
      threads.emplace_back([&, i] {
        auto& slot = results[i - next];
        slot.first = parse_expectation(read_file(files[i]));
        if (!slot.first.has_block) return;
        slot.second = run_child(options.self_exe, fs::absolute(files[i]), slot.first, options.timeout_seconds);
      });
    }
    for (auto& t : threads) t.join();
    for (size_t i = next; i < batch_end; i++) {
      auto& [exp, res] = results[i - next];
      std::string name = files[i].string();
      if (!exp.has_block) {
        std::printf("FAIL %s\n  no expectation block (run tools/golden.py write)\n", name.c_str());
        failed++;
        continue;
      }
      std::string why = judge(exp, res);
      if (why.empty()) {
        passed++;
        if (options.verbose) std::printf("ok   %s (%.0f ms)\n", name.c_str(), res.millis);
      } else {
        failed++;
        std::printf("FAIL %s\n%s", name.c_str(), why.c_str());
        if (why.back() != '\n') std::printf("\n");
      }
    }
    std::fflush(stdout);
    next = batch_end;
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}

}  // namespace gosub::cli
