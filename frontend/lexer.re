// The Go scanner. re2c generates the matcher in scan(); everything else is
// plain C++. The source is NUL-terminated (SourceFile guarantees it), which
// is the sentinel re2c stops at; a NUL before the end is an error.
#include "frontend/lexer.h"
#include "frontend/parse.h"

#include <cstdio>

namespace gosub {

Lexer::Lexer(const SourceSet& sources, int32_t file, Diagnostics& diags)
    : sources_(sources), file_(file), diags_(diags) {
  const SourceFile& f = sources.file(file);
  begin_ = cursor_ = line_start_ = f.data();
  limit_ = f.data() + f.size();
}

Pos Lexer::pos_at(const char* p) const {
  return Pos{file_, line_, static_cast<int32_t>(p - line_start_) + 1};
}

Token Lexer::make(Tok kind, const char* start) {
  Token t;
  t.kind = kind;
  t.text = std::string_view(start, static_cast<size_t>(cursor_ - start));
  t.pos = pos_at(start);
  return t;
}

bool Lexer::skip_block_comment(bool& had_newline) {
  const char* start = cursor_ - 2;
  Pos at = pos_at(start);
  while (cursor_ < limit_) {
    if (cursor_[0] == '*' && cursor_ + 1 < limit_ && cursor_[1] == '/') {
      cursor_ += 2;
      return true;
    }
    if (*cursor_ == '\n') {
      had_newline = true;
      newline(cursor_);
    }
    cursor_++;
  }
  diags_.error(at, "comment not terminated");
  return false;
}

Token Lexer::next() {
  Token t = scan();
  // Automatic semicolons: a newline (scan reports it as a Semicolon with
  // text "newline") only counts after a token that may end a statement.
  while (t.kind == Tok::Semicolon && t.text == "newline" && !semi_allowed_) t = scan();
  if (t.kind == Tok::Eof && semi_allowed_) t = Token{Tok::Semicolon, "EOF", t.pos};
  switch (t.kind) {
    case Tok::Ident: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Break: case Tok::Continue: case Tok::Fallthrough: case Tok::Return:
    case Tok::Inc: case Tok::Dec: case Tok::RParen: case Tok::RBrack: case Tok::RBrace:
      semi_allowed_ = true;
      break;
    default:
      semi_allowed_ = false;
      break;
  }
  // LBODY: inside an if/for/switch/select header, a '{' at bracket depth
  // zero is the body (or a literal of a non-name type, which the grammar
  // also accepts there). Each bracket saves the state and its closer
  // restores it, so after `[]int{1, 2}` the body's '{' is LBODY again. A
  // newline ends any header.
  switch (t.kind) {
    case Tok::If: case Tok::For: case Tok::Switch: case Tok::Select: body_pending_ = true; break;
    case Tok::Semicolon:
      if (t.text == "newline" || t.text == "EOF") body_pending_ = false;
      break;
    case Tok::LParen: case Tok::LBrack: case Tok::LBrace:
      if (t.kind == Tok::LBrace && body_pending_) t.kind = Tok::LBody;
      if (saved_pending_.size() >= static_cast<size_t>(kMaxNesting)) {
        // Deeper nesting would only recurse deeper in every later pass.
        diags_.error(t.pos, "syntax error: nesting too deep");
        cursor_ = limit_;
        return Token{Tok::Eof, {}, t.pos};
      }
      saved_pending_.push_back(body_pending_);
      body_pending_ = false;
      break;
    case Tok::RParen: case Tok::RBrack: case Tok::RBrace:
      if (!saved_pending_.empty()) {
        body_pending_ = saved_pending_.back();
        saved_pending_.pop_back();
      }
      break;
    default: break;
  }
  return t;
}

/*!re2c
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = "cur";
  re2c:define:YYMARKER = "mar";
  re2c:yyfill:enable = 0;
  re2c:flags:utf-8 = 0;

  letter      = [a-zA-Z_] | [\xc0-\xf4][\x80-\xbf]+;
  digit       = [0-9];
  decdigits   = digit ("_"? digit)*;
  hexdigit    = [0-9a-fA-F];
  hexdigits   = hexdigit ("_"? hexdigit)*;
  decimal     = "0" | [1-9] ("_"? decdigits)?;
  binary      = "0" [bB] "_"? [01] ("_"? [01])*;
  octal       = "0" [oO]? "_"? [0-7] ("_"? [0-7])*;
  hex         = "0" [xX] "_"? hexdigits;
  decexp      = [eE] [+-]? decdigits;
  decfloat    = decdigits "." decdigits? decexp? | decdigits decexp | "." decdigits decexp?;
  hexmant     = "_"? hexdigits "." hexdigits? | "_"? hexdigits | "." hexdigits;
  hexfloat    = "0" [xX] hexmant [pP] [+-]? decdigits;
  escape      = "\\" ([abfnrtv\\'"] | [0-7]{3} | "x" hexdigit{2} | "u" hexdigit{4} | "U" hexdigit{8});
*/

Token Lexer::scan() {
  for (;;) {
    const char* start = cursor_;
    const unsigned char* cur = reinterpret_cast<const unsigned char*>(cursor_);
    const unsigned char* mar = cur;
    (void)mar;
#define TOKEN(kind)                                   \
  do {                                                \
    cursor_ = reinterpret_cast<const char*>(cur);     \
    return make(kind, start);                         \
  } while (0)
    /*!re2c
      "\x00" {
        cursor_ = reinterpret_cast<const char*>(cur);
        if (start >= limit_) { cursor_ = limit_; return make(Tok::Eof, limit_); }
        error(start, "invalid NUL character");
        continue;
      }
      [ \t\r]+ { cursor_ = reinterpret_cast<const char*>(cur); continue; }
      "\n" {
        cursor_ = reinterpret_cast<const char*>(cur);
        Token t = make(Tok::Semicolon, start);
        t.text = "newline";
        newline(start);
        return t;
      }
      "//" [^\n\x00]* { cursor_ = reinterpret_cast<const char*>(cur); continue; }
      "/*" {
        cursor_ = reinterpret_cast<const char*>(cur);
        bool had_newline = false;
        Pos at = pos_at(start);
        skip_block_comment(had_newline);
        if (had_newline) {
          Token t;
          t.kind = Tok::Semicolon;
          t.text = "newline";
          t.pos = at;
          return t;
        }
        continue;
      }

      "break"       { TOKEN(Tok::Break); }
      "case"        { TOKEN(Tok::Case); }
      "chan"        { TOKEN(Tok::Chan); }
      "const"       { TOKEN(Tok::Const); }
      "continue"    { TOKEN(Tok::Continue); }
      "default"     { TOKEN(Tok::Default); }
      "defer"       { TOKEN(Tok::Defer); }
      "else"        { TOKEN(Tok::Else); }
      "fallthrough" { TOKEN(Tok::Fallthrough); }
      "for"         { TOKEN(Tok::For); }
      "func"        { TOKEN(Tok::Func); }
      "go"          { TOKEN(Tok::Go); }
      "goto"        { TOKEN(Tok::Goto); }
      "if"          { TOKEN(Tok::If); }
      "import"      { TOKEN(Tok::Import); }
      "interface"   { TOKEN(Tok::Interface); }
      "map"         { TOKEN(Tok::Map); }
      "package"     { TOKEN(Tok::Package); }
      "range"       { TOKEN(Tok::Range); }
      "return"      { TOKEN(Tok::Return); }
      "select"      { TOKEN(Tok::Select); }
      "struct"      { TOKEN(Tok::Struct); }
      "switch"      { TOKEN(Tok::Switch); }
      "type"        { TOKEN(Tok::Type); }
      "var"         { TOKEN(Tok::Var); }

      letter (letter | digit)* { TOKEN(Tok::Ident); }

      (decimal | binary | octal | hex) "i" { TOKEN(Tok::Imag); }
      (decfloat | hexfloat) "i"           { TOKEN(Tok::Imag); }
      decimal | binary | octal | hex      { TOKEN(Tok::Int); }
      decfloat | hexfloat                 { TOKEN(Tok::Float); }
      "0" [0-7_]* [89] [0-9_]* {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, "invalid digit '8' in octal literal");
        return make(Tok::Int, start);
      }

      "'" ([^'\\\n\x00] | [\xc0-\xf4][\x80-\xbf]+ | escape) "'" { TOKEN(Tok::Char); }
      "''" {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, "empty rune literal or unescaped ' in rune literal");
        return make(Tok::Char, start);
      }
      "'" ([^'\\\n\x00] | "\\" [^\n\x00])* "'" {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, "more than one character in rune literal");
        return make(Tok::Char, start);
      }
      "'" ([^'\\\n\x00] | "\\" [^\n\x00])* {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, "rune literal not terminated");
        return make(Tok::Char, start);
      }

      ["] ([^"\\\n\x00] | escape)* ["] { TOKEN(Tok::String); }
      ["] ([^"\\\n\x00] | "\\" [^\n\x00])* ["] {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, "unknown escape sequence");
        return make(Tok::String, start);
      }
      ["] ([^"\\\n\x00] | "\\" [^\n\x00])* {
        cursor_ = reinterpret_cast<const char*>(cur);
        error(start, *cursor_ == '\n' ? "newline in string" : "string literal not terminated");
        return make(Tok::String, start);
      }
      "`" {
        cursor_ = reinterpret_cast<const char*>(cur);
        Token t;
        t.kind = Tok::String;
        t.pos = pos_at(start);  // before any newline inside the literal
        while (cursor_ < limit_ && *cursor_ != '`') {
          if (*cursor_ == '\n') newline(cursor_);
          cursor_++;
        }
        if (cursor_ >= limit_) diags_.error(t.pos, "raw string literal not terminated");
        else cursor_++;
        t.text = std::string_view(start, static_cast<size_t>(cursor_ - start));
        return t;
      }

      "+"   { TOKEN(Tok::Add); }
      "-"   { TOKEN(Tok::Sub); }
      "*"   { TOKEN(Tok::Mul); }
      "/"   { TOKEN(Tok::Quo); }
      "%"   { TOKEN(Tok::Rem); }
      "&"   { TOKEN(Tok::And); }
      "|"   { TOKEN(Tok::Or); }
      "^"   { TOKEN(Tok::Xor); }
      "<<"  { TOKEN(Tok::Shl); }
      ">>"  { TOKEN(Tok::Shr); }
      "&^"  { TOKEN(Tok::AndNot); }
      "+="  { TOKEN(Tok::AddAssign); }
      "-="  { TOKEN(Tok::SubAssign); }
      "*="  { TOKEN(Tok::MulAssign); }
      "/="  { TOKEN(Tok::QuoAssign); }
      "%="  { TOKEN(Tok::RemAssign); }
      "&="  { TOKEN(Tok::AndAssign); }
      "|="  { TOKEN(Tok::OrAssign); }
      "^="  { TOKEN(Tok::XorAssign); }
      "<<=" { TOKEN(Tok::ShlAssign); }
      ">>=" { TOKEN(Tok::ShrAssign); }
      "&^=" { TOKEN(Tok::AndNotAssign); }
      "&&"  { TOKEN(Tok::LAnd); }
      "||"  { TOKEN(Tok::LOr); }
      "<-"  { TOKEN(Tok::Arrow); }
      "++"  { TOKEN(Tok::Inc); }
      "--"  { TOKEN(Tok::Dec); }
      "=="  { TOKEN(Tok::Eql); }
      "<"   { TOKEN(Tok::Lss); }
      ">"   { TOKEN(Tok::Gtr); }
      "="   { TOKEN(Tok::Assign); }
      "!"   { TOKEN(Tok::Not); }
      "~"   { TOKEN(Tok::Tilde); }
      "!="  { TOKEN(Tok::Neq); }
      "<="  { TOKEN(Tok::Leq); }
      ">="  { TOKEN(Tok::Geq); }
      ":="  { TOKEN(Tok::Define); }
      "..." { TOKEN(Tok::Ellipsis); }
      "("   { TOKEN(Tok::LParen); }
      "["   { TOKEN(Tok::LBrack); }
      "{"   { TOKEN(Tok::LBrace); }
      ","   { TOKEN(Tok::Comma); }
      "."   { TOKEN(Tok::Period); }
      ")"   { TOKEN(Tok::RParen); }
      "]"   { TOKEN(Tok::RBrack); }
      "}"   { TOKEN(Tok::RBrace); }
      ";"   { TOKEN(Tok::Semicolon); }
      ":"   { TOKEN(Tok::Colon); }

      [\xc0-\xf4][\x80-\xbf]* | [\x01-\xff] {
        cursor_ = reinterpret_cast<const char*>(cur);
        unsigned c = static_cast<unsigned char>(*start);
        char buf[64];
        if (c >= 0x20 && c < 0x7f) std::snprintf(buf, sizeof buf, "invalid character U+%04X '%c'", c, c);
        else std::snprintf(buf, sizeof buf, "invalid character U+%04X", c);
        error(start, buf);
        continue;
      }
    */
#undef TOKEN
  }
}

const char* tok_name(Tok t) {
  switch (t) {
    case Tok::Eof: return "EOF";
    case Tok::Ident: return "name";
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: return "literal";
    case Tok::Break: return "keyword break";
    case Tok::Case: return "keyword case";
    case Tok::Chan: return "keyword chan";
    case Tok::Const: return "keyword const";
    case Tok::Continue: return "keyword continue";
    case Tok::Default: return "keyword default";
    case Tok::Defer: return "keyword defer";
    case Tok::Else: return "keyword else";
    case Tok::Fallthrough: return "keyword fallthrough";
    case Tok::For: return "keyword for";
    case Tok::Func: return "keyword func";
    case Tok::Go: return "keyword go";
    case Tok::Goto: return "keyword goto";
    case Tok::If: return "keyword if";
    case Tok::Import: return "keyword import";
    case Tok::Interface: return "keyword interface";
    case Tok::Map: return "keyword map";
    case Tok::Package: return "keyword package";
    case Tok::Range: return "keyword range";
    case Tok::Return: return "keyword return";
    case Tok::Select: return "keyword select";
    case Tok::Struct: return "keyword struct";
    case Tok::Switch: return "keyword switch";
    case Tok::Type: return "keyword type";
    case Tok::Var: return "keyword var";
    case Tok::Comma: return "comma";
    case Tok::Semicolon: return "semicolon or newline";
    case Tok::LBody: return "{";
    default: return "operator";
  }
}

}  // namespace gosub
