// Statements, function bodies, labels, terminating-statement analysis and
// "declared but not used".
#include <algorithm>
#include <functional>

#include "compiler/checker.h"

namespace gosub::types {

std::string Checker::type_summary(const Type* t) {
  if (t && is_untyped(t)) {
    switch (static_cast<const Basic*>(t)->bkind) {
      case BasicKind::UntypedInt: case BasicKind::UntypedRune: case BasicKind::UntypedFloat: return "number";
      case BasicKind::UntypedString: return "string";
      case BasicKind::UntypedBool: return "bool";
      case BasicKind::UntypedNil: return "nil";
      default: break;
    }
  }
  return type_str(t);
}

// ------------------------------------------------------------ function bodies

void Checker::func_body(const ast::Node* decl, const Signature* sig, ast::BlockStmt* body, Scope* outer) {
  FuncContext ctx;
  ctx.sig = sig;
  ctx.decl = decl;
  ctx.outer = fn_;
  if (auto* fl = ast::as<ast::FuncLit>(decl)) ctx.captures = &prog_.captures[fl];
  FuncContext* saved_fn = fn_;
  Scope* saved_scope = scope_;
  StmtContext saved_ctx = ctx_;
  std::vector<Scope*> saved_scopes;
  saved_scopes.swap(func_scopes_);
  fn_ = &ctx;
  ctx_ = StmtContext{};
  scope_ = new_scope(outer ? outer : scope_);
  func_scopes_.push_back(scope_);

  // Parameters and results live in the function's outermost block.
  const ast::FuncType* ft = nullptr;
  if (auto* fd = ast::as<ast::FuncDecl>(decl)) ft = fd->ftype;
  else if (auto* fl = ast::as<ast::FuncLit>(decl)) ft = fl->ftype;
  auto declare_fields = [&](const ast::FieldList* list, const Tuple* tuple, bool results) {
    if (!list) return;
    size_t k = 0;
    for (const ast::Field* f : list->list) {
      if (f->names.empty()) {
        if (results) ctx.results.push_back(tuple->vars[k]);
        k++;
        continue;
      }
      for (ast::Ident* name : f->names) {
        Var* v = tuple->vars[k++];
        v->decl_func = decl;
        if (results) {
          ctx.results.push_back(v);
          ctx.named_results = true;
        }
        declare(scope_, name, v);
      }
    }
  };
  if (auto* fd = ast::as<ast::FuncDecl>(decl); fd && fd->recv && sig->recv) {
    sig->recv->decl_func = decl;
    if (!fd->recv->list.empty() && !fd->recv->list[0]->names.empty()) declare(scope_, fd->recv->list[0]->names[0], sig->recv);
  }
  if (ft) {
    declare_fields(ft->params, sig->params, false);
    declare_fields(ft->results, sig->results, true);
  }
  stmt_list(body->list);
  if (!sig->results->vars.empty() && !is_terminating(body, "")) error(body->rbrace, "missing return");
  check_labels(body);
  for (Scope* s : func_scopes_) report_unused(s);

  func_scopes_.swap(saved_scopes);
  fn_ = saved_fn;
  scope_ = saved_scope;
  ctx_ = saved_ctx;
}

void Checker::report_unused(Scope* scope) {
  for (Object* obj : scope->objects()) {
    if (obj->kind != ObjKind::Var || obj->used) continue;
    auto* v = static_cast<Var*>(obj);
    if (v->is_param || v->is_global || v->name == "_") continue;
    error(v->pos, std::string(v->name) + " declared but not used");
  }
}

void Checker::open_scope() {
  scope_ = new_scope(scope_);
  func_scopes_.push_back(scope_);
}

void Checker::close_scope() { scope_ = scope_->parent(); }

// ------------------------------------------------------------ statements

void Checker::stmt_list(const std::vector<ast::Stmt*>& list) {
  StmtContext outer = ctx_;
  for (size_t i = 0; i < list.size(); i++) {
    // fallthrough is only legal as the very last statement of a clause.
    ctx_.fallthrough_ok = outer.fallthrough_ok && i + 1 == list.size();
    ctx_.final_case = outer.final_case;
    stmt(list[i]);
  }
  ctx_ = outer;
}

void Checker::block(ast::BlockStmt* b) {
  open_scope();
  StmtContext saved = ctx_;
  ctx_.fallthrough_ok = false;
  stmt_list(b->list);
  ctx_ = saved;
  close_scope();
}

void Checker::stmt(ast::Stmt* s) {
  switch (s->kind) {
    case ast::Kind::EmptyStmt: case ast::Kind::BadStmt: return;
    case ast::Kind::DeclStmt: {
      auto* gd = ast::as<ast::GenDecl>(static_cast<ast::DeclStmt*>(s)->decl);
      if (gd) local_decl(gd);
      return;
    }
    case ast::Kind::LabeledStmt: {
      StmtContext saved = ctx_;
      stmt(static_cast<ast::LabeledStmt*>(s)->stmt);
      ctx_ = saved;
      return;
    }
    case ast::Kind::ExprStmt: {
      auto* es = static_cast<ast::ExprStmt*>(s);
      Operand x;
      raw_expr(x, es->x, nullptr);
      if (x.invalid()) return;
      ast::Expr* inner = es->x;
      while (auto* p = ast::as<ast::ParenExpr>(inner)) inner = p->x;
      bool is_call = ast::as<ast::CallExpr>(inner) && x.mode != ast::Mode::TypeExpr;
      auto* call = ast::as<ast::CallExpr>(inner);
      bool conversion_or_pure_builtin = false;
      if (call && call->fun->mode == ast::Mode::TypeExpr) conversion_or_pure_builtin = true;
      if (call && call->fun->mode == ast::Mode::Builtin && x.mode != ast::Mode::NoValue) {
        // copy and recover have results yet may stand alone.
        auto* id = ast::as<ast::Ident>(ast::unparen(call->fun));
        auto* b = id && id->obj && id->obj->kind == ObjKind::Builtin ? static_cast<Builtin*>(id->obj) : nullptr;
        conversion_or_pure_builtin = !b || (b->id != BuiltinId::Copy && b->id != BuiltinId::Recover);
      }
      bool is_recv = ast::as<ast::UnaryExpr>(inner) && static_cast<ast::UnaryExpr*>(inner)->op == ast::Op::Arrow;
      if ((is_call && !conversion_or_pure_builtin) || is_recv) return;
      error(es->x->pos, describe(x) + " is not used");
      return;
    }
    case ast::Kind::IncDecStmt: {
      auto* ids = static_cast<ast::IncDecStmt*>(s);
      Operand x;
      expr(x, ids->x);
      if (x.invalid()) return;
      if (!is_numeric(x.type)) {
        error(ids->x->pos, "invalid operation: " + expr_string(ids->x) + (ids->inc ? "++" : "--") +
                               " (non-numeric type " + type_str(x.type) + ")");
        return;
      }
      Operand one = x;
      one.mode = ast::Mode::Value;
      assign_var(ids->x, one);
      return;
    }
    case ast::Kind::AssignStmt: {
      auto* as = static_cast<ast::AssignStmt*>(s);
      if (as->tok == ast::AssignTok::Define) define_stmt(as);
      else assign_stmt(as);
      return;
    }
    case ast::Kind::GoStmt:
    case ast::Kind::DeferStmt: {
      ast::CallExpr* call = s->kind == ast::Kind::GoStmt ? static_cast<ast::GoStmt*>(s)->call : static_cast<ast::DeferStmt*>(s)->call;
      const char* what = s->kind == ast::Kind::GoStmt ? "go" : "defer";
      if (!call) {
        error(s->pos, std::string("expression in ") + what + " must be function call");
        return;
      }
      Operand x;
      raw_expr(x, call, nullptr);
      if (!x.invalid() && call->fun->mode == ast::Mode::TypeExpr)
        error(call->pos, std::string(what) + " requires function call, not conversion");
      return;
    }
    case ast::Kind::ReturnStmt: return_stmt(static_cast<ast::ReturnStmt*>(s)); return;
    case ast::Kind::BranchStmt: {
      auto* bs = static_cast<ast::BranchStmt*>(s);
      switch (bs->tok) {
        case ast::BranchTok::Break:
          if (!bs->label && !ctx_.breakable) error(s->pos, "break is not in a loop, switch, or select");
          break;
        case ast::BranchTok::Continue:
          if (!bs->label && !ctx_.in_loop) error(s->pos, "continue is not in a loop");
          break;
        case ast::BranchTok::Fallthrough:
          if (!ctx_.fallthrough_ok) error(s->pos, "fallthrough statement out of place");
          else if (ctx_.final_case) error(s->pos, "cannot fallthrough final case in switch");
          break;
        case ast::BranchTok::Goto: break;  // checked with labels
      }
      return;
    }
    case ast::Kind::BlockStmt: block(static_cast<ast::BlockStmt*>(s)); return;
    case ast::Kind::IfStmt: if_stmt(static_cast<ast::IfStmt*>(s)); return;
    case ast::Kind::SwitchStmt: switch_stmt(static_cast<ast::SwitchStmt*>(s)); return;
    case ast::Kind::ForStmt: for_stmt(static_cast<ast::ForStmt*>(s)); return;
    case ast::Kind::RangeStmt: range_stmt(static_cast<ast::RangeStmt*>(s)); return;
    case ast::Kind::TypeSwitchStmt: type_switch_stmt(static_cast<ast::TypeSwitchStmt*>(s)); return;
    case ast::Kind::SelectStmt: select_stmt(static_cast<ast::SelectStmt*>(s)); return;
    case ast::Kind::SendStmt: {
      auto* ss = static_cast<ast::SendStmt*>(s);
      Operand ch, v;
      expr(ch, ss->chan);
      expr(v, ss->value);
      if (ch.invalid() || v.invalid()) return;
      const Type* u = underlying(ch.type);
      if (!u || u->kind != TypeKind::Chan) {
        error(s->pos, "invalid operation: cannot send to non-channel " + describe(ch));
        return;
      }
      assignment(v, static_cast<const Chan*>(u)->elem, "send");
      return;
    }
    default:
      error(s->pos, std::string("gosub: ") + ast::kind_name(s->kind) + " is not supported");
      return;
  }
}

void Checker::assign_var(ast::Expr* lhs, Operand& x) {
  ast::Expr* target = lhs;
  while (auto* p = ast::as<ast::ParenExpr>(target)) target = p->x;
  if (auto* id = ast::as<ast::Ident>(target); id && id->name == "_") {
    id->obj = nullptr;
    assignment(x, nullptr, "assignment");
    record(x);
    return;
  }
  Operand z;
  if (auto* id = ast::as<ast::Ident>(target)) {
    // Assigning to a variable does not count as using it.
    Object* obj = scope_ ? scope_->lookup(id->name) : nullptr;
    bool was_used = obj && obj->used;
    ident(z, id, false);
    if (obj && obj->kind == ObjKind::Var && !static_cast<Var*>(obj)->is_global) obj->used = was_used;
    record(z);
  } else {
    expr(z, lhs);
  }
  if (z.invalid()) {
    return;
  }
  if (z.mode != ast::Mode::Variable && z.mode != ast::Mode::MapIndex) {
    // m[k].f = v: the map element is not addressable.
    auto* sel = ast::as<ast::SelectorExpr>(target);
    auto* ix = sel ? ast::as<ast::IndexExpr>(ast::unparen(sel->x)) : nullptr;
    const Type* xu = ix && ix->x->type ? underlying(ix->x->type) : nullptr;
    if (xu && xu->kind == TypeKind::Map) {
      error(lhs->pos, "cannot assign to struct field " + expr_string(target) + " in map");
      return;
    }
    error(lhs->pos, "cannot assign to " + describe(z));
    return;
  }
  assignment(x, z.type, "assignment");
  if (x.invalid()) {
    // Like types2: a variable whose assignment failed draws no
    // "declared but not used" on top of that error.
    if (auto* id = ast::as<ast::Ident>(target); id && id->obj && id->obj->kind == ObjKind::Var) id->obj->used = true;
    return;
  }
  record(x);
}

void Checker::assign_stmt(ast::AssignStmt* s) {
  if (s->tok == ast::AssignTok::OpAssign) {
    // x op= y is checked as x op y (messages quote the binary form).
    auto* bin = prog_.arena.make<ast::BinaryExpr>(s->pos);
    bin->op = s->op;
    bin->op_pos = s->tok_pos;
    bin->x = s->lhs[0];
    bin->y = s->rhs[0];
    Operand x;
    binary(x, bin, s->lhs[0], s->rhs[0], s->op, s->tok_pos);
    if (x.invalid()) return;
    x.expr = bin;  // annotate the synthetic node, not the operand
    assign_var(s->lhs[0], x);
    return;
  }
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == nr && !(nl == 1 && ast::as<ast::CallExpr>(s->rhs[0]))) {
    std::vector<Operand> xs(nr);
    for (size_t i = 0; i < nr; i++) expr(xs[i], s->rhs[i]);
    for (size_t i = 0; i < nl; i++) {
      if (xs[i].invalid()) {
        Operand ignored;
        if (!ast::as<ast::Ident>(s->lhs[i])) raw_expr(ignored, s->lhs[i], nullptr);
        continue;
      }
      assign_var(s->lhs[i], xs[i]);
    }
    return;
  }
  if (nr == 1) {
    std::vector<Operand> xs;
    multi_expr(xs, s->rhs[0], nl == 2);
    if (xs.size() == 1 && xs[0].invalid()) return;
    if (xs.size() == 1 && nl == 1) {
      assign_var(s->lhs[0], xs[0]);
      return;
    }
    if (xs.size() == nl) {
      for (size_t i = 0; i < nl; i++) assign_var(s->lhs[i], xs[i]);
      return;
    }
    auto* call = ast::as<ast::CallExpr>(s->rhs[0]);
    error(s->rhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl > 1 ? "s" : "") + " but " +
                              (call ? expr_string(call->fun) + " returns " : "") + std::to_string(xs.size()) + " value" +
                              (xs.size() > 1 ? "s" : ""));
    return;
  }
  error(s->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl > 1 ? "s" : "") + " but " +
                            std::to_string(nr) + " value" + (nr > 1 ? "s" : ""));
  for (ast::Expr* e : s->rhs) {
    Operand ignored;
    expr(ignored, e);
  }
}

