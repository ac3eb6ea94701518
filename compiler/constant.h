// Compile-time constant values (go/constant's role). Untyped integer
// constants are exact (arbitrary precision), floats are exact enough for
// Go's rules; the checker owns the arithmetic. Codegen only reads the value
// once the constant has its final type, through the accessors below.
#pragma once

#include <cstdint>
#include <string>

namespace gosub::types {

class Constant {
 public:
  enum class Kind : uint8_t { Bool, String, Int, Float };
  virtual ~Constant() = default;
  virtual Kind kind() const = 0;

  // Valid for the kind the checker proved (e.g. int64() of an Int constant
  // that fits the target type, float64() of an Int or Float constant).
  virtual bool boolean() const = 0;
  virtual const std::string& str() const = 0;
  virtual int64_t int64() const = 0;    // two's-complement truncation for Int
  virtual uint64_t uint64() const = 0;  // two's-complement truncation for Int
  virtual double float64() const = 0;   // nearest double for Int or Float
  // Go's constant formatting for messages: "200", "1e+100", "\"x\"", "true".
  virtual std::string to_string() const = 0;
};

}  // namespace gosub::types
