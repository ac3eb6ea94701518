// dump_ast: one node per line, children indented by two spaces. Stable
// format for the parser's golden tests.
#include <string>

#include "frontend/parse.h"

namespace gosub {

namespace {

using namespace ast;

class Dumper {
 public:
  std::string out;

  void node(const Node* n, int depth, const char* role = nullptr) {
    if (!n) return;
    out.append(static_cast<size_t>(depth) * 2, ' ');
    if (role) out += std::string(role) + ": ";
    out += kind_name(n->kind);
    out += detail(n);
    out += " @" + std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col) + "\n";
    children(n, depth + 1);
  }

 private:
  static std::string detail(const Node* n) {
    switch (n->kind) {
      case Kind::Ident: return " " + std::string(static_cast<const Ident*>(n)->name);
      case Kind::BasicLit: return " " + std::string(static_cast<const BasicLit*>(n)->raw);
      case Kind::BinaryExpr: return std::string(" ") + op_string(static_cast<const BinaryExpr*>(n)->op);
      case Kind::UnaryExpr: return std::string(" ") + op_string(static_cast<const UnaryExpr*>(n)->op);
      case Kind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(n);
        return a->tok == AssignTok::Define ? " :=" : a->tok == AssignTok::Assign ? " =" : std::string(" ") + op_string(a->op) + "=";
      }
      case Kind::IncDecStmt: return static_cast<const IncDecStmt*>(n)->inc ? " ++" : " --";
      case Kind::BranchStmt: {
        static const char* names[] = {"break", "continue", "goto", "fallthrough"};
        return std::string(" ") + names[static_cast<int>(static_cast<const BranchStmt*>(n)->tok)];
      }
      case Kind::GenDecl: {
        static const char* names[] = {"import", "const", "type", "var"};
        return std::string(" ") + names[static_cast<int>(static_cast<const GenDecl*>(n)->tok)];
      }
      case Kind::ChanType: {
        static const char* names[] = {"chan", "chan<-", "<-chan"};
        return std::string(" ") + names[static_cast<int>(static_cast<const ChanType*>(n)->dir)];
      }
      case Kind::CaseClause: return static_cast<const CaseClause*>(n)->is_default ? " default" : "";
      case Kind::TypeSpec: return static_cast<const TypeSpec*>(n)->alias ? " alias" : "";
      case Kind::CallExpr: return static_cast<const CallExpr*>(n)->has_ellipsis ? " ..." : "";
      case Kind::SliceExpr: return static_cast<const SliceExpr*>(n)->slice3 ? " 3-index" : "";
      case Kind::RangeStmt: return static_cast<const RangeStmt*>(n)->tok == AssignTok::Define ? " :=" : "";
      default: return "";
    }
  }

  void list(const std::vector<Expr*>& v, int d, const char* role = nullptr) {
    for (const Expr* e : v) node(e, d, role);
  }
  void stmts(const std::vector<Stmt*>& v, int d) {
    for (const Stmt* s : v) node(s, d);
  }