void Checker::define_stmt(ast::AssignStmt* s) {
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  std::vector<Operand> xs;
  if (nl == nr && !(nl == 1 && ast::as<ast::CallExpr>(s->rhs[0]))) {
    xs.resize(nr);
    for (size_t i = 0; i < nr; i++) expr(xs[i], s->rhs[i]);
  } else if (nr == 1) {
    multi_expr(xs, s->rhs[0], nl == 2);
    if (!(xs.size() == 1 && xs[0].invalid()) && xs.size() != nl) {
      auto* call = ast::as<ast::CallExpr>(s->rhs[0]);
      error(s->rhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl > 1 ? "s" : "") + " but " +
                                (call ? expr_string(call->fun) + " returns " : "") + std::to_string(xs.size()) + " value" +
                                (xs.size() > 1 ? "s" : ""));
      xs.assign(nl, Operand{});
    }
  } else {
    error(s->lhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl > 1 ? "s" : "") + " but " +
                              std::to_string(nr) + " value" + (nr > 1 ? "s" : ""));
    for (ast::Expr* e : s->rhs) {
      Operand ignored;
      expr(ignored, e);
    }
    xs.assign(nl, Operand{});
  }
  if (xs.size() != nl) xs.resize(nl);
  bool any_new = false;
  std::vector<std::pair<ast::Ident*, Var*>> fresh;
  for (size_t i = 0; i < nl; i++) {
    auto* id = ast::as<ast::Ident>(s->lhs[i]);
    if (!id) {
      error(s->lhs[i]->pos, "non-name " + expr_string(s->lhs[i]) + " on left side of :=");
      continue;
    }
    Object* existing = id->name == "_" ? nullptr : scope_->lookup_local(id->name);
    if (existing && existing->kind == ObjKind::Var) {
      id->obj = existing;
      if (!xs[i].invalid()) {
        bool was_used = existing->used;
        Operand z;
        z.mode = ast::Mode::Variable;
        z.type = existing->type;
        z.expr = id;
        record(z);
        assignment(xs[i], existing->type, "assignment");
        record(xs[i]);
        existing->used = was_used;
      }
      continue;
    }
    if (id->name != "_") any_new = true;
    auto* v = new_object<Var>(id->name, id->pos);
    v->pkg = pkg_;
    v->decl_func = fn_ ? fn_->decl : nullptr;
    if (!xs[i].invalid()) {
      assignment(xs[i], nullptr, "assignment");
      record(xs[i]);
    }
    v->type = xs[i].invalid() ? types_.basic(BasicKind::Invalid) : xs[i].type;
    // A variable whose initializer failed is not reported as unused too.
    if (id->name == "_" || xs[i].invalid()) v->used = true;
    fresh.emplace_back(id, v);
  }
  if (!any_new) error(s->tok_pos.valid() ? s->tok_pos : s->pos, "no new variables on left side of :=");
  for (auto& [id, v] : fresh) declare(scope_, id, v);
}

