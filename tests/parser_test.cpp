// Lexer (semicolon insertion, LBODY) and parser (AST dumps, gc's syntax
// error text, hostile input).
#include <gtest/gtest.h>

#include <string>

#include "frontend/lexer.h"
#include "frontend/parse.h"

using namespace gosub;

namespace {

std::string tokens(const std::string& src) {
  SourceSet sources;
  int32_t f = sources.add("x.go", src);
  Diagnostics diags(sources);
  Lexer lx(sources, f, diags);
  std::string out;
  for (Token t = lx.next(); t.kind != Tok::Eof; t = lx.next()) {
    if (!out.empty()) out += ' ';
    out += t.kind == Tok::Semicolon ? ";" : t.kind == Tok::LBody ? "LBODY" : std::string(t.text);
  }
  return out;
}

struct Parsed {
  std::string dump;
  std::string errors;
};

Parsed parse(const std::string& src) {
  SourceSet sources;
  int32_t f = sources.add("x.go", src);
  Diagnostics diags(sources);
  ast::Arena arena;
  ast::File* file = parse_file(sources, f, arena, diags);
  return {dump_ast(file), diags.render()};
}

}  // namespace

TEST(LexerTest, InsertsSemicolonsAfterStatementEnders) {
  EXPECT_EQ(tokens("x := 1\ny++\nreturn\n}\n"), "x := 1 ; y ++ ; return ; } ;");
  EXPECT_EQ(tokens("a +\nb\n"), "a + b ;");  // no semicolon after an operator
  EXPECT_EQ(tokens("f(a,\n b)\n"), "f ( a , b ) ;");
  EXPECT_EQ(tokens("x /* c\n */ y"), "x ; y ;");  // a comment with a newline counts as one
  EXPECT_EQ(tokens("x // c"), "x ;");             // EOF after a name
}

TEST(LexerTest, MarksControlClauseBodies) {
  EXPECT_EQ(tokens("if x { }"), "if x LBODY } ;");
  EXPECT_EQ(tokens("for _, v := range []int{1} { }"), "for _ , v := range [ ] int LBODY 1 } LBODY } ;");
  EXPECT_EQ(tokens("if f(T{}) { }"), "if f ( T { } ) LBODY } ;");  // braces inside parens are literals
}

TEST(LexerTest, LiteralsAndErrors) {
  EXPECT_EQ(tokens("0x_1F 1_000 0o17 1.5e3 .5 'a' '\\n' `raw` \"s\\t\""), "0x_1F 1_000 0o17 1.5e3 .5 'a' '\\n' `raw` \"s\\t\" ;");
  SourceSet sources;
  int32_t f = sources.add("x.go", "\"abc\n");
  Diagnostics diags(sources);
  Lexer lx(sources, f, diags);
  while (lx.next().kind != Tok::Eof) {
  }
  EXPECT_EQ(diags.render(), "x.go:1:1: newline in string\n");
}

TEST(ParserTest, DumpsAFunction) {
  Parsed p = parse("package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n");
  EXPECT_EQ(p.errors, "");
  EXPECT_EQ(p.dump,
            "File @1:1\n"
            "  package: Ident main @1:9\n"
            "  FuncDecl @3:1\n"
            "    Ident add @3:6\n"
            "    FuncType @3:1\n"
            "      params: FieldList @3:9\n"
            "        Field @3:10\n"
            "          name: Ident a @3:10\n"
            "          name: Ident b @3:13\n"
            "          type: Ident int @3:15\n"
            "      results: FieldList @0:0\n"
            "        Field @3:20\n"
            "          type: Ident int @3:20\n"
            "    BlockStmt @3:24\n"
            "      ReturnStmt @4:2\n"
            "        BinaryExpr + @4:9\n"
            "          Ident a @4:9\n"
            "          Ident b @4:13\n");
}

TEST(ParserTest, CompositeLiteralInHeaderNeedsParens) {
  // `T{}` at the top of an if header is the body, as in Go; parenthesized it is a literal.
  Parsed p = parse("package main\nfunc f() {\n\tif x == (T{}) {\n\t}\n}\n");
  EXPECT_EQ(p.errors, "");
  EXPECT_NE(p.dump.find("CompositeLit"), std::string::npos);
}

TEST(ParserTest, SyntaxErrorsReadLikeGc) {
  // Expected strings are what `go build` (Go 1.19) printed for the same input.
  EXPECT_EQ(parse("package main\n\nfunc main() {\n\tx := 1\n").errors, "x.go:5:1: syntax error: unexpected EOF, expecting }\n");
  EXPECT_EQ(parse("package main\n\nx := 1\n\nfunc main() {}\n").errors,
            "x.go:3:1: syntax error: non-declaration statement outside function body\n");
  EXPECT_EQ(parse("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n").errors,
            "x.go:4:5: syntax error: cannot use x := 1 as value\n");
  EXPECT_EQ(parse("package main\n\nfunc main() {\n\tfoo(1, 2\n}\n").errors,
            "x.go:4:10: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
  EXPECT_EQ(parse("package main\n\nfunc main()\n{\n}\n").errors,
            "x.go:4:1: syntax error: unexpected semicolon or newline before {\n");
}

TEST(ParserTest, HostileInputNeverCrashes) {
  std::string deep = "package main\nvar x = " + std::string(200000, '(') + "1";
  EXPECT_NE(parse(deep).errors.find("nesting too deep"), std::string::npos);
  std::string minus = "package main\nvar x = " + std::string(200000, '!') + "true\n";
  EXPECT_NE(parse(minus).errors.find("nesting too deep"), std::string::npos);
  std::string chain = "package main\nvar x = 1";
  for (int i = 0; i < 100000; i++) chain += "+1";
  EXPECT_NE(parse(chain + "\n").errors.find("nesting too deep"), std::string::npos);
  std::string garbage;
  for (int i = 0; i < 5000; i++) garbage += static_cast<char>((i * 7919) % 256);
  EXPECT_NE(parse(garbage).errors, "");  // an error, not a crash
  EXPECT_NE(parse(std::string("package main\x00\x01\xff", 15)).errors, "");
}
