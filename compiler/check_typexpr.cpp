// Type expressions: names, pointers, arrays, slices, maps, channels,
// functions, structs and interfaces.
#include <algorithm>

#include "compiler/checker.h"

namespace gosub::types {

const Type* Checker::type_expr(ast::Expr* e) { return defined_type(e, nullptr); }

const Type* Checker::defined_type(ast::Expr* e, Named* def) {
  const Type* invalid = types_.basic(BasicKind::Invalid);
  if (!e) return invalid;
  auto finish = [&](const Type* t) {
    e->type = t;
    e->mode = ast::Mode::TypeExpr;
    return t;
  };
  switch (e->kind) {
    case ast::Kind::Ident:
    case ast::Kind::SelectorExpr: {
      Operand x;
      if (auto* id = ast::as<ast::Ident>(e)) ident(x, id, true);
      else selector(x, static_cast<ast::SelectorExpr*>(e));
      if (x.invalid()) return finish(invalid);
      if (x.mode != ast::Mode::TypeExpr) {
        error(e->pos, describe(x) + " is not a type");
        return finish(invalid);
      }
      const Type* t = x.type;
      if (auto* b = ast::as<ast::Ident>(e); b && (b->name == "complex64" || b->name == "complex128") && t->kind == TypeKind::Basic) {
        error(e->pos, "complex numbers are not supported");
        return finish(invalid);
      }
      if (t && t->kind == TypeKind::Named && static_cast<const Named*>(t)->obj->name == "comparable" &&
          static_cast<const Named*>(t)->obj->pkg == nullptr) {
        error(e->pos, "generic constraints are not supported: comparable");
        return finish(invalid);
      }
      return finish(t);
    }
    case ast::Kind::ParenExpr: return finish(defined_type(static_cast<ast::ParenExpr*>(e)->x, def));
    case ast::Kind::StarExpr: {
      indirection_++;  // type T struct{ next *T } is fine
      const Type* elem = type_expr(static_cast<ast::StarExpr*>(e)->x);
      indirection_--;
      return finish(types_.pointer(elem));
    }
    case ast::Kind::ArrayType: {
      auto* a = static_cast<ast::ArrayType*>(e);
      if (!a->len) {
        indirection_++;
        const Type* elem = type_expr(a->elt);
        indirection_--;
        return finish(types_.slice(elem));
      }
      if (ast::as<ast::Ellipsis>(a->len)) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        type_expr(a->elt);
        return finish(invalid);
      }
      Operand n;
      expr(n, a->len);
      int64_t len = 0;
      if (!n.invalid()) {
        if (n.mode != ast::Mode::Constant || !is_integer(n.type)) {
          error(a->len->pos, "array length " + describe(n) + " must be constant");
        } else if (n.val->int_value().negative() || !n.val->int_value().fits_int64()) {
          error(a->len->pos, "invalid array length " + n.val->to_string());
        } else {
          len = n.val->int64();
          if (is_untyped(n.type)) update_untyped(a->len, types_.basic(BasicKind::Int));
        }
      }
      return finish(types_.array(type_expr(a->elt), len));
    }
    case ast::Kind::MapType: {
      auto* m = static_cast<ast::MapType*>(e);
      indirection_++;
      const Type* k = type_expr(m->key);
      const Type* v = type_expr(m->value);
      indirection_--;
      if (const Type* ku = k ? underlying(k) : nullptr) {
        bool bad = ku->kind == TypeKind::Slice || ku->kind == TypeKind::Map || ku->kind == TypeKind::Signature ||
                   ((ku->kind == TypeKind::Struct || ku->kind == TypeKind::Array) && incomparable_part(k));
        if (bad) error(m->key->pos, "invalid map key type " + type_str(k));
      }
      return finish(types_.map(k, v));
    }
    case ast::Kind::ChanType: {
      auto* c = static_cast<ast::ChanType*>(e);
      indirection_++;
      const Type* v = type_expr(c->value);
      indirection_--;
      return finish(types_.chan(c->dir, v));
    }
    case ast::Kind::FuncType: {
      auto* ft = static_cast<ast::FuncType*>(e);
      if (ft->type_params) error(ft->pos, "generic functions are not supported");
      indirection_++;
      const Type* f = func_type(ft, nullptr, nullptr, nullptr);
      indirection_--;
      return finish(f);
    }
    case ast::Kind::StructType: {
      auto* st = static_cast<ast::StructType*>(e);
      Struct* s = types_.make<Struct>();
      std::set<std::string_view> names;
      for (ast::Field* f : st->fields->list) {
        const Type* ft = type_expr(f->ftype);
        auto add = [&](std::string_view name, Pos pos, bool embedded) {
          auto* v = new_object<Var>(name, pos);
          v->type = ft;
          v->is_field = true;
          v->embedded = embedded;
          v->pkg = pkg_;
          if (name != "_" && !names.insert(name).second) error(pos, std::string(name) + " redeclared");
          s->fields.push_back(v);
          std::string tag;
          if (f->tag) unquote_string(f->tag->raw, tag);
          s->tags.push_back(tag);
        };
        if (f->names.empty()) {
          // Embedded field: named after its type name.
          const Type* base = ft && ft->kind == TypeKind::Pointer ? static_cast<const Pointer*>(ft)->elem : ft;
          std::string_view name = base && base->kind == TypeKind::Named ? static_cast<const Named*>(base)->obj->name
                                  : base && base->kind == TypeKind::Basic ? static_cast<const Basic*>(base)->name
                                                                          : std::string_view("?");
          add(name, f->ftype->pos, true);
        }
        for (ast::Ident* n : f->names) {
          add(n->name, n->pos, false);
          n->obj = s->fields.back();
        }
      }
      return finish(s);
    }
    case ast::Kind::InterfaceType: {
      auto* it = static_cast<ast::InterfaceType*>(e);
      Interface* iface = types_.make<Interface>();
      for (ast::Field* f : it->methods->list) {
        if (f->names.empty()) {
          if (ast::as<ast::UnaryExpr>(f->ftype) || ast::as<ast::BinaryExpr>(f->ftype)) {
            error(f->ftype->pos, "generic type constraints are not supported");
            continue;
          }
          const Type* emb = type_expr(f->ftype);
          if (!is_interface(emb)) {
            if (emb->kind != TypeKind::Basic || static_cast<const Basic*>(emb)->bkind != BasicKind::Invalid)
              error(f->ftype->pos, "generic type constraints are not supported");
            continue;
          }
          iface->embeddeds.push_back(emb);
          auto* u = static_cast<const Interface*>(underlying(emb));
          for (Func* m : u->all_methods) iface->all_methods.push_back(m);
          continue;
        }
        auto* ft = ast::as<ast::FuncType>(f->ftype);
        if (!ft) continue;
        auto* m = new_object<Func>(f->names[0]->name, f->names[0]->pos);
        m->pkg = pkg_;
        indirection_++;  // type I interface{ Clone() I } refers to I, not through it
        m->type = func_type(ft, nullptr, nullptr, nullptr);
        indirection_--;
        f->names[0]->obj = m;
        iface->methods.push_back(m);
        iface->all_methods.push_back(m);
      }
      std::sort(iface->all_methods.begin(), iface->all_methods.end(),
                [](const Func* a, const Func* b) { return a->name < b->name; });
      for (size_t i = 1; i < iface->all_methods.size(); i++) {
        if (iface->all_methods[i]->name == iface->all_methods[i - 1]->name)
          error(iface->all_methods[i]->pos, "duplicate method " + std::string(iface->all_methods[i]->name));
      }
      return finish(iface);
    }
    default:
      break;
  }
  Operand x;
  raw_expr(x, e, nullptr);
  if (!x.invalid()) error(e->pos, describe(x) + " is not a type");
  (void)def;
  return finish(invalid);
}

}  // namespace gosub::types