void Checker::return_stmt(ast::ReturnStmt* s) {
  const auto& want = fn_->sig->results->vars;
  if (s->results.empty()) {
    if (!want.empty() && !fn_->named_results) {
      std::string want_s = "(";
      for (size_t i = 0; i < want.size(); i++) want_s += (i ? ", " : "") + type_str(want[i]->type);
      error(s->pos, "not enough return values\n\thave ()\n\twant " + want_s + ")");
    }
    if (fn_->named_results) {
      for (Var* r : fn_->results) {
        Object* visible = scope_->lookup(r->name);
        if (visible && visible != r)
          error(s->pos, "result parameter " + std::string(r->name) + " not in scope at return\n\t" +
                            diags_.sources().format(visible->pos) + ": inner declaration of " + std::string(r->name));
      }
    }
    return;
  }
  std::vector<Operand> xs;
  if (s->results.size() == 1 && want.size() > 1) {
    multi_expr(xs, s->results[0]);
  } else {
    for (ast::Expr* e : s->results) {
      Operand x;
      expr(x, e);
      xs.push_back(x);
    }
  }
  for (const Operand& x : xs)
    if (x.invalid()) return;
  if (xs.size() != want.size()) {
    std::string have = "(", want_s = "(";
    for (size_t i = 0; i < xs.size(); i++) have += (i ? ", " : "") + type_summary(xs[i].type);
    for (size_t i = 0; i < want.size(); i++) want_s += (i ? ", " : "") + type_str(want[i]->type);
    Pos at = xs.size() > want.size() ? s->results[std::min(want.size(), s->results.size() - 1)]->pos : s->results[0]->pos;
    error(at, std::string(xs.size() > want.size() ? "too many" : "not enough") + " return values\n\thave " + have +
                  ")\n\twant " + want_s + ")");
    return;
  }
  for (size_t i = 0; i < xs.size(); i++) {
    assignment(xs[i], want[i]->type, "return statement");
    record(xs[i]);
  }
}

