#include <set>

#include "compiler/check.h"
#include "compiler/type_table.h"

namespace gosub::types {

// ------------------------------------------------------------ TypeTable

TypeTable::TypeTable() {
  static constexpr std::pair<BasicKind, const char*> kBasics[] = {
      {BasicKind::Invalid, "invalid type"},
      {BasicKind::Bool, "bool"},
      {BasicKind::Int, "int"},         {BasicKind::Int8, "int8"},       {BasicKind::Int16, "int16"},
      {BasicKind::Int32, "int32"},     {BasicKind::Int64, "int64"},     {BasicKind::Uint, "uint"},
      {BasicKind::Uint8, "uint8"},     {BasicKind::Uint16, "uint16"},   {BasicKind::Uint32, "uint32"},
      {BasicKind::Uint64, "uint64"},   {BasicKind::Uintptr, "uintptr"}, {BasicKind::Float32, "float32"},
      {BasicKind::Float64, "float64"}, {BasicKind::Complex64, "complex64"},
      {BasicKind::Complex128, "complex128"},
      {BasicKind::String, "string"},
      {BasicKind::UnsafePointer, "unsafe.Pointer"},
      {BasicKind::UntypedBool, "untyped bool"},     {BasicKind::UntypedInt, "untyped int"},
      {BasicKind::UntypedRune, "untyped rune"},     {BasicKind::UntypedFloat, "untyped float"},
      {BasicKind::UntypedString, "untyped string"}, {BasicKind::UntypedNil, "untyped nil"},
  };
  basics_.resize(std::size(kBasics));
  for (auto [kind, name] : kBasics) basics_[static_cast<size_t>(kind)] = add_basic(kind, name);
  byte_ = add_basic(BasicKind::Uint8, "byte");
  rune_ = add_basic(BasicKind::Int32, "rune");
}

const Basic* TypeTable::add_basic(BasicKind k, std::string_view name) {
  auto p = std::make_unique<Basic>(k, name);
  const Basic* raw = p.get();
  owned_.push_back(std::move(p));
  return raw;
}

namespace {
template <class T, class Key, class... Args>
const T* intern(std::map<Key, const T*>& table, std::vector<std::unique_ptr<Type>>& owned, Key key, Args... args) {
  auto it = table.find(key);
  if (it != table.end()) return it->second;
  auto p = std::make_unique<T>(args...);
  const T* raw = p.get();
  owned.push_back(std::move(p));
  table.emplace(key, raw);
  return raw;
}
}  // namespace

const Pointer* TypeTable::pointer(const Type* elem) { return intern<Pointer>(pointers_, owned_, elem, elem); }
const Slice* TypeTable::slice(const Type* elem) { return intern<Slice>(slices_, owned_, elem, elem); }
const Array* TypeTable::array(const Type* elem, int64_t len) {
  return intern<Array>(arrays_, owned_, std::make_pair(elem, len), elem, len);
}
const Map* TypeTable::map(const Type* key, const Type* elem) {
  return intern<Map>(maps_, owned_, std::make_pair(key, elem), key, elem);
}
const Chan* TypeTable::chan(ast::ChanDir dir, const Type* elem) {
  return intern<Chan>(chans_, owned_, std::make_pair(static_cast<int>(dir), elem), dir, elem);
}

// ------------------------------------------------------------ predicates

const Type* underlying(const Type* t) {
  if (t && t->kind == TypeKind::Named) return static_cast<const Named*>(t)->underlying;
  return t;
}

namespace {
const Basic* basic_of(const Type* t) {
  t = underlying(t);
  return t && t->kind == TypeKind::Basic ? static_cast<const Basic*>(t) : nullptr;
}
bool basic_in(const Type* t, BasicKind lo, BasicKind hi) {
  const Basic* b = basic_of(t);
  return b && b->bkind >= lo && b->bkind <= hi;
}

bool identical_tuples(const Tuple* a, const Tuple* b) {
  if (a->vars.size() != b->vars.size()) return false;
  for (size_t i = 0; i < a->vars.size(); i++)
    if (!identical(a->vars[i]->type, b->vars[i]->type)) return false;
  return true;
}
}  // namespace

bool is_untyped(const Type* t) { return basic_in(t, BasicKind::UntypedBool, BasicKind::UntypedNil); }
bool is_integer(const Type* t) {
  return basic_in(t, BasicKind::Int, BasicKind::Uintptr) || basic_in(t, BasicKind::UntypedInt, BasicKind::UntypedRune);
}
bool is_unsigned(const Type* t) { return basic_in(t, BasicKind::Uint, BasicKind::Uintptr); }
bool is_float(const Type* t) {
  return basic_in(t, BasicKind::Float32, BasicKind::Float64) || basic_in(t, BasicKind::UntypedFloat, BasicKind::UntypedFloat);
}
bool is_numeric(const Type* t) { return is_integer(t) || is_float(t) || basic_in(t, BasicKind::Complex64, BasicKind::Complex128); }
bool is_string(const Type* t) {
  return basic_in(t, BasicKind::String, BasicKind::String) || basic_in(t, BasicKind::UntypedString, BasicKind::UntypedString);
}
bool is_boolean(const Type* t) {
  return basic_in(t, BasicKind::Bool, BasicKind::Bool) || basic_in(t, BasicKind::UntypedBool, BasicKind::UntypedBool);
}
bool is_interface(const Type* t) {
  t = underlying(t);
  return t && t->kind == TypeKind::Interface;
}

// Type identity; with tags=false struct tags are ignored (conversions).
static bool same_type(const Type* a, const Type* b, bool tags) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic: return static_cast<const Basic*>(a)->bkind == static_cast<const Basic*>(b)->bkind;
    case TypeKind::Named: return false;  // each defined type is its own
    case TypeKind::Pointer: return same_type(static_cast<const Pointer*>(a)->elem, static_cast<const Pointer*>(b)->elem, tags);
    case TypeKind::Slice: return same_type(static_cast<const Slice*>(a)->elem, static_cast<const Slice*>(b)->elem, tags);
    case TypeKind::Array: {
      auto *x = static_cast<const Array*>(a), *y = static_cast<const Array*>(b);
      return x->len == y->len && same_type(x->elem, y->elem, tags);
    }
    case TypeKind::Map: {
      auto *x = static_cast<const Map*>(a), *y = static_cast<const Map*>(b);
      return same_type(x->key, y->key, tags) && same_type(x->elem, y->elem, tags);
    }
    case TypeKind::Chan: {
      auto *x = static_cast<const Chan*>(a), *y = static_cast<const Chan*>(b);
      return x->dir == y->dir && same_type(x->elem, y->elem, tags);
    }
    case TypeKind::Struct: {
      auto *x = static_cast<const Struct*>(a), *y = static_cast<const Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        const Var *f = x->fields[i], *g = y->fields[i];
        if (f->name != g->name || f->embedded != g->embedded || !same_type(f->type, g->type, tags)) return false;
        if (tags && i < x->tags.size() && i < y->tags.size() && x->tags[i] != y->tags[i]) return false;
        // Non-exported field names from different packages differ.
        if (!f->exported() && f->pkg != g->pkg) return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      auto *x = static_cast<const Signature*>(a), *y = static_cast<const Signature*>(b);
      return x->variadic == y->variadic && identical_tuples(x->params, y->params) &&
             identical_tuples(x->results, y->results);
    }
    case TypeKind::Interface: {
      auto *x = static_cast<const Interface*>(a), *y = static_cast<const Interface*>(b);
      if (x->all_methods.size() != y->all_methods.size()) return false;
      for (size_t i = 0; i < x->all_methods.size(); i++) {
        if (x->all_methods[i]->name != y->all_methods[i]->name ||
            !same_type(x->all_methods[i]->type, y->all_methods[i]->type, tags))
          return false;
      }
      return true;
    }
    case TypeKind::Tuple: return identical_tuples(static_cast<const Tuple*>(a), static_cast<const Tuple*>(b));
  }
  return false;
}

