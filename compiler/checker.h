// Internal interface of the checker, shared by check_*.cpp. The public
// entry point is check_program (check.h).
//
// Shape follows go/types: expressions are checked into an Operand (mode,
// type, constant value); untyped operands get their final type when the
// context fixes it (convert_untyped), and the result is written back into
// the AST (record). Package-level objects are checked lazily in dependency
// order (object colors detect cycles), and every use of a package-level
// variable or function inside an initializer or function body is recorded
// so initialization order can follow Go's spec.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/check.h"
#include "compiler/constant_value.h"
#include "compiler/scope.h"
#include "compiler/type_table.h"

namespace gosub::types {

struct Operand {
  ast::Mode mode = ast::Mode::Invalid;
  const Type* type = nullptr;
  const ConstantValue* val = nullptr;
  ast::Expr* expr = nullptr;
  BuiltinId builtin = BuiltinId::Len;  // when mode == Builtin
  bool invalid() const { return mode == ast::Mode::Invalid; }
};

// How a package-level object is declared; checked on first use.
struct DeclInfo {
  Scope* file_scope = nullptr;
  ast::ValueSpec* vspec = nullptr;  // const and var
  int index = 0;                    // position of the name within vspec
  ast::Expr* init = nullptr;        // const/var initializer (null: zero or n:1 form)
  ast::Expr* type_expr = nullptr;
  int iota = 0;
  ast::TypeSpec* tspec = nullptr;
  ast::FuncDecl* fdecl = nullptr;
  std::vector<Var*> lhs;            // var a, b = f(): all vars sharing the initializer
  std::set<Object*> deps;           // package-level vars and funcs it refers to
};

enum class Color : uint8_t { White, Grey, Black };

class Checker {
 public:
  Checker(CheckedProgram& program, Diagnostics& diags, const CheckOptions& options, Scope* universe);

  // Checks one package whose files are parsed; imports already checked.
  void check_package(Package* pkg, const std::vector<Scope*>& file_scopes);

  // --- diagnostics
  void error(Pos pos, std::string message);
  void soft_error(Pos pos, std::string message) { error(pos, std::move(message)); }

  // --- declarations (check_decls.cpp)
  void collect_objects(const std::vector<Scope*>& file_scopes);
  void object_decl(Object* obj);
  void const_decl(Const* obj, DeclInfo& d);
  void var_decl(Var* obj, DeclInfo& d);
  void type_decl(TypeName* obj, DeclInfo& d);
  void func_decl(Func* obj, DeclInfo& d);
  void local_decl(ast::GenDecl* decl);
  void compute_init_order();
  const Signature* func_type(ast::FuncType* ft, ast::FieldList* recv, Scope* scope, std::vector<Var*>* params_out);

  // --- types (check_typexpr.cpp)
  const Type* type_expr(ast::Expr* e);          // reports "x is not a type"
  const Type* defined_type(ast::Expr* e, Named* def);

