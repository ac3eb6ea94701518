#include <algorithm>

#include "frontend/parse_context.h"

namespace gosub {

using namespace ast;

// ------------------------------------------------------------ syntax errors

namespace {

// gc's spelling of the token the parser stopped at.
std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::Eof: return "EOF";
    case Tok::Semicolon:
      if (t.text == "newline" || t.text == "EOF") return std::string(t.text);
      return "semicolon";
    case Tok::Ident: return std::string(t.text);
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
      return "literal " + std::string(t.text);
    case Tok::Comma: return "comma";
    case Tok::LBody: return "{";
    default: {
      std::string n = tok_name(t.kind);
      if (n.rfind("keyword", 0) == 0) return n;
      return std::string(t.text);
    }
  }
}

std::string expected_name(const std::string& bison) {
  if (bison == "IDENT") return "name";
  if (bison == "','") return "comma";
  if (bison == "';'") return "semicolon or newline";
  if (bison == "LBODY") return "{";
  if (bison.size() == 3 && bison[0] == '\'') return bison.substr(1, 1);
  if (bison == "\"EOF\"") return "EOF";
  std::string lower = bison;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

bool has(const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

void ParseContext::report_syntax_error(Pos at, const std::string& msg) {
  if (syntax_error) return;
  syntax_error = true;
  diags.error(at, "syntax error: " + msg);
}

void ParseContext::report_unexpected(Pos at, const std::vector<std::string>& expected, bool too_many) {
  if (syntax_error) return;
  const Token& t = last;
  bool eof = t.kind == Tok::Eof || (t.kind == Tok::Semicolon && t.text == "EOF");
  bool newline = t.kind == Tok::Semicolon && t.text == "newline";
  std::string what = describe(t);
  bool top_level = has(expected, "FUNC") && has(expected, "VAR") && !has(expected, "'}'");
  if (eof && (has(expected, "'}'") || !has(expected, "\"EOF\""))) {
    report_syntax_error(at, "unexpected EOF, expecting }");
    return;
  }
  if (top_level) {
    if (t.kind == Tok::LBrace) report_syntax_error(at, "unexpected semicolon or newline before {");
    else if (t.kind == Tok::Import) report_syntax_error(at, "imports must appear before other declarations");
    else report_syntax_error(at, "non-declaration statement outside function body");
    return;
  }
  if (newline && has(expected, "LBODY") && expected.size() <= 8) {
    const char* clause = last_control == Tok::For ? "for clause" : last_control == Tok::Switch ? "switch clause"
                         : last_control == Tok::Select ? "select clause" : "if clause";
    report_syntax_error(at, std::string("unexpected newline, expecting { after ") + clause);
    return;
  }
  if (newline && has(expected, "','") && has(expected, "')'")) {
    report_syntax_error(at, "unexpected newline in argument list; possibly missing comma or )");
    return;
  }
  if (newline && has(expected, "','") && has(expected, "'}'")) {
    report_syntax_error(at, "unexpected newline in composite literal; possibly missing comma or }");
    return;
  }
  if (has(expected, "';'") && has(expected, "'}'") && !newline) {
    report_syntax_error(at, "unexpected " + what + " at end of statement");
    return;
  }
  bool operand = has(expected, "IDENT") && has(expected, "INT");
  if (operand) {
    report_syntax_error(at, "unexpected " + what + ", expecting expression");
    return;
  }
  if (too_many || expected.empty()) {
    report_syntax_error(at, "unexpected " + what);
    return;
  }
  std::string list;
  for (size_t i = 0; i < expected.size(); i++) {
    if (i) list += i + 1 == expected.size() ? " or " : ", ";
    list += expected_name(expected[i]);
  }
  report_syntax_error(at, "unexpected " + what + ", expecting " + list);
}

// ------------------------------------------------------------ expressions

Expr* ParseContext::deep(Expr* e, std::initializer_list<const Expr*> children) {
  int32_t d = 0;
  for (const Expr* c : children)
    if (c) d = std::max(d, c->depth);
  e->depth = d + 1;
  if (e->depth > kMaxNesting && !depth_reported_) {
    depth_reported_ = true;
    report_syntax_error(e->pos, "expression nesting too deep");
  }
  if (e->depth > kMaxNesting) {
    // Cut the tree here: later passes recurse on it.
    auto* bad = make<BadExpr>(e->pos);
    bad->depth = kMaxNesting;
    return bad;
  }
  return e;
}

Ident* ParseContext::ident(std::string_view name, Pos p) {
  auto* id = make<Ident>(p);
  id->name = name;
  return id;
}

BasicLit* ParseContext::lit(LitKind k, std::string_view raw, Pos p) {
  auto* l = make<BasicLit>(p);
  l->lit = k;
  l->raw = raw;
  return l;
}

Expr* ParseContext::binary(Op op, Expr* x, Expr* y, Pos op_pos) {
  auto* b = make<BinaryExpr>(x->pos);
  b->op = op;
  b->op_pos = op_pos;
  b->x = x;
  b->y = y;
  return deep(b, {x, y});
}

Expr* ParseContext::unary(Op op, Expr* x, Pos p) {
  // <-chan T in expression position is a receive-only channel type.
  if (op == Op::Arrow) {
    if (auto* ct = as<ChanType>(x); ct && ct->dir == ChanDir::Both) {
      ct->dir = ChanDir::Recv;
      ct->pos = p;
      return ct;
    }
  }
  auto* u = make<UnaryExpr>(p);
  u->op = op;
  u->x = x;
  return deep(u, {x});
}

Expr* ParseContext::star(Expr* x, Pos p) {
  auto* s = make<StarExpr>(p);
  s->x = x;
  return deep(s, {x});
}

Expr* ParseContext::paren(Expr* x, Pos p) {
  auto* e = make<ParenExpr>(p);
  e->x = x;
  return deep(e, {x});
}

Expr* ParseContext::selector(Expr* x, Ident* sel) {
  auto* s = make<SelectorExpr>(x->pos);
  s->x = x;
  s->sel = sel;
  return deep(s, {x});
}

Expr* ParseContext::index(Expr* x, std::vector<Expr*> idx, Pos lbrack) {
  auto* e = make<IndexExpr>(x->pos);
  e->x = x;
  e->lbrack = lbrack;
  int32_t d = x->depth;
  for (Expr* i : idx) d = std::max(d, i->depth);
  e->indices = std::move(idx);
  e->depth = d;
  return deep(e, {x});
}

Expr* ParseContext::slice(Expr* x, Expr* lo, Expr* hi, Expr* max, bool three, Pos lbrack) {
  auto* e = make<SliceExpr>(x->pos);
  e->x = x;
  e->low = lo;
  e->high = hi;
  e->max = max;
  e->slice3 = three;
  e->lbrack = lbrack;
  return deep(e, {x, lo, hi, max});
}

Expr* ParseContext::call(Expr* fun, std::vector<Expr*> args, bool ellipsis, Pos lparen, Pos rparen) {
  auto* c = make<CallExpr>(fun->pos);
  c->fun = fun;
  int32_t d = fun->depth;
  for (Expr* a : args) d = std::max(d, a->depth);
  c->args = std::move(args);
  c->has_ellipsis = ellipsis;
  c->lparen = lparen;
  c->rparen = rparen;
  c->depth = d;
  return deep(c, {fun});
}

Expr* ParseContext::type_assert(Expr* x, Expr* t, Pos p) {
  auto* e = make<TypeAssertExpr>(x->pos);
  e->x = x;
  e->atype = t;
  (void)p;
  return deep(e, {x, t});
}

Expr* ParseContext::composite(Expr* type, std::vector<Expr*> elts, Pos lbrace, Pos rbrace) {
  auto* c = make<CompositeLit>(type ? type->pos : lbrace);
  c->ctype = type;
  int32_t d = type ? type->depth : 0;
  for (Expr* e : elts) d = std::max(d, e->depth);
  c->elts = std::move(elts);
  c->lbrace = lbrace;
  c->rbrace = rbrace;
  c->depth = d;
  return deep(c, {type});
}

Expr* ParseContext::key_value(Expr* k, Expr* v, Pos colon) {
  auto* kv = make<KeyValueExpr>(k->pos);
  kv->key = k;
  kv->value = v;
  kv->colon = colon;
  return deep(kv, {k, v});
}

Expr* ParseContext::func_lit(FuncType* t, BlockStmt* body) {
  auto* f = make<FuncLit>(t->pos);
  f->ftype = t;
  f->body = body;
  return f;
}

Expr* ParseContext::array_type(Expr* len, Expr* elem, Pos p) {
  auto* a = make<ArrayType>(p);
  a->len = len;
  a->elt = elem;
  return deep(a, {len, elem});
}

Expr* ParseContext::map_type(Expr* k, Expr* v, Pos p) {
  auto* m = make<MapType>(p);
  m->key = k;
  m->value = v;
  return deep(m, {k, v});
}

Expr* ParseContext::chan_type(ChanDir dir, Expr* v, Pos p) {
  auto* c = make<ChanType>(p);
  c->dir = dir;
  c->value = v;
  return deep(c, {v});
}

FuncType* ParseContext::func_type(FieldList* tparams, FieldList* params, FieldList* results, Pos p) {
  auto* f = make<FuncType>(p);
  f->type_params = tparams;
  f->params = params;
  f->results = results;
  return f;
}

FieldList* ParseContext::params(std::vector<ParamEntry> entries, Pos open, Pos close) {
  // Go's rule: either every parameter is named or none is. In a named
  // list, a lone identifier is a name that shares the next type.
  bool any_named = std::any_of(entries.begin(), entries.end(), [](const ParamEntry& e) { return e.name != nullptr; });
  std::vector<Field*> fields;
  if (!any_named) {
    for (ParamEntry& e : entries) {
      auto* f = make<Field>(e.type->pos);
      f->ftype = e.type;
      fields.push_back(f);
    }
  } else {
    std::vector<Ident*> pending;
    for (ParamEntry& e : entries) {
      if (!e.name) {
        if (auto* id = as<Ident>(e.type)) {
          pending.push_back(id);
          continue;
        }
        report_syntax_error(e.type->pos, "mixed named and unnamed parameters");
        continue;
      }
      pending.push_back(e.name);
      auto* f = make<Field>(pending[0]->pos);
      f->names = std::move(pending);
      pending.clear();
      f->ftype = e.type;
      fields.push_back(f);
    }
    if (!pending.empty()) report_syntax_error(pending.back()->pos, "mixed named and unnamed parameters");
  }
  return field_list(std::move(fields), open, close);
}

FieldList* ParseContext::single_result(Expr* type) {
  auto* f = make<Field>(type->pos);
  f->ftype = type;
  return field_list({f}, Pos{}, Pos{});
}

Field* ParseContext::field(std::vector<Ident*> names, Expr* type, BasicLit* tag) {
  auto* f = make<Field>(names.empty() ? type->pos : names[0]->pos);
  f->names = std::move(names);
  f->ftype = type;
  f->tag = tag;
  return f;
}

FieldList* ParseContext::field_list(std::vector<Field*> fields, Pos open, Pos close) {
  auto* l = make<FieldList>(open);
  l->list = std::move(fields);
  l->opening = open;
  l->closing = close;
  return l;
}

Expr* ParseContext::struct_type(FieldList* fields, Pos p) {
  auto* s = make<StructType>(p);
  s->fields = fields;
  return s;
}

Expr* ParseContext::interface_type(FieldList* methods, Pos p) {
  auto* i = make<InterfaceType>(p);
  i->methods = methods;
  return i;
}

// ------------------------------------------------------------ statements

Stmt* ParseContext::expr_stmt(Expr* x) {
  auto* s = make<ExprStmt>(x->pos);
  s->x = x;
  return s;
}

Stmt* ParseContext::assign(std::vector<Expr*> lhs, AssignTok tok, Op op, std::vector<Expr*> rhs, Pos tok_pos) {
  auto* s = make<AssignStmt>(lhs.empty() ? tok_pos : lhs[0]->pos);
  s->lhs = std::move(lhs);
  s->rhs = std::move(rhs);
  s->tok = tok;
  s->op = op;
  s->tok_pos = tok_pos;
  return s;
}

Stmt* ParseContext::inc_dec(Expr* x, bool inc, Pos p) {
  auto* s = make<IncDecStmt>(x->pos);
  s->x = x;
  s->inc = inc;
  s->tok_pos = p;
  return s;
}

Stmt* ParseContext::send(Expr* ch, Expr* v, Pos arrow) {
  auto* s = make<SendStmt>(ch->pos);
  s->chan = ch;
  s->value = v;
  s->arrow = arrow;
  return s;
}

BlockStmt* ParseContext::block(std::vector<Stmt*> list, Pos lbrace, Pos rbrace) {
  auto* b = make<BlockStmt>(lbrace);
  b->list = std::move(list);
  b->lbrace = lbrace;
  b->rbrace = rbrace;
  return b;
}

namespace {
// "cannot use x := 1 as value" for a header whose condition is not an expression.
std::string stmt_text(const Stmt* s) {
  if (auto* a = as<AssignStmt>(s)) {
    std::string out;
    auto expr_text = [](const Expr* e) -> std::string {
      if (auto* id = as<Ident>(e)) return std::string(id->name);
      if (auto* l = as<BasicLit>(e)) return std::string(l->raw);
      return "...";
    };
    for (size_t i = 0; i < a->lhs.size(); i++) out += (i ? ", " : "") + expr_text(a->lhs[i]);
    out += a->tok == AssignTok::Define ? " := " : " = ";
    for (size_t i = 0; i < a->rhs.size(); i++) out += (i ? ", " : "") + expr_text(a->rhs[i]);
    return out;
  }
  return "statement";
}
}  // namespace

Stmt* ParseContext::if_stmt(Pos p, IfHeader h, BlockStmt* body, Stmt* els) {
  auto* s = make<IfStmt>(p);
  s->init = h.init;
  if (!h.cond) {
    report_syntax_error(body->lbrace, "missing condition in if statement");
  } else if (auto* es = as<ExprStmt>(h.cond)) {
    s->cond = es->x;
  } else {
    report_syntax_error(h.cond->pos, "cannot use " + stmt_text(h.cond) + " as value");
  }
  if (!s->cond) s->cond = make<BadExpr>(p);
  s->body = body;
  s->else_ = els;
  return s;
}

Stmt* ParseContext::for_stmt(Pos p, ForHeader h, BlockStmt* body) {
  if (h.range) {
    h.range->pos = p;
    h.range->body = body;
    return h.range;
  }
  auto* s = make<ForStmt>(p);
  s->init = h.init;
  if (h.cond) {
    if (auto* es = as<ExprStmt>(h.cond)) s->cond = es->x;
    else report_syntax_error(h.cond->pos, "cannot use " + stmt_text(h.cond) + " as value");
  }
  s->post = h.post;
  s->body = body;
  return s;
}

RangeStmt* ParseContext::range(std::vector<Expr*> lhs, AssignTok tok, Expr* x, Pos p) {
  auto* r = make<RangeStmt>(p);
  if (lhs.size() > 2) report_syntax_error(lhs[2]->pos, "range clause permits at most two iteration variables");
  if (!lhs.empty()) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  r->tok = tok;
  r->tok_pos = p;
  r->x = x;
  return r;
}

Stmt* ParseContext::switch_stmt(Pos p, IfHeader h, BlockStmt* body) {
  // switch [init;] x := y.(type) / y.(type) is a type switch.
  auto type_guard = [](Stmt* s) -> bool {
    if (auto* es = as<ExprStmt>(s)) {
      auto* ta = as<TypeAssertExpr>(es->x);
      return ta && !ta->atype;
    }
    if (auto* as_ = as<AssignStmt>(s); as_ && as_->tok == AssignTok::Define && as_->rhs.size() == 1) {
      auto* ta = as<TypeAssertExpr>(as_->rhs[0]);
      return ta && !ta->atype;
    }
    return false;
  };
  if (h.cond && type_guard(h.cond)) {
    auto* ts = make<TypeSwitchStmt>(p);
    ts->init = h.init;
    ts->assign = h.cond;
    ts->body = body;
    return ts;
  }
  auto* s = make<SwitchStmt>(p);
  s->init = h.init;
  if (h.cond) {
    if (auto* es = as<ExprStmt>(h.cond)) s->tag = es->x;
    else report_syntax_error(h.cond->pos, "cannot use " + stmt_text(h.cond) + " as value");
  }
  s->body = body;
  return s;
}

Stmt* ParseContext::case_clause(std::vector<Expr*> list, bool is_default, std::vector<Stmt*> body, Pos p, Pos colon) {
  auto* c = make<CaseClause>(p);
  c->list = std::move(list);
  c->is_default = is_default;
  c->body = std::move(body);
  c->colon = colon;
  return c;
}

Stmt* ParseContext::comm_clause(Stmt* comm, std::vector<Stmt*> body, Pos p, Pos colon) {
  auto* c = make<CommClause>(p);
  c->comm = comm;
  c->body = std::move(body);
  c->colon = colon;
  return c;
}

Stmt* ParseContext::select_stmt(Pos p, BlockStmt* body) {
  auto* s = make<SelectStmt>(p);
  s->body = body;
  return s;
}

Stmt* ParseContext::branch(BranchTok tok, Ident* label, Pos p) {
  auto* b = make<BranchStmt>(p);
  b->tok = tok;
  b->label = label;
  return b;
}

Stmt* ParseContext::labeled(Ident* label, Stmt* s) {
  auto* l = make<LabeledStmt>(label->pos);
  l->label = label;
  l->stmt = s;
  return l;
}

Stmt* ParseContext::go_defer(bool is_go, Expr* call, Pos p) {
  Expr* inner = call;
  while (auto* pe = as<ParenExpr>(inner)) inner = pe->x;
  auto* c = as<CallExpr>(inner);
  if (!c) report_syntax_error(call->pos, std::string("expression in ") + (is_go ? "go" : "defer") + " must be function call");
  if (is_go) {
    auto* g = make<GoStmt>(p);
    g->call = c;
    return g;
  }
  auto* d = make<DeferStmt>(p);
  d->call = c;
  return d;
}

Stmt* ParseContext::ret(std::vector<Expr*> results, Pos p) {
  auto* r = make<ReturnStmt>(p);
  r->results = std::move(results);
  return r;
}

Stmt* ParseContext::decl_stmt(Decl* d) {
  auto* s = make<DeclStmt>(d->pos);
  s->decl = d;
  return s;
}

// ------------------------------------------------------------ declarations

GenDecl* ParseContext::gen_decl(DeclTok tok, std::vector<Node*> specs, Pos p, Pos lparen, Pos rparen) {
  auto* g = make<GenDecl>(p);
  g->tok = tok;
  g->specs = std::move(specs);
  g->lparen = lparen;
  g->rparen = rparen;
  if (tok == DeclTok::Const) {
    int iota = 0;
    for (Node* n : g->specs)
      if (auto* vs = as<ValueSpec>(n)) vs->iota = iota++;
  }
  return g;
}

Node* ParseContext::import_spec(Ident* name, BasicLit* path, Pos p) {
  auto* s = make<ImportSpec>(p);
  s->name = name;
  s->path = path;
  return s;
}

Node* ParseContext::value_spec(std::vector<Ident*> names, Expr* type, std::vector<Expr*> values, Pos p) {
  auto* s = make<ValueSpec>(p);
  s->names = std::move(names);
  s->vtype = type;
  s->values = std::move(values);
  return s;
}

Node* ParseContext::type_spec(Ident* name, FieldList* tparams, bool alias, Expr* type) {
  auto* s = make<TypeSpec>(name->pos);
  s->name = name;
  s->type_params = tparams;
  s->alias = alias;
  s->ttype = type;
  return s;
}

Decl* ParseContext::func_decl(FieldList* recv, Ident* name, FuncType* type, BlockStmt* body, Pos p) {
  auto* f = make<FuncDecl>(p);
  f->recv = recv;
  f->name = name;
  f->ftype = type;
  f->body = body;
  type->pos = p;
  return f;
}

void ParseContext::finish_file(Ident* pkg, std::vector<GenDecl*> imports, std::vector<Decl*> decls, Pos p) {
  file = make<File>(p);
  file->package_name = pkg;
  file->imports = imports;
  for (GenDecl* g : imports) file->decls.push_back(g);
  for (Decl* d : decls) file->decls.push_back(d);
}

}  // namespace gosub