void Checker::if_stmt(ast::IfStmt* s) {
  open_scope();
  StmtContext saved = ctx_;
  ctx_.fallthrough_ok = false;
  if (s->init) stmt(s->init);
  Operand c;
  expr(c, s->cond);
  if (!c.invalid() && !is_boolean(c.type)) error(s->cond->pos, "non-boolean condition in if statement");
  else if (!c.invalid()) {
    default_type(c);
    record(c);
  }
  block(s->body);
  if (s->else_) stmt(s->else_);
  ctx_ = saved;
  close_scope();
}

void Checker::for_stmt(ast::ForStmt* s) {
  open_scope();
  StmtContext saved = ctx_;
  ctx_.fallthrough_ok = false;
  if (s->init) stmt(s->init);
  if (s->cond) {
    Operand c;
    expr(c, s->cond);
    if (!c.invalid() && !is_boolean(c.type)) error(s->cond->pos, "non-boolean condition in for statement");
    else if (!c.invalid()) {
      default_type(c);
      record(c);
    }
  }
  if (s->post) {
    if (auto* as = ast::as<ast::AssignStmt>(s->post); as && as->tok == ast::AssignTok::Define)
      error(s->post->pos, "cannot declare in post statement of for loop");
    else stmt(s->post);
  }
  ctx_.in_loop = ctx_.breakable = true;
  block(s->body);
  ctx_ = saved;
  close_scope();
}

void Checker::range_stmt(ast::RangeStmt* s) {
  open_scope();
  StmtContext saved = ctx_;
  ctx_.fallthrough_ok = false;
  Operand x;
  expr(x, s->x);
  const Type *key = nullptr, *value = nullptr;
  if (!x.invalid()) {
    const Type* u = underlying(x.type);
    if (is_string(x.type)) {
      default_type(x);
      record(x);
      key = types_.basic(BasicKind::Int);
      value = types_.rune_alias();
    } else if (is_integer(x.type)) {
      default_type(x);
      record(x);
      key = x.type;
      if (s->value) {
        error(s->value->pos, "range over " + describe(x) + " permits only one iteration variable");
      }
    } else if (u && u->kind == TypeKind::Pointer && underlying(static_cast<const Pointer*>(u)->elem)->kind == TypeKind::Array) {
      key = types_.basic(BasicKind::Int);  // range over *[N]T
      value = static_cast<const Array*>(underlying(static_cast<const Pointer*>(u)->elem))->elem;
    } else if (u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Array)) {
      key = types_.basic(BasicKind::Int);
      value = u->kind == TypeKind::Slice ? static_cast<const Slice*>(u)->elem : static_cast<const Array*>(u)->elem;
    } else if (u && u->kind == TypeKind::Map) {
      key = static_cast<const Map*>(u)->key;
      value = static_cast<const Map*>(u)->elem;
    } else if (u && u->kind == TypeKind::Chan) {
      key = static_cast<const Chan*>(u)->elem;
      if (s->value) error(s->value->pos, "range over " + describe(x) + " permits only one iteration variable");
    } else {
      error(s->x->pos, "cannot range over " + describe(x));
    }
  }
  ast::Expr* lhs[2] = {s->key, s->value};
  const Type* types[2] = {key, value};
  if (s->tok == ast::AssignTok::Define) {
    std::vector<std::pair<ast::Ident*, Var*>> fresh;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      auto* id = ast::as<ast::Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, "non-name " + expr_string(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = new_object<Var>(id->name, id->pos);
      v->pkg = pkg_;
      v->decl_func = fn_ ? fn_->decl : nullptr;
      v->type = types[i] ? types[i] : types_.basic(BasicKind::Invalid);
      if (id->name == "_") v->used = true;
      id->type = v->type;
      id->mode = ast::Mode::Variable;
      fresh.emplace_back(id, v);
    }
    for (auto& [id, v] : fresh) declare(scope_, id, v);
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !types[i]) continue;
      Operand v;
      v.mode = ast::Mode::Value;
      v.type = types[i];
      v.expr = lhs[i];
      assign_var(lhs[i], v);
    }
  }
  ctx_.in_loop = ctx_.breakable = true;
  block(s->body);
  ctx_ = saved;
  close_scope();
}

