// Untyped conversion, representability, assignability, and the operand
// descriptions Go's messages are made of ("x (variable of type int)").
#include <cmath>

#include "compiler/checker.h"

namespace gosub::types {

namespace {

void write_expr(std::string& out, const ast::Expr* e);

void write_list(std::string& out, const std::vector<ast::Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    write_expr(out, list[i]);
  }
}

void write_fields(std::string& out, const ast::FieldList* fl, const char* sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    if (i) out += sep;
    const ast::Field* f = fl->list[i];
    for (size_t k = 0; k < f->names.size(); k++) {
      if (k) out += ", ";
      out += f->names[k]->name;
    }
    if (!f->names.empty()) out += ' ';
    write_expr(out, f->ftype);
  }
}

// The syntax package's expression printer, as gc's messages quote code.
void write_expr(std::string& out, const ast::Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ast::Kind::Ident: out += static_cast<const ast::Ident*>(e)->name; return;
    case ast::Kind::BasicLit: out += static_cast<const ast::BasicLit*>(e)->raw; return;
    case ast::Kind::Ellipsis:
      out += "...";
      write_expr(out, static_cast<const ast::Ellipsis*>(e)->elt);
      return;
    case ast::Kind::FuncLit:
      out += "func literal";
      return;
    case ast::Kind::CompositeLit:
      write_expr(out, static_cast<const ast::CompositeLit*>(e)->ctype);
      out += static_cast<const ast::CompositeLit*>(e)->elts.empty() ? "{}" : "{…}";
      return;
    case ast::Kind::ParenExpr:
      out += '(';
      write_expr(out, static_cast<const ast::ParenExpr*>(e)->x);
      out += ')';
      return;
    case ast::Kind::SelectorExpr: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      write_expr(out, s->x);
      out += '.';
      out += s->sel->name;
      return;
    }
    case ast::Kind::IndexExpr: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      write_expr(out, ix->x);
      out += '[';
      write_list(out, ix->indices);
      out += ']';
      return;
    }
    case ast::Kind::SliceExpr: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      write_expr(out, s->x);
      out += '[';
      write_expr(out, s->low);
      out += ':';
      write_expr(out, s->high);
      if (s->slice3) {
        out += ':';
        write_expr(out, s->max);
      }
      out += ']';
      return;
    }
    case ast::Kind::TypeAssertExpr: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(e);
      write_expr(out, t->x);
      out += ".(";
      if (t->atype) write_expr(out, t->atype);
      else out += "type";
      out += ')';
      return;
    }
    case ast::Kind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      write_expr(out, c->fun);
      out += '(';
      write_list(out, c->args);
      if (c->has_ellipsis) out += "...";
      out += ')';
      return;
    }
    case ast::Kind::StarExpr:
      out += '*';
      write_expr(out, static_cast<const ast::StarExpr*>(e)->x);
      return;
    case ast::Kind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      out += ast::op_string(u->op);
      write_expr(out, u->x);
      return;
    }
    case ast::Kind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      write_expr(out, b->x);
      out += ' ';
      out += ast::op_string(b->op);
      out += ' ';
      write_expr(out, b->y);
      return;
    }
    case ast::Kind::KeyValueExpr: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      write_expr(out, kv->key);
      out += ": ";
      write_expr(out, kv->value);
      return;
    }
    case ast::Kind::ArrayType: {
      auto* a = static_cast<const ast::ArrayType*>(e);
      out += '[';
      write_expr(out, a->len);
      out += ']';
      write_expr(out, a->elt);
      return;
    }
    case ast::Kind::StructType:
      out += "struct{";
      write_fields(out, static_cast<const ast::StructType*>(e)->fields, "; ");
      out += '}';
      return;
    case ast::Kind::FuncType: {
      auto* f = static_cast<const ast::FuncType*>(e);
      out += "func(";
      write_fields(out, f->params, ", ");
      out += ')';
      if (f->results && !f->results->list.empty()) {
        out += ' ';
        bool paren = f->results->list.size() > 1 || !f->results->list[0]->names.empty();
        if (paren) out += '(';
        write_fields(out, f->results, ", ");
        if (paren) out += ')';
      }
      return;
    }
    case ast::Kind::InterfaceType:
      out += "interface{";
      write_fields(out, static_cast<const ast::InterfaceType*>(e)->methods, "; ");
      out += '}';
      return;
    case ast::Kind::MapType: {
      auto* m = static_cast<const ast::MapType*>(e);
      out += "map[";
      write_expr(out, m->key);
      out += ']';
      write_expr(out, m->value);
      return;
    }
    case ast::Kind::ChanType: {
      auto* c = static_cast<const ast::ChanType*>(e);
      out += c->dir == ast::ChanDir::Recv ? "<-chan " : c->dir == ast::ChanDir::Send ? "chan<- " : "chan ";
      write_expr(out, c->value);
      return;
    }
    default: out += "?"; return;
  }
}

