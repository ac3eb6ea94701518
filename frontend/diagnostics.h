// Diagnostics in gc's format: "file.go:LINE:COL: message".
// Errors are collected, sorted by position, and printed at most ten at a
// time followed by "too many errors", as gc does.
#pragma once

#include <string>
#include <vector>

#include "frontend/source.h"

namespace gosub {

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceSet& sources) : sources_(sources) {}

  void error(Pos pos, std::string message);
  bool has_errors() const { return !errors_.empty(); }
  size_t count() const { return errors_.size(); }

  // Errors sorted by position (stable: same position keeps report order),
  // with exact duplicates on one line removed as gc does.
  std::vector<Diagnostic> sorted() const;

  // The text gc would print: one "pos: msg" line per error, at most 10,
  // then "too many errors" if there were more.
  std::string render() const;

  const SourceSet& sources() const { return sources_; }

 private:
  const SourceSet& sources_;
  std::vector<Diagnostic> errors_;
};

}  // namespace gosub