  void children(const Node* n, int d) {
    switch (n->kind) {
      case Kind::Ellipsis: node(static_cast<const Ellipsis*>(n)->elt, d); break;
      case Kind::FuncLit: node(static_cast<const FuncLit*>(n)->ftype, d); node(static_cast<const FuncLit*>(n)->body, d); break;
      case Kind::CompositeLit: node(static_cast<const CompositeLit*>(n)->ctype, d, "type"); list(static_cast<const CompositeLit*>(n)->elts, d); break;
      case Kind::ParenExpr: node(static_cast<const ParenExpr*>(n)->x, d); break;
      case Kind::SelectorExpr: node(static_cast<const SelectorExpr*>(n)->x, d); node(static_cast<const SelectorExpr*>(n)->sel, d); break;
      case Kind::IndexExpr: node(static_cast<const IndexExpr*>(n)->x, d); list(static_cast<const IndexExpr*>(n)->indices, d, "index"); break;
      case Kind::SliceExpr: {
        auto* s = static_cast<const SliceExpr*>(n);
        node(s->x, d); node(s->low, d, "low"); node(s->high, d, "high"); node(s->max, d, "max");
        break;
      }
      case Kind::TypeAssertExpr: node(static_cast<const TypeAssertExpr*>(n)->x, d); node(static_cast<const TypeAssertExpr*>(n)->atype, d, "type"); break;
      case Kind::CallExpr: node(static_cast<const CallExpr*>(n)->fun, d); list(static_cast<const CallExpr*>(n)->args, d, "arg"); break;
      case Kind::StarExpr: node(static_cast<const StarExpr*>(n)->x, d); break;
      case Kind::UnaryExpr: node(static_cast<const UnaryExpr*>(n)->x, d); break;
      case Kind::BinaryExpr: node(static_cast<const BinaryExpr*>(n)->x, d); node(static_cast<const BinaryExpr*>(n)->y, d); break;
      case Kind::KeyValueExpr: node(static_cast<const KeyValueExpr*>(n)->key, d); node(static_cast<const KeyValueExpr*>(n)->value, d); break;
      case Kind::ArrayType: node(static_cast<const ArrayType*>(n)->len, d, "len"); node(static_cast<const ArrayType*>(n)->elt, d); break;
      case Kind::StructType: node(static_cast<const StructType*>(n)->fields, d); break;
      case Kind::FuncType: {
        auto* f = static_cast<const FuncType*>(n);
        node(f->type_params, d, "typeparams"); node(f->params, d, "params"); node(f->results, d, "results");
        break;
      }
      case Kind::InterfaceType: node(static_cast<const InterfaceType*>(n)->methods, d); break;
      case Kind::MapType: node(static_cast<const MapType*>(n)->key, d); node(static_cast<const MapType*>(n)->value, d); break;
      case Kind::ChanType: node(static_cast<const ChanType*>(n)->value, d); break;
      case Kind::DeclStmt: node(static_cast<const DeclStmt*>(n)->decl, d); break;
      case Kind::LabeledStmt: node(static_cast<const LabeledStmt*>(n)->label, d); node(static_cast<const LabeledStmt*>(n)->stmt, d); break;
      case Kind::ExprStmt: node(static_cast<const ExprStmt*>(n)->x, d); break;
      case Kind::SendStmt: node(static_cast<const SendStmt*>(n)->chan, d); node(static_cast<const SendStmt*>(n)->value, d); break;
      case Kind::IncDecStmt: node(static_cast<const IncDecStmt*>(n)->x, d); break;
      case Kind::AssignStmt: list(static_cast<const AssignStmt*>(n)->lhs, d, "lhs"); list(static_cast<const AssignStmt*>(n)->rhs, d, "rhs"); break;
      case Kind::GoStmt: node(static_cast<const GoStmt*>(n)->call, d); break;
      case Kind::DeferStmt: node(static_cast<const DeferStmt*>(n)->call, d); break;
      case Kind::ReturnStmt: list(static_cast<const ReturnStmt*>(n)->results, d); break;
      case Kind::BranchStmt: node(static_cast<const BranchStmt*>(n)->label, d); break;
      case Kind::BlockStmt: stmts(static_cast<const BlockStmt*>(n)->list, d); break;
      case Kind::IfStmt: {
        auto* s = static_cast<const IfStmt*>(n);
        node(s->init, d, "init"); node(s->cond, d, "cond"); node(s->body, d); node(s->else_, d, "else");
        break;
      }
      case Kind::CaseClause: list(static_cast<const CaseClause*>(n)->list, d, "case"); stmts(static_cast<const CaseClause*>(n)->body, d); break;
      case Kind::SwitchStmt: {
        auto* s = static_cast<const SwitchStmt*>(n);
        node(s->init, d, "init"); node(s->tag, d, "tag"); node(s->body, d);
        break;
      }
      case Kind::TypeSwitchStmt: {
        auto* s = static_cast<const TypeSwitchStmt*>(n);
        node(s->init, d, "init"); node(s->assign, d, "assign"); node(s->body, d);
        break;
      }
      case Kind::CommClause: node(static_cast<const CommClause*>(n)->comm, d, "comm"); stmts(static_cast<const CommClause*>(n)->body, d); break;
      case Kind::SelectStmt: node(static_cast<const SelectStmt*>(n)->body, d); break;
      case Kind::ForStmt: {
        auto* s = static_cast<const ForStmt*>(n);
        node(s->init, d, "init"); node(s->cond, d, "cond"); node(s->post, d, "post"); node(s->body, d);
        break;
      }
      case Kind::RangeStmt: {
        auto* s = static_cast<const RangeStmt*>(n);
        node(s->key, d, "key"); node(s->value, d, "value"); node(s->x, d, "x"); node(s->body, d);
        break;
      }
      case Kind::ImportSpec: node(static_cast<const ImportSpec*>(n)->name, d, "name"); node(static_cast<const ImportSpec*>(n)->path, d); break;
      case Kind::ValueSpec: {
        auto* s = static_cast<const ValueSpec*>(n);
        for (const Ident* i : s->names) node(i, d, "name");
        node(s->vtype, d, "type");
        list(s->values, d, "value");
        break;
      }
      case Kind::TypeSpec: {
        auto* s = static_cast<const TypeSpec*>(n);
        node(s->name, d); node(s->type_params, d, "typeparams"); node(s->ttype, d);
        break;
      }
      case Kind::GenDecl: for (const Node* s : static_cast<const GenDecl*>(n)->specs) node(s, d); break;
      case Kind::FuncDecl: {
        auto* f = static_cast<const FuncDecl*>(n);
        node(f->recv, d, "recv"); node(f->name, d); node(f->ftype, d); node(f->body, d);
        break;
      }
      case Kind::Field: {
        auto* f = static_cast<const Field*>(n);
        for (const Ident* i : f->names) node(i, d, "name");
        node(f->ftype, d, "type");
        node(f->tag, d, "tag");
        break;
      }
      case Kind::FieldList: for (const Field* f : static_cast<const FieldList*>(n)->list) node(f, d); break;
      case Kind::File: {
        auto* f = static_cast<const File*>(n);
        node(f->package_name, d, "package");
        for (const Decl* x : f->decls) node(x, d);
        break;
      }
      default: break;
    }
  }
};

}  // namespace

std::string dump_ast(const ast::Node* node) {
  Dumper d;
  d.node(node, 0);
  return d.out;
}

}  // namespace gosub