const char* mode_string(ast::Mode m) {
  switch (m) {
    case ast::Mode::Invalid: return "invalid operand";
    case ast::Mode::NoValue: return "no value";
    case ast::Mode::Builtin: return "built-in";
    case ast::Mode::TypeExpr: return "type";
    case ast::Mode::Constant: return "constant";
    case ast::Mode::Variable: return "variable";
    case ast::Mode::MapIndex: return "map index expression";
    case ast::Mode::Value: return "value";
    case ast::Mode::CommaOk: return "comma, ok expression";
  }
  return "?";
}

const Basic* as_basic(const Type* t) {
  t = underlying(t);
  return t && t->kind == TypeKind::Basic ? static_cast<const Basic*>(t) : nullptr;
}

}  // namespace

std::string expr_string(const ast::Expr* e) {
  std::string s;
  write_expr(s, e);
  return s;
}

std::string Checker::describe(const Operand& x) {
  std::string expr = x.expr ? expr_string(x.expr) : "";
  // types2 describes the predeclared nil by name alone.
  if (x.mode != ast::Mode::Invalid && x.type && x.type->kind == TypeKind::Basic &&
      static_cast<const Basic*>(x.type)->bkind == BasicKind::UntypedNil && expr == "nil")
    return "nil";
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case ast::Mode::Invalid: case ast::Mode::NoValue: case ast::Mode::Builtin: case ast::Mode::TypeExpr: break;
    default:
      if (x.type) {
        if (is_untyped(x.type)) {
          out += std::string(static_cast<const Basic*>(x.type)->name) + " ";
          break;
        }
        has_type = true;
      }
  }
  out += mode_string(x.mode);
  if (x.mode == ast::Mode::Constant && x.val) {
    std::string v = x.val->to_string();
    if (v != expr) out += " " + v;
  }
  if (has_type) {
    const Basic* b = as_basic(x.type);
    if (b && b->bkind == BasicKind::Invalid) out += " with invalid type";
    else out += " of type " + type_str(x.type);
  }
  if (!expr.empty()) out += ')';
  return out;
}

void Checker::record(Operand& x) {
  if (!x.expr) return;
  x.expr->mode = x.mode;
  x.expr->type = x.type;
  x.expr->constant = x.mode == ast::Mode::Constant ? x.val : nullptr;
}

void Checker::update_untyped(ast::Expr* e, const Type* t) {
  // Walk down the untyped parts of the tree so every node carries its
  // final type (codegen reads types off nodes, never re-infers them).
  while (e) {
    if (e->type && !is_untyped(e->type)) return;
    e->type = t;
    if (e->constant) {
      // Constant nodes are folded by codegen; their type is all it needs.
    }
    if (auto* p = ast::as<ast::ParenExpr>(e)) {
      e = p->x;
    } else if (auto* u = ast::as<ast::UnaryExpr>(e)) {
      e = u->x;
    } else if (auto* b = ast::as<ast::BinaryExpr>(e)) {
      bool cmp = b->op >= ast::Op::Eql && b->op <= ast::Op::Geq;
      if (cmp) return;  // operands of a comparison keep their own types
      if (b->op == ast::Op::Shl || b->op == ast::Op::Shr) {
        e = b->x;  // the shift count keeps its type
      } else {
        update_untyped(b->x, t);
        e = b->y;
      }
    } else {
      return;
    }
  }
}

