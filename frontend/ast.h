// The syntax tree. Node shapes mirror Go's go/ast package so that anyone who
// knows go/ast can read them; nodes live in an Arena owned by the parse
// result and are never freed one by one.
//
// The checker annotates the tree in place (Expr::type/constant/mode,
// Ident::obj, ...) so that codegen reads types without side tables. Those
// fields are null/Invalid until the checker has run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "frontend/source.h"

namespace gosub::types {
struct Type;
struct Object;
class Constant;
}  // namespace gosub::types

namespace gosub::ast {

// ---------------------------------------------------------------- arena

// Bump allocator for nodes. Non-trivially destructible nodes (those holding
// std::vector / std::string) register their destructor.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (auto it = dtors_.rbegin(); it != dtors_.rend(); ++it) it->fn(it->obj);
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    void* mem = allocate(sizeof(T), alignof(T));
    T* obj = new (mem) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>) {
      dtors_.push_back({obj, [](void* p) { static_cast<T*>(p)->~T(); }});
    }
    return obj;
  }

  // Copies a string into the arena; the view stays valid with the arena.
  std::string_view intern(std::string_view s) {
    char* p = static_cast<char*>(allocate(s.size() + 1, 1));
    std::char_traits<char>::copy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return {p, s.size()};
  }

 private:
  void* allocate(size_t size, size_t align) {
    size_t off = (used_ + align - 1) & ~(align - 1);
    if (chunks_.empty() || off + size > chunk_size_) {
      size_t want = size > kChunk ? size : kChunk;
      chunks_.push_back(std::make_unique<std::byte[]>(want));
      chunk_size_ = want;
      off = 0;
    }
    used_ = off + size;
    return chunks_.back().get() + off;
  }
  static constexpr size_t kChunk = 64 * 1024;
  struct Dtor {
    void* obj;
    void (*fn)(void*);
  };
  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  size_t chunk_size_ = 0;
  size_t used_ = 0;
  std::vector<Dtor> dtors_;
};

// ---------------------------------------------------------------- tokens

// Operator tokens used in the tree (subset of the lexer's tokens).
enum class Op : uint8_t {
  None,
  // binary
  Add, Sub, Mul, Quo, Rem,          // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,   // & | ^ << >> &^
  LAnd, LOr,                        // && ||
  Eql, Neq, Lss, Leq, Gtr, Geq,     // == != < <= > >=
  // unary only
  Not,    // !
  Arrow,  // <- (receive)
  // Add, Sub, Xor, And(&x), Mul(*x is StarExpr, not UnaryExpr) also unary
};
const char* op_string(Op op);  // "+", "&&", "<-", ...

// Assignment tokens of AssignStmt / RangeStmt.
enum class AssignTok : uint8_t {
  Assign,  // =
  Define,  // :=
  // op= forms: the Op says which operator
  OpAssign,
};

enum class ChanDir : uint8_t { Both, Send, Recv };  // chan T, chan<- T, <-chan T

// Operand modes the checker assigns (go/types' operandMode).
enum class Mode : uint8_t {
  Invalid,   // not checked, or erroneous
  NoValue,   // call of a function without results
  Builtin,   // a builtin function name (len, append, ...)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant; Expr::constant holds the value
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable; comma-ok possible
  Value,     // a computed value
  CommaOk,   // a value that may be used in a 2-value assignment (x.(T), <-ch)
};

// ---------------------------------------------------------------- nodes

enum class Kind : uint8_t {
  // expressions
  BadExpr, Ident, Ellipsis, BasicLit, FuncLit, CompositeLit, ParenExpr,
  SelectorExpr, IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr,
  UnaryExpr, BinaryExpr, KeyValueExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt,
  AssignStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt,
  CaseClause, SwitchStmt, TypeSwitchStmt, CommClause, SelectStmt, ForStmt,
  RangeStmt,
  // declarations and specs
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl,
  // other
  Field, FieldList, File,
};
const char* kind_name(Kind k);  // "BinaryExpr", ...

struct Node {
  Kind kind;
  Pos pos;  // position of the node's first token (as go/ast's Pos())
  explicit Node(Kind k, Pos p) : kind(k), pos(p) {}
};

// Checked downcast: as<BinaryExpr>(n) is null unless n->kind matches.
template <class T>
T* as(Node* n) { return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr; }
template <class T>
const T* as(const Node* n) { return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr; }

struct Expr : Node {
  using Node::Node;
  // Filled by the checker.
  const types::Type* type = nullptr;          // the expression's type (untyped constants: their final type)
  const types::Constant* constant = nullptr;  // set iff mode == Constant
  Mode mode = Mode::Invalid;
  int32_t depth = 1;  // nesting depth of the subtree (parser-enforced cap)
};
struct Stmt : Node { using Node::Node; };
struct Decl : Node { using Node::Node; };

