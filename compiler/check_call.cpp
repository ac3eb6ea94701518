// Calls, conversions and builtins.
#include <functional>

#include "compiler/checker.h"

namespace gosub::types {

namespace {

const Basic* as_basic(const Type* t) {
  t = underlying(t);
  return t && t->kind == TypeKind::Basic ? static_cast<const Basic*>(t) : nullptr;
}

std::string tuple_string(const std::vector<const Type*>& types, const std::function<std::string(const Type*)>& str) {
  std::string s = "(";
  for (size_t i = 0; i < types.size(); i++) {
    if (i) s += ", ";
    s += str(types[i]);
  }
  return s + ")";
}

}  // namespace

namespace {
// [N]T or *[N]T: len and cap apply to both.
const Array* array_or_pointer(const Type* u) {
  if (u && u->kind == TypeKind::Pointer) u = underlying(static_cast<const Pointer*>(u)->elem);
  return u && u->kind == TypeKind::Array ? static_cast<const Array*>(u) : nullptr;
}
// Go: len/cap of an array is constant unless the operand calls a function
// or receives from a channel.
bool calls_or_receives(const ast::Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ast::Kind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      if (c->fun->mode != ast::Mode::TypeExpr) return true;
      for (const ast::Expr* a : c->args)
        if (calls_or_receives(a)) return true;
      return false;
    }
    case ast::Kind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      return u->op == ast::Op::Arrow || calls_or_receives(u->x);
    }
    case ast::Kind::ParenExpr: return calls_or_receives(static_cast<const ast::ParenExpr*>(e)->x);
    case ast::Kind::SelectorExpr: return calls_or_receives(static_cast<const ast::SelectorExpr*>(e)->x);
    case ast::Kind::StarExpr: return calls_or_receives(static_cast<const ast::StarExpr*>(e)->x);
    case ast::Kind::IndexExpr: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      if (calls_or_receives(ix->x)) return true;
      for (const ast::Expr* i : ix->indices)
        if (calls_or_receives(i)) return true;
      return false;
    }
    case ast::Kind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      return calls_or_receives(b->x) || calls_or_receives(b->y);
    }
    case ast::Kind::CompositeLit:
      for (const ast::Expr* x : static_cast<const ast::CompositeLit*>(e)->elts)
        if (calls_or_receives(x)) return true;
      return false;
    case ast::Kind::KeyValueExpr: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      return calls_or_receives(kv->key) || calls_or_receives(kv->value);
    }
    case ast::Kind::TypeAssertExpr: return calls_or_receives(static_cast<const ast::TypeAssertExpr*>(e)->x);
    case ast::Kind::SliceExpr: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      return calls_or_receives(s->x) || calls_or_receives(s->low) || calls_or_receives(s->high) || calls_or_receives(s->max);
    }
    default: return false;
  }
}
}  // namespace

void Checker::array_length(Operand& x, Operand& a, const Array* arr) {
  record(a);
  x.type = types_.basic(BasicKind::Int);
  if (calls_or_receives(a.expr)) {
    x.mode = ast::Mode::Value;
    return;
  }
  x.mode = ast::Mode::Constant;
  x.val = own(ConstantValue::make_int(BigInt(arr->len)));
}

void Checker::call(Operand& x, ast::CallExpr* e) {
  Operand f;
  raw_expr(f, e->fun, nullptr);
  x.expr = e;
  if (f.invalid()) {
    for (ast::Expr* a : e->args) {
      Operand ignored;
      raw_expr(ignored, a, nullptr);
    }
    return;
  }
  if (f.mode == ast::Mode::TypeExpr) {
    conversion(x, f.type, e);
    return;
  }
  if (f.mode == ast::Mode::Builtin) {
    builtin_call(x, e, f.builtin);
    return;
  }
  const Type* u = underlying(f.type);
  if (!u || u->kind != TypeKind::Signature) {
    error(e->pos, "invalid operation: cannot call non-function " + describe(f));
    return;
  }
  auto* sig = static_cast<const Signature*>(u);
  std::vector<Operand> args;
  arguments(e, sig, args, expr_string(e->fun));
  size_t n = sig->results->vars.size();
  if (n == 0) {
    x.mode = ast::Mode::NoValue;
    x.type = nullptr;
  } else if (n == 1) {
    x.mode = ast::Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = ast::Mode::Value;
    x.type = sig->results;
  }
}

