// Package-level and local declarations, signatures, and initialization
// order (Go spec "Package initialization").
#include <algorithm>

#include "compiler/checker.h"

namespace gosub::types {

Checker::Checker(CheckedProgram& program, Diagnostics& diags, const CheckOptions& options, Scope* universe)
    : prog_(program), diags_(diags), options_(options), types_(*program.types), universe_(universe) {}

void Checker::error(Pos pos, std::string message) { diags_.error(pos, std::move(message)); }

const ConstantValue* Checker::own(ConstantValue v) {
  auto p = std::make_unique<ConstantValue>(std::move(v));
  const ConstantValue* raw = p.get();
  prog_.constants.push_back(std::move(p));
  return raw;
}

void Checker::declare(Scope* scope, ast::Ident* id, Object* obj) {
  id->obj = obj;
  if (id->name == "_") return;  // the blank identifier declares nothing
  if (Object* prev = scope->insert(obj)) {
    std::string other = prev->pos.valid() ? "\n\t" + diags_.sources().format(prev->pos) + ": other declaration of " +
                                                std::string(obj->name)
                                          : "";
    error(id->pos, std::string(obj->name) + " redeclared in this block" + other);
  }
}

// ------------------------------------------------------------ package

void Checker::check_package(Package* pkg, const std::vector<Scope*>& file_scopes) {
  pkg_ = pkg;
  collect_objects(file_scopes);
  // Methods first: every type's method set is complete before any
  // declaration asks whether a type implements an interface.
  for (Func* m : method_decls_) object_decl(m);
  for (Object* obj : decl_order_) object_decl(obj);
  // Function bodies, in source order.
  for (Object* obj : decl_order_) {
    if (obj->kind != ObjKind::Func) continue;
    auto* fn = static_cast<Func*>(obj);
    DeclInfo& d = decls_[fn];
    // Generic functions were rejected by name when collected.
    if (!d.fdecl->body || d.fdecl->ftype->type_params || !fn->type) continue;
    current_decl_ = &d;
    scope_ = d.file_scope;
    func_body(d.fdecl, static_cast<const Signature*>(fn->type), d.fdecl->body, nullptr);
    current_decl_ = nullptr;
  }
  // Unused imports, per file.
  for (Scope* fs : file_scopes) {
    for (Object* obj : fs->objects()) {
      if (obj->kind != ObjKind::PkgName || obj->used) continue;
      auto* pn = static_cast<PkgName*>(obj);
      std::string path = "\"" + pn->imported->path + "\"";
      if (pn->name != pn->imported->name) error(obj->pos, "imported and not used: " + path + " as " + std::string(obj->name));
      else error(obj->pos, "imported and not used: " + path);
    }
  }
  if (pkg->path == "main") {
    Object* main = pkg->scope->lookup_local("main");
    if (!main || main->kind != ObjKind::Func) {
      if (!diags_.has_errors()) error(Pos{}, "function main is undeclared in the main package");
    } else {
      pkg->main = static_cast<Func*>(main);
    }
  }
  compute_init_order();
}

void Checker::collect_objects(const std::vector<Scope*>& file_scopes) {
  for (size_t f = 0; f < pkg_->files.size(); f++) {
    ast::File* file = pkg_->files[f];
    Scope* fs = file_scopes[f];
    for (ast::Decl* decl : file->decls) {
      if (auto* fd = ast::as<ast::FuncDecl>(decl)) {
        auto* fn = new_object<Func>(fd->name->name, fd->name->pos);
        fn->decl = fd;
        fn->pkg = pkg_;
        DeclInfo& d = decls_[fn];
        d.file_scope = fs;
        d.fdecl = fd;
        decl_order_.push_back(fn);
        pkg_->funcs.push_back(fn);
        if (fd->recv) {
          fd->name->obj = fn;
          method_decls_.push_back(fn);
          continue;  // attached to its receiver's type, not declared in the package scope
        }
        if (fd->ftype->type_params) {
          error(fd->name->pos, "generic functions are not supported");
          continue;
        }
        if (fd->name->name == "init") {
          fd->name->obj = fn;
          pkg_->init_funcs.push_back(fn);
          if (!fd->ftype->params->list.empty() || (fd->ftype->results && !fd->ftype->results->list.empty()))
            error(fd->name->pos, "func init must have no arguments and no return values");
          if (!fd->body) error(fd->name->pos, "missing function body");
          continue;
        }
        if (fd->name->name == "main" && pkg_->path == "main" &&
            (!fd->ftype->params->list.empty() || (fd->ftype->results && !fd->ftype->results->list.empty())))
          error(fd->name->pos, "func main must have no arguments and no return values");
        if (!fd->body && pkg_->path == "main") error(fd->name->pos, "missing function body");
        declare(pkg_->scope, fd->name, fn);
        continue;
      }
      auto* gd = ast::as<ast::GenDecl>(decl);
      if (!gd || gd->tok == ast::DeclTok::Import) continue;
      ast::ValueSpec* last = nullptr;  // const groups repeat the last type+values
      for (ast::Node* spec : gd->specs) {
        if (auto* ts = ast::as<ast::TypeSpec>(spec)) {
          auto* tn = new_object<TypeName>(ts->name->name, ts->name->pos);
          tn->pkg = pkg_;
          tn->alias = ts->alias;
          DeclInfo& d = decls_[tn];
          d.file_scope = fs;
          d.tspec = ts;
          decl_order_.push_back(tn);
          declare(pkg_->scope, ts->name, tn);
          continue;
        }
        auto* vs = ast::as<ast::ValueSpec>(spec);
        if (!vs) continue;
        if (gd->tok == ast::DeclTok::Const) {
          if (vs->values.empty() && !vs->vtype && last) {
            // implicit repetition of the previous spec
          } else {
            last = vs;
          }
          ast::ValueSpec* src = last ? last : vs;
          for (size_t i = 0; i < vs->names.size(); i++) {
            auto* c = new_object<Const>(vs->names[i]->name, vs->names[i]->pos);
            c->pkg = pkg_;
            DeclInfo& d = decls_[c];
            d.file_scope = fs;
            d.vspec = vs;
            d.index = static_cast<int>(i);
            d.type_expr = src->vtype;
            d.init = i < src->values.size() ? src->values[i] : nullptr;
            d.iota = vs->iota;
            decl_order_.push_back(c);
            declare(pkg_->scope, vs->names[i], c);
          }
          continue;
        }
        // var
        std::vector<Var*> lhs;
        for (ast::Ident* name : vs->names) {
          auto* v = new_object<Var>(name->name, name->pos);
          v->pkg = pkg_;
          v->is_global = true;
          lhs.push_back(v);
          pkg_->globals.push_back(v);
        }
        bool shared = vs->values.size() == 1 && vs->names.size() > 1;
        for (size_t i = 0; i < lhs.size(); i++) {
          DeclInfo& d = decls_[lhs[i]];
          d.file_scope = fs;
          d.vspec = vs;
          d.index = static_cast<int>(i);
          d.type_expr = vs->vtype;
          if (shared) {
            d.init = vs->values[0];
            d.lhs = lhs;
          } else if (i < vs->values.size()) {
            d.init = vs->values[i];
            d.lhs = {lhs[i]};
          }
          decl_order_.push_back(lhs[i]);
          declare(pkg_->scope, vs->names[i], lhs[i]);
        }
        if (!vs->values.empty() && !shared && vs->values.size() != vs->names.size()) {
          error(vs->names[0]->pos, "assignment mismatch: " + std::to_string(vs->names.size()) + " variable" +
                                       (vs->names.size() > 1 ? "s" : "") + " but " + std::to_string(vs->values.size()) +
                                       " value" + (vs->values.size() > 1 ? "s" : ""));
        }
      }
    }
  }
}

void Checker::object_decl(Object* obj) {
  Color& color = colors_[obj];
  if (color == Color::Black) return;
  if (color == Color::Grey) {
    if (obj->kind == ObjKind::Func) return;
    // The cycle: from obj's own declaration down to here, as gc lists it.
    auto from = std::find(decl_path_.begin(), decl_path_.end(), obj);
    std::string trace;
    for (auto at = from; at != decl_path_.end(); ++at)
      trace += "\n\t" + diags_.sources().format((*at)->pos) + ": " + std::string((*at)->name) + " refers to";
    trace += "\n\t" + diags_.sources().format(obj->pos) + ": " + std::string(obj->name);
    if (from == decl_path_.end()) trace.clear();
    if (obj->kind == ObjKind::TypeName) error(obj->pos, "invalid recursive type " + std::string(obj->name) + trace);
    else error(obj->pos, "initialization loop for " + std::string(obj->name) + trace);
    return;
  }
  color = Color::Grey;
  decl_path_.push_back(obj);
  auto it = decls_.find(obj);
  if (it != decls_.end()) {
    // Save the context of whatever was being checked when obj was reached.
    Scope* saved_scope = scope_;
    int saved_iota = iota_;
    DeclInfo* saved_decl = current_decl_;
    FuncContext* saved_fn = fn_;
    fn_ = nullptr;
    scope_ = it->second.file_scope;
    switch (obj->kind) {
      case ObjKind::Const: const_decl(static_cast<Const*>(obj), it->second); break;
      case ObjKind::Var: var_decl(static_cast<Var*>(obj), it->second); break;
      case ObjKind::TypeName: type_decl(static_cast<TypeName*>(obj), it->second); break;
      case ObjKind::Func: func_decl(static_cast<Func*>(obj), it->second); break;
      default: break;
    }
    scope_ = saved_scope;
    iota_ = saved_iota;
    current_decl_ = saved_decl;
    fn_ = saved_fn;
  }
  decl_path_.pop_back();
  colors_[obj] = Color::Black;
}

void Checker::const_decl(Const* obj, DeclInfo& d) {
  iota_ = d.iota;
  current_decl_ = &d;
  const Type* t = d.type_expr ? type_expr(d.type_expr) : nullptr;
  if (t && !is_untyped(t) && !(underlying(t) && underlying(t)->kind == TypeKind::Basic)) {
    error(d.type_expr->pos, "invalid constant type " + type_str(t));
    t = nullptr;
  }
  Operand x;
  if (!d.init) {
    error(obj->pos, d.vspec && d.index > 0 && !d.vspec->values.empty() ? "missing init expr for const declaration"
                                                                         : "missing init expr for const declaration");
    obj->type = types_.basic(BasicKind::Invalid);
  } else {
    expr(x, d.init);
    if (!x.invalid() && x.mode != ast::Mode::Constant) {
      error(d.init->pos, describe(x) + " is not constant");
      x.mode = ast::Mode::Invalid;
    }
    if (!x.invalid() && t) assignment(x, t, "constant declaration");
    obj->type = x.invalid() ? types_.basic(BasicKind::Invalid) : x.type;
    obj->value = x.invalid() ? nullptr : x.val;
  }
  iota_ = -1;
}

void Checker::var_decl(Var* obj, DeclInfo& d) {
  current_decl_ = &d;
  const Type* t = d.type_expr ? type_expr(d.type_expr) : nullptr;
  if (!d.init) {
    obj->type = t ? t : types_.basic(BasicKind::Invalid);
    return;
  }
  if (d.lhs.size() > 1) {
    // var a, b = f(): check once, give every lhs its type.
    for (Var* v : d.lhs) colors_[v] = Color::Grey;
    std::vector<Operand> xs;
    multi_expr(xs, d.init, d.lhs.size() == 2);
    if (xs.size() != d.lhs.size()) {
      if (!xs.empty() && !xs[0].invalid())
        error(d.lhs[0]->pos, "assignment mismatch: " + std::to_string(d.lhs.size()) + " variables but " +
                                 (ast::as<ast::CallExpr>(d.init) ? "1 value" : "1 value"));
      for (Var* v : d.lhs) v->type = types_.basic(BasicKind::Invalid);
    } else {
      for (size_t i = 0; i < xs.size(); i++) {
        if (t) assignment(xs[i], t, "variable declaration");
        else default_type(xs[i]);
        d.lhs[i]->type = t ? t : xs[i].invalid() ? types_.basic(BasicKind::Invalid) : xs[i].type;
      }
    }
    for (Var* v : d.lhs) {
      colors_[v] = Color::Black;
      if (v != obj) decls_[v].deps = d.deps;
    }
    return;
  }
  Operand x;
  expr(x, d.init);
  assignment(x, t, "variable declaration");
  obj->type = t ? t : x.invalid() ? types_.basic(BasicKind::Invalid) : x.type;
}

void Checker::type_decl(TypeName* obj, DeclInfo& d) {
  ast::TypeSpec* ts = d.tspec;
  if (ts->type_params) {
    error(ts->name->pos, "generic types are not supported");
    obj->type = types_.basic(BasicKind::Invalid);
    return;
  }
  if (ts->alias) {
    obj->type = type_expr(ts->ttype);
    return;
  }
  Named* named = types_.make<Named>();
  named->obj = obj;
  obj->type = named;
  named->underlying = types_.basic(BasicKind::Invalid);
  const Type* u = defined_type(ts->ttype, named);
  named->underlying = underlying(u);
}

void Checker::func_decl(Func* obj, DeclInfo& d) {
  if (d.fdecl->recv) {
    method_decl(obj, d.fdecl);
    return;
  }
  if (d.fdecl->ftype->type_params) {
    Signature* sig = types_.make<Signature>();
    sig->params = types_.make<Tuple>();
    sig->results = types_.make<Tuple>();
    obj->type = sig;
    return;
  }
  obj->type = func_type(d.fdecl->ftype, nullptr, nullptr, nullptr);
}

void Checker::method_decl(Func* fn, const ast::FuncDecl* fd) {
  auto* sig = const_cast<Signature*>(func_type(fd->ftype, nullptr, nullptr, nullptr));
  fn->type = sig;
  const auto& fields = fd->recv->list;
  if (fields.empty() || (fields.size() == 1 && fields[0]->names.size() > 1) || fields.size() > 1) {
    error(fd->recv->pos, fields.empty() ? "method has no receiver" : "method has multiple receivers");
    fn->type = nullptr;
    return;
  }
  ast::Field* rf = fields[0];
  ast::Expr* rt = ast::unparen(rf->ftype);
  bool ptr = false;
  if (auto* star = ast::as<ast::StarExpr>(rt)) {
    ptr = true;
    rt = ast::unparen(star->x);
  }
  auto* id = ast::as<ast::Ident>(rt);
  Object* tn = id ? pkg_->scope->lookup_local(id->name) : nullptr;
  if (!id || !tn || tn->kind != ObjKind::TypeName) {
    Object* outer = id && !tn && scope_ ? scope_->lookup(id->name) : nullptr;
    if (outer && outer->kind == ObjKind::TypeName)  // int, error, ...: declared outside this package
      error(rf->names.empty() ? rf->ftype->pos : rf->names[0]->pos, "cannot define new methods on non-local type " + std::string(id->name));
    else if (id && !tn) error(id->pos, "undefined: " + std::string(id->name));
    else error(rf->ftype->pos, "invalid receiver type " + expr_string(rf->ftype));
    fn->type = nullptr;
    return;
  }
  object_decl(tn);
  const Type* base = tn->type;
  if (!base || base->kind != TypeKind::Named) {
    error(rt->pos, "invalid receiver type " + expr_string(rf->ftype));
    fn->type = nullptr;
    return;
  }
  auto* named = const_cast<Named*>(static_cast<const Named*>(base));
  const Type* u = named->underlying;
  if (u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)) {
    error(rt->pos, "invalid receiver type " + std::string(id->name) + " (pointer or interface type)");
    fn->type = nullptr;
    return;
  }
  auto* recv = new_object<Var>(rf->names.empty() ? std::string_view() : rf->names[0]->name,
                               rf->names.empty() ? rf->pos : rf->names[0]->pos);
  recv->type = ptr ? types_.pointer(base) : base;
  recv->is_param = true;
  recv->used = true;
  recv->pkg = pkg_;
  sig->recv = recv;
  if (!rf->names.empty()) rf->names[0]->obj = recv;
  if (fd->name->name == "_") return;
  for (const Func* m : named->methods)
    if (m->name == fd->name->name) {
      error(fd->name->pos, std::string(id->name) + "." + std::string(fd->name->name) + " redeclared in this block\n\t" +
                               diags_.sources().format(m->pos) + ": other declaration of " + std::string(fd->name->name));
      return;
    }
  if (u && u->kind == TypeKind::Struct)
    for (const Var* f : static_cast<const Struct*>(u)->fields)
      if (f->name == fd->name->name) {
        error(fd->name->pos, "field and method with the same name " + std::string(fd->name->name) + "\n\t" +
                                 diags_.sources().format(f->pos) + ": other declaration of " + std::string(f->name));
        return;
      }
  named->methods.push_back(fn);
}

