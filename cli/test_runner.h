// `gosub test DIR [-run REGEX] [-v]`: the conformance runner. Each
// testdata program runs in a child `gosub run` process (so a crash, os.Exit
// or a hang cannot take the runner down) and is compared with the
// expectation block at its end (docs/testdata-format.md).
#pragma once

#include <string>
#include <vector>

namespace gosub::cli {

struct TestOptions {
  std::vector<std::string> roots;  // files or directories
  std::string run_regex;           // only paths matching (ECMAScript regex, searched)
  bool verbose = false;
  int jobs = 2;
  int timeout_seconds = 60;
  std::string self_exe;  // path of the gosub binary to spawn
};

// Returns the process exit status: 0 when every program passed.
int run_tests(const TestOptions& options);

// The expectation block parsed from a program's trailing comments.
struct Expectation {
  std::string stdout_text;
  std::vector<std::string> stderr_prefix;  // expected first lines of stderr
  int exit_code = 0;
  std::vector<std::string> args;           // //gosub:args
  std::string stdin_text;                  // //gosub:stdin
  bool has_block = false;
};
Expectation parse_expectation(const std::string& source);

}  // namespace gosub::cli
