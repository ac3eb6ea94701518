// The checker: resolves names, types every expression, folds constants and
// reports errors in Go 1.19's wording. Its output is the annotated AST
// (see ast.h: Expr::type/constant/mode, Ident::obj) plus the per-package
// facts below, which is all codegen needs.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/constant.h"
#include "compiler/types.h"
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace gosub::types {

class Scope;
class TypeTable;  // owns and interns every Type

// One package-level variable initialization, in dependency order:
// `var a, b = f()` is one entry with two lhs; `var x = 1` one with one.
// Variables without initializer do not appear (they are zero).
struct InitEntry {
  std::vector<Var*> lhs;
  ast::Expr* rhs = nullptr;
};

struct Package {
  std::string path;  // "main", "strconv", "unicode/utf8"
  std::string name;  // "main", "strconv", "utf8"
  std::vector<ast::File*> files;
  Scope* scope = nullptr;               // package scope
  std::vector<Package*> imports;        // directly imported packages
  std::vector<Var*> globals;            // package-level variables, source order
  std::vector<InitEntry> init_order;    // initializers in dependency order
  std::vector<Func*> funcs;             // every func/method declared (with or without body), source order
  std::vector<Func*> init_funcs;        // func init(), source order
  Func* main = nullptr;                 // main.main

  Object* lookup(std::string_view name) const;  // package-scope member or null
};

// Source of an importable package: its .go files. Returns false when gosub
// does not provide that package (the checker then reports
// `package net/http is not in std` style errors naming it).
struct PackageSource {
  std::string file_name;
  std::string text;
};
using PackageLoader = std::function<bool(std::string_view path, std::vector<PackageSource>& files)>;

// Everything one compilation produced. Owns the AST arena, sources, types
// and objects; codegen borrows from it.
struct CheckedProgram {
  SourceSet sources;
  ast::Arena arena;
  std::unique_ptr<TypeTable> types;
  std::vector<std::unique_ptr<Package>> packages;  // dependency order: imports first, main last
  std::vector<std::unique_ptr<Object>> objects;    // owned objects
  std::vector<std::unique_ptr<Scope>> scopes;
  std::vector<std::unique_ptr<Constant>> constants;
  // Each function literal's free variables (declared by an enclosing
  // function), in order of first use; codegen copies them into the closure.
  std::unordered_map<const ast::FuncLit*, std::vector<Var*>> captures;
  bool shared_loop_vars = false;  // -lang=go1.21: one variable per loop, not per iteration
  Package* main() const { return packages.empty() ? nullptr : packages.back().get(); }

  CheckedProgram();
  ~CheckedProgram();
};

struct CheckOptions {
  bool shared_loop_vars = false;  // -lang=go1.21 loop variable semantics
};

// Parses the given main-package files (already added to program.sources),
// loads and checks imports through `loader`, and checks everything.
// Errors go to `diags`; when it has errors, the program must not be compiled.
void check_program(CheckedProgram& program, const std::vector<int32_t>& main_files,
                   const PackageLoader& loader, const CheckOptions& options, Diagnostics& diags);

}  // namespace gosub::types