bool Checker::representable(const ConstantValue& v, const Basic* t, ConstantValue* rounded) {
  using K = Constant::Kind;
  BasicKind k = t->bkind;
  if (k == BasicKind::Bool || k == BasicKind::UntypedBool) {
    if (rounded) *rounded = v;
    return v.kind() == K::Bool;
  }
  if (k == BasicKind::String || k == BasicKind::UntypedString) {
    if (rounded) *rounded = v;
    return v.kind() == K::String;
  }
  if (v.kind() == K::Bool || v.kind() == K::String) return false;
  BigRat r = v.rat_value();
  if (is_integer(t)) {
    if (!r.is_integer()) return false;
    const BigInt& i = r.num();
    if (k != BasicKind::UntypedInt && k != BasicKind::UntypedRune) {
      int64_t bits = size_of(t) * 8;
      if (is_unsigned(t)) {
        if (i.negative() || i.bit_length() > static_cast<size_t>(bits)) return false;
      } else {
        BigInt lo = -BigInt(1).shl(static_cast<size_t>(bits - 1));
        BigInt hi = BigInt(1).shl(static_cast<size_t>(bits - 1)) - BigInt(1);
        if (i < lo || hi < i) return false;
      }
    }
    if (rounded) *rounded = ConstantValue::make_int(i);
    return true;
  }
  if (is_float(t)) {
    if (k == BasicKind::UntypedFloat) {
      if (rounded) *rounded = v.kind() == K::Int ? ConstantValue::make_float(r) : v;
      return true;
    }
    double d = k == BasicKind::Float32 ? static_cast<double>(r.to_float()) : r.to_double();
    if (std::isinf(d)) return false;
    if (rounded) *rounded = ConstantValue::make_float(BigRat::from_double(d));
    return true;
  }
  return false;  // complex: rejected elsewhere
}

void Checker::convert_untyped(Operand& x, const Type* target, const std::string& context) {
  if (x.invalid() || !x.type || !is_untyped(x.type)) return;
  auto* xb = static_cast<const Basic*>(x.type);
  if (!target || is_interface(target)) {
    // Default type (also what an interface receives).
    const Type* d = nullptr;
    switch (xb->bkind) {
      case BasicKind::UntypedBool: d = types_.basic(BasicKind::Bool); break;
      case BasicKind::UntypedInt: d = types_.basic(BasicKind::Int); break;
      case BasicKind::UntypedRune: d = types_.rune_alias(); break;
      case BasicKind::UntypedFloat: d = types_.basic(BasicKind::Float64); break;
      case BasicKind::UntypedString: d = types_.basic(BasicKind::String); break;
      default: break;
    }
    if (!d) {
      if (target) {  // nil into an interface stays nil of that interface
        x.type = target;
        update_untyped(x.expr, target);
      }
      return;
    }
    if (x.mode == ast::Mode::Constant) {
      ConstantValue rounded;
      if (!representable(*x.val, static_cast<const Basic*>(d), &rounded)) {
        error(x.expr->pos, "cannot use " + describe(x) + " as " + type_str(d) + " value in " + context + " (overflows)");
        x.mode = ast::Mode::Invalid;
        return;
      }
      x.val = own(rounded);
    }
    x.type = d;
    update_untyped(x.expr, d);
    return;
  }
  const Type* u = underlying(target);
  if (xb->bkind == BasicKind::UntypedNil) {
    bool ok = u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Slice || u->kind == TypeKind::Map ||
                    u->kind == TypeKind::Chan || u->kind == TypeKind::Signature || u->kind == TypeKind::Interface);
    if (!ok) return;  // the caller reports the mismatch
    x.type = target;
    update_untyped(x.expr, target);
    return;
  }
  const Basic* tb = as_basic(target);
  if (!tb) return;  // caller reports
  bool compatible = (is_boolean(x.type) && is_boolean(tb)) || (is_numeric(x.type) && is_numeric(tb)) ||
                    (is_string(x.type) && is_string(tb));
  if (!compatible) return;  // caller reports
  if (x.mode == ast::Mode::Constant) {
    ConstantValue rounded;
    if (!representable(*x.val, tb, &rounded)) return;  // caller reports with its context
    x.val = own(rounded);
  }
  x.type = target;
  update_untyped(x.expr, target);
}

