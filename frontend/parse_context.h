// State shared by the Bison parser and its actions: the lexer, the arena,
// diagnostics, and the small AST factory the one-line actions call.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/lexer.h"
#include "frontend/parse.h"

namespace gosub {

// A parameter as written, before Go's grouping rule is applied: `a, b int`
// parses as (a) (b int); `int, string` as (int) (string).
struct ParamEntry {
  ast::Ident* name = nullptr;
  ast::Expr* type = nullptr;
};

struct IfHeader {
  ast::Stmt* init = nullptr;
  ast::Stmt* cond = nullptr;  // the last simple statement
};

struct ForHeader {
  ast::Stmt* init = nullptr;
  ast::Stmt* cond = nullptr;
  ast::Stmt* post = nullptr;
  ast::RangeStmt* range = nullptr;
  bool three_clause = false;
};

class ParseContext {
 public:
  ParseContext(const SourceSet& sources, int32_t file, ast::Arena& arena, Diagnostics& diags)
      : lexer(sources, file, diags), arena(arena), diags(diags), file_id(file) {}

  Lexer lexer;
  ast::Arena& arena;
  Diagnostics& diags;
  int32_t file_id;
  ast::File* file = nullptr;
  Token last;               // the lookahead most recently returned by the lexer
  Tok last_control = Tok::If;  // the most recent if/for/switch/select keyword
  bool syntax_error = false;

  template <class T>
  T* make(Pos p) { return arena.make<T>(p); }

  // gc-style "syntax error: unexpected X, expecting Y" from the token the
  // parser choked on (ctx.last) and the tokens it could have taken.
  void report_unexpected(Pos at, const std::vector<std::string>& expected, bool too_many);
  void report_syntax_error(Pos at, const std::string& msg);

  // --- factory (parser.yy actions call these)
  ast::Ident* ident(std::string_view name, Pos p);
  ast::BasicLit* lit(ast::LitKind k, std::string_view raw, Pos p);
  ast::Expr* binary(ast::Op op, ast::Expr* x, ast::Expr* y, Pos op_pos);
  ast::Expr* unary(ast::Op op, ast::Expr* x, Pos p);
  ast::Expr* star(ast::Expr* x, Pos p);
  ast::Expr* paren(ast::Expr* x, Pos p);
  ast::Expr* selector(ast::Expr* x, ast::Ident* sel);
  ast::Expr* index(ast::Expr* x, std::vector<ast::Expr*> idx, Pos lbrack);
  ast::Expr* slice(ast::Expr* x, ast::Expr* lo, ast::Expr* hi, ast::Expr* max, bool three, Pos lbrack);
  ast::Expr* call(ast::Expr* fun, std::vector<ast::Expr*> args, bool ellipsis, Pos lparen, Pos rparen);
  ast::Expr* type_assert(ast::Expr* x, ast::Expr* t, Pos p);
  ast::Expr* composite(ast::Expr* type, std::vector<ast::Expr*> elts, Pos lbrace, Pos rbrace);
  ast::Expr* key_value(ast::Expr* k, ast::Expr* v, Pos colon);
  ast::Expr* func_lit(ast::FuncType* t, ast::BlockStmt* body);
  ast::Expr* array_type(ast::Expr* len, ast::Expr* elem, Pos p);
  ast::Expr* map_type(ast::Expr* k, ast::Expr* v, Pos p);
  ast::Expr* chan_type(ast::ChanDir dir, ast::Expr* v, Pos p);
  ast::FuncType* func_type(ast::FieldList* tparams, ast::FieldList* params, ast::FieldList* results, Pos p);
  ast::FieldList* params(std::vector<ParamEntry> entries, Pos open, Pos close);
  ast::FieldList* single_result(ast::Expr* type);
  ast::Field* field(std::vector<ast::Ident*> names, ast::Expr* type, ast::BasicLit* tag);
  ast::FieldList* field_list(std::vector<ast::Field*> fields, Pos open, Pos close);
  ast::Expr* struct_type(ast::FieldList* fields, Pos p);
  ast::Expr* interface_type(ast::FieldList* methods, Pos p);

  ast::Stmt* expr_stmt(ast::Expr* x);
  ast::Stmt* assign(std::vector<ast::Expr*> lhs, ast::AssignTok tok, ast::Op op, std::vector<ast::Expr*> rhs, Pos tok_pos);
  ast::Stmt* inc_dec(ast::Expr* x, bool inc, Pos p);
  ast::Stmt* send(ast::Expr* ch, ast::Expr* v, Pos arrow);
  ast::BlockStmt* block(std::vector<ast::Stmt*> list, Pos lbrace, Pos rbrace);
  ast::Stmt* if_stmt(Pos p, IfHeader h, ast::BlockStmt* body, ast::Stmt* els);
  ast::Stmt* for_stmt(Pos p, ForHeader h, ast::BlockStmt* body);
  ast::RangeStmt* range(std::vector<ast::Expr*> lhs, ast::AssignTok tok, ast::Expr* x, Pos p);
  ast::Stmt* switch_stmt(Pos p, IfHeader h, ast::BlockStmt* body);
  ast::Stmt* case_clause(std::vector<ast::Expr*> list, bool is_default, std::vector<ast::Stmt*> body, Pos p, Pos colon);
  ast::Stmt* comm_clause(ast::Stmt* comm, std::vector<ast::Stmt*> body, Pos p, Pos colon);
  ast::Stmt* select_stmt(Pos p, ast::BlockStmt* body);
  ast::Stmt* branch(ast::BranchTok tok, ast::Ident* label, Pos p);
  ast::Stmt* labeled(ast::Ident* label, ast::Stmt* s);
  ast::Stmt* go_defer(bool is_go, ast::Expr* call, Pos p);
  ast::Stmt* ret(std::vector<ast::Expr*> results, Pos p);
  ast::Stmt* decl_stmt(ast::Decl* d);

  ast::GenDecl* gen_decl(ast::DeclTok tok, std::vector<ast::Node*> specs, Pos p, Pos lparen, Pos rparen);
  ast::Node* import_spec(ast::Ident* name, ast::BasicLit* path, Pos p);
  ast::Node* value_spec(std::vector<ast::Ident*> names, ast::Expr* type, std::vector<ast::Expr*> values, Pos p);
  ast::Node* type_spec(ast::Ident* name, ast::FieldList* tparams, bool alias, ast::Expr* type);
  ast::Decl* func_decl(ast::FieldList* recv, ast::Ident* name, ast::FuncType* type, ast::BlockStmt* body, Pos p);
  void finish_file(ast::Ident* pkg, std::vector<ast::GenDecl*> imports, std::vector<ast::Decl*> decls, Pos p);

 private:
  // Expression depth, to keep later recursive passes off the C++ stack limit.
  ast::Expr* deep(ast::Expr* e, std::initializer_list<const ast::Expr*> children);
  std::vector<int32_t> depth_;  // unused placeholder for future per-node data
  bool depth_reported_ = false;
};

}  // namespace gosub