void Checker::switch_stmt(ast::SwitchStmt* s) {
  open_scope();
  StmtContext saved = ctx_;
  if (s->init) stmt(s->init);
  Operand tag;
  if (s->tag) {
    expr(tag, s->tag);
    if (!tag.invalid()) {
      default_type(tag);
      record(tag);
    }
  }
  const auto& clauses = s->body->list;
  const ast::Stmt* first_default = nullptr;
  std::vector<std::pair<const ConstantValue*, ast::Expr*>> seen;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    auto* cc = ast::as<ast::CaseClause>(clauses[ci]);
    if (!cc) continue;
    if (cc->is_default) {
      if (first_default) error(cc->pos, "multiple defaults (first at " + diags_.sources().format(first_default->pos) + ")");
      else first_default = cc;
    }
    for (ast::Expr* e : cc->list) {
      Operand x;
      expr(x, e);
      if (x.invalid()) continue;
      if (s->tag) {
        if (tag.invalid()) continue;
        Operand t = tag;
        Operand y = x;
        // Compare as tag == case value, reporting at the case expression.
        ast::BinaryExpr cmp(e->pos);
        cmp.op = ast::Op::Eql;
        cmp.x = e;
        cmp.y = s->tag;
        Operand a = y, b = t;
        comparison(a, b, ast::Op::Eql, &cmp);
        if (a.invalid()) continue;
        if (y.mode == ast::Mode::Constant && is_untyped(y.type)) {
          convert_untyped(y, tag.type);
          record(y);
        }
        if (y.mode == ast::Mode::Constant && y.val) {
          for (auto& [v, prev] : seen) {
            if (v->kind() == y.val->kind() &&
                ((v->kind() == Constant::Kind::String && v->str() == y.val->str()) ||
                 (v->kind() != Constant::Kind::String && v->kind() != Constant::Kind::Bool &&
                  compare(v->rat_value(), y.val->rat_value()) == 0) ||
                 (v->kind() == Constant::Kind::Bool && v->boolean() == y.val->boolean()))) {
              error(e->pos, "duplicate case " + describe(y) + " in expression switch\n\t" +
                                diags_.sources().format(prev->pos) + ": previous case");
              break;
            }
          }
          seen.emplace_back(y.val, e);
        }
      } else {
        if (!is_boolean(x.type)) {
          error(e->pos, "invalid case " + expr_string(e) + " in switch (mismatched types " + type_str(x.type) + " and bool)");
          continue;
        }
        default_type(x);
        record(x);
      }
    }
    open_scope();
    ctx_.breakable = true;
    ctx_.fallthrough_ok = true;
    ctx_.final_case = ci + 1 == clauses.size();
    stmt_list(cc->body);
    ctx_.fallthrough_ok = false;
    close_scope();
  }
  ctx_ = saved;
  close_scope();
}