  // --- expressions (check_expr.cpp)
  void expr(Operand& x, ast::Expr* e);          // single value
  void raw_expr(Operand& x, ast::Expr* e, const Type* hint);  // may be multi-value / novalue / type
  void multi_expr(std::vector<Operand>& xs, ast::Expr* e, bool comma_ok = false);    // f() with several results
  void ident(Operand& x, ast::Ident* e, bool want_type);
  void basic_lit(Operand& x, ast::BasicLit* e);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::BinaryExpr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, Pos op_pos);
  void shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op);
  void comparison(Operand& x, Operand& y, ast::Op op, ast::Expr* e);
  void selector(Operand& x, ast::SelectorExpr* e);
  void index(Operand& x, ast::IndexExpr* e);
  void slice_expr(Operand& x, ast::SliceExpr* e);
  void composite_lit(Operand& x, ast::CompositeLit* e, const Type* hint);
  void struct_lit(ast::CompositeLit* e, const Type* t, const Struct* st);
  void map_lit(ast::CompositeLit* e, const Map* m);
  int64_t array_elems(ast::CompositeLit* e, const Type* elem, int64_t len);
  void array_length(Operand& x, Operand& a, const Array* arr);  // len/cap of [N]T or *[N]T
  bool elided_lit(Operand& v, ast::Expr* value, const Type* elem);
  int indirection_ = 0;  // inside *T, []T, map, chan or func type syntax
  // The method called name in t's method set, for interface satisfaction:
  // *pointer_recv says it exists but only in *t's method set.
  Func* find_method(const Type* t, std::string_view name, bool* pointer_recv);
  // Whether t implements interface iface; *why gets Go's parenthesized reason.
  bool implements(const Type* t, const Interface* iface, std::string* why);
  // A method's type as a function value (the receiver dropped).
  const Signature* method_value_type(const Func* m);
  // A method expression's type: the receiver (of type recv) becomes the first parameter.
  const Signature* method_expr_type(const Func* m, const Type* recv);

  void call(Operand& x, ast::CallExpr* e);
  void conversion(Operand& x, const Type* t, ast::CallExpr* e);
  void builtin_call(Operand& x, ast::CallExpr* e, BuiltinId id);
  void arguments(ast::CallExpr* call, const Signature* sig, std::vector<Operand>& args, const std::string& callee);

  // --- assignability and untyped conversion (check_assign.cpp)
  // Converts untyped x to target (or its default type if target is null);
  // reports and invalidates x on failure. context: "variable declaration",
  // "assignment", "argument to f", "return statement".
  void assignment(Operand& x, const Type* target, const std::string& context);
  bool assignable(Operand& x, const Type* t, std::string* reason);
  void convert_untyped(Operand& x, const Type* target, const std::string& context = "assignment");
  bool representable(const ConstantValue& v, const Basic* t, ConstantValue* rounded);
  void default_type(Operand& x, const std::string& context = "assignment") { convert_untyped(x, nullptr, context); }
  void method_decl(Func* fn, const ast::FuncDecl* fd);
  void type_switch_stmt(ast::TypeSwitchStmt* s);  // resolves the receiver, joins its type's method set
  void mark_addressed(ast::Expr* e);  // &e: its variable moves to a heap cell
  void record(Operand& x);                       // writes mode/type/constant into x.expr
  void update_untyped(ast::Expr* e, const Type* t);  // fixes the final type of an untyped subtree
  std::string describe(const Operand& x);        // "x (variable of type int)", "5 (untyped int constant)"
  std::string type_str(const Type* t) { return type_string(t, TypeStyle::Checker, pkg_); }
  const ConstantValue* own(ConstantValue v);

  // --- statements (check_stmt.cpp)
  void func_body(const ast::Node* decl, const Signature* sig, ast::BlockStmt* body, Scope* scope);
  void stmt_list(const std::vector<ast::Stmt*>& list);
  void stmt(ast::Stmt* s);
  void assign_stmt(ast::AssignStmt* s);
  void define_stmt(ast::AssignStmt* s);
  void assign_var(ast::Expr* lhs, Operand& x);
  void return_stmt(ast::ReturnStmt* s);
  void if_stmt(ast::IfStmt* s);
  void for_stmt(ast::ForStmt* s);
  void range_stmt(ast::RangeStmt* s);
  void switch_stmt(ast::SwitchStmt* s);
  void select_stmt(ast::SelectStmt* s);
  void block(ast::BlockStmt* b);
  void open_scope();
  void close_scope();
  void declare(Scope* scope, ast::Ident* id, Object* obj);
  bool is_terminating(const ast::Stmt* s, std::string_view label);
  void check_labels(ast::BlockStmt* body);
  void check_gotos(ast::BlockStmt* body);
  void report_unused(Scope* scope);

  // --- shared state
  CheckedProgram& prog_;
  Diagnostics& diags_;
  CheckOptions options_;
  TypeTable& types_;
  Scope* universe_;
  Package* pkg_ = nullptr;
  std::unordered_map<Object*, DeclInfo> decls_;
  std::unordered_map<Object*, Color> colors_;
  std::vector<Object*> decl_path_;  // declarations in progress, outermost first (cycle traces)
  std::vector<Object*> decl_order_;   // package-level objects in source order
  std::vector<Func*> method_decls_;   // methods, attached to their receiver types before other declarations
  DeclInfo* current_decl_ = nullptr;  // initializer/function being checked (for deps)
  int iota_ = -1;                     // current iota, -1 outside const specs
  Scope* scope_ = nullptr;            // innermost scope
  std::vector<Scope*> func_scopes_;   // scopes opened in the current function (for unused reports)

  // per-function context
  struct FuncContext {
    const Signature* sig = nullptr;
    const ast::Node* decl = nullptr;
    std::vector<Var*> results;  // result variables (named or not)
    bool named_results = false;
    FuncContext* outer = nullptr;         // the enclosing function of a literal
    std::vector<Var*>* captures = nullptr;  // a literal's free variables, in first-use order
  };
  FuncContext* fn_ = nullptr;
  // Where break/continue/fallthrough may appear in the current statement.
  struct StmtContext {
    bool in_loop = false;
    bool breakable = false;
    bool fallthrough_ok = false;  // last statement of a non-final switch clause
    bool final_case = false;
  };
  StmtContext ctx_;
  // Go's summary of argument types in have/want lists ("number" for
  // untyped numeric constants).
  std::string type_summary(const Type* t);
  template <class T, class... Args>
  T* new_object(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    prog_.objects.push_back(std::move(p));
    return raw;
  }
  Scope* new_scope(Scope* parent) {
    prog_.scopes.push_back(std::make_unique<Scope>(parent));
    return prog_.scopes.back().get();
  }
};

// The source form of an expression as gc's messages quote it.
std::string expr_string(const ast::Expr* e);

// String/rune literal decoding (check_lit.cpp).
bool unquote_string(std::string_view lit, std::string& out);
bool unquote_rune(std::string_view lit, int32_t& out);
void append_utf8(std::string& out, int32_t r);

}  // namespace gosub::types
