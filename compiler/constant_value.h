// The checker's concrete constant: exact values on BigInt/BigRat.
#pragma once

#include <string>

#include "compiler/bigint.h"
#include "compiler/constant.h"

namespace gosub::types {

class ConstantValue final : public Constant {
 public:
  static ConstantValue make_bool(bool b);
  static ConstantValue make_string(std::string s);
  static ConstantValue make_int(BigInt i);
  static ConstantValue make_float(BigRat f);  // kept as Float even when integral

  Kind kind() const override { return kind_; }
  bool boolean() const override { return b_; }
  const std::string& str() const override { return s_; }
  int64_t int64() const override;
  uint64_t uint64() const override;
  double float64() const override;
  std::string to_string() const override;

  const BigInt& int_value() const { return i_; }
  // The value as a rational (Int or Float kinds).
  BigRat rat_value() const { return kind_ == Kind::Int ? BigRat(i_) : f_; }

 private:
  Kind kind_ = Kind::Int;
  bool b_ = false;
  std::string s_;
  BigInt i_;
  BigRat f_;
};

}  // namespace gosub::types