// Each clause is a send, a receive (<-c, v[, ok] = <-c, v[, ok] := <-c)
// or default, with its own scope; break leaves the select.
void Checker::select_stmt(ast::SelectStmt* s) {
  StmtContext saved = ctx_;
  const ast::Stmt* first_default = nullptr;
  for (ast::Stmt* c : s->body->list) {
    auto* cc = ast::as<ast::CommClause>(c);
    if (!cc) continue;
    ast::Expr* rhs = nullptr;
    bool valid = false;
    if (!cc->comm) {
      if (first_default) error(cc->pos, "multiple defaults (first at " + diags_.sources().format(first_default->pos) + ")");
      else first_default = cc;
      valid = true;
    } else if (cc->comm->kind == ast::Kind::SendStmt) {
      valid = true;
    } else if (auto* as = ast::as<ast::AssignStmt>(cc->comm); as && as->rhs.size() == 1 && as->tok != ast::AssignTok::OpAssign) {
      rhs = as->rhs[0];
    } else if (auto* es = ast::as<ast::ExprStmt>(cc->comm)) {
      rhs = es->x;
    }
    if (auto* u = rhs ? ast::as<ast::UnaryExpr>(ast::unparen(rhs)) : nullptr; u && u->op == ast::Op::Arrow) valid = true;
    if (!valid) {
      // gc's parser rejects it, at the statement's expression (a call: its parenthesis).
      Pos at = cc->comm->pos;
      if (auto* es = ast::as<ast::ExprStmt>(cc->comm))
        if (auto* call = ast::as<ast::CallExpr>(ast::unparen(es->x))) at = call->lparen;
      error(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    open_scope();
    if (cc->comm) stmt(cc->comm);
    ctx_.breakable = true;
    ctx_.fallthrough_ok = false;
    stmt_list(cc->body);
    close_scope();
  }
  ctx_ = saved;
}

void Checker::type_switch_stmt(ast::TypeSwitchStmt* s) {
  open_scope();
  StmtContext saved = ctx_;
  if (s->init) stmt(s->init);
  // The guard: x.(type) or v := x.(type).
  ast::Ident* symbol = nullptr;
  ast::Expr* guard = nullptr;
  if (auto* as = ast::as<ast::AssignStmt>(s->assign)) {
    symbol = as->lhs.empty() ? nullptr : ast::as<ast::Ident>(as->lhs[0]);
    guard = as->rhs.empty() ? nullptr : as->rhs[0];
  } else if (auto* es = ast::as<ast::ExprStmt>(s->assign)) {
    guard = es->x;
  }
  auto* ta = guard ? ast::as<ast::TypeAssertExpr>(ast::unparen(guard)) : nullptr;
  Operand x;
  if (ta) expr(x, ta->x);
  if (!ta || x.invalid()) {
    ctx_ = saved;
    close_scope();
    return;
  }
  if (!is_interface(x.type)) {
    error(ta->x->pos, describe(x) + " is not an interface");
    ctx_ = saved;
    close_scope();
    return;
  }
  ta->type = x.type;
  const auto& clauses = s->body->list;
  s->implicits.assign(clauses.size(), nullptr);
  const ast::Stmt* first_default = nullptr;
  std::vector<Var*> implicits;
  std::vector<std::pair<const Type*, ast::Expr*>> seen_types;  // for duplicate cases
  const ast::Expr* seen_nil = nullptr;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    auto* cc = ast::as<ast::CaseClause>(clauses[ci]);
    if (!cc) continue;
    if (cc->is_default) {
      if (first_default) error(cc->pos, "multiple defaults (first at " + diags_.sources().format(first_default->pos) + ")");
      else first_default = cc;
    }
    const Type* single = nullptr;
    for (ast::Expr* e : cc->list) {
      auto* id = ast::as<ast::Ident>(ast::unparen(e));
      Object* nil = id && id->name == "nil" ? scope_->lookup(id->name) : nullptr;
      if (nil && nil->kind == ObjKind::Nil) {
        id->obj = nil;
        e->type = types_.basic(BasicKind::UntypedNil);
        single = cc->list.size() == 1 ? x.type : nullptr;
        if (seen_nil)
          error(e->pos, "multiple nil cases in type switch (first at " + diags_.sources().format(seen_nil->pos) + ")");
        else
          seen_nil = e;
        continue;
      }
      const Type* t = type_expr(e);
      e->type = t;
      if (!t) continue;
      bool duplicate = false;
      for (auto& [prev_type, prev] : seen_types) {
        if (identical(prev_type, t)) {
          error(e->pos, "duplicate case " + type_str(t) + " in type switch\n\t" + diags_.sources().format(prev->pos) + ": previous case");
          duplicate = true;
          break;
        }
      }
      if (duplicate) continue;
      seen_types.emplace_back(t, e);
      if (!is_interface(t)) {
        std::string why;
        if (!implements(t, static_cast<const Interface*>(underlying(x.type)), &why)) {
          error(e->pos, "impossible type switch case: " + describe(x) + " cannot have dynamic type " + type_str(t) + " " + why);
          continue;
        }
      }
      if (cc->list.size() == 1) single = t;
    }
    open_scope();
    if (symbol && symbol->name != "_") {
      auto* v = new_object<Var>(symbol->name, symbol->pos);
      v->type = single ? single : x.type;
      v->pkg = pkg_;
      v->decl_func = fn_ ? fn_->decl : nullptr;
      scope_->insert(v);
      s->implicits[ci] = v;
      implicits.push_back(v);
    }
    ctx_.breakable = true;
    ctx_.fallthrough_ok = false;
    stmt_list(cc->body);
    close_scope();
  }
  if (symbol && symbol->name != "_") {
    bool used = false;
    for (Var* v : implicits) used = used || v->used;
    for (Var* v : implicits) v->used = true;
    if (!used) error(symbol->pos, std::string(symbol->name) + " declared but not used");
  }
  ctx_ = saved;
  close_scope();
}

// ------------------------------------------------------------ labels

void Checker::check_labels(ast::BlockStmt* body) {
  // Declare every label of the function, then validate each branch.
  std::unordered_map<std::string_view, Label*> labels;
  std::function<void(ast::Stmt*)> collect = [&](ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case ast::Kind::LabeledStmt: {
        auto* ls = static_cast<ast::LabeledStmt*>(s);
        if (ls->label->name != "_") {
          auto* l = new_object<Label>(ls->label->name, ls->label->pos);
          l->stmt = ls;
          ls->label->obj = l;
          if (!labels.emplace(ls->label->name, l).second)
            error(ls->label->pos, "label " + std::string(ls->label->name) + " already defined");
        }
        collect(ls->stmt);
        break;
      }
      case ast::Kind::BlockStmt:
        for (ast::Stmt* c : static_cast<ast::BlockStmt*>(s)->list) collect(c);
        break;
      case ast::Kind::IfStmt:
        collect(static_cast<ast::IfStmt*>(s)->body);
        collect(static_cast<ast::IfStmt*>(s)->else_);
        break;
      case ast::Kind::ForStmt: collect(static_cast<ast::ForStmt*>(s)->body); break;
      case ast::Kind::RangeStmt: collect(static_cast<ast::RangeStmt*>(s)->body); break;
      case ast::Kind::SwitchStmt: collect(static_cast<ast::SwitchStmt*>(s)->body); break;
      case ast::Kind::TypeSwitchStmt: collect(static_cast<ast::TypeSwitchStmt*>(s)->body); break;
      case ast::Kind::SelectStmt: collect(static_cast<ast::SelectStmt*>(s)->body); break;
      case ast::Kind::CaseClause:
        for (ast::Stmt* c : static_cast<ast::CaseClause*>(s)->body) collect(c);
        break;
      case ast::Kind::CommClause:
        for (ast::Stmt* c : static_cast<ast::CommClause*>(s)->body) collect(c);
        break;
      default: break;
    }
  };
  for (ast::Stmt* s : body->list) collect(s);

  std::vector<ast::LabeledStmt*> enclosing;
  std::function<void(ast::Stmt*)> walk = [&](ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case ast::Kind::LabeledStmt: {
        auto* ls = static_cast<ast::LabeledStmt*>(s);
        enclosing.push_back(ls);
        walk(ls->stmt);
        enclosing.pop_back();
        return;
      }
      case ast::Kind::BranchStmt: {
        auto* bs = static_cast<ast::BranchStmt*>(s);
        if (!bs->label) return;
        auto it = labels.find(bs->label->name);
        if (it == labels.end()) {
          // gc's syntax pass words break/continue targets differently from goto's.
          std::string name(bs->label->name);
          if (bs->tok == ast::BranchTok::Break) error(bs->label->pos, "break label not defined: " + name);
          else if (bs->tok == ast::BranchTok::Continue) error(bs->label->pos, "continue label not defined: " + name);
          else error(bs->label->pos, "label " + name + " not defined");
          return;
        }
        it->second->used = true;
        bs->label->obj = it->second;
        if (bs->tok == ast::BranchTok::Goto) return;
        ast::LabeledStmt* target = nullptr;
        for (auto* ls : enclosing)
          if (ls->label->name == bs->label->name) target = ls;
        ast::Kind k = target ? target->stmt->kind : ast::Kind::BadStmt;
        bool loop = k == ast::Kind::ForStmt || k == ast::Kind::RangeStmt;
        bool breakable = loop || k == ast::Kind::SwitchStmt || k == ast::Kind::TypeSwitchStmt || k == ast::Kind::SelectStmt;
        if (bs->tok == ast::BranchTok::Break && !breakable)
          error(bs->label->pos, "invalid break label " + std::string(bs->label->name));
        if (bs->tok == ast::BranchTok::Continue && !loop)
          error(bs->label->pos, "invalid continue label " + std::string(bs->label->name));
        return;
      }
      case ast::Kind::BlockStmt:
        for (ast::Stmt* c : static_cast<ast::BlockStmt*>(s)->list) walk(c);
        return;
      case ast::Kind::IfStmt:
        walk(static_cast<ast::IfStmt*>(s)->body);
        walk(static_cast<ast::IfStmt*>(s)->else_);
        return;
      case ast::Kind::ForStmt: walk(static_cast<ast::ForStmt*>(s)->body); return;
      case ast::Kind::RangeStmt: walk(static_cast<ast::RangeStmt*>(s)->body); return;
      case ast::Kind::SwitchStmt: walk(static_cast<ast::SwitchStmt*>(s)->body); return;
      case ast::Kind::TypeSwitchStmt: walk(static_cast<ast::TypeSwitchStmt*>(s)->body); return;
      case ast::Kind::SelectStmt: walk(static_cast<ast::SelectStmt*>(s)->body); return;
      case ast::Kind::CaseClause:
        for (ast::Stmt* c : static_cast<ast::CaseClause*>(s)->body) walk(c);
        return;
      case ast::Kind::CommClause:
        for (ast::Stmt* c : static_cast<ast::CommClause*>(s)->body) walk(c);
        return;
      default: return;
    }
  };
  for (ast::Stmt* s : body->list) walk(s);
  for (auto& [name, l] : labels)
    if (!l->used) error(l->pos, "label " + std::string(name) + " defined and not used");
  check_gotos(body);
}

