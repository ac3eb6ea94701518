// check_program: parse, load imports depth-first, check packages in
// dependency order (imports first, main last).
#include <functional>

#include "compiler/checker.h"
#include "frontend/parse.h"

namespace gosub::types {

CheckedProgram::CheckedProgram() : types(std::make_unique<TypeTable>()) {}
CheckedProgram::~CheckedProgram() = default;

Object* Package::lookup(std::string_view name) const { return scope ? scope->lookup_local(name) : nullptr; }

namespace {

std::string import_path(const ast::ImportSpec* spec) {
  std::string path;
  if (!spec->path || !unquote_string(spec->path->raw, path)) return {};
  return path;
}

std::string last_element(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Loads, parses and checks packages; one per import path.
class Loader {
 public:
  Loader(CheckedProgram& program, const PackageLoader& loader, const CheckOptions& options, Diagnostics& diags)
      : program_(program), loader_(loader), options_(options), diags_(diags) {
    universe_ = new_scope(nullptr);
    populate_universe(*universe_, *program_.types, program_.objects, program_.constants);
  }

  void check_main(const std::vector<int32_t>& files) {
    auto pkg = std::make_unique<Package>();
    pkg->path = "main";
    pkg->name = "main";
    for (int32_t f : files) pkg->files.push_back(parse_file(program_.sources, f, program_.arena, diags_));
    if (diags_.has_errors()) return;  // gc reports syntax errors alone
    for (ast::File* f : pkg->files) {
      if (f->package_name && f->package_name->name != "main") {
        diags_.error(f->package_name->pos, "package " + std::string(f->package_name->name) +
                                               " is not a main package (gosub runs package main)");
        return;
      }
    }
    // Package runtime is part of every program: runtime errors are values
    // of its types (quietly absent when the loader has no runtime).
    load("runtime", Pos{}, true);
    check(std::move(pkg));
  }

 private:
  // Checks pkg after its imports; appends it to program.packages.
  Package* check(std::unique_ptr<Package> pkg) {
    Package* raw = pkg.get();
    in_progress_.insert(raw->path);
    std::vector<Scope*> file_scopes;
    pkg->scope = new_scope(universe_);
    for (ast::File* file : pkg->files) {
      Scope* fs = new_scope(pkg->scope);
      file_scopes.push_back(fs);
      for (ast::GenDecl* decl : file->imports) {
        for (ast::Node* n : decl->specs) import(raw, fs, static_cast<ast::ImportSpec*>(n));
      }
    }
    Checker checker(program_, diags_, options_, universe_);
    checker.check_package(raw, file_scopes);
    program_.packages.push_back(std::move(pkg));
    in_progress_.erase(raw->path);
    return raw;
  }

  void import(Package* into, Scope* file_scope, ast::ImportSpec* spec) {
    std::string path = import_path(spec);
    Pos pos = spec->path ? spec->path->pos : spec->pos;
    if (path.empty()) {
      diags_.error(pos, "invalid import path: " + std::string(spec->path ? spec->path->raw : ""));
      return;
    }
    Package* imported = load(path, pos);
    if (imported) into->imports.push_back(imported);
    // An import that failed still declares its name, so uses of it do not
    // add "undefined" errors after the one that matters.
    std::string name = spec->name ? std::string(spec->name->name) : imported ? imported->name : last_element(path);
    if (name == "_") return;
    if (name == ".") {
      diags_.error(spec->name->pos, "gosub: dot imports are not supported");
      return;
    }
    auto* pkg_name = new PkgName(program_.arena.intern(name), spec->name ? spec->name->pos : pos);
    program_.objects.emplace_back(pkg_name);
    pkg_name->imported = imported;
    pkg_name->pkg = into;
    pkg_name->used = !imported;
    spec->obj = pkg_name;
    if (Object* prev = file_scope->insert(pkg_name)) {
      diags_.error(pkg_name->pos, name + " redeclared in this block");
      (void)prev;
    }
  }

  Package* load(const std::string& path, Pos pos, bool quiet = false) {
    auto it = loaded_.find(path);
    if (it != loaded_.end()) return it->second;
    if (in_progress_.count(path)) {
      diags_.error(pos, "import cycle not allowed");
      return nullptr;
    }
    std::vector<PackageSource> sources;
    if (path == "main" || !loader_ || !loader_(path, sources)) {
      if (!quiet) diags_.error(pos, "package \"" + path + "\" is not supported by gosub");
      loaded_[path] = nullptr;
      return nullptr;
    }
    auto pkg = std::make_unique<Package>();
    pkg->path = path;
    pkg->name = last_element(path);
    for (PackageSource& src : sources) {
      int32_t id = program_.sources.add(std::move(src.file_name), std::move(src.text));
      pkg->files.push_back(parse_file(program_.sources, id, program_.arena, diags_));
    }
    if (!pkg->files.empty() && pkg->files[0]->package_name) pkg->name = std::string(pkg->files[0]->package_name->name);
    Package* raw = check(std::move(pkg));
    loaded_[path] = raw;
    return raw;
  }

  Scope* new_scope(Scope* parent) {
    program_.scopes.push_back(std::make_unique<Scope>(parent));
    return program_.scopes.back().get();
  }

  CheckedProgram& program_;
  const PackageLoader& loader_;
  const CheckOptions& options_;
  Diagnostics& diags_;
  Scope* universe_ = nullptr;  // owned by program.scopes
  std::unordered_map<std::string, Package*> loaded_;
  std::set<std::string> in_progress_;
};

}  // namespace

void check_program(CheckedProgram& program, const std::vector<int32_t>& main_files, const PackageLoader& loader,
                   const CheckOptions& options, Diagnostics& diags) {
  program.shared_loop_vars = options.shared_loop_vars;
  Loader l(program, loader, options, diags);
  l.check_main(main_files);
}

}  // namespace gosub::types
