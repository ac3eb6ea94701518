// Expressions: identifiers, literals, operators with constant folding,
// selectors, indexing, function literals. Calls, conversions and builtins
// are in check_call.cpp.
#include "compiler/checker.h"

#include <algorithm>
#include <set>

namespace gosub::types {

namespace {

const Basic* as_basic(const Type* t) {
  t = underlying(t);
  return t && t->kind == TypeKind::Basic ? static_cast<const Basic*>(t) : nullptr;
}

bool is_comparison(ast::Op op) { return op >= ast::Op::Eql && op <= ast::Op::Geq; }

// Rank of untyped numeric kinds: int < rune < float.
int untyped_rank(const Type* t) {
  switch (static_cast<const Basic*>(t)->bkind) {
    case BasicKind::UntypedInt: return 1;
    case BasicKind::UntypedRune: return 2;
    case BasicKind::UntypedFloat: return 3;
    default: return 0;
  }
}

}  // namespace

// ------------------------------------------------------------ entry points

void Checker::expr(Operand& x, ast::Expr* e) {
  raw_expr(x, e, nullptr);
  if (x.invalid()) return;
  const char* problem = nullptr;
  switch (x.mode) {
    case ast::Mode::NoValue: problem = " used as value"; break;
    case ast::Mode::Builtin: problem = " must be called"; break;
    case ast::Mode::TypeExpr: problem = " is not an expression"; break;
    default: break;
  }
  if (problem) {
    error(e->pos, describe(x) + problem);
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (x.type && x.type->kind == TypeKind::Tuple) {
    error(e->pos, "multiple-value " + describe(x) + " in single-value context");
    x.mode = ast::Mode::Invalid;
  }
}

void Checker::multi_expr(std::vector<Operand>& xs, ast::Expr* e, bool comma_ok) {
  Operand x;
  raw_expr(x, e, nullptr);
  xs.clear();
  if (comma_ok && !x.invalid() && (x.mode == ast::Mode::CommaOk || x.mode == ast::Mode::MapIndex)) {
    // v, ok = x.(T) (and later m[k], <-ch): the value, then an untyped bool.
    x.mode = ast::Mode::Value;
    record(x);
    xs.push_back(x);
    Operand ok;
    ok.mode = ast::Mode::Value;
    ok.type = types_.basic(BasicKind::UntypedBool);
    // Its own node, so typing ok does not retype e.
    auto* okx = prog_.arena.make<ast::ParenExpr>(e->pos);
    okx->x = e;
    ok.expr = okx;
    xs.push_back(ok);
    return;
  }
  if (!x.invalid() && x.type && x.type->kind == TypeKind::Tuple) {
    for (Var* v : static_cast<const Tuple*>(x.type)->vars) {
      Operand r;
      r.mode = ast::Mode::Value;
      r.type = v->type;
      r.expr = e;
      xs.push_back(r);
    }
    return;
  }
  if (!x.invalid() && x.mode == ast::Mode::NoValue) {
    error(e->pos, describe(x) + " used as value");
    x.mode = ast::Mode::Invalid;
  }
  xs.push_back(x);
}

void Checker::raw_expr(Operand& x, ast::Expr* e, const Type* hint) {
  (void)hint;
  x = Operand{};
  x.expr = e;
  switch (e->kind) {
    case ast::Kind::BadExpr: break;
    case ast::Kind::Ident: ident(x, static_cast<ast::Ident*>(e), false); break;
    case ast::Kind::BasicLit: basic_lit(x, static_cast<ast::BasicLit*>(e)); break;
    case ast::Kind::ParenExpr: {
      raw_expr(x, static_cast<ast::ParenExpr*>(e)->x, hint);
      x.expr = e;
      break;
    }
    case ast::Kind::UnaryExpr: unary(x, static_cast<ast::UnaryExpr*>(e)); break;
    case ast::Kind::BinaryExpr: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      binary(x, b, b->x, b->y, b->op, b->op_pos);
      break;
    }
    case ast::Kind::CallExpr: call(x, static_cast<ast::CallExpr*>(e)); break;
    case ast::Kind::SelectorExpr: selector(x, static_cast<ast::SelectorExpr*>(e)); break;
    case ast::Kind::IndexExpr: index(x, static_cast<ast::IndexExpr*>(e)); break;
    case ast::Kind::SliceExpr: slice_expr(x, static_cast<ast::SliceExpr*>(e)); break;
    case ast::Kind::StarExpr: {
      auto* s = static_cast<ast::StarExpr*>(e);
      Operand p;
      raw_expr(p, s->x, nullptr);
      if (p.invalid()) break;
      if (p.mode == ast::Mode::TypeExpr) {
        x.mode = ast::Mode::TypeExpr;
        x.type = types_.pointer(p.type);
        break;
      }
      const Type* u = underlying(p.type);
      if (!u || u->kind != TypeKind::Pointer) {
        error(ast::start_pos(s->x), "invalid operation: cannot indirect " + describe(p));
        break;
      }
      x.mode = ast::Mode::Variable;
      x.type = static_cast<const Pointer*>(u)->elem;
      break;
    }
    case ast::Kind::FuncLit: {
      auto* fl = static_cast<ast::FuncLit*>(e);
      const Signature* sig = func_type(fl->ftype, nullptr, nullptr, nullptr);
      // The body is checked in a fresh scope that sees the enclosing ones.
      func_body(fl, sig, fl->body, scope_);
      x.mode = ast::Mode::Value;
      x.type = sig;
      break;
    }
    case ast::Kind::TypeAssertExpr: {
      auto* ta = static_cast<ast::TypeAssertExpr*>(e);
      Operand v;
      expr(v, ta->x);
      if (v.invalid()) break;
      if (!ta->atype) {
        error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
        break;
      }
      if (!is_interface(v.type)) {
        error(ta->x->pos, "invalid operation: " + describe(v) + " is not an interface");
        break;
      }
      x.mode = ast::Mode::CommaOk;
      x.type = type_expr(ta->atype);
      if (x.type && !is_interface(x.type)) {
        // A concrete type that cannot implement the interface never matches.
        std::string why;
        if (!implements(x.type, static_cast<const Interface*>(underlying(v.type)), &why)) {
          error(ta->x->pos, "impossible type assertion: " + expr_string(e) + "\n\t" + type_str(x.type) + " does not implement " +
                                    type_str(v.type) + " " + why);
          x.mode = ast::Mode::Invalid;
        }
      }
      break;
    }
    case ast::Kind::CompositeLit: composite_lit(x, static_cast<ast::CompositeLit*>(e), hint); break;
    case ast::Kind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      break;
    case ast::Kind::ArrayType: case ast::Kind::StructType: case ast::Kind::FuncType:
    case ast::Kind::InterfaceType: case ast::Kind::MapType: case ast::Kind::ChanType:
      x.mode = ast::Mode::TypeExpr;
      x.type = type_expr(e);
      break;
    default:
      error(e->pos, std::string("gosub: ") + ast::kind_name(e->kind) + " is not supported");
      break;
  }
  x.expr = e;
  record(x);
}

// ------------------------------------------------------------ operands

void Checker::ident(Operand& x, ast::Ident* id, bool want_type) {
  x.expr = id;
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope_ ? scope_->lookup(id->name) : nullptr;
  if (!obj) {
    error(id->pos, "undefined: " + std::string(id->name));
    return;
  }
  id->obj = obj;
  bool package_level = obj->pkg == pkg_ && decls_.count(obj);
  // A type being declared may refer to itself behind a pointer, slice,
  // map, chan or func: its Named already exists.
  bool self_reference = obj->kind == ObjKind::TypeName && indirection_ > 0 && obj->type && colors_[obj] == Color::Grey;
  if (package_level && !self_reference) {
    object_decl(obj);
    if (current_decl_ && (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func)) current_decl_->deps.insert(obj);
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      // Not a use: gc also reports the import as unused.
      error(id->pos, "use of package " + std::string(obj->name) + " not in selector");
      return;
    case ObjKind::Const: {
      obj->used = true;
      auto* c = static_cast<Const*>(obj);
      if (obj->name == "iota" && !obj->pkg && obj->pos == Pos{}) {
        if (iota_ < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = ast::Mode::Constant;
        x.type = types_.basic(BasicKind::UntypedInt);
        x.val = own(ConstantValue::make_int(BigInt(iota_)));
        return;
      }
      if (!c->value) return;  // erroneous declaration, already reported
      x.mode = ast::Mode::Constant;
      x.type = c->type;
      x.val = static_cast<const ConstantValue*>(c->value);
      return;
    }
    case ObjKind::TypeName:
      obj->used = true;
      x.mode = ast::Mode::TypeExpr;
      x.type = obj->type;
      if (!x.type) x.mode = ast::Mode::Invalid;
      return;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      v->used = true;
      if (!v->is_global && fn_ && v->decl_func && v->decl_func != fn_->decl) {
        // A free variable: every literal between the use and the
        // declaring function captures it.
        v->captured = true;
        for (FuncContext* c = fn_; c && c->decl != v->decl_func; c = c->outer)
          if (c->captures && std::find(c->captures->begin(), c->captures->end(), v) == c->captures->end()) c->captures->push_back(v);
      }
      x.mode = ast::Mode::Variable;
      x.type = v->type;
      // A variable whose declaration failed (a cycle) draws no more errors.
      if (!x.type || (x.type->kind == TypeKind::Basic && static_cast<const Basic*>(x.type)->bkind == BasicKind::Invalid))
        x.mode = ast::Mode::Invalid;
      return;
    }
    case ObjKind::Func:
      obj->used = true;
      x.mode = ast::Mode::Value;
      x.type = obj->type;
      if (!x.type) x.mode = ast::Mode::Invalid;
      return;
    case ObjKind::Builtin:
      x.mode = ast::Mode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      x.type = types_.basic(BasicKind::Invalid);
      return;
    case ObjKind::Nil:
      x.mode = ast::Mode::Value;
      x.type = types_.basic(BasicKind::UntypedNil);
      return;
    case ObjKind::Label:
      error(id->pos, "undefined: " + std::string(id->name));
      return;
  }
  (void)want_type;
}

void Checker::basic_lit(Operand& x, ast::BasicLit* e) {
  switch (e->lit) {
    case ast::LitKind::Int: {
      auto v = BigInt::parse(e->raw);
      if (!v) {
        error(e->pos, "invalid integer literal " + std::string(e->raw));
        return;
      }
      x.mode = ast::Mode::Constant;
      x.type = types_.basic(BasicKind::UntypedInt);
      x.val = own(ConstantValue::make_int(*v));
      return;
    }
    case ast::LitKind::Float: {
      auto v = BigRat::parse(e->raw);
      if (!v) {
        error(e->pos, "invalid floating-point literal " + std::string(e->raw));
        return;
      }
      x.mode = ast::Mode::Constant;
      x.type = types_.basic(BasicKind::UntypedFloat);
      x.val = own(ConstantValue::make_float(*v));
      return;
    }
    case ast::LitKind::Imag:
      error(e->pos, "complex numbers are not supported");
      return;
    case ast::LitKind::Char: {
      int32_t r = 0;
      if (!unquote_rune(e->raw, r)) {
        error(e->pos, "invalid rune literal " + std::string(e->raw));
        return;
      }
      x.mode = ast::Mode::Constant;
      x.type = types_.basic(BasicKind::UntypedRune);
      x.val = own(ConstantValue::make_int(BigInt(r)));
      return;
    }
    case ast::LitKind::String: {
      std::string s;
      if (!unquote_string(e->raw, s)) {
        error(e->pos, "invalid string literal");
        return;
      }
      x.mode = ast::Mode::Constant;
      x.type = types_.basic(BasicKind::UntypedString);
      x.val = own(ConstantValue::make_string(std::move(s)));
      return;
    }
  }
}

// ------------------------------------------------------------ operators

namespace {

// Folds a unary or binary integer/float operation; returns false for
// operations constant folding cannot do (division by zero is checked first).
bool fold_arith(ast::Op op, const ConstantValue& a, const ConstantValue& b, bool integer, ConstantValue& out) {
  if (integer) {
    BigInt x = a.rat_value().num(), y = b.rat_value().num(), q, r;
    switch (op) {
      case ast::Op::Add: out = ConstantValue::make_int(x + y); return true;
      case ast::Op::Sub: out = ConstantValue::make_int(x - y); return true;
      case ast::Op::Mul: out = ConstantValue::make_int(x * y); return true;
      case ast::Op::Quo: BigInt::divmod(x, y, q, r); out = ConstantValue::make_int(q); return true;
      case ast::Op::Rem: BigInt::divmod(x, y, q, r); out = ConstantValue::make_int(r); return true;
      case ast::Op::And: out = ConstantValue::make_int(x & y); return true;
      case ast::Op::Or: out = ConstantValue::make_int(x | y); return true;
      case ast::Op::Xor: out = ConstantValue::make_int(x ^ y); return true;
      case ast::Op::AndNot: out = ConstantValue::make_int(x.and_not(y)); return true;
      default: return false;
    }
  }
  BigRat x = a.rat_value(), y = b.rat_value();
  switch (op) {
    case ast::Op::Add: out = ConstantValue::make_float(x + y); return true;
    case ast::Op::Sub: out = ConstantValue::make_float(x - y); return true;
    case ast::Op::Mul: out = ConstantValue::make_float(x * y); return true;
    case ast::Op::Quo: out = ConstantValue::make_float(x / y); return true;
    default: return false;
  }
}

}  // namespace

void Checker::mark_addressed(ast::Expr* e) {
  // The variable whose storage &e points into, if e does not go through a
  // pointer or a slice (those already live on the heap).
  for (;;) {
    e = ast::unparen(e);
    if (auto* se = ast::as<ast::SelectorExpr>(e); se && !se->path.empty()) {
      const Type* u = underlying(se->x->type);
      if (u && u->kind == TypeKind::Pointer) return;
      e = se->x;
      continue;
    }
    if (auto* ix = ast::as<ast::IndexExpr>(e)) {
      const Type* u = underlying(ix->x->type);
      if (!u || u->kind != TypeKind::Array) return;
      e = ix->x;
      continue;
    }
    auto* id = ast::as<ast::Ident>(e);
    if (id && id->obj && id->obj->kind == ObjKind::Var) {
      auto* v = static_cast<Var*>(id->obj);
      if (!v->is_global) v->addressed = true;
    }
    return;
  }
}

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
  if (e->op == ast::Op::And) {
    Operand v;
    raw_expr(v, e->x, nullptr);
    if (v.invalid()) return;
    bool literal = ast::as<ast::CompositeLit>(ast::unparen(e->x)) != nullptr;  // &T{...} is allowed
    if (v.mode != ast::Mode::Variable && !literal) {
      error(ast::start_pos(e->x), "invalid operation: cannot take address of " + describe(v));
      return;
    }
    mark_addressed(e->x);
    x.mode = ast::Mode::Value;
    x.type = types_.pointer(v.type);
    return;
  }
  expr(x, e->x);
  x.expr = e;
  if (x.invalid()) return;
  if (e->op == ast::Op::Arrow) {
    const Type* u = underlying(x.type);
    if (!u || u->kind != TypeKind::Chan) {
      error(e->pos, "invalid operation: cannot receive from non-channel " + describe(x));
      x.mode = ast::Mode::Invalid;
      return;
    }
    x.mode = ast::Mode::CommaOk;
    x.type = static_cast<const Chan*>(u)->elem;
    x.val = nullptr;
    return;
  }
  bool ok = false;
  switch (e->op) {
    case ast::Op::Add: case ast::Op::Sub: ok = is_numeric(x.type); break;
    case ast::Op::Not: ok = is_boolean(x.type); break;
    case ast::Op::Xor: ok = is_integer(x.type); break;
    default: break;
  }
  if (!ok) {
    Operand shown = x;
    shown.expr = e->x;
    error(e->pos, std::string("invalid operation: operator ") + ast::op_string(e->op) + " not defined on " + describe(shown));
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (x.mode != ast::Mode::Constant) {
    x.mode = ast::Mode::Value;
    return;
  }
  ConstantValue out;
  const ConstantValue& v = *x.val;
  switch (e->op) {
    case ast::Op::Add: out = v; break;
    case ast::Op::Sub:
      out = v.kind() == Constant::Kind::Int ? ConstantValue::make_int(-v.int_value()) : ConstantValue::make_float(-v.rat_value());
      break;
    case ast::Op::Not: out = ConstantValue::make_bool(!v.boolean()); break;
    case ast::Op::Xor: {
      BigInt i = v.int_value();
      if (!is_untyped(x.type) && is_unsigned(x.type)) {
        BigInt mask = BigInt(1).shl(static_cast<size_t>(size_of(x.type) * 8)) - BigInt(1);
        out = ConstantValue::make_int(i ^ mask);
      } else {
        out = ConstantValue::make_int(i.bit_not());
      }
      break;
    }
    default: break;
  }
  x.val = own(out);
  if (!is_untyped(x.type)) {
    ConstantValue rounded;
    if (!representable(out, as_basic(x.type), &rounded)) {
      error(e->pos, "constant " + out.to_string() + " overflows " + type_str(x.type));
      x.mode = ast::Mode::Invalid;
      return;
    }
    x.val = own(rounded);
  }
}

void Checker::binary(Operand& x, ast::BinaryExpr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Op op, Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid() || y.invalid()) {
    x.mode = ast::Mode::Invalid;
    x.expr = e;
    return;
  }
  if (op == ast::Op::Shl || op == ast::Op::Shr) {
    shift(x, y, e, op);
    x.expr = e;
    return;
  }
  // Give untyped operands the type of the other side.
  auto match = [&]() -> bool {
    bool xu = is_untyped(x.type), yu = is_untyped(y.type);
    if (xu && !yu) convert_untyped(x, y.type);
    else if (yu && !xu) convert_untyped(y, x.type);
    else if (xu && yu) {
      auto *xb = static_cast<const Basic*>(x.type), *yb = static_cast<const Basic*>(y.type);
      if (is_numeric(xb) && is_numeric(yb) && xb != yb) {
        const Type* t = untyped_rank(xb) > untyped_rank(yb) ? xb : yb;
        if (x.mode == ast::Mode::Constant && t->kind == TypeKind::Basic &&
            static_cast<const Basic*>(t)->bkind == BasicKind::UntypedFloat && x.val->kind() == Constant::Kind::Int)
          x.val = own(ConstantValue::make_float(x.val->rat_value()));
        if (y.mode == ast::Mode::Constant && t->kind == TypeKind::Basic &&
            static_cast<const Basic*>(t)->bkind == BasicKind::UntypedFloat && y.val->kind() == Constant::Kind::Int)
          y.val = own(ConstantValue::make_float(y.val->rat_value()));
        x.type = y.type = t;
      }
    }
    return identical(x.type, y.type);
  };
  if (is_comparison(op)) {
    comparison(x, y, op, e);
    x.expr = e;
    return;
  }
  if (!match()) {
    const Type *xt = x.type, *yt = y.type;
    x.expr = e;
    // Untyped constants that could not take the other type keep theirs.
    error(op_pos.valid() ? e->x->pos : e->pos, "invalid operation: " + expr_string(e) + " (mismatched types " +
                                                   type_str(xt) + " and " + type_str(yt) + ")");
    x.mode = ast::Mode::Invalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case ast::Op::Add: ok = is_numeric(x.type) || is_string(x.type); break;
    case ast::Op::Sub: case ast::Op::Mul: case ast::Op::Quo: ok = is_numeric(x.type); break;
    case ast::Op::Rem: case ast::Op::And: case ast::Op::Or: case ast::Op::Xor: case ast::Op::AndNot:
      ok = is_integer(x.type);
      break;
    case ast::Op::LAnd: case ast::Op::LOr: ok = is_boolean(x.type); break;
    default: break;
  }
  if (!ok) {
    error(e->x->pos, std::string("invalid operation: operator ") + ast::op_string(op) + " not defined on " + describe(x));
    x.mode = ast::Mode::Invalid;
    x.expr = e;
    return;
  }
  if ((op == ast::Op::Quo || op == ast::Op::Rem) && (x.mode == ast::Mode::Constant || is_integer(x.type)) &&
      y.mode == ast::Mode::Constant && y.val->rat_value().sign() == 0) {
    error(y.expr->pos, "invalid operation: division by zero");
    x.mode = ast::Mode::Invalid;
    x.expr = e;
    return;
  }
  x.expr = e;
  if (x.mode == ast::Mode::Constant && y.mode == ast::Mode::Constant) {
    ConstantValue out;
    if (op == ast::Op::LAnd || op == ast::Op::LOr) {
      bool v = op == ast::Op::LAnd ? x.val->boolean() && y.val->boolean() : x.val->boolean() || y.val->boolean();
      out = ConstantValue::make_bool(v);
    } else if (is_string(x.type)) {
      out = ConstantValue::make_string(x.val->str() + y.val->str());
    } else {
      bool integer = is_integer(x.type);
      if (!fold_arith(op, *x.val, *y.val, integer, out)) {
        x.mode = ast::Mode::Invalid;
        return;
      }
    }
    x.val = own(out);
    if (!is_untyped(x.type)) {
      ConstantValue rounded;
      if (!representable(out, as_basic(x.type), &rounded)) {
        Operand shown = x;
        error(e->x->pos, describe(shown) + " overflows " + type_str(x.type));
        x.mode = ast::Mode::Invalid;
        return;
      }
      x.val = own(rounded);
    }
    return;
  }
  x.mode = ast::Mode::Value;
  x.val = nullptr;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, ast::Op op) {
  // The count: an integer, or an untyped constant representable as uint.
  if (y.mode == ast::Mode::Constant) {
    BigRat r = y.val->rat_value();
    if (!r.is_integer() || (!is_untyped(y.type) && !is_integer(y.type))) {
      error(y.expr->pos, "invalid operation: shift count " + describe(y) + " must be integer");
      x.mode = ast::Mode::Invalid;
      return;
    }
    if (r.sign() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + describe(y));
      x.mode = ast::Mode::Invalid;
      return;
    }
    if (is_untyped(y.type)) {
      y.val = own(ConstantValue::make_int(r.num()));
      convert_untyped(y, types_.basic(BasicKind::Uint));
    }
  } else if (!is_integer(y.type)) {
    error(y.expr->pos, "invalid operation: shift count " + describe(y) + " must be integer");
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (x.mode == ast::Mode::Constant) {
    BigRat r = x.val->rat_value();
    if (!r.is_integer() || (!is_untyped(x.type) && !is_integer(x.type))) {
      error(x.expr->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.mode = ast::Mode::Invalid;
      return;
    }
    if (y.mode == ast::Mode::Constant) {
      uint64_t n = y.val->uint64();
      if (n > 10000) {
        error(y.expr->pos, "invalid shift count " + y.val->to_string());
        x.mode = ast::Mode::Invalid;
        return;
      }
      const Type* t = is_untyped(x.type) ? types_.basic(BasicKind::UntypedInt) : x.type;
      BigInt v = r.num();
      ConstantValue out = ConstantValue::make_int(op == ast::Op::Shl ? v.shl(n) : v.shr(n));
      x.type = is_untyped(x.type) && static_cast<const Basic*>(x.type)->bkind == BasicKind::UntypedRune ? x.type : t;
      x.val = own(out);
      x.expr = e;
      if (!is_untyped(x.type)) {
        ConstantValue rounded;
        if (!representable(out, as_basic(x.type), &rounded)) {
          error(e->pos, describe(x) + " overflows " + type_str(x.type));
          x.mode = ast::Mode::Invalid;
          return;
        }
        x.val = own(rounded);
      }
      return;
    }
    // Non-constant shift of an untyped constant: its type comes from the
    // context later (update_untyped walks into the shifted operand).
    if (is_untyped(x.type)) {
      x.type = types_.basic(BasicKind::UntypedInt);
      x.mode = ast::Mode::Value;
      x.val = nullptr;
      return;
    }
  }
  if (!is_integer(x.type)) {
    error(x.expr->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
    x.mode = ast::Mode::Invalid;
    return;
  }
  x.mode = ast::Mode::Value;
  x.val = nullptr;
}

void Checker::comparison(Operand& x, Operand& y, ast::Op op, ast::Expr* e) {
  bool xu = is_untyped(x.type), yu = is_untyped(y.type);
  // Slices, maps and funcs compare only with nil: note which side is nil
  // before untyped conversion gives it the other side's type.
  bool x_nil = xu && static_cast<const Basic*>(x.type)->bkind == BasicKind::UntypedNil;
  bool y_nil = yu && static_cast<const Basic*>(y.type)->bkind == BasicKind::UntypedNil;
  auto has_nil = [](const Type* t) {
    const Type* u = underlying(t);
    return u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Slice || u->kind == TypeKind::Map ||
                 u->kind == TypeKind::Chan || u->kind == TypeKind::Signature || u->kind == TypeKind::Interface ||
                 (u->kind == TypeKind::Basic && static_cast<const Basic*>(u)->bkind == BasicKind::UntypedNil));
  };
  if ((x_nil && !has_nil(y.type)) || (y_nil && !has_nil(x.type))) {
    // Go reports a type mismatch at the second operand.
    error(static_cast<ast::BinaryExpr*>(e)->y->pos, "invalid operation: " + expr_string(e) + " (mismatched types " +
                                                        type_str(x.type) + " and " + type_str(y.type) + ")");
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (xu && !yu) convert_untyped(x, y.type);
  else if (yu && !xu) convert_untyped(y, x.type);
  std::string problem;
  bool mismatch = false;
  bool ordered = op != ast::Op::Eql && op != ast::Op::Neq;
  // An interface compares with a value of a type that implements it.
  bool mixed = !ordered && !is_untyped(x.type) && !is_untyped(y.type) &&
               ((is_interface(x.type) && !is_interface(y.type) && assignable(y, x.type, nullptr)) ||
                (is_interface(y.type) && !is_interface(x.type) && assignable(x, y.type, nullptr)));
  // Otherwise one operand must be assignable to the other's type (a chan
  // to a directional chan, a named type to its unnamed underlying type,
  // an interface to one it implements); the representations agree.
  bool either = !is_untyped(x.type) && !is_untyped(y.type) && (assignable(x, y.type, nullptr) || assignable(y, x.type, nullptr));
  if (!mixed && !either && !identical(x.type, y.type) && !(is_untyped(x.type) && is_untyped(y.type) && is_numeric(x.type) && is_numeric(y.type)) &&
      !(xu && static_cast<const Basic*>(x.type)->bkind == BasicKind::UntypedNil) &&
      !(yu && static_cast<const Basic*>(y.type)->bkind == BasicKind::UntypedNil)) {
    problem = "mismatched types " + type_str(x.type) + " and " + type_str(y.type);
    mismatch = true;
  } else if (ordered && !(is_numeric(x.type) || is_string(x.type))) {
    problem = std::string("operator ") + ast::op_string(op) + " not defined on " + describe(x);
  } else if (!ordered) {
    const Type* u = underlying(x.type);
    bool comparable = u && u->kind != TypeKind::Slice && u->kind != TypeKind::Map && u->kind != TypeKind::Signature;
    bool nil_cmp = x_nil || y_nil;
    if (!comparable && !nil_cmp) {
      const char* what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map" : u->kind == TypeKind::Signature ? "func" : nullptr;
      problem = what ? std::string(what) + " can only be compared to nil" : describe(x) + " cannot be compared";
    } else if (const Type* bad = incomparable_part(x.type)) {
      problem = "struct containing " + type_str(bad) + " cannot be compared";
    }
  }
  x.expr = e;
  if (!problem.empty()) {
    auto* be = static_cast<ast::BinaryExpr*>(e);
    error(mismatch ? be->y->pos : be->x->pos, "invalid operation: " + expr_string(e) + " (" + problem + ")");
    x.mode = ast::Mode::Invalid;
    return;
  }
  if (x.mode == ast::Mode::Constant && y.mode == ast::Mode::Constant) {
    int c = 0;
    bool eq = false;
    if (x.val->kind() == Constant::Kind::Bool) {
      eq = x.val->boolean() == y.val->boolean();
    } else if (x.val->kind() == Constant::Kind::String) {
      c = x.val->str().compare(y.val->str());
      c = c < 0 ? -1 : c > 0 ? 1 : 0;
      eq = c == 0;
    } else {
      c = compare(x.val->rat_value(), y.val->rat_value());
      eq = c == 0;
    }
    bool v = false;
    switch (op) {
      case ast::Op::Eql: v = eq; break;
      case ast::Op::Neq: v = !eq; break;
      case ast::Op::Lss: v = c < 0; break;
      case ast::Op::Leq: v = c <= 0; break;
      case ast::Op::Gtr: v = c > 0; break;
      case ast::Op::Geq: v = c >= 0; break;
      default: break;
    }
    x.val = own(ConstantValue::make_bool(v));
    x.mode = ast::Mode::Constant;
  } else {
    // Operands that stayed untyped (e.g. untyped const vs untyped const
    // non-constant shift) take their default types.
    default_type(x);
    default_type(y);
    record(y);
    x.mode = ast::Mode::Value;
    x.val = nullptr;
  }
  x.type = types_.basic(BasicKind::UntypedBool);
}

// ------------------------------------------------------------ selectors and indexing

void Checker::selector(Operand& x, ast::SelectorExpr* e) {
  x.expr = e;
  if (auto* id = ast::as<ast::Ident>(e->x)) {
    Object* obj = scope_ ? scope_->lookup(id->name) : nullptr;
    if (obj && obj->kind == ObjKind::PkgName) {
      obj->used = true;
      id->obj = obj;
      auto* pn = static_cast<PkgName*>(obj);
      if (!pn->imported) return;  // the failed import was reported
      Object* member = pn->imported->lookup(e->sel->name);
      if (!member || !member->exported()) {
        if (member) error(e->sel->pos, "name " + std::string(e->sel->name) + " not exported by package " + pn->imported->name);
        else error(e->sel->pos, "undefined: " + std::string(id->name) + "." + std::string(e->sel->name));
        return;
      }
      e->sel->obj = member;
      switch (member->kind) {
        case ObjKind::Const:
          x.mode = ast::Mode::Constant;
          x.type = member->type;
          x.val = static_cast<const ConstantValue*>(static_cast<Const*>(member)->value);
          if (!x.val) x.mode = ast::Mode::Invalid;
          break;
        case ObjKind::TypeName: x.mode = ast::Mode::TypeExpr; x.type = member->type; break;
        case ObjKind::Var: x.mode = ast::Mode::Variable; x.type = member->type; break;
        case ObjKind::Func: x.mode = ast::Mode::Value; x.type = member->type; break;
        default: break;
      }
      if (!x.type) x.mode = ast::Mode::Invalid;
      return;
    }
  }
  Operand base;
  raw_expr(base, e->x, nullptr);
  if (base.invalid()) return;
  auto undefined = [&](const Type* t) {
    error(e->sel->pos, expr_string(e) + " undefined (type " + type_str(t) + " has no field or method " +
                           std::string(e->sel->name) + ")");
  };
  if (base.mode == ast::Mode::TypeExpr) {
    // A method expression T.M or (*T).M: a function taking the receiver first.
    bool pointer_recv = false;
    Func* m = find_method(base.type, e->sel->name, &pointer_recv);
    if (!m) {
      undefined(base.type);
      return;
    }
    if (pointer_recv) {
      error(e->pos, "invalid method expression " + expr_string(e) + " (needs pointer receiver (*" + type_str(base.type) + ")." +
                        std::string(e->sel->name) + ")");
      return;
    }
    if (is_interface(base.type)) {
      error(e->pos, "gosub: method expressions on interface types are not supported yet");
      return;
    }
    e->sel->obj = m;
    e->sel_kind = ast::SelectorExpr::Sel::MethodExpr;
    x.mode = ast::Mode::Value;
    x.type = method_expr_type(m, base.type);
    return;
  }
  record(base);
  const Type* t = base.type;
  if (const Type* u = underlying(t); u && u->kind == TypeKind::Interface) {
    for (Func* m : static_cast<const Interface*>(u)->all_methods)
      if (m->name == e->sel->name) {
        e->sel->obj = m;
        e->sel_kind = ast::SelectorExpr::Sel::IfaceMethod;
        x.mode = ast::Mode::Value;
        x.type = method_value_type(m);
        return;
      }
    undefined(base.type);
    return;
  }
  bool via_pointer = false;
  if (const Type* u = underlying(t); u && u->kind == TypeKind::Pointer) {
    t = static_cast<const Pointer*>(u)->elem;
    via_pointer = true;
    if (base.type->kind == TypeKind::Named) t = nullptr;  // a named pointer type has neither fields nor methods via *
  }
  Selection found = t ? lookup_selection(t, e->sel->name) : Selection{};
  if (found.ambiguous) {
    error(e->sel->pos, "ambiguous selector " + expr_string(e));
    return;
  }
  if (found.method) {
    e->path = found.path;
    e->sel->obj = found.method;
    if (found.iface_method) {
      e->sel_kind = ast::SelectorExpr::Sel::IfaceMethod;
    } else {
      e->sel_kind = ast::SelectorExpr::Sel::Method;
      auto* sig = static_cast<const Signature*>(found.method->type);
      const Type* r = sig && sig->recv ? sig->recv->type : nullptr;
      if (r && r->kind == TypeKind::Pointer && !via_pointer && !found.through_pointer) {
        // x.M() with M on *T: x must be addressable, and is then &x.
        if (base.mode != ast::Mode::Variable) {
          error(e->sel->pos, "cannot call pointer method " + std::string(e->sel->name) + " on " + type_str(base.type));
          return;
        }
        mark_addressed(e->x);
      }
      if (!sig) {
        x.mode = ast::Mode::Invalid;
        return;
      }
    }
    x.mode = ast::Mode::Value;
    x.type = method_value_type(found.method);
    return;
  }
  if (!found.field) {
    undefined(base.type);
    return;
  }
  e->path = found.path;
  e->sel->obj = found.field;
  e->sel_kind = ast::SelectorExpr::Sel::Field;
  x.mode = via_pointer || found.through_pointer || base.mode == ast::Mode::Variable ? ast::Mode::Variable : ast::Mode::Value;
  x.type = found.field->type;
}

const Signature* Checker::method_value_type(const Func* m) {
  auto* sig = static_cast<const Signature*>(m->type);
  if (!sig->recv) return sig;
  Signature* out = types_.make<Signature>();
  out->params = sig->params;
  out->results = sig->results;
  out->variadic = sig->variadic;
  return out;
}

const Signature* Checker::method_expr_type(const Func* m, const Type* recv) {
  auto* sig = static_cast<const Signature*>(m->type);
  Signature* out = types_.make<Signature>();
  Tuple* params = types_.make<Tuple>();
  auto* r = new_object<Var>(std::string_view(), m->pos);
  r->type = recv;
  r->is_param = true;
  params->vars.push_back(r);
  for (Var* p : sig->params->vars) params->vars.push_back(p);
  out->params = params;
  out->results = sig->results;
  out->variadic = sig->variadic;
  return out;
}

Func* Checker::find_method(const Type* t, std::string_view name, bool* pointer_recv) {
  *pointer_recv = false;
  const Type* u = underlying(t);
  if (u && u->kind == TypeKind::Interface) {
    for (Func* m : static_cast<const Interface*>(u)->all_methods)
      if (m->name == name) return m;
    return nullptr;
  }
  bool is_ptr = u && u->kind == TypeKind::Pointer;
  const Type* base = is_ptr ? static_cast<const Pointer*>(u)->elem : t;
  if (is_ptr && t->kind == TypeKind::Named) return nullptr;  // a named pointer type has no methods
  Selection found = lookup_selection(base, name);
  if (!found.method) return nullptr;
  if (!found.iface_method) {
    auto* sig = static_cast<const Signature*>(found.method->type);
    const Type* r = sig && sig->recv ? sig->recv->type : nullptr;
    bool wants_ptr = r && r->kind == TypeKind::Pointer;
    if (wants_ptr && !is_ptr && !found.through_pointer) *pointer_recv = true;
  }
  return found.method;
}

bool Checker::implements(const Type* t, const Interface* iface, std::string* why) {
  for (Func* want : iface->all_methods) {
    bool pointer_recv = false;
    Func* have = find_method(t, want->name, &pointer_recv);
    if (!have) {
      if (why) *why = "(missing " + std::string(want->name) + " method)";
      return false;
    }
    auto* hs = static_cast<const Signature*>(have->type);
    auto* ws = static_cast<const Signature*>(want->type);
    if (!hs || !ws || !identical(method_value_type(have), method_value_type(want))) {
      if (why)
        *why = "(wrong type for " + std::string(want->name) + " method)\n\t\thave " + std::string(want->name) +
               type_str(method_value_type(have)).substr(4) + "\n\t\twant " + std::string(want->name) +
               type_str(method_value_type(want)).substr(4);
      return false;
    }
    if (pointer_recv) {
      if (why) *why = "(" + std::string(want->name) + " method has pointer receiver)";
      return false;
    }
  }
  return true;
}

void Checker::index(Operand& x, ast::IndexExpr* e) {
  x.expr = e;
  Operand base;
  raw_expr(base, e->x, nullptr);
  if (base.invalid()) return;
  if (e->indices.size() != 1 || base.mode == ast::Mode::TypeExpr ||
      (base.type && base.type->kind == TypeKind::Signature)) {
    error(e->pos, "generic instantiation is not supported");
    return;
  }
  Operand i;
  expr(i, e->indices[0]);
  if (i.invalid()) return;
  const Type* u = underlying(base.type);
  auto check_index = [&](int64_t length) -> bool {
    convert_untyped(i, types_.basic(BasicKind::Int));
    if (!is_integer(i.type)) {
      error(i.expr->pos, "invalid argument: index " + describe(i) + " must be integer");
      return false;
    }
    if (i.mode == ast::Mode::Constant) {
      if (i.val->int_value().negative()) {
        error(i.expr->pos, "invalid argument: index " + describe(i) + " must not be negative");
        return false;
      }
      if (length >= 0 && !(i.val->int_value() < BigInt(length))) {
        error(i.expr->pos, "invalid argument: index " + i.val->to_string() + " out of bounds [0:" + std::to_string(length) + "]");
        return false;
      }
    }
    record(i);
    return true;
  };
  if (is_string(base.type)) {
    int64_t length = base.mode == ast::Mode::Constant ? static_cast<int64_t>(base.val->str().size()) : -1;
    if (!check_index(length)) return;
    default_type(base);
    record(base);
    x.mode = ast::Mode::Value;
    x.type = types_.byte_alias();
    if (base.mode == ast::Mode::Constant && i.mode == ast::Mode::Constant) {
      x.mode = ast::Mode::Value;  // indexing a constant string is not a constant in Go
    }
    return;
  }
  if (u && u->kind == TypeKind::Pointer && underlying(static_cast<const Pointer*>(u)->elem)->kind == TypeKind::Array)
    u = underlying(static_cast<const Pointer*>(u)->elem);
  if (u && u->kind == TypeKind::Array) {
    if (!check_index(static_cast<const Array*>(u)->len)) return;
    x.mode = base.mode == ast::Mode::Variable ? ast::Mode::Variable : ast::Mode::Value;
    x.type = static_cast<const Array*>(u)->elem;
    return;
  }
  if (u && u->kind == TypeKind::Slice) {
    if (!check_index(-1)) return;
    x.mode = ast::Mode::Variable;
    x.type = static_cast<const Slice*>(u)->elem;
    return;
  }
  if (u && u->kind == TypeKind::Map) {
    auto* m = static_cast<const Map*>(u);
    assignment(i, m->key, "map index");
    x.mode = ast::Mode::MapIndex;
    x.type = m->elem;
    return;
  }
  error(e->pos, "invalid operation: cannot index " + describe(base));
}

void Checker::composite_lit(Operand& x, ast::CompositeLit* e, const Type* hint) {
  x.expr = e;
  // [...]T{...}: the length is the literal's.
  auto* at = e->ctype ? ast::as<ast::ArrayType>(e->ctype) : nullptr;
  bool open_length = at && at->len && ast::as<ast::Ellipsis>(at->len);
  const Type* t = open_length ? nullptr : e->ctype ? type_expr(e->ctype) : hint;
  if (open_length) {
    const Type* elem = type_expr(at->elt);
    if (!elem) return;
    int64_t n = array_elems(e, elem, -1);
    t = types_.array(elem, n);
    x.mode = ast::Mode::Value;
    x.type = t;
    return;
  }
  if (!t) {
    if (!e->ctype) error(e->pos, "invalid composite literal type: missing type");
    return;
  }
  const Type* u = underlying(t);
  if (u && u->kind == TypeKind::Struct) {
    struct_lit(e, t, static_cast<const Struct*>(u));
    x.mode = ast::Mode::Value;
    x.type = t;
    return;
  }
  if (u && u->kind == TypeKind::Map) {
    map_lit(e, static_cast<const Map*>(u));
    x.mode = ast::Mode::Value;
    x.type = t;
    return;
  }
  if (u && u->kind == TypeKind::Array) {
    array_elems(e, static_cast<const Array*>(u)->elem, static_cast<const Array*>(u)->len);
    x.mode = ast::Mode::Value;
    x.type = t;
    return;
  }
  if (!u || u->kind != TypeKind::Slice) {
    error(e->pos, "invalid composite literal type " + type_str(t));
    return;
  }
  array_elems(e, static_cast<const Slice*>(u)->elem, -1);
  x.mode = ast::Mode::Value;
  x.type = t;
}

// The elements of a slice or array literal (len: the array's length, or
// -1); returns the literal's length (the highest index + 1).
int64_t Checker::array_elems(ast::CompositeLit* e, const Type* elem, int64_t len) {
  std::set<int64_t> seen;
  int64_t index = 0, max_index = 0;
  for (ast::Expr* elt : e->elts) {
    ast::Expr* value = elt;
    if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) {
      value = kv->value;
      Operand k;
      expr(k, kv->key);
      if (!k.invalid()) {
        if (k.mode != ast::Mode::Constant || !(is_integer(k.type) || (is_untyped(k.type) && is_numeric(k.type)))) {
          error(kv->key->pos, "index " + expr_string(kv->key) + " must be integer constant");
        } else {
          convert_untyped(k, types_.basic(BasicKind::Int));
          if (!k.invalid()) {
            if (k.val->int_value().negative()) error(kv->key->pos, "index " + expr_string(kv->key) + " must be non-negative integer constant");
            else index = k.val->int64();
            record(k);
          }
        }
      }
    }
    if (len >= 0 && index >= len) {
      error(elt->pos, "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(len) + ")");
      len = INT64_MAX;  // one report per literal
    } else if (!seen.insert(index).second) {
      error(elt->pos, "duplicate index " + std::to_string(index) + " in array or slice literal");
    }
    index++;
    max_index = std::max(max_index, index);
    Operand v;
    if (elided_lit(v, value, elem)) continue;
    expr(v, value);
    if (v.invalid()) continue;
    assignment(v, elem, "array or slice literal");
    if (!v.invalid()) record(v);
  }
  return max_index;
}

// An element literal without a type takes the element type: []T{{...}},
// and []*T{{...}} means []*T{&T{...}}.
bool Checker::elided_lit(Operand& v, ast::Expr* value, const Type* elem) {
  auto* inner = ast::as<ast::CompositeLit>(value);
  if (!inner || inner->ctype) return false;
  const Type* target = elem;
  if (const Type* u = underlying(elem); u && u->kind == TypeKind::Pointer) {
    target = static_cast<const Pointer*>(u)->elem;
    inner->implicit_addr = true;
  }
  raw_expr(v, value, target);
  if (v.invalid()) return true;
  if (inner->implicit_addr) v.type = elem;
  record(v);
  return true;
}

void Checker::map_lit(ast::CompositeLit* e, const Map* m) {
  std::set<std::string> seen;  // constant keys, as type + value
  for (ast::Expr* elt : e->elts) {
    auto* kv = ast::as<ast::KeyValueExpr>(elt);
    if (!kv) {
      error(elt->pos, "missing key in map literal");
      continue;
    }
    Operand k;
    if (!elided_lit(k, kv->key, m->key)) {
      expr(k, kv->key);
      if (!k.invalid()) assignment(k, m->key, "map literal");
      if (!k.invalid()) {
        record(k);
        if (k.mode == ast::Mode::Constant && !seen.insert(type_str(k.type) + "|" + k.val->to_string()).second)
          error(kv->key->pos, "duplicate key " + k.val->to_string() + " in map literal");
      }
    }
    Operand v;
    if (elided_lit(v, kv->value, m->elem)) continue;
    expr(v, kv->value);
    if (v.invalid()) continue;
    assignment(v, m->elem, "map literal");
    if (!v.invalid()) record(v);
  }
}

void Checker::struct_lit(ast::CompositeLit* e, const Type* t, const Struct* st) {
  if (e->elts.empty()) return;
  // types2 abbreviates the literal: P{…}
  std::string short_lit = (e->ctype ? expr_string(e->ctype) : std::string()) + "{…}";
  bool keyed = ast::as<ast::KeyValueExpr>(e->elts[0]) != nullptr;
  std::set<std::string_view> seen;
  for (size_t i = 0; i < e->elts.size(); i++) {
    ast::Expr* elt = e->elts[i];
    auto* kv = ast::as<ast::KeyValueExpr>(elt);
    if ((kv != nullptr) != keyed) {
      error(elt->pos, "mixture of field:value and value elements in struct literal");
      return;
    }
    const Var* field = nullptr;
    ast::Expr* value = elt;
    if (kv) {
      auto* key = ast::as<ast::Ident>(kv->key);
      value = kv->value;
      if (!key) {
        error(kv->key->pos, "invalid field name " + expr_string(kv->key) + " in struct literal");
        continue;
      }
      for (const Var* f : st->fields)
        if (f->name == key->name) field = f;
      if (!field) {
        error(key->pos, "unknown field '" + std::string(key->name) + "' in struct literal of type " + type_str(t));
        continue;
      }
      key->obj = const_cast<Var*>(field);
      if (!seen.insert(key->name).second) {
        error(kv->colon, "duplicate field name " + std::string(key->name) + " in struct literal");
        continue;
      }
    } else {
      if (i >= st->fields.size()) {
        error(elt->pos, "too many values in " + short_lit);
        return;
      }
      field = st->fields[i];
    }
    Operand v;
    if (elided_lit(v, value, field->type)) continue;
    expr(v, value);
    if (v.invalid()) continue;
    assignment(v, field->type, "struct literal");
    if (!v.invalid()) record(v);
  }
  if (!keyed && e->elts.size() < st->fields.size())
    error(e->rbrace, "too few values in " + short_lit);
}

void Checker::slice_expr(Operand& x, ast::SliceExpr* e) {
  x.expr = e;
  Operand base;
  expr(base, e->x);
  if (base.invalid()) return;
  // The length constant indices are checked against: an array's (also
  // through a pointer) or a constant string's; -1 when unknown.
  int64_t length = -1;
  if (const Type* bu = underlying(base.type)) {
    if (bu->kind == TypeKind::Pointer) bu = underlying(static_cast<const Pointer*>(bu)->elem);
    if (bu && bu->kind == TypeKind::Array) length = static_cast<const Array*>(bu)->len;
  }
  if (base.mode == ast::Mode::Constant && base.val && base.val->kind() == Constant::Kind::String)
    length = static_cast<int64_t>(base.val->str().size());
  int64_t ind[3] = {-1, -1, -1};
  ast::Expr* exprs[3] = {e->low, e->high, e->max};
  for (int k = 0; k < 3; k++) {
    ast::Expr* b = exprs[k];
    if (!b) continue;
    Operand i;
    expr(i, b);
    if (i.invalid()) continue;
    convert_untyped(i, types_.basic(BasicKind::Int));
    record(i);
    if (!is_integer(i.type)) {
      error(b->pos, "invalid argument: index " + describe(i) + " must be integer");
    } else if (i.mode == ast::Mode::Constant && i.val->int_value().negative()) {
      error(b->pos, "invalid argument: index " + describe(i) + " must not be negative");
    } else if (i.mode == ast::Mode::Constant && i.val->int_value().fits_int64()) {
      int64_t v = i.val->int64();
      if (length >= 0 && v > length) {
        error(b->pos, "invalid argument: index " + std::to_string(v) + " out of bounds [0:" + std::to_string(length + 1) + "]");
      } else {
        ind[k] = v;
      }
    }
  }
  // Constant indices must not decrease (types2 reports the first pair).
  for (int k = 0; k < 2; k++) {
    if (ind[k] <= 0) continue;
    bool reported = false;
    for (int j = k + 1; j < 3 && !reported; j++) {
      if (ind[j] >= 0 && ind[j] < ind[k]) {
        error(exprs[j]->pos, "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[k]));
        reported = true;
      }
    }
    if (reported) break;
  }
  const Type* u = underlying(base.type);
  if (is_string(base.type)) {
    if (e->slice3) {
      error(e->pos, "invalid operation: 3-index slice of string");
      return;
    }
    default_type(base);
    record(base);
    x.mode = ast::Mode::Value;
    x.type = is_untyped(base.type) ? types_.basic(BasicKind::String) : base.type;
    return;
  }
  if (u && u->kind == TypeKind::Slice) {
    x.mode = ast::Mode::Value;
    x.type = base.type;
    return;
  }
  if (u && u->kind == TypeKind::Pointer && underlying(static_cast<const Pointer*>(u)->elem)->kind == TypeKind::Array) {
    x.mode = ast::Mode::Value;  // p[lo:hi] slices *p
    x.type = types_.slice(static_cast<const Array*>(underlying(static_cast<const Pointer*>(u)->elem))->elem);
    return;
  }
  if (u && u->kind == TypeKind::Array) {
    if (base.mode != ast::Mode::Variable) {
      error(e->pos, "invalid operation: " + describe(base) + " (slice of unaddressable value)");
      return;
    }
    mark_addressed(e->x);  // the slice shares the array's storage
    x.mode = ast::Mode::Value;
    x.type = types_.slice(static_cast<const Array*>(u)->elem);
    return;
  }
  error(e->pos, "cannot slice " + describe(base));
}

}  // namespace gosub::types
