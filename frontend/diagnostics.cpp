#include "frontend/diagnostics.h"

#include <algorithm>

namespace gosub {

void Diagnostics::error(Pos pos, std::string message) { errors_.push_back({pos, std::move(message)}); }

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = errors_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  // gc reports one error per line at most once per message.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return a.pos.file == b.pos.file && a.pos.line == b.pos.line && a.message == b.message;
                        }),
            out.end());
  return out;
}

std::string Diagnostics::render() const {
  std::string out;
  int shown = 0;
  Pos previous;
  for (const Diagnostic& d : sorted()) {
    if (shown == 10) {
      // gc puts "too many errors" at the position of the last one shown.
      out += (previous.valid() ? sources_.format(previous) + ": " : std::string()) + "too many errors\n";
      break;
    }
    previous = d.pos;
    out += (d.pos.valid() ? sources_.format(d.pos) + ": " : std::string()) + d.message + "\n";
    shown++;
  }
  return out;
}

}  // namespace gosub
