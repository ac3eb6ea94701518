// Owner of every Type of a compilation. Composite types built from the same
// parts are interned (one *int, one []string, ...) so identity checks are
// mostly pointer compares; named types, structs, signatures and interfaces
// are created fresh and compared structurally by identical().
#pragma once

#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include "compiler/types.h"

namespace gosub::types {

class TypeTable {
 public:
  TypeTable();

  // The predeclared basic type of a kind ("int", "untyped float", ...).
  const Basic* basic(BasicKind k) const { return basics_[static_cast<size_t>(k)]; }
  // byte and rune: aliases that print under their own names in messages.
  const Basic* byte_alias() const { return byte_; }
  const Basic* rune_alias() const { return rune_; }

  const Pointer* pointer(const Type* elem);
  const Slice* slice(const Type* elem);
  const Array* array(const Type* elem, int64_t len);
  const Map* map(const Type* key, const Type* elem);
  const Chan* chan(ast::ChanDir dir, const Type* elem);

  // Fresh, caller-filled types; owned here.
  template <class T>
  T* make() {
    auto p = std::make_unique<T>();
    T* raw = p.get();
    owned_.push_back(std::move(p));
    return raw;
  }

 private:
  const Basic* add_basic(BasicKind k, std::string_view name);
  std::vector<std::unique_ptr<Type>> owned_;
  std::vector<const Basic*> basics_;
  const Basic* byte_ = nullptr;
  const Basic* rune_ = nullptr;
  std::map<const Type*, const Pointer*> pointers_;
  std::map<const Type*, const Slice*> slices_;
  std::map<std::pair<const Type*, int64_t>, const Array*> arrays_;
  std::map<std::pair<const Type*, const Type*>, const Map*> maps_;
  std::map<std::pair<int, const Type*>, const Chan*> chans_;
};

// How a type is spelled: as gc's checker writes it in messages (types2:
// "struct{a int}", "interface{}", byte as "byte", package-local names
// unqualified) or as the runtime prints it for %T (reflect: "struct { a int }",
// "interface {}", "uint8", "main.T").
enum class TypeStyle { Checker, Runtime };
std::string type_string(const Type* t, TypeStyle style, const Package* local = nullptr);

}  // namespace gosub::types
