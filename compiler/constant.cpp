#include "compiler/constant_value.h"

namespace gosub::types {

ConstantValue ConstantValue::make_bool(bool b) {
  ConstantValue c;
  c.kind_ = Kind::Bool;
  c.b_ = b;
  return c;
}

ConstantValue ConstantValue::make_string(std::string s) {
  ConstantValue c;
  c.kind_ = Kind::String;
  c.s_ = std::move(s);
  return c;
}

ConstantValue ConstantValue::make_int(BigInt i) {
  ConstantValue c;
  c.kind_ = Kind::Int;
  c.i_ = std::move(i);
  return c;
}

ConstantValue ConstantValue::make_float(BigRat f) {
  ConstantValue c;
  c.kind_ = Kind::Float;
  c.f_ = std::move(f);
  return c;
}

int64_t ConstantValue::int64() const {
  if (kind_ == Kind::Int) return i_.to_int64();
  // A float constant converted to an integer type is integral by then.
  return f_.num().to_int64();
}

uint64_t ConstantValue::uint64() const {
  if (kind_ == Kind::Int) return i_.to_uint64();
  return f_.num().to_uint64();
}

double ConstantValue::float64() const { return kind_ == Kind::Int ? i_.to_double() : f_.to_double(); }

std::string ConstantValue::to_string() const {
  switch (kind_) {
    case Kind::Bool: return b_ ? "true" : "false";
    case Kind::String: return "\"" + s_ + "\"";  // the checker quotes with Go's rules where it matters
    case Kind::Int: return i_.to_string();
    case Kind::Float: return f_.to_string();
  }
  return "?";
}

}  // namespace gosub::types