// goto may not jump into a block or over a variable declaration in the
// block it jumps within (Go spec: Goto statements).
void Checker::check_gotos(ast::BlockStmt* body) {
  struct Where {
    const std::vector<ast::Stmt*>* list;
    size_t index;
    Pos start;  // where the list's block starts
  };
  using Path = std::vector<Where>;
  std::unordered_map<std::string_view, Path> label_paths;
  std::vector<std::pair<ast::BranchStmt*, Path>> gotos;
  Path path;
  std::function<void(const std::vector<ast::Stmt*>&, Pos)> list_walk;
  std::function<void(ast::Stmt*)> stmt_walk = [&](ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case ast::Kind::LabeledStmt: {
        auto* ls = static_cast<ast::LabeledStmt*>(s);
        label_paths[ls->label->name] = path;
        stmt_walk(ls->stmt);
        return;
      }
      case ast::Kind::BranchStmt: {
        auto* bs = static_cast<ast::BranchStmt*>(s);
        if (bs->tok == ast::BranchTok::Goto && bs->label) gotos.emplace_back(bs, path);
        return;
      }
      case ast::Kind::BlockStmt: {
        auto* b = static_cast<ast::BlockStmt*>(s);
        list_walk(b->list, b->lbrace.valid() ? b->lbrace : b->pos);
        return;
      }
      case ast::Kind::IfStmt:
        stmt_walk(static_cast<ast::IfStmt*>(s)->body);
        stmt_walk(static_cast<ast::IfStmt*>(s)->else_);
        return;
      case ast::Kind::ForStmt: stmt_walk(static_cast<ast::ForStmt*>(s)->body); return;
      case ast::Kind::RangeStmt: stmt_walk(static_cast<ast::RangeStmt*>(s)->body); return;
      case ast::Kind::SwitchStmt: stmt_walk(static_cast<ast::SwitchStmt*>(s)->body); return;
      case ast::Kind::TypeSwitchStmt: stmt_walk(static_cast<ast::TypeSwitchStmt*>(s)->body); return;
      case ast::Kind::SelectStmt: stmt_walk(static_cast<ast::SelectStmt*>(s)->body); return;
      case ast::Kind::CaseClause: list_walk(static_cast<ast::CaseClause*>(s)->body, s->pos); return;
      case ast::Kind::CommClause: list_walk(static_cast<ast::CommClause*>(s)->body, s->pos); return;
      default: return;
    }
  };
  list_walk = [&](const std::vector<ast::Stmt*>& list, Pos start) {
    path.push_back(Where{&list, 0, start});
    for (size_t i = 0; i < list.size(); i++) {
      path.back().index = i;
      stmt_walk(list[i]);
    }
    path.pop_back();
  };
  list_walk(body->list, body->lbrace.valid() ? body->lbrace : body->pos);

  // The first variable a statement declares, if any.
  auto declared = [](ast::Stmt* s) -> std::pair<std::string, Pos> {
    while (s && s->kind == ast::Kind::LabeledStmt) s = static_cast<ast::LabeledStmt*>(s)->stmt;
    if (auto* a = ast::as<ast::AssignStmt>(s); a && a->tok == ast::AssignTok::Define) {
      for (ast::Expr* l : a->lhs)
        if (auto* id = ast::as<ast::Ident>(l); id && id->name != "_") return {std::string(id->name), a->tok_pos};
    }
    if (auto* d = ast::as<ast::DeclStmt>(s)) {
      auto* gd = ast::as<ast::GenDecl>(d->decl);
      if (gd && gd->tok == ast::DeclTok::Var)
        for (ast::Node* n : gd->specs)
          for (ast::Ident* id : static_cast<ast::ValueSpec*>(n)->names)
            if (id->name != "_") return {std::string(id->name), id->pos};
    }
    return {"", Pos{}};
  };
  for (auto& [g, gpath] : gotos) {
    auto it = label_paths.find(g->label->name);
    if (it == label_paths.end()) continue;
    const Path& lpath = it->second;
    // Longest common prefix of statement lists.
    size_t common = 0;
    while (common < gpath.size() && common < lpath.size() && gpath[common].list == lpath[common].list) common++;
    if (common < lpath.size()) {
      error(g->label->pos, "goto " + std::string(g->label->name) + " jumps into block starting at " +
                               diags_.sources().format(lpath[common].start));
      continue;
    }
    // Same list: a forward jump must not skip a declaration.
    size_t from = gpath[common - 1].index, to = lpath[common - 1].index;
    const auto& list = *lpath[common - 1].list;
    for (size_t i = from + 1; i < to; i++) {
      auto [name, pos] = declared(list[i]);
      if (!name.empty()) {
        error(g->label->pos, "goto " + std::string(g->label->name) + " jumps over declaration of " + name + " at " +
                                 diags_.sources().format(pos));
        break;
      }
    }
  }
}

