// Go's value formatting for the natives: strconv's number and quoting
// primitives and fmt's printer (Print, Println, Printf semantics: verbs,
// flags, width/precision, explicit argument indexes, error forms).
// Values reach the printer as (type index, slots) pairs from the VM; the
// Machine resolves type indexes and owns the heap objects they point to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/vm.h"

namespace gosub::stdlib {

// --- strconv
std::string format_int(int64_t v, int base);
std::string format_uint(uint64_t v, int base);
// strconv.FormatFloat(v, fmt, prec, bits) for fmt in e E f g G x X.
std::string format_float(double v, char fmt, int prec, int bits);
std::string quote(std::string_view s, bool ascii = false);  // strconv.Quote (QuoteToASCII)
std::string quote_rune(int64_t r);          // strconv.QuoteRune
std::string quote_rune_ascii(int64_t r);    // strconv.QuoteRuneToASCII
bool can_backquote(std::string_view s);     // strconv.CanBackquote
bool is_print(int32_t r);                   // strconv.IsPrint (approximate outside Latin-1)

// --- fmt
// A value as fmt sees it: its type and its slots. One-slot values live in
// `data`; wider ones (slices) point at their slots in `wide`.
struct Value {
  const vm::TypeInfo* type;
  vm::Slot data;
  const vm::Slot* wide = nullptr;
};

// The ...any argument of a native: a []any slice (4 slots) whose elements
// are (type, data) pairs.
std::vector<Value> variadic_values(const vm::Machine& m, const vm::Slot* at);

// The printers may call the operands' Error and String methods (hence a
// non-const Machine). wrapped: for Errorf, receives the index of the
// operand %w wrapped, or -1.
std::string sprint(vm::Machine& m, const std::vector<Value>& vals, bool ln);
std::string sprintf(vm::Machine& m, std::string_view format, const std::vector<Value>& vals, int* wrapped = nullptr);

}  // namespace gosub::stdlib
