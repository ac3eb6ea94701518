// Lexical scopes: universe -> package -> file -> function -> blocks.
// Lookup walks outward; a scope remembers its end position so that
// "declared after use" inside a block resolves like Go's.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/types.h"

namespace gosub::types {

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}

  Scope* parent() const { return parent_; }
  // Declares obj; returns the previous object of that name in this very
  // scope (a redeclaration the caller reports) or null.
  Object* insert(Object* obj) {
    auto [it, inserted] = names_.emplace(obj->name, obj);
    if (!inserted) return it->second;
    order_.push_back(obj);
    return nullptr;
  }
  Object* lookup_local(std::string_view name) const {
    auto it = names_.find(name);
    return it == names_.end() ? nullptr : it->second;
  }
  Object* lookup(std::string_view name) const {
    for (const Scope* s = this; s; s = s->parent_)
      if (Object* o = s->lookup_local(name)) return o;
    return nullptr;
  }
  // Objects in declaration order (for "declared but not used" reports).
  const std::vector<Object*>& objects() const { return order_; }

 private:
  Scope* parent_;
  std::unordered_map<std::string_view, Object*> names_;
  std::vector<Object*> order_;
};

class TypeTable;

// Fills `universe` with Go's predeclared identifiers: the basic types and
// their aliases (byte, rune, any), error, comparable, true/false/nil/iota
// and the builtin functions. Objects are appended to `owned`.
void populate_universe(Scope& universe, TypeTable& types, std::vector<std::unique_ptr<Object>>& owned,
                       std::vector<std::unique_ptr<class Constant>>& constants);

}  // namespace gosub::types