bool Checker::assignable(Operand& x, const Type* t, std::string* reason) {
  const Type* v = x.type;
  if (identical(v, t)) return true;
  const Type *vu = underlying(v), *tu = underlying(t);
  if (is_untyped(v)) {
    auto* vb = static_cast<const Basic*>(v);
    if (vb->bkind == BasicKind::UntypedNil) {
      return tu && (tu->kind == TypeKind::Pointer || tu->kind == TypeKind::Slice || tu->kind == TypeKind::Map ||
                    tu->kind == TypeKind::Chan || tu->kind == TypeKind::Signature || tu->kind == TypeKind::Interface);
    }
    if (is_interface(t)) return true;
    const Basic* tb = as_basic(t);
    if (!tb) return false;
    if (x.mode == ast::Mode::Constant) return representable(*x.val, tb, nullptr);
    return (is_boolean(v) && is_boolean(tb)) || (is_numeric(v) && is_numeric(tb)) || (is_string(v) && is_string(tb));
  }
  // Identical underlying types and at least one of them not a named type
  // (the predeclared types are named too).
  auto named = [](const Type* t) { return t->kind == TypeKind::Named || t->kind == TypeKind::Basic; };
  if (identical(vu, tu) && (!named(v) || !named(t))) return true;
  // A bidirectional channel to a directional one of the same element type.
  if (vu && tu && vu->kind == TypeKind::Chan && tu->kind == TypeKind::Chan &&
      static_cast<const Chan*>(vu)->dir == ast::ChanDir::Both &&
      identical(static_cast<const Chan*>(vu)->elem, static_cast<const Chan*>(tu)->elem) &&
      (v->kind != TypeKind::Named || t->kind != TypeKind::Named))
    return true;
  if (tu && tu->kind == TypeKind::Interface) {
    std::string why;
    if (implements(v, static_cast<const Interface*>(tu), &why)) return true;
    if (reason) *reason = type_str(v) + " does not implement " + type_str(t) + " " + why;
    return false;
  }
  return false;
}

void Checker::assignment(Operand& x, const Type* target, const std::string& context) {
  if (x.invalid()) return;
  if (x.mode == ast::Mode::TypeExpr || x.mode == ast::Mode::Builtin || x.mode == ast::Mode::NoValue) {
    if (x.mode == ast::Mode::NoValue) error(x.expr->pos, describe(x) + " used as value");
    else if (x.mode == ast::Mode::Builtin) error(x.expr->pos, describe(x) + " must be called");
    else error(x.expr->pos, describe(x) + " is not an expression");
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (!target) {
    if (x.type && is_untyped(x.type) && static_cast<const Basic*>(x.type)->bkind == BasicKind::UntypedNil) {
      error(x.expr->pos, "use of untyped nil in " + context);
      x.mode = ast::Mode::Invalid;
      return;
    }
    default_type(x, context);
    return;
  }
  if (is_untyped(x.type)) {
    Operand before = x;
    const Basic* tb = as_basic(target);
    if (x.mode == ast::Mode::Constant && tb && !is_interface(target)) {
      bool kinds_ok = (is_boolean(x.type) && is_boolean(tb)) || (is_numeric(x.type) && is_numeric(tb)) ||
                      (is_string(x.type) && is_string(tb));
      if (kinds_ok && !representable(*x.val, tb, nullptr)) {
        bool truncated = is_integer(tb) && !x.val->rat_value().is_integer();
        error(x.expr->pos, "cannot use " + describe(before) + " as " + type_str(target) + " value in " + context +
                               (truncated ? " (truncated)" : " (overflows)"));
        x.mode = ast::Mode::Invalid;
        return;
      }
    }
    convert_untyped(x, target, context);
    if (x.invalid()) return;
    if ((is_untyped(x.type) && !is_interface(target)) || !assignable(x, target, nullptr)) {
      error(x.expr->pos, "cannot use " + describe(before) + " as " + type_str(target) + " value in " + context);
      x.mode = ast::Mode::Invalid;
    }
    record(x);
    return;
  }
  std::string reason;
  if (!assignable(x, target, &reason)) {
    error(x.expr->pos, "cannot use " + describe(x) + " as type " + type_str(target) + " in " + context +
                           (reason.empty() ? "" : ":\n\t" + reason));
    x.mode = ast::Mode::Invalid;
  }
}

}  // namespace gosub::types