void Checker::arguments(ast::CallExpr* call, const Signature* sig, std::vector<Operand>& args, const std::string& callee) {
  // f(g()) where g returns several values spreads them over the parameters.
  if (call->args.size() == 1 && !call->has_ellipsis) {
    multi_expr(args, call->args[0]);
  } else {
    for (ast::Expr* a : call->args) {
      Operand x;
      expr(x, a);
      args.push_back(x);
    }
  }
  for (const Operand& a : args)
    if (a.invalid()) return;
  const auto& params = sig->params->vars;
  size_t nparams = params.size();
  bool variadic = sig->variadic;
  auto report = [&](const char* what) {
    std::vector<const Type*> have, want;
    for (const Operand& a : args) have.push_back(a.type);
    for (const Var* p : params) want.push_back(p->type);
    auto str = [&](const Type* t) { return type_summary(t); };
    std::string want_s = "(";
    for (size_t i = 0; i < want.size(); i++) {
      if (i) want_s += ", ";
      if (variadic && i + 1 == want.size()) want_s += "..." + type_str(static_cast<const Slice*>(want[i])->elem);
      else want_s += type_str(want[i]);
    }
    want_s += ")";
    // types2: at the first extra argument, the last given one, or the call.
    Pos at = std::string(what) != "not enough" ? ast::start_pos(args[nparams].expr)
             : args.empty()                    ? ast::start_pos(call)
                                               : ast::start_pos(args.back().expr);
    if (!at.valid()) at = call->pos;
    error(at, std::string(what) + " arguments in call to " + callee + "\n\thave " + tuple_string(have, str) +
                  "\n\twant " + want_s);
  };
  if (call->has_ellipsis) {
    if (!variadic) {
      error(call->ellipsis.valid() ? call->ellipsis : call->pos, "have (...) but function is not variadic: " + callee);
      return;
    }
    if (args.size() != nparams) {
      report(args.size() < nparams ? "not enough" : "too many");
      return;
    }
    for (size_t i = 0; i < nparams; i++) assignment(args[i], params[i]->type, "argument to " + callee);
    return;
  }
  size_t fixed = variadic ? nparams - 1 : nparams;
  if (args.size() < fixed || (!variadic && args.size() > nparams)) {
    report(args.size() < fixed ? "not enough" : "too many");
    return;
  }
  bool spread = args.size() != call->args.size();  // f(g()) with g returning several values
  for (size_t i = 0; i < args.size(); i++) {
    const Type* t = i < fixed ? params[i]->type : static_cast<const Slice*>(params[nparams - 1]->type)->elem;
    assignment(args[i], t, "argument to " + callee);
    if (!spread) record(args[i]);
  }
}

void Checker::conversion(Operand& x, const Type* t, ast::CallExpr* e) {
  x.expr = e;
  if (e->args.size() != 1) {
    error(e->args.empty() ? e->rparen : e->args[1]->pos,
          std::string(e->args.empty() ? "missing argument" : "too many arguments") + " in conversion to " + type_str(t));
    for (ast::Expr* a : e->args) {
      Operand ignored;
      expr(ignored, a);
    }
    return;
  }
  Operand v;
  expr(v, e->args[0]);
  if (v.invalid()) return;
  const Basic* tb = as_basic(t);
  bool ok = false;
  if (v.mode == ast::Mode::Constant && tb && tb->bkind != BasicKind::Invalid) {
    // Constant conversion: the value must be representable (integers from
    // integral values, floats rounded), or int -> string yields a string.
    ConstantValue out;
    if (is_string(tb) && is_integer(v.type) && v.val->kind() == Constant::Kind::Int) {
      BigInt i = v.val->int_value();
      std::string s;
      append_utf8(s, i.fits_int64() && i.to_int64() >= 0 && i.to_int64() <= 0x10FFFF ? static_cast<int32_t>(i.to_int64()) : 0xFFFD);
      out = ConstantValue::make_string(s);
      ok = true;
    } else if ((is_numeric(tb) && is_numeric(v.type)) || (is_string(tb) && is_string(v.type)) ||
               (is_boolean(tb) && is_boolean(v.type))) {
      ok = representable(*v.val, tb, &out);
    }
    if (ok) {
      if (is_untyped(v.type)) update_untyped(v.expr, t);
      x.mode = ast::Mode::Constant;
      x.type = t;
      x.val = own(out);
      return;
    }
    error(v.expr->pos, "cannot convert " + describe(v) + " to type " + type_str(t));
    return;
  }
  // Non-constant conversion.
  Operand before = v;
  if (is_untyped(v.type)) {
    if (tb && ((is_numeric(tb) && is_numeric(v.type)) || (is_string(tb) && is_string(v.type)) ||
               (is_boolean(tb) && is_boolean(v.type)))) {
      convert_untyped(v, t);
    } else {
      default_type(v);
    }
    record(v);
  }
  const Type *vu = underlying(v.type), *tu = underlying(t);
  if (assignable(v, t, nullptr) || identical_ignore_tags(vu, tu)) ok = true;
  else if (is_numeric(vu) && is_numeric(tu)) ok = true;
  else if (is_string(tu) && is_integer(vu)) ok = true;  // string(rune)
  else if (is_string(tu) && vu && vu->kind == TypeKind::Slice) {
    const Basic* eb = as_basic(static_cast<const Slice*>(vu)->elem);
    ok = eb && (eb->bkind == BasicKind::Uint8 || eb->bkind == BasicKind::Int32);
  } else if (is_string(vu) && tu && tu->kind == TypeKind::Slice) {
    const Basic* eb = as_basic(static_cast<const Slice*>(tu)->elem);
    ok = eb && (eb->bkind == BasicKind::Uint8 || eb->bkind == BasicKind::Int32);
  } else if (vu && tu && vu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer) {
    ok = identical_ignore_tags(underlying(static_cast<const Pointer*>(vu)->elem), underlying(static_cast<const Pointer*>(tu)->elem));
  } else if (vu && tu && vu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    // Go 1.17: a slice converts to a pointer to an array of its element type.
    const Type* au = underlying(static_cast<const Pointer*>(tu)->elem);
    ok = au && au->kind == TypeKind::Array &&
         identical(static_cast<const Array*>(au)->elem, static_cast<const Slice*>(vu)->elem);
  }
  if (!ok) {
    error(v.expr->pos, "cannot convert " + describe(before) + " to type " + type_str(t));
    return;
  }
  x.mode = ast::Mode::Value;
  x.type = t;
}