bool identical(const Type* a, const Type* b) { return same_type(a, b, true); }
bool identical_ignore_tags(const Type* a, const Type* b) { return same_type(a, b, false); }

int64_t size_of(const Type* t) {
  t = underlying(t);
  if (!t) return 0;
  switch (t->kind) {
    case TypeKind::Basic:
      switch (static_cast<const Basic*>(t)->bkind) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
        case BasicKind::Int16: case BasicKind::Uint16: return 2;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
        case BasicKind::String: case BasicKind::Complex128: return 16;
        default: return 8;
      }
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      return a->len * size_of(a->elem);
    }
    case TypeKind::Struct: {
      int64_t size = 0, align = 1;
      for (const Var* f : static_cast<const Struct*>(t)->fields) {
        int64_t fs = size_of(f->type);
        int64_t fa = fs >= 8 ? 8 : fs >= 4 ? 4 : fs >= 2 ? 2 : 1;
        size = (size + fa - 1) / fa * fa + fs;
        align = std::max(align, fa);
      }
      return (size + align - 1) / align * align;
    }
    default: return 8;
  }
}

// ------------------------------------------------------------ spelling

namespace {

void write_type(std::string& out, const Type* t, TypeStyle style, const Package* local);

void write_tuple(std::string& out, const Tuple* tuple, bool variadic, TypeStyle style, const Package* local) {
  out += '(';
  for (size_t i = 0; i < tuple->vars.size(); i++) {
    if (i) out += ", ";
    const Type* pt = tuple->vars[i]->type;
    if (variadic && i + 1 == tuple->vars.size() && pt && pt->kind == TypeKind::Slice) {
      out += "...";
      pt = static_cast<const Slice*>(pt)->elem;
    }
    write_type(out, pt, style, local);
  }
  out += ')';
}

void write_signature(std::string& out, const Signature* sig, TypeStyle style, const Package* local) {
  write_tuple(out, sig->params, sig->variadic, style, local);
  size_t n = sig->results->vars.size();
  if (n == 0) return;
  out += ' ';
  if (n == 1) {
    write_type(out, sig->results->vars[0]->type, style, local);
    return;
  }
  write_tuple(out, sig->results, false, style, local);
}

void write_type(std::string& out, const Type* t, TypeStyle style, const Package* local) {
  if (!t) {
    out += "<nil>";
    return;
  }
  bool runtime = style == TypeStyle::Runtime;
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<const Basic*>(t);
      if (runtime && b->name == "byte") out += "uint8";
      else if (runtime && b->name == "rune") out += "int32";
      else out += b->name;
      return;
    }
    case TypeKind::Named: {
      auto* n = static_cast<const Named*>(t);
      const Object* obj = n->obj;
      if (obj->pkg && (runtime || obj->pkg != local)) out += obj->pkg->name + ".";
      out += obj->name;
      return;
    }
    case TypeKind::Pointer:
      out += '*';
      write_type(out, static_cast<const Pointer*>(t)->elem, style, local);
      return;
    case TypeKind::Slice:
      out += "[]";
      write_type(out, static_cast<const Slice*>(t)->elem, style, local);
      return;
    case TypeKind::Array: {
      auto* a = static_cast<const Array*>(t);
      out += '[' + std::to_string(a->len) + ']';
      write_type(out, a->elem, style, local);
      return;
    }
    case TypeKind::Map: {
      auto* m = static_cast<const Map*>(t);
      out += "map[";
      write_type(out, m->key, style, local);
      out += ']';
      write_type(out, m->elem, style, local);
      return;
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const Chan*>(t);
      out += c->dir == ast::ChanDir::Recv ? "<-chan " : c->dir == ast::ChanDir::Send ? "chan<- " : "chan ";
      // chan (<-chan int) needs parentheses to keep its meaning.
      bool paren = c->dir == ast::ChanDir::Both && c->elem->kind == TypeKind::Chan &&
                   static_cast<const Chan*>(c->elem)->dir == ast::ChanDir::Recv;
      if (paren) out += '(';
      write_type(out, c->elem, style, local);
      if (paren) out += ')';
      return;
    }
    case TypeKind::Struct: {
      auto* s = static_cast<const Struct*>(t);
      out += runtime ? (s->fields.empty() ? "struct {}" : "struct { ") : "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i) out += "; ";
        if (!s->fields[i]->embedded) out += std::string(s->fields[i]->name) + " ";
        write_type(out, s->fields[i]->type, style, local);
        if (i < s->tags.size() && !s->tags[i].empty()) {
          // The tag as Go quotes it: "json:\"x\"".
          out += " \"";
          for (char c : s->tags[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += '"';
        }
      }
      if (!runtime) out += '}';
      else if (!s->fields.empty()) out += " }";
      return;
    }
    case TypeKind::Signature:
      out += "func";
      write_signature(out, static_cast<const Signature*>(t), style, local);
      return;
    case TypeKind::Interface: {
      auto* it = static_cast<const Interface*>(t);
      const auto& methods = it->all_methods.empty() ? it->methods : it->all_methods;
      if (methods.empty()) {
        out += runtime ? "interface {}" : "interface{}";
        return;
      }
      out += runtime ? "interface { " : "interface{";
      for (size_t i = 0; i < methods.size(); i++) {
        if (i) out += "; ";
        out += methods[i]->name;
        write_signature(out, static_cast<const Signature*>(methods[i]->type), style, local);
      }
      out += runtime ? " }" : "}";
      return;
    }
    case TypeKind::Tuple:
      write_tuple(out, static_cast<const Tuple*>(t), false, style, local);
      return;
  }
}

}  // namespace

