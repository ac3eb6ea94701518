// Frontend entry point: source bytes -> AST, with gc-style syntax errors.
#pragma once

#include <string>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace gosub {

// Parses one file of `sources`. Nodes go into `arena`. Syntax errors are
// reported to `diags` in gc's wording ("syntax error: unexpected EOF,
// expecting }"); the returned File may be partial (never null) when they
// occur. Nesting deeper than kMaxNesting is reported as an error instead of
// recursing further, so no input can overflow the C++ stack.
ast::File* parse_file(const SourceSet& sources, int32_t file, ast::Arena& arena, Diagnostics& diags);

// Maximum nesting depth of blocks/expressions accepted by the parser; the
// checker and compiler may rely on it to bound their own recursion.
inline constexpr int kMaxNesting = 1000;

// Indented textual dump of a tree, used by the parser golden tests and by
// `gosub parse` debugging. Stable format: one node per line.
std::string dump_ast(const ast::Node* node);

}  // namespace gosub