#define GOSUB_NODE(Name, Base) \
  static constexpr Kind kKind = Kind::Name; \
  explicit Name(Pos p) : Base(Kind::Name, p) {}

struct FieldList;
struct BlockStmt;
struct FuncType;
struct Ident;

// --- expressions

struct BadExpr : Expr { GOSUB_NODE(BadExpr, Expr) };

struct Ident : Expr {
  GOSUB_NODE(Ident, Expr)
  std::string_view name;
  types::Object* obj = nullptr;  // checker: the object this name denotes or declares
};

// "..." in a parameter type ([]T... => Ellipsis{elt}) or in [...]T (elt null).
struct Ellipsis : Expr {
  GOSUB_NODE(Ellipsis, Expr)
  Expr* elt = nullptr;
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };
struct BasicLit : Expr {
  GOSUB_NODE(BasicLit, Expr)
  LitKind lit = LitKind::Int;
  std::string_view raw;  // the literal as written, including quotes
};

struct FuncLit : Expr {
  GOSUB_NODE(FuncLit, Expr)
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;
};

struct CompositeLit : Expr {
  GOSUB_NODE(CompositeLit, Expr)
  Expr* ctype = nullptr;  // null when elided inside an outer literal
  std::vector<Expr*> elts;
  bool implicit_addr = false;  // checker: an elided &T{...} ([]*T{{...}}); type is then *T
  Pos lbrace, rbrace;
};

struct ParenExpr : Expr {
  GOSUB_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
};

// e without enclosing parentheses.
// Where an expression starts (its leftmost token), as types2 reports errors.
Pos start_pos(const Expr* e);

