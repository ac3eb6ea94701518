// The Go scanner (generated from lexer.re by re2c). It inserts semicolons
// as Go specifies and marks the '{' that opens a control-clause body
// (LBODY), which is how the grammar tells `if x == T{}` (a body) from a
// composite literal, as gc's old yacc grammar did.
#pragma once

#include <string_view>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace gosub {

enum class Tok : int {
  Eof = 0,
  // literals and names
  Ident, Int, Float, Imag, Char, String,
  // keywords
  Break, Case, Chan, Const, Continue, Default, Defer, Else, Fallthrough, For, Func, Go, Goto, If, Import,
  Interface, Map, Package, Range, Return, Select, Struct, Switch, Type, Var,
  // operators and punctuation
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot,
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign, AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign,
  AndNotAssign,
  LAnd, LOr, Arrow, Inc, Dec, Eql, Lss, Gtr, Assign, Not, Tilde, Neq, Leq, Geq, Define, Ellipsis,
  LParen, LBrack, LBrace, LBody, Comma, Period, RParen, RBrack, RBrace, Semicolon, Colon,
  Invalid,
};

struct Token {
  Tok kind = Tok::Eof;
  std::string_view text;  // source text; for an inserted semicolon: "newline" or "EOF"
  Pos pos;
};

class Lexer {
 public:
  Lexer(const SourceSet& sources, int32_t file, Diagnostics& diags);
  Token next();

 private:
  Token scan();  // one raw token (re2c)
  Token make(Tok kind, const char* start);
  Pos pos_at(const char* p) const;
  void newline(const char* at) {
    line_++;
    line_start_ = at + 1;
  }
  bool skip_block_comment(bool& had_newline);  // after "/*"
  void error(const char* at, std::string msg) { diags_.error(pos_at(at), std::move(msg)); }

  const SourceSet& sources_;
  int32_t file_;
  Diagnostics& diags_;
  const char* begin_;
  const char* cursor_;
  const char* limit_;
  const char* line_start_;
  int32_t line_ = 1;
  bool semi_allowed_ = false;  // the last token permits semicolon insertion
  // LBODY tracking: after if/for/switch/select the next '{' at paren depth
  // zero opens the body. Parens and brackets save and clear the state.
  bool body_pending_ = false;
  std::vector<bool> saved_pending_;
};

const char* tok_name(Tok t);  // "(", "keyword else", "name", ...

}  // namespace gosub
