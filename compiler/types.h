// Go types and objects, as the checker builds them and codegen reads them.
// Shapes follow go/types (Basic, Named, Pointer, Slice, ..., Var, Const,
// TypeName, Func, PkgName, Builtin, Label, Nil). Types are interned where
// Go's identity rules allow it (see TypeTable) and owned by the TypeTable;
// objects are owned by the checker's Universe/Package.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"

namespace gosub::types {

class Constant;
struct Object;
struct Package;

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,  // recognised so they can be rejected by name
  String,
  UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
};

enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Array, Slice, Map, Chan, Struct, Signature, Interface, Tuple,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
};

struct Basic : Type {
  BasicKind bkind;
  std::string_view name;  // "int", "untyped int", ...
  Basic(BasicKind k, std::string_view n) : Type(TypeKind::Basic), bkind(k), name(n) {}
};

struct Func;  // object

// A defined (named) type: type T U. underlying is never a Named.
struct Named : Type {
  Object* obj = nullptr;               // its TypeName
  const Type* underlying = nullptr;    // set once resolved
  std::vector<Func*> methods;          // declared methods, in source order
  Named() : Type(TypeKind::Named) {}
};

struct Pointer : Type {
  const Type* elem;
  explicit Pointer(const Type* e) : Type(TypeKind::Pointer), elem(e) {}
};

struct Array : Type {
  const Type* elem;
  int64_t len;
  Array(const Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
};

struct Slice : Type {
  const Type* elem;
  explicit Slice(const Type* e) : Type(TypeKind::Slice), elem(e) {}
};

struct Map : Type {
  const Type* key;
  const Type* elem;
  Map(const Type* k, const Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};

struct Chan : Type {
  ast::ChanDir dir;
  const Type* elem;
  Chan(ast::ChanDir d, const Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

struct Var;

struct Struct : Type {
  std::vector<Var*> fields;  // Var::is_field; Var::embedded for anonymous fields
  std::vector<std::string> tags;  // per field ("" when none); part of the type's identity
  Struct() : Type(TypeKind::Struct) {}
};

// An ordered list of variables: parameters, results, or the values of a
// multi-value expression (a call returning several results).
struct Tuple : Type {
  std::vector<Var*> vars;
  Tuple() : Type(TypeKind::Tuple) {}
};

struct Signature : Type {
  Var* recv = nullptr;             // non-null for methods
  const Tuple* params = nullptr;   // never null (may be empty)
  const Tuple* results = nullptr;  // never null (may be empty)
  bool variadic = false;           // last param is ...T (its type is []T)
  Signature() : Type(TypeKind::Signature) {}
};

struct Interface : Type {
  std::vector<Func*> methods;            // explicitly declared methods
  std::vector<const Type*> embeddeds;    // embedded interfaces
  std::vector<Func*> all_methods;        // complete method set, sorted by name (after completion)
  Interface() : Type(TypeKind::Interface) {}
};

// --- helpers every stage uses (implemented in types.cpp)

const Type* underlying(const Type* t);  // t itself unless Named
// For a struct (or array) type: the first field type inside it that makes
// == illegal (a slice, map or func); null when it is comparable.
const Type* incomparable_part(const Type* t);
bool identical(const Type* a, const Type* b);
bool identical_ignore_tags(const Type* a, const Type* b);  // conversions ignore struct tags
// What x.name selects in a value of type t (not a pointer): a field or a
// method, found breadth-first through embedded fields as Go's selector
// rules say (the shallowest wins; two at one depth are ambiguous).
struct Selection {
  Var* field = nullptr;
  std::vector<int32_t> path;     // field indices down to the field, or to the method's embedded value
  bool through_pointer = false;  // an embedded pointer was followed
  bool ambiguous = false;
  Func* method = nullptr;        // a method (of a named type or an embedded interface)
  bool iface_method = false;     // method of an interface embedded at path
};
Selection lookup_selection(const Type* t, std::string_view name);
bool is_untyped(const Type* t);
bool is_integer(const Type* t);   // on the underlying type; untyped int/rune included
bool is_unsigned(const Type* t);
bool is_float(const Type* t);
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_boolean(const Type* t);
bool is_interface(const Type* t);
// Size in bytes as gc lays the type out on amd64 (int = 8 bytes); used for
// integer wrap-around and unsafe.Sizeof-like needs.
int64_t size_of(const Type* t);
// Go's spelling of a type as the checker prints it in messages and as fmt's
// %T prints it ("int", "main.Celsius", "[]string", "func(int) string",
// "untyped int", "interface {}").
std::string type_string(const Type* t);

// --- objects

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

struct Object {
  ObjKind kind;
  std::string_view name;
  Pos pos;
  const Type* type = nullptr;
  Package* pkg = nullptr;  // null for universe objects
  bool used = false;       // for "declared but not used" / "imported and not used"
  Object(ObjKind k, std::string_view n, Pos p) : kind(k), name(n), pos(p) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct Var : Object {
  bool is_field = false;
  bool embedded = false;   // anonymous struct field
  bool is_param = false;   // parameter or result (named or not)
  bool is_global = false;  // package-level variable
  bool captured = false;   // referenced from a closure nested in its function: lives in a heap cell
  bool addressed = false;  // its address is taken (&v, &v.f, a pointer method on v): lives in a heap cell
  bool in_cell() const { return captured || addressed; }
  const ast::Node* decl_func = nullptr;  // FuncDecl/FuncLit that declares it (null for globals)
  Var(std::string_view n, Pos p) : Object(ObjKind::Var, n, p) {}
};

struct Const : Object {
  const Constant* value = nullptr;
  Const(std::string_view n, Pos p) : Object(ObjKind::Const, n, p) {}
};

struct TypeName : Object {
  bool alias = false;
  TypeName(std::string_view n, Pos p) : Object(ObjKind::TypeName, n, p) {}
};

// A function or method. decl is null for functions declared without a body
// (stdlib natives, bound by qualified name "pkg.Name" / "pkg.Type.Method").
struct Func : Object {
  const ast::FuncDecl* decl = nullptr;
  bool native() const { return decl == nullptr || decl->body == nullptr; }
  std::string qualified_name() const;  // "main.f", "main.T.m", "main.(*T).m", "strconv.Itoa"
  Func(std::string_view n, Pos p) : Object(ObjKind::Func, n, p) {}
};

struct PkgName : Object {
  Package* imported = nullptr;
  PkgName(std::string_view n, Pos p) : Object(ObjKind::PkgName, n, p) {}
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min,
  New, Panic, Print, Println, Real, Recover,
};
struct Builtin : Object {
  BuiltinId id;
  Builtin(std::string_view n, BuiltinId i) : Object(ObjKind::Builtin, n, Pos{}), id(i) {}
};

struct Label : Object {
  const ast::LabeledStmt* stmt = nullptr;
  Label(std::string_view n, Pos p) : Object(ObjKind::Label, n, p) {}
};

}  // namespace gosub::types