inline Expr* unparen(Expr* e) {
  while (e && e->kind == Kind::ParenExpr) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

struct SelectorExpr : Expr {
  GOSUB_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // Checker, for field selections: field indices from x's struct type down
  // through embedded fields to the selected one (pointers dereferenced
  // automatically on the way); for methods, down to the embedded value
  // whose method it is.
  std::vector<int32_t> path;
  // Checker: what the selector denotes (sel->obj is the field or method).
  enum class Sel : uint8_t { Other, Field, Method, IfaceMethod, MethodExpr } sel_kind = Sel::Other;
};

// x[i]. Several indices (x[A, B]) only occur in generic instantiation,
// which the checker rejects; they are kept so the error can name it.
struct IndexExpr : Expr {
  GOSUB_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  std::vector<Expr*> indices;
  Pos lbrack, rbrack;
};

struct SliceExpr : Expr {
  GOSUB_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack, rbrack;
};

// x.(T); atype is null for x.(type) in a type switch.
struct TypeAssertExpr : Expr {
  GOSUB_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* atype = nullptr;
};

struct CallExpr : Expr {
  GOSUB_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_ellipsis = false;  // f(xs...)
  Pos lparen, ellipsis, rparen;
};

// *x: a dereference or a pointer type.
struct StarExpr : Expr {
  GOSUB_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

// +x -x !x ^x &x <-x
struct UnaryExpr : Expr {
  GOSUB_NODE(UnaryExpr, Expr)
  Op op = Op::None;
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  GOSUB_NODE(BinaryExpr, Expr)
  Op op = Op::None;
  Pos op_pos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct KeyValueExpr : Expr {
  GOSUB_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Pos colon;
};

// --- type expressions

// [len]elt, [...]elt (len is an Ellipsis) or []elt (len null: a slice).
struct ArrayType : Expr {
  GOSUB_NODE(ArrayType, Expr)
  Expr* len = nullptr;
  Expr* elt = nullptr;
};

// A field, parameter, result, or interface element: names may be empty
// (anonymous/embedded field, unnamed parameter, embedded interface).
struct Field : Node {
  GOSUB_NODE(Field, Node)
  std::vector<Ident*> names;
  Expr* ftype = nullptr;  // for interface methods: a FuncType
  BasicLit* tag = nullptr;
};

struct FieldList : Node {
  GOSUB_NODE(FieldList, Node)
  std::vector<Field*> list;
  Pos opening, closing;
};

struct StructType : Expr {
  GOSUB_NODE(StructType, Expr)
  FieldList* fields = nullptr;
};

struct FuncType : Expr {
  GOSUB_NODE(FuncType, Expr)
  FieldList* type_params = nullptr;  // non-null only for generic functions (rejected)
  FieldList* params = nullptr;
  FieldList* results = nullptr;      // may be null
};

// Methods are Fields with one name and a FuncType; embedded interfaces are
// Fields without names. Type-set elements (~T, A|B) parse as Fields whose
// ftype is a UnaryExpr/BinaryExpr so the checker can reject them by name.
struct InterfaceType : Expr {
  GOSUB_NODE(InterfaceType, Expr)
  FieldList* methods = nullptr;
};

struct MapType : Expr {
  GOSUB_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct ChanType : Expr {
  GOSUB_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
  Pos arrow;
};

// --- statements

struct BadStmt : Stmt { GOSUB_NODE(BadStmt, Stmt) };

struct DeclStmt : Stmt {
  GOSUB_NODE(DeclStmt, Stmt)
  Decl* decl = nullptr;  // a GenDecl (const, type or var)
};

// An empty statement; implicit is set for the semicolon the lexer inserts.
struct EmptyStmt : Stmt {
  GOSUB_NODE(EmptyStmt, Stmt)
  bool implicit = false;
};

struct LabeledStmt : Stmt {
  GOSUB_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  GOSUB_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  GOSUB_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;
};

struct IncDecStmt : Stmt {
  GOSUB_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  bool inc = true;
  Pos tok_pos;
};

// lhs = rhs, lhs := rhs, lhs op= rhs (tok == OpAssign, op says which).
struct AssignStmt : Stmt {
  GOSUB_NODE(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  AssignTok tok = AssignTok::Assign;
  Op op = Op::None;
  Pos tok_pos;
};

struct GoStmt : Stmt {
  GOSUB_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  GOSUB_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  GOSUB_NODE(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

enum class BranchTok : uint8_t { Break, Continue, Goto, Fallthrough };
struct BranchStmt : Stmt {
  GOSUB_NODE(BranchStmt, Stmt)
  BranchTok tok = BranchTok::Break;
  Ident* label = nullptr;
};

struct BlockStmt : Stmt {
  GOSUB_NODE(BlockStmt, Stmt)
  std::vector<Stmt*> list;
  Pos lbrace, rbrace;
};

struct IfStmt : Stmt {
  GOSUB_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // BlockStmt or IfStmt, or null
};

// case list: body (list empty for default).
struct CaseClause : Stmt {
  GOSUB_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;
  bool is_default = false;
  std::vector<Stmt*> body;
  Pos colon;
};

struct SwitchStmt : Stmt {
  GOSUB_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null: switch true
  BlockStmt* body = nullptr;  // list of CaseClause
};

// switch [init;] [x :=] y.(type) { ... }; assign is an ExprStmt holding the
// TypeAssertExpr, or an AssignStmt (Define) whose rhs is one.
struct TypeSwitchStmt : Stmt {
  GOSUB_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Stmt* assign = nullptr;
  BlockStmt* body = nullptr;  // list of CaseClause (list holds types or nil)
  // checker: per case clause, the implicitly declared variable (if x := ...)
  std::vector<types::Object*> implicits;
};

// case comm: body (comm null for default). comm is a SendStmt, an ExprStmt
// (<-ch) or an AssignStmt (v[, ok] = / := <-ch).
struct CommClause : Stmt {
  GOSUB_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  GOSUB_NODE(SelectStmt, Stmt)
  BlockStmt* body = nullptr;  // list of CommClause
};

struct ForStmt : Stmt {
  GOSUB_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for key, value := range x / for key, value = range x / for range x.
struct RangeStmt : Stmt {
  GOSUB_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  AssignTok tok = AssignTok::Assign;  // Assign or Define; meaningless if key is null
  Pos tok_pos;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// --- declarations

struct ImportSpec : Node {
  GOSUB_NODE(ImportSpec, Node)
  Ident* name = nullptr;  // local name, "." or "_", or null
  BasicLit* path = nullptr;
  types::Object* obj = nullptr;  // checker: the PkgName declared by this import
};

// const/var spec. For const specs with an omitted type and values the
// parser leaves them empty; iota is the spec's index within its group.
struct ValueSpec : Node {
  GOSUB_NODE(ValueSpec, Node)
  std::vector<Ident*> names;
  Expr* vtype = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
};

struct TypeSpec : Node {
  GOSUB_NODE(TypeSpec, Node)
  Ident* name = nullptr;
  FieldList* type_params = nullptr;  // non-null only for generic types (rejected)
  bool alias = false;                // type A = B
  Expr* ttype = nullptr;
};

enum class DeclTok : uint8_t { Import, Const, Type, Var };
struct GenDecl : Decl {
  GOSUB_NODE(GenDecl, Decl)
  DeclTok tok = DeclTok::Var;
  std::vector<Node*> specs;  // ImportSpec, ValueSpec or TypeSpec
  Pos lparen, rparen;        // invalid if not grouped
};

struct FuncDecl : Decl {
  GOSUB_NODE(FuncDecl, Decl)
  FieldList* recv = nullptr;  // null for plain functions
  Ident* name = nullptr;
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;  // null for functions declared without body (stdlib natives)
};

struct File : Node {
  GOSUB_NODE(File, Node)
  Ident* package_name = nullptr;
  std::vector<GenDecl*> imports;  // import decls, also present in decls
  std::vector<Decl*> decls;
};

#undef GOSUB_NODE

}  // namespace gosub::ast