// ------------------------------------------------------------ terminating statements

namespace {

// Does s contain a break that exits the statement labeled `label` (or, for
// an unlabeled break, the statement itself)? Nested loops/switches absorb
// unlabeled breaks.
bool has_break(const ast::Stmt* s, std::string_view label, bool top) {
  if (!s) return false;
  switch (s->kind) {
    case ast::Kind::BranchStmt: {
      auto* b = static_cast<const ast::BranchStmt*>(s);
      if (b->tok != ast::BranchTok::Break) return false;
      if (!b->label) return top;
      return b->label->name == label;
    }
    case ast::Kind::BlockStmt:
      for (auto* c : static_cast<const ast::BlockStmt*>(s)->list)
        if (has_break(c, label, top)) return true;
      return false;
    case ast::Kind::LabeledStmt: return has_break(static_cast<const ast::LabeledStmt*>(s)->stmt, label, top);
    case ast::Kind::IfStmt: {
      auto* i = static_cast<const ast::IfStmt*>(s);
      return has_break(i->body, label, top) || has_break(i->else_, label, top);
    }
    case ast::Kind::CaseClause:
      for (auto* c : static_cast<const ast::CaseClause*>(s)->body)
        if (has_break(c, label, top)) return true;
      return false;
    case ast::Kind::CommClause:
      for (auto* c : static_cast<const ast::CommClause*>(s)->body)
        if (has_break(c, label, top)) return true;
      return false;
    case ast::Kind::ForStmt: return has_break(static_cast<const ast::ForStmt*>(s)->body, label, false);
    case ast::Kind::RangeStmt: return has_break(static_cast<const ast::RangeStmt*>(s)->body, label, false);
    case ast::Kind::SwitchStmt: return has_break(static_cast<const ast::SwitchStmt*>(s)->body, label, false);
    case ast::Kind::TypeSwitchStmt: return has_break(static_cast<const ast::TypeSwitchStmt*>(s)->body, label, false);
    case ast::Kind::SelectStmt: return has_break(static_cast<const ast::SelectStmt*>(s)->body, label, false);
    default: return false;
  }
}

}  // namespace

bool Checker::is_terminating(const ast::Stmt* s, std::string_view label) {
  if (!s) return false;
  switch (s->kind) {
    case ast::Kind::ReturnStmt: return true;
    case ast::Kind::BranchStmt: {
      auto tok = static_cast<const ast::BranchStmt*>(s)->tok;
      return tok == ast::BranchTok::Goto || tok == ast::BranchTok::Fallthrough;
    }
    case ast::Kind::ExprStmt: {
      auto* call = ast::as<ast::CallExpr>(static_cast<const ast::ExprStmt*>(s)->x);
      if (!call) return false;
      auto* id = ast::as<ast::Ident>(call->fun);
      return id && id->obj && id->obj->kind == ObjKind::Builtin && static_cast<Builtin*>(id->obj)->id == BuiltinId::Panic;
    }
    case ast::Kind::BlockStmt: {
      auto& list = static_cast<const ast::BlockStmt*>(s)->list;
      // Trailing empty statements do not count.
      for (size_t i = list.size(); i-- > 0;) {
        if (list[i]->kind == ast::Kind::EmptyStmt) continue;
        return is_terminating(list[i], "");
      }
      return false;
    }
    case ast::Kind::LabeledStmt: {
      auto* ls = static_cast<const ast::LabeledStmt*>(s);
      return is_terminating(ls->stmt, ls->label->name);
    }
    case ast::Kind::IfStmt: {
      auto* i = static_cast<const ast::IfStmt*>(s);
      return i->else_ && is_terminating(i->body, "") && is_terminating(i->else_, "");
    }
    case ast::Kind::ForStmt: {
      auto* f = static_cast<const ast::ForStmt*>(s);
      return !f->cond && !has_break(f->body, label, true);
    }
    case ast::Kind::SwitchStmt:
    case ast::Kind::TypeSwitchStmt:
    case ast::Kind::SelectStmt: {
      const ast::BlockStmt* body = s->kind == ast::Kind::SwitchStmt       ? static_cast<const ast::SwitchStmt*>(s)->body
                                   : s->kind == ast::Kind::TypeSwitchStmt ? static_cast<const ast::TypeSwitchStmt*>(s)->body
                                                                          : static_cast<const ast::SelectStmt*>(s)->body;
      bool has_default = s->kind == ast::Kind::SelectStmt;
      for (const ast::Stmt* c : body->list) {
        const std::vector<ast::Stmt*>* stmts = nullptr;
        if (auto* cc = ast::as<ast::CaseClause>(c)) {
          if (cc->is_default) has_default = true;
          stmts = &cc->body;
        } else if (auto* comm = ast::as<ast::CommClause>(c)) {
          stmts = &comm->body;
        }
        if (!stmts) continue;
        const ast::Stmt* last = nullptr;
        for (size_t i = stmts->size(); i-- > 0;)
          if ((*stmts)[i]->kind != ast::Kind::EmptyStmt) {
            last = (*stmts)[i];
            break;
          }
        if (!last || !is_terminating(last, "")) return false;
        for (const ast::Stmt* x : *stmts)
          if (has_break(x, label, true)) return false;
      }
      return has_default;
    }
    default: return false;
  }
}

}  // namespace gosub::types