const Signature* Checker::func_type(ast::FuncType* ft, ast::FieldList* recv, Scope* scope, std::vector<Var*>* vars_out) {
  (void)recv;
  Signature* sig = types_.make<Signature>();
  auto collect = [&](ast::FieldList* list, bool results) {
    Tuple* tuple = types_.make<Tuple>();
    if (!list) return tuple;
    for (size_t fi = 0; fi < list->list.size(); fi++) {
      ast::Field* field = list->list[fi];
      ast::Expr* texpr = field->ftype;
      bool variadic = false;
      if (auto* e = ast::as<ast::Ellipsis>(texpr)) {
        if (results || fi + 1 != list->list.size() || field->names.size() > 1) {
          error(e->pos, "can only use ... with final parameter in list");
        }
        variadic = true;
        texpr = e->elt;
      }
      const Type* t = type_expr(texpr);
      if (variadic) {
        t = types_.slice(t);
        sig->variadic = !results;
      }
      auto add = [&](ast::Ident* name) {
        auto* v = new_object<Var>(name ? name->name : std::string_view(), name ? name->pos : field->pos);
        v->type = t;
        v->is_param = true;
        v->pkg = pkg_;
        v->used = true;  // parameters are never "declared but not used"
        tuple->vars.push_back(v);
        if (vars_out) vars_out->push_back(v);
        if (name && scope) declare(scope, name, v);
        else if (name) name->obj = v;
      };
      if (field->names.empty()) add(nullptr);
      for (ast::Ident* name : field->names) add(name);
    }
    return tuple;
  };
  sig->params = collect(ft->params, false);
  sig->results = collect(ft->results, true);
  return sig;
}