void Checker::builtin_call(Operand& x, ast::CallExpr* e, BuiltinId id) {
  x.expr = e;
  std::string name = expr_string(e->fun);
  auto check_args = [&](std::vector<Operand>& args) -> bool {
    for (ast::Expr* a : e->args) {
      Operand v;
      expr(v, a);
      args.push_back(v);
    }
    for (const Operand& a : args)
      if (a.invalid()) return false;
    return true;
  };
  auto count = [&](size_t want, const std::vector<Operand>& args) -> bool {
    if (args.size() < want) {
      error(e->rparen.valid() ? e->rparen : e->pos, "not enough arguments for " + expr_string(e) + " (expected " +
                                                        std::to_string(want) + ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    if (args.size() > want) {
      error(args[want].expr->pos, "too many arguments for " + expr_string(e) + " (expected " + std::to_string(want) +
                                      ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    return true;
  };
  std::vector<Operand> args;
  switch (id) {
    case BuiltinId::Print:
    case BuiltinId::Println: {
      if (!check_args(args)) return;
      for (Operand& a : args) {
        assignment(a, nullptr, "argument to built-in " + name);
        record(a);
      }
      x.mode = ast::Mode::NoValue;
      return;
    }
    case BuiltinId::Len: {
      if (!check_args(args) || !count(1, args)) return;
      Operand& a = args[0];
      const Type* u = underlying(a.type);
      if (is_string(a.type)) {
        x.type = types_.basic(BasicKind::Int);
        if (a.mode == ast::Mode::Constant) {
          x.mode = ast::Mode::Constant;
          x.val = own(ConstantValue::make_int(BigInt(static_cast<int64_t>(a.val->str().size()))));
        } else {
          x.mode = ast::Mode::Value;
        }
        default_type(a);
        record(a);
        return;
      }
      if (const Array* arr = array_or_pointer(u)) {
        array_length(x, a, arr);
        return;
      }
      if (u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Map || u->kind == TypeKind::Chan)) {
        x.mode = ast::Mode::Value;
        x.type = types_.basic(BasicKind::Int);
        return;
      }
      error(a.expr->pos, "invalid argument: " + describe(a) + " for " + name);
      return;
    }
    case BuiltinId::Cap: {
      if (!check_args(args) || !count(1, args)) return;
      const Type* u = underlying(args[0].type);
      if (const Array* arr = array_or_pointer(u)) {
        array_length(x, args[0], arr);
        return;
      }
      if (u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Chan)) {
        x.mode = ast::Mode::Value;
        x.type = types_.basic(BasicKind::Int);
        return;
      }
      error(args[0].expr->pos, "invalid argument: " + describe(args[0]) + " for " + name);
      return;
    }
    case BuiltinId::New: {
      if (e->args.size() != 1) {
        error(e->rparen.valid() ? e->rparen : e->pos, std::string(e->args.empty() ? "not enough" : "too many") +
                                                          " arguments for " + expr_string(e) + " (expected 1, found " +
                                                          std::to_string(e->args.size()) + ")");
        return;
      }
      const Type* t = type_expr(e->args[0]);
      if (!t) return;
      x.mode = ast::Mode::Value;
      x.type = types_.pointer(t);
      return;
    }
    case BuiltinId::Make: {
      if (e->args.empty()) {
        error(e->rparen.valid() ? e->rparen : e->pos, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return;
      }
      const Type* t = type_expr(e->args[0]);
      if (!t) return;
      const Type* u = underlying(t);
      size_t min_args = 1;
      if (u && u->kind == TypeKind::Slice) min_args = 2;
      else if (!u || (u->kind != TypeKind::Map && u->kind != TypeKind::Chan)) {
        error(e->args[0]->pos, "invalid argument: cannot make " + expr_string(e->args[0]) + "; type must be slice, map, or channel");
        return;
      }
      size_t n = e->args.size();
      if (n < min_args || n > 3) {
        error(e->pos, "invalid operation: " + expr_string(e) + " expects " + std::to_string(min_args) + " or 3 arguments; found " +
                          std::to_string(n));
        return;
      }
      std::vector<const ConstantValue*> sizes;
      for (size_t k = 1; k < n; k++) {
        Operand a;
        expr(a, e->args[k]);
        if (a.invalid()) return;
        if (is_untyped(a.type) && a.mode == ast::Mode::Constant) convert_untyped(a, types_.basic(BasicKind::Int));
        if (a.invalid()) return;
        if (!is_integer(a.type) && !(is_untyped(a.type) && a.mode == ast::Mode::Constant)) {
          error(a.expr->pos, "cannot convert " + describe(a) + " to type int");
          return;
        }
        if (a.mode == ast::Mode::Constant && a.val->int_value().negative()) {
          error(a.expr->pos, "invalid argument: index " + describe(a) + " must not be negative");
          return;
        }
        record(a);
        sizes.push_back(a.mode == ast::Mode::Constant ? a.val : nullptr);
      }
      if (sizes.size() == 2 && sizes[0] && sizes[1] && sizes[1]->int_value() < sizes[0]->int_value()) {
        error(e->args[1]->pos, "invalid argument: length and capacity swapped");
        return;
      }
      x.mode = ast::Mode::Value;
      x.type = t;
      return;
    }
    case BuiltinId::Append: {
      if (e->args.empty()) {
        error(e->rparen.valid() ? e->rparen : e->pos, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return;
      }
      Operand s;
      expr(s, e->args[0]);
      if (s.invalid()) return;
      const Type* u = underlying(s.type);
      if (s.mode == ast::Mode::Constant && is_untyped(s.type) && s.val && s.val->kind() == Constant::Kind::Bool) u = nullptr;
      if (!u || u->kind != TypeKind::Slice) {
        if (s.mode == ast::Mode::Value && s.type && s.type->kind == TypeKind::Basic &&
            static_cast<const Basic*>(s.type)->bkind == BasicKind::UntypedNil)
          error(s.expr->pos, "first argument to append must be a typed slice; found untyped nil");
        else
          error(s.expr->pos, "first argument to append must be a slice; have " + describe(s));
        return;
      }
      record(s);
      const Type* elem = static_cast<const Slice*>(u)->elem;
      if (e->has_ellipsis) {
        if (e->args.size() != 2) {
          error(e->pos, "can only use ... with final argument in list");
          return;
        }
        Operand t;
        expr(t, e->args[1]);
        if (t.invalid()) return;
        // append([]byte, string...) is the one special case.
        const Basic* eb = as_basic(elem);
        if (eb && eb->bkind == BasicKind::Uint8 && is_string(t.type)) {
          default_type(t);
          record(t);
        } else {
          assignment(t, s.type, "argument to append");
          if (t.invalid()) return;
          record(t);
        }
      } else {
        for (size_t k = 1; k < e->args.size(); k++) {
          Operand a;
          expr(a, e->args[k]);
          if (a.invalid()) return;
          assignment(a, elem, "argument to append");
          if (a.invalid()) return;
          record(a);
        }
      }
      x.mode = ast::Mode::Value;
      x.type = s.type;
      return;
    }
    case BuiltinId::Copy: {
      if (!check_args(args) || !count(2, args)) return;
      const Type* du = underlying(args[0].type);
      const Type* su = underlying(args[1].type);
      if (!du || du->kind != TypeKind::Slice || !su || (su->kind != TypeKind::Slice && !is_string(args[1].type))) {
        error(args[0].expr->pos, "invalid argument: copy expects slice arguments; found " + describe(args[0]) + " and " + describe(args[1]));
        return;
      }
      const Type* de = static_cast<const Slice*>(du)->elem;
      const Type* se = su->kind == TypeKind::Slice ? static_cast<const Slice*>(su)->elem : types_.byte_alias();
      if (!identical(de, se)) {
        error(args[0].expr->pos, "invalid argument: arguments to copy " + describe(args[0]) + " and " + describe(args[1]) +
                          " have different element types " + type_str(de) + " and " + type_str(se));
        return;
      }
      default_type(args[1]);
      record(args[0]);
      record(args[1]);
      x.mode = ast::Mode::Value;
      x.type = types_.basic(BasicKind::Int);
      return;
    }
    case BuiltinId::Close: {
      if (!check_args(args) || !count(1, args)) return;
      const Type* u = underlying(args[0].type);
      if (!u || u->kind != TypeKind::Chan) {
        error(args[0].expr->pos, "invalid operation: non-chan argument " + describe(args[0]) + " to close");
        return;
      }
      if (static_cast<const Chan*>(u)->dir == ast::ChanDir::Recv) {
        error(args[0].expr->pos, "invalid operation: cannot close receive-only channel " + describe(args[0]));
        return;
      }
      record(args[0]);
      x.mode = ast::Mode::NoValue;
      return;
    }
    case BuiltinId::Delete: {
      if (!check_args(args) || !count(2, args)) return;
      const Type* u = underlying(args[0].type);
      if (!u || u->kind != TypeKind::Map) {
        error(args[0].expr->pos, "invalid argument: " + describe(args[0]) + " is not a map");
        return;
      }
      assignment(args[1], static_cast<const Map*>(u)->key, "argument to delete");
      if (args[1].invalid()) return;
      record(args[0]);
      record(args[1]);
      x.mode = ast::Mode::NoValue;
      return;
    }
    case BuiltinId::Panic: {
      if (!check_args(args) || !count(1, args)) return;
      assignment(args[0], universe_->lookup("any")->type, "argument to panic");
      record(args[0]);
      x.mode = ast::Mode::NoValue;
      return;
    }
    case BuiltinId::Recover: {
      if (!check_args(args) || !count(0, args)) return;
      x.mode = ast::Mode::Value;
      x.type = universe_->lookup("any")->type;
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (!check_args(args)) return;
      if (args.empty()) {
        error(e->rparen.valid() ? e->rparen : e->pos, "not enough arguments for " + expr_string(e) + " (expected 1, found 0)");
        return;
      }
      // All operands must share one ordered type; untyped ones adapt.
      Operand acc = args[0];
      for (size_t i = 1; i < args.size(); i++) {
        Operand& y = args[i];
        if (is_untyped(acc.type) && !is_untyped(y.type)) convert_untyped(acc, y.type);
        else if (is_untyped(y.type) && !is_untyped(acc.type)) convert_untyped(y, acc.type);
        if (!identical(acc.type, y.type) && !(is_untyped(acc.type) && is_untyped(y.type))) {
          error(y.expr->pos, "invalid argument: mismatched types " + type_str(acc.type) + " (previous argument) and " +
                                 type_str(y.type) + " (type of " + expr_string(y.expr) + ")");
          return;
        }
        if (acc.mode == ast::Mode::Constant && y.mode == ast::Mode::Constant) {
          int c = is_string(acc.type) ? acc.val->str().compare(y.val->str()) : compare(acc.val->rat_value(), y.val->rat_value());
          bool take = id == BuiltinId::Min ? c > 0 : c < 0;
          if (take) acc.val = y.val;
          if (is_untyped(acc.type) && is_untyped(y.type) && is_float(y.type)) acc.type = y.type;
        } else {
          acc.mode = ast::Mode::Value;
          acc.val = nullptr;
        }
      }
      if (!(is_numeric(acc.type) || is_string(acc.type))) {
        error(args[0].expr->pos, "invalid argument: " + describe(args[0]) + " cannot be ordered");
        return;
      }
      if (acc.mode != ast::Mode::Constant) {
        for (Operand& a : args) {
          if (is_untyped(acc.type)) default_type(a);
          else convert_untyped(a, acc.type);
          record(a);
        }
        if (is_untyped(acc.type)) default_type(acc);
      }
      x.mode = acc.mode;
      x.type = acc.type;
      x.val = acc.val;
      return;
    }
    default:
      check_args(args);
      error(e->fun->pos, "gosub: built-in " + name + " is not supported yet");
      return;
  }
}

}  // namespace gosub::types
