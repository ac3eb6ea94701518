#include "compiler/constant_value.h"
#include "compiler/scope.h"
#include "compiler/type_table.h"

namespace gosub::types {

namespace {
template <class T, class... Args>
T* own(std::vector<std::unique_ptr<Object>>& owned, Args&&... args) {
  auto p = std::make_unique<T>(std::forward<Args>(args)...);
  T* raw = p.get();
  owned.push_back(std::move(p));
  return raw;
}
}  // namespace

void populate_universe(Scope& universe, TypeTable& types, std::vector<std::unique_ptr<Object>>& owned,
                       std::vector<std::unique_ptr<Constant>>& constants) {
  auto type_name = [&](std::string_view name, const Type* t, bool alias) {
    TypeName* tn = own<TypeName>(owned, name, Pos{});
    tn->type = t;
    tn->alias = alias;
    universe.insert(tn);
  };
  for (BasicKind k : {BasicKind::Bool, BasicKind::Int, BasicKind::Int8, BasicKind::Int16, BasicKind::Int32,
                      BasicKind::Int64, BasicKind::Uint, BasicKind::Uint8, BasicKind::Uint16, BasicKind::Uint32,
                      BasicKind::Uint64, BasicKind::Uintptr, BasicKind::Float32, BasicKind::Float64,
                      BasicKind::Complex64, BasicKind::Complex128, BasicKind::String}) {
    const Basic* b = types.basic(k);
    type_name(b->name, b, false);
  }
  type_name("byte", types.byte_alias(), true);
  type_name("rune", types.rune_alias(), true);

  // any = interface{}; error = interface{ Error() string }.
  Interface* empty = types.make<Interface>();
  type_name("any", empty, true);

  Named* error_type = types.make<Named>();
  TypeName* error_obj = own<TypeName>(owned, "error", Pos{});
  error_obj->type = error_type;
  error_type->obj = error_obj;
  Interface* error_iface = types.make<Interface>();
  Func* error_method = own<Func>(owned, "Error", Pos{});
  Signature* error_sig = types.make<Signature>();
  error_sig->params = types.make<Tuple>();
  Tuple* error_results = types.make<Tuple>();
  Var* result = own<Var>(owned, "", Pos{});
  result->type = types.basic(BasicKind::String);
  error_results->vars.push_back(result);
  error_sig->results = error_results;
  error_method->type = error_sig;
  error_iface->methods.push_back(error_method);
  error_iface->all_methods.push_back(error_method);
  error_type->underlying = error_iface;
  universe.insert(error_obj);

  // comparable exists so that using it can be rejected by name.
  Named* comparable = types.make<Named>();
  TypeName* comparable_obj = own<TypeName>(owned, "comparable", Pos{});
  comparable_obj->type = comparable;
  comparable->obj = comparable_obj;
  comparable->underlying = types.make<Interface>();
  universe.insert(comparable_obj);

  auto constant = [&](std::string_view name, const Type* t, ConstantValue v) {
    Const* c = own<Const>(owned, name, Pos{});
    c->type = t;
    auto value = std::make_unique<ConstantValue>(std::move(v));
    c->value = value.get();
    constants.push_back(std::move(value));
    universe.insert(c);
  };
  constant("true", types.basic(BasicKind::UntypedBool), ConstantValue::make_bool(true));
  constant("false", types.basic(BasicKind::UntypedBool), ConstantValue::make_bool(false));
  // iota's value depends on the spec being checked; the checker special-cases it.
  constant("iota", types.basic(BasicKind::UntypedInt), ConstantValue::make_int(BigInt(0)));

  Object* nil = own<Object>(owned, ObjKind::Nil, "nil", Pos{});
  nil->type = types.basic(BasicKind::UntypedNil);
  universe.insert(nil);

  static constexpr std::pair<const char*, BuiltinId> kBuiltins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (auto [name, id] : kBuiltins) universe.insert(own<Builtin>(owned, name, id));
}

}  // namespace gosub::types