// ------------------------------------------------------------ local declarations

void Checker::local_decl(ast::GenDecl* gd) {
  ast::ValueSpec* last = nullptr;
  for (ast::Node* spec : gd->specs) {
    if (auto* ts = ast::as<ast::TypeSpec>(spec)) {
      auto* tn = new_object<TypeName>(ts->name->name, ts->name->pos);
      tn->pkg = pkg_;
      tn->alias = ts->alias;
      tn->used = true;
      declare(scope_, ts->name, tn);  // in scope within its own definition
      DeclInfo d;
      d.tspec = ts;
      type_decl(tn, d);
      continue;
    }
    auto* vs = ast::as<ast::ValueSpec>(spec);
    if (!vs) continue;
    if (gd->tok == ast::DeclTok::Const) {
      if (!(vs->values.empty() && !vs->vtype && last)) last = vs;
      ast::ValueSpec* src = last ? last : vs;
      std::vector<Const*> consts;
      for (size_t i = 0; i < vs->names.size(); i++) {
        auto* c = new_object<Const>(vs->names[i]->name, vs->names[i]->pos);
        c->pkg = pkg_;
        c->used = true;  // Go does not report unused constants
        DeclInfo d;
        d.vspec = vs;
        d.index = static_cast<int>(i);
        d.type_expr = src->vtype;
        d.init = i < src->values.size() ? src->values[i] : nullptr;
        d.iota = vs->iota;
        DeclInfo* saved = current_decl_;
        const_decl(c, d);
        current_decl_ = saved;
        consts.push_back(c);
      }
      // The constants' scope begins after the spec.
      for (size_t i = 0; i < consts.size(); i++) declare(scope_, vs->names[i], consts[i]);
      continue;
    }
    // var: evaluate initializers first, then declare.
    const Type* t = vs->vtype ? type_expr(vs->vtype) : nullptr;
    std::vector<Var*> vars;
    for (ast::Ident* name : vs->names) {
      auto* v = new_object<Var>(name->name, name->pos);
      v->pkg = pkg_;
      v->decl_func = fn_ ? fn_->decl : nullptr;
      v->type = t;
      vars.push_back(v);
    }
    if (!vs->values.empty()) {
      if (vs->values.size() == 1 && vars.size() > 1) {
        std::vector<Operand> xs;
        multi_expr(xs, vs->values[0], vs->names.size() == 2);
        if (xs.size() != vars.size()) {
          if (!xs.empty() && !xs[0].invalid())
            error(vs->names[0]->pos, "assignment mismatch: " + std::to_string(vars.size()) + " variables but " +
                                         std::to_string(xs.size()) + " value" + (xs.size() > 1 ? "s" : ""));
        } else {
          for (size_t i = 0; i < xs.size(); i++) {
            assignment(xs[i], t, "variable declaration");
            if (!t) vars[i]->type = xs[i].invalid() ? types_.basic(BasicKind::Invalid) : xs[i].type;
          }
        }
      } else if (vs->values.size() != vars.size()) {
        error(vs->names[0]->pos, "assignment mismatch: " + std::to_string(vars.size()) + " variable" +
                                     (vars.size() > 1 ? "s" : "") + " but " + std::to_string(vs->values.size()) +
                                     " value" + (vs->values.size() > 1 ? "s" : ""));
        for (ast::Expr* e : vs->values) {
          Operand x;
          expr(x, e);
        }
      } else {
        for (size_t i = 0; i < vars.size(); i++) {
          Operand x;
          expr(x, vs->values[i]);
          assignment(x, t, "variable declaration");
          if (!t) vars[i]->type = x.invalid() ? types_.basic(BasicKind::Invalid) : x.type;
          if (x.invalid()) vars[i]->used = true;  // no follow-up "declared but not used"
        }
      }
    }
    for (Var* v : vars)
      if (!v->type) v->type = types_.basic(BasicKind::Invalid);
    for (size_t i = 0; i < vars.size(); i++) declare(scope_, vs->names[i], vars[i]);
  }
}

