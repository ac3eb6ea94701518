// How a function's defer statements are lowered (SPEC §5, docs/defer.md),
// decided as gc decides it (ssagen's hasOpenDefers): open-coded — each
// defer's function and arguments kept in the frame, a bit in a mask, run
// inline at every exit — unless a defer sits in a loop (a for or range
// body, or after a label that a later goto jumps back to), there are more
// than 8 defers, or returns × defers exceeds 15. Then every defer of the
// function pushes a heap record (deferproc) that its exit pops
// (deferreturn). The choice is per function, as in gc: one loop defer
// sends all of that function's defers to the heap path.
#pragma once

#include <vector>

#include "frontend/ast.h"

namespace gosub {

struct DeferPlan {
  std::vector<const ast::DeferStmt*> defers;  // in source order (not those of nested function literals)
  int returns = 0;        // return statements
  bool in_loop = false;   // some defer is in a loop
  bool open_coded = false;
  const char* reason = "";  // why not open-coded ("" when open-coded or no defers)
};

constexpr int kMaxOpenDefers = 8;
constexpr int kMaxReturnsTimesDefers = 15;

DeferPlan plan_defers(const ast::BlockStmt* body);

}  // namespace gosub
