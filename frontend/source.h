// Source files and positions. A Pos is what every AST node and diagnostic
// carries; it is resolved to "file.go:LINE:COL" through the SourceSet.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gosub {

// A position in one source file. line and col are 1-based; col counts bytes
// as gc does. file indexes SourceSet::files(); line 0 means "no position".
struct Pos {
  int32_t file = 0;
  int32_t line = 0;
  int32_t col = 0;

  bool valid() const { return line > 0; }
  friend bool operator<(const Pos& a, const Pos& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  }
  friend bool operator==(const Pos& a, const Pos& b) = default;
};

// One source file: its display name (as the user named it, e.g. "x.go" or
// "dir/x.go") and its bytes. The text is NUL-terminated for the lexer.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {}
  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  const char* data() const { return text_.c_str(); }  // NUL-terminated
  size_t size() const { return text_.size(); }

 private:
  std::string name_;
  std::string text_;
};

// All files of one compilation (the main package and embedded stdlib parts).
class SourceSet {
 public:
  int32_t add(std::string name, std::string text) {
    files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(text)));
    return static_cast<int32_t>(files_.size() - 1);
  }
  const SourceFile& file(int32_t i) const { return *files_[static_cast<size_t>(i)]; }
  size_t size() const { return files_.size(); }

  // "name:LINE:COL" (or "name:LINE" when col is 0), as gc prints positions.
  std::string format(Pos p) const {
    std::string s = file(p.file).name();
    s += ':' + std::to_string(p.line);
    if (p.col > 0) s += ':' + std::to_string(p.col);
    return s;
  }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace gosub
