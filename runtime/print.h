// Go's builtin print/println formats (runtime/print.go): what the builtins
// write to stderr. println separates operands with spaces and ends with a
// newline; print adds nothing between operands.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gosub::rt {

void print_int(std::string& out, int64_t v);
void print_uint(std::string& out, uint64_t v);
void print_bool(std::string& out, bool v);
// "+1.500000e+000", "NaN", "+Inf", "-Inf": seven significant digits,
// explicit signs and a three-digit exponent, as Go's runtime prints floats.
void print_float(std::string& out, double v);
void print_hex(std::string& out, uint64_t v);  // pointers: "0xc000012345"

}  // namespace gosub::rt
