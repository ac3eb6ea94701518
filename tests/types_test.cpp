// Type identity and spelling. Runtime-style strings are what Go 1.19's %T
// printed; checker-style strings are what `go build` printed in messages.
#include <gtest/gtest.h>

#include "compiler/check.h"
#include "compiler/type_table.h"

using namespace gosub::types;

namespace {

struct Fixture {
  TypeTable table;
  Package main_pkg;
  std::vector<std::unique_ptr<Object>> objects;

  Fixture() {
    main_pkg.path = "main";
    main_pkg.name = "main";
  }
  Var* var(std::string_view name, const Type* t) {
    auto v = std::make_unique<Var>(name, gosub::Pos{});
    v->type = t;
    v->pkg = &main_pkg;
    Var* raw = v.get();
    objects.push_back(std::move(v));
    return raw;
  }
  const Tuple* tuple(std::initializer_list<const Type*> types) {
    Tuple* t = table.make<Tuple>();
    for (const Type* x : types) t->vars.push_back(var("", x));
    return t;
  }
  const Named* named(std::string_view name, const Type* under) {
    auto obj = std::make_unique<TypeName>(name, gosub::Pos{});
    obj->pkg = &main_pkg;
    Named* n = table.make<Named>();
    n->obj = obj.get();
    n->underlying = under;
    obj->type = n;
    objects.push_back(std::move(obj));
    return n;
  }
  const Type* b(BasicKind k) { return table.basic(k); }
};

}  // namespace

TEST(TypesTest, RuntimeSpellingMatchesPercentT) {
  Fixture f;
  Signature* sig = f.table.make<Signature>();
  sig->params = f.tuple({f.b(BasicKind::Int), f.table.slice(f.b(BasicKind::String))});
  sig->variadic = true;
  Interface* err = f.table.make<Interface>();  // stands in for error
  sig->results = f.tuple({f.b(BasicKind::Int), err});
  EXPECT_EQ(type_string(sig, TypeStyle::Runtime), "func(int, ...string) (int, interface {})");

  auto* recv_chan = f.table.chan(gosub::ast::ChanDir::Recv, f.b(BasicKind::Int));
  EXPECT_EQ(type_string(f.table.chan(gosub::ast::ChanDir::Both, recv_chan), TypeStyle::Runtime), "chan (<-chan int)");

  Struct* s = f.table.make<Struct>();
  s->fields = {f.var("A", f.b(BasicKind::Int)), f.var("b", f.b(BasicKind::String))};
  EXPECT_EQ(type_string(s, TypeStyle::Runtime), "struct { A int; b string }");
  EXPECT_EQ(type_string(s, TypeStyle::Checker), "struct{A int; b string}");
  EXPECT_EQ(type_string(f.table.make<Struct>(), TypeStyle::Runtime), "struct {}");

  EXPECT_EQ(type_string(f.table.pointer(f.table.make<Interface>()), TypeStyle::Runtime), "*interface {}");
  EXPECT_EQ(type_string(f.table.byte_alias(), TypeStyle::Runtime), "uint8");
  EXPECT_EQ(type_string(f.table.byte_alias(), TypeStyle::Checker), "byte");
  EXPECT_EQ(type_string(f.table.map(f.b(BasicKind::String), f.table.slice(f.table.rune_alias())), TypeStyle::Runtime),
            "map[string][]int32");
}

TEST(TypesTest, NamedTypesQualifyAtRuntimeNotInLocalMessages) {
  Fixture f;
  const Named* celsius = f.named("Celsius", f.b(BasicKind::Float64));
  EXPECT_EQ(type_string(f.table.pointer(celsius), TypeStyle::Runtime), "*main.Celsius");
  EXPECT_EQ(type_string(celsius, TypeStyle::Checker, &f.main_pkg), "Celsius");
  EXPECT_EQ(type_string(f.b(BasicKind::UntypedInt), TypeStyle::Checker), "untyped int");
}

TEST(TypesTest, IdentityIsStructuralExceptForNamedTypes) {
  Fixture f;
  EXPECT_EQ(f.table.slice(f.b(BasicKind::Int)), f.table.slice(f.b(BasicKind::Int)));  // interned
  EXPECT_TRUE(identical(f.table.byte_alias(), f.b(BasicKind::Uint8)));
  EXPECT_FALSE(identical(f.table.array(f.b(BasicKind::Int), 3), f.table.array(f.b(BasicKind::Int), 4)));
  const Named* a = f.named("A", f.b(BasicKind::Int));
  const Named* b = f.named("B", f.b(BasicKind::Int));
  EXPECT_FALSE(identical(a, b));
  EXPECT_TRUE(identical(underlying(a), underlying(b)));
  Struct* s1 = f.table.make<Struct>();
  Struct* s2 = f.table.make<Struct>();
  s1->fields = {f.var("X", f.b(BasicKind::Int))};
  s2->fields = {f.var("X", f.b(BasicKind::Int))};
  EXPECT_TRUE(identical(s1, s2));
}

TEST(TypesTest, PredicatesLookThroughNamedTypes) {
  Fixture f;
  const Named* celsius = f.named("Celsius", f.b(BasicKind::Float64));
  EXPECT_TRUE(is_float(celsius));
  EXPECT_TRUE(is_numeric(celsius));
  EXPECT_FALSE(is_integer(celsius));
  EXPECT_TRUE(is_unsigned(f.b(BasicKind::Uintptr)));
  EXPECT_TRUE(is_integer(f.b(BasicKind::UntypedRune)));
  EXPECT_TRUE(is_untyped(f.b(BasicKind::UntypedNil)));
  EXPECT_EQ(size_of(f.b(BasicKind::Int16)), 2);
  EXPECT_EQ(size_of(f.table.slice(f.b(BasicKind::Int8))), 24);
}

#include "compiler/scope.h"

TEST(UniverseTest, PredeclaredIdentifiers) {
  TypeTable table;
  Scope universe(nullptr);
  std::vector<std::unique_ptr<Object>> owned;
  std::vector<std::unique_ptr<Constant>> constants;
  populate_universe(universe, table, owned, constants);

  auto* byte_obj = universe.lookup("byte");
  ASSERT_NE(byte_obj, nullptr);
  EXPECT_EQ(byte_obj->kind, ObjKind::TypeName);
  EXPECT_TRUE(static_cast<TypeName*>(byte_obj)->alias);
  EXPECT_TRUE(identical(byte_obj->type, table.basic(BasicKind::Uint8)));

  auto* error_obj = universe.lookup("error");
  ASSERT_NE(error_obj, nullptr);
  EXPECT_EQ(type_string(error_obj->type, TypeStyle::Runtime), "error");
  EXPECT_EQ(type_string(underlying(error_obj->type), TypeStyle::Checker), "interface{Error() string}");

  auto* t = universe.lookup("true");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(static_cast<Const*>(t)->value->boolean());
  EXPECT_EQ(universe.lookup("len")->kind, ObjKind::Builtin);
  EXPECT_EQ(universe.lookup("nil")->kind, ObjKind::Nil);
  EXPECT_EQ(universe.lookup("undefinedname"), nullptr);

  Scope inner(&universe);
  Var shadow("len", gosub::Pos{});
  EXPECT_EQ(inner.insert(&shadow), nullptr);
  EXPECT_EQ(inner.lookup("len"), &shadow);        // shadows the builtin
  EXPECT_EQ(inner.insert(&shadow), &shadow);      // redeclaration reported to caller
}