std::string type_string(const Type* t, TypeStyle style, const Package* local) {
  std::string out;
  write_type(out, t, style, local);
  return out;
}

std::string type_string(const Type* t) { return type_string(t, TypeStyle::Runtime); }

const Type* incomparable_part(const Type* t) {
  const Type* u = underlying(t);
  if (!u) return nullptr;
  if (u->kind == TypeKind::Struct) {
    for (const Var* f : static_cast<const Struct*>(u)->fields) {
      const Type* fu = underlying(f->type);
      if (fu && (fu->kind == TypeKind::Slice || fu->kind == TypeKind::Map || fu->kind == TypeKind::Signature)) return f->type;
      if (const Type* inner = incomparable_part(f->type)) return inner;
    }
  }
  if (u->kind == TypeKind::Array) {
    const Type* eu = underlying(static_cast<const Array*>(u)->elem);
    if (eu && (eu->kind == TypeKind::Slice || eu->kind == TypeKind::Map || eu->kind == TypeKind::Signature))
      return static_cast<const Array*>(u)->elem;
    return incomparable_part(static_cast<const Array*>(u)->elem);
  }
  return nullptr;
}

// Breadth-first over embedded fields, as Go's selector rules: the
// shallowest depth with the name (field or method) wins; two at that depth
// are ambiguous.
Selection lookup_selection(const Type* t, std::string_view name) {
  struct Entry {
    const Type* type;
    std::vector<int32_t> path;
    bool through_pointer;
  };
  std::vector<Entry> level{{t, {}, false}};
  std::set<const Type*> seen;
  bool top = true;
  while (!level.empty()) {
    Selection result;
    int matches = 0;
    std::vector<Entry> next;
    for (const Entry& en : level) {
      if (en.type && en.type->kind == TypeKind::Named) {
        for (Func* m : static_cast<const Named*>(en.type)->methods)
          if (m->name == name && ++matches == 1) {
            result = Selection{};
            result.method = m;
            result.path = en.path;
            result.through_pointer = en.through_pointer;
          }
      }
      const Type* u = underlying(en.type);
      if (u && u->kind == TypeKind::Interface && !top) {
        for (Func* m : static_cast<const Interface*>(u)->all_methods)
          if (m->name == name && ++matches == 1) {
            result = Selection{};
            result.method = m;
            result.iface_method = true;
            result.path = en.path;
            result.through_pointer = en.through_pointer;
          }
        continue;
      }
      if (!u || u->kind != TypeKind::Struct || !seen.insert(u).second) continue;
      const auto* st = static_cast<const Struct*>(u);
      for (size_t i = 0; i < st->fields.size(); i++) {
        Var* f = st->fields[i];
        std::vector<int32_t> path = en.path;
        path.push_back(static_cast<int32_t>(i));
        if (f->name == name) {
          if (++matches == 1) result = Selection{f, path, en.through_pointer, false};
          continue;
        }
        if (f->embedded) {
          const Type* ft = f->type;
          bool ptr = false;
          if (const Type* fu = underlying(ft); fu && fu->kind == TypeKind::Pointer) {
            ft = static_cast<const Pointer*>(fu)->elem;
            ptr = true;
          }
          next.push_back({ft, path, en.through_pointer || ptr});
        }
      }
    }
    if (matches > 1) return Selection{nullptr, {}, false, true};
    if (matches == 1) return result;
    level = std::move(next);
    top = false;
  }
  return {};
}

std::string Func::qualified_name() const {
  std::string prefix = pkg ? pkg->name + "." : std::string();
  auto* sig = static_cast<const Signature*>(type);
  if (sig && sig->recv) {
    const Type* r = sig->recv->type;
    bool ptr = r && r->kind == TypeKind::Pointer;
    if (ptr) r = static_cast<const Pointer*>(r)->elem;
    std::string recv = r && r->kind == TypeKind::Named ? std::string(static_cast<const Named*>(r)->obj->name) : "?";
    return prefix + (ptr ? "(*" + recv + ")" : recv) + "." + std::string(name);
  }
  return prefix + std::string(name);
}

}  // namespace gosub::types
