#include "frontend/ast.h"

namespace gosub::ast {

const char* op_string(Op op) {
  switch (op) {
    case Op::None: return "";
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Quo: return "/";
    case Op::Rem: return "%";
    case Op::And: return "&";
    case Op::Or: return "|";
    case Op::Xor: return "^";
    case Op::Shl: return "<<";
    case Op::Shr: return ">>";
    case Op::AndNot: return "&^";
    case Op::LAnd: return "&&";
    case Op::LOr: return "||";
    case Op::Eql: return "==";
    case Op::Neq: return "!=";
    case Op::Lss: return "<";
    case Op::Leq: return "<=";
    case Op::Gtr: return ">";
    case Op::Geq: return ">=";
    case Op::Not: return "!";
    case Op::Arrow: return "<-";
  }
  return "?";
}

const char* kind_name(Kind k) {
  switch (k) {
#define GOSUB_KIND(name) case Kind::name: return #name;
    GOSUB_KIND(BadExpr) GOSUB_KIND(Ident) GOSUB_KIND(Ellipsis) GOSUB_KIND(BasicLit) GOSUB_KIND(FuncLit)
    GOSUB_KIND(CompositeLit) GOSUB_KIND(ParenExpr) GOSUB_KIND(SelectorExpr) GOSUB_KIND(IndexExpr)
    GOSUB_KIND(SliceExpr) GOSUB_KIND(TypeAssertExpr) GOSUB_KIND(CallExpr) GOSUB_KIND(StarExpr)
    GOSUB_KIND(UnaryExpr) GOSUB_KIND(BinaryExpr) GOSUB_KIND(KeyValueExpr) GOSUB_KIND(ArrayType)
    GOSUB_KIND(StructType) GOSUB_KIND(FuncType) GOSUB_KIND(InterfaceType) GOSUB_KIND(MapType)
    GOSUB_KIND(ChanType) GOSUB_KIND(BadStmt) GOSUB_KIND(DeclStmt) GOSUB_KIND(EmptyStmt) GOSUB_KIND(LabeledStmt)
    GOSUB_KIND(ExprStmt) GOSUB_KIND(SendStmt) GOSUB_KIND(IncDecStmt) GOSUB_KIND(AssignStmt) GOSUB_KIND(GoStmt)
    GOSUB_KIND(DeferStmt) GOSUB_KIND(ReturnStmt) GOSUB_KIND(BranchStmt) GOSUB_KIND(BlockStmt) GOSUB_KIND(IfStmt)
    GOSUB_KIND(CaseClause) GOSUB_KIND(SwitchStmt) GOSUB_KIND(TypeSwitchStmt) GOSUB_KIND(CommClause)
    GOSUB_KIND(SelectStmt) GOSUB_KIND(ForStmt) GOSUB_KIND(RangeStmt) GOSUB_KIND(ImportSpec) GOSUB_KIND(ValueSpec)
    GOSUB_KIND(TypeSpec) GOSUB_KIND(GenDecl) GOSUB_KIND(FuncDecl) GOSUB_KIND(Field) GOSUB_KIND(FieldList)
    GOSUB_KIND(File)
#undef GOSUB_KIND
  }
  return "?";
}

Pos start_pos(const Expr* e) {
  while (e) {
    switch (e->kind) {
      case Kind::BinaryExpr: e = static_cast<const BinaryExpr*>(e)->x; continue;
      case Kind::CallExpr: e = static_cast<const CallExpr*>(e)->fun; continue;
      case Kind::IndexExpr: e = static_cast<const IndexExpr*>(e)->x; continue;
      case Kind::SliceExpr: e = static_cast<const SliceExpr*>(e)->x; continue;
      case Kind::SelectorExpr: e = static_cast<const SelectorExpr*>(e)->x; continue;
      case Kind::TypeAssertExpr: e = static_cast<const TypeAssertExpr*>(e)->x; continue;
      case Kind::KeyValueExpr: e = static_cast<const KeyValueExpr*>(e)->key; continue;
      default: return e->pos;
    }
  }
  return Pos{};
}

}  // namespace gosub::ast