// ------------------------------------------------------------ init order

void Checker::compute_init_order() {
  // Variable dependencies, transitively through functions.
  std::unordered_map<Object*, std::set<Var*>> var_deps;
  std::function<void(Object*, std::set<Object*>&, std::set<Var*>&)> reach = [&](Object* o, std::set<Object*>& seen,
                                                                                 std::set<Var*>& out) {
    auto it = decls_.find(o);
    if (it == decls_.end()) return;
    for (Object* dep : it->second.deps) {
      if (!seen.insert(dep).second) continue;
      if (dep->kind == ObjKind::Var) out.insert(static_cast<Var*>(dep));
      else if (dep->kind == ObjKind::Func) reach(dep, seen, out);
    }
  };
  std::vector<Var*> vars;
  for (Object* obj : decl_order_)
    if (obj->kind == ObjKind::Var) vars.push_back(static_cast<Var*>(obj));
  for (Var* v : vars) {
    std::set<Object*> seen;
    reach(v, seen, var_deps[v]);
    if (var_deps[v].count(v) && decls_[v].init)
      error(v->pos, "initialization cycle or invalid reference to " + std::string(v->name));
  }
  // Repeatedly emit the earliest variable (in declaration order) that is
  // ready: all the variables it depends on are initialized.
  std::set<Var*> done;
  std::vector<Var*> pending = vars;
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](Var* v) {
      for (Var* dep : var_deps[v])
        if (dep != v && !done.count(dep) && std::find(decls_[v].lhs.begin(), decls_[v].lhs.end(), dep) == decls_[v].lhs.end())
          return false;
      return true;
    });
    if (ready == pending.end()) ready = pending.begin();  // a cycle, already reported
    Var* v = *ready;
    DeclInfo& d = decls_[v];
    const std::vector<Var*> group = d.lhs.empty() ? std::vector<Var*>{v} : d.lhs;
    for (Var* g : group) {
      done.insert(g);
      pending.erase(std::remove(pending.begin(), pending.end(), g), pending.end());
    }
    if (d.init) pkg_->init_order.push_back(InitEntry{group, d.init});
  }
}

}  // namespace gosub::types
