#include "frontend/parse.h"

#include "frontend/parse_context.h"
#include "frontend/parser.hpp"

namespace gosub {

ast::File* parse_file(const SourceSet& sources, int32_t file, ast::Arena& arena, Diagnostics& diags) {
  ParseContext ctx(sources, file, arena, diags);
  yy::Parser parser(ctx);
  parser.parse();
  if (!ctx.file) {
    // After a syntax error the tree is incomplete; callers get an empty file.
    ctx.file = arena.make<ast::File>(Pos{file, 1, 1});
  }
  return ctx.file;
}

}  // namespace gosub
