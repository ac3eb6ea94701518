#include "vm/disasm.h"

#include <cstdio>

namespace gosub::vm {

namespace {

std::string constant_text(const Module& m, uint32_t k) {
  if (k >= m.constants.size()) return "?";
  const Constant& c = m.constants[k];
  char buf[64];
  switch (c.kind) {
    case Constant::Kind::Int: std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(c.bits.i)); return buf;
    case Constant::Kind::Float: std::snprintf(buf, sizeof buf, "%g", c.bits.f); return buf;
    case Constant::Kind::String: {
      std::string s = "\"";
      for (char ch : c.str) {
        if (ch == '"' || ch == '\\') s += '\\', s += ch;
        else if (ch == '\n') s += "\\n";
        else if (static_cast<unsigned char>(ch) < 0x20) {
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(ch));
          s += buf;
        } else s += ch;
      }
      return s + "\"";
    }
  }
  return "?";
}

std::string type_text(const Module& m, uint32_t t) { return t < m.types.size() ? m.types[t].name : "?"; }

// The pointer map of a safepoint: "gc R0 R4 R6:iface".
std::string gc_map_text(const Function& fn, size_t pc) {
  const Safepoint* sp = fn.safepoint_at(static_cast<uint32_t>(pc));
  if (!sp) return "";
  std::string out = "gc";
  for (uint32_t k = sp->begin; k < sp->end; k++) {
    uint16_t e = fn.gc_regs[k];
    out += " R" + std::to_string(e & 0xff);
    if (static_cast<GcSlot>(e >> 8) == GcSlot::IfaceType) out += ":iface";
  }
  return out;
}

// What a defer site calls: "main.unlock" or "a function value".
std::string defer_callee(const Module& m, const Function& fn, uint32_t site) {
  if (site >= fn.defer_sites.size()) return "?";
  const DeferSite& d = fn.defer_sites[site];
  if (d.fn == kDeferFuncValue) return "a function value";
  return d.fn < m.functions.size() ? m.functions[d.fn].name : "?";
}

std::string operands(const Module& m, const Function& fn, size_t pc, Instr i, Instr next, std::string& comment) {
  Opcode op = op_of(i);
  char buf[96];
  size_t after = pc + static_cast<size_t>(instruction_words(opcode_format(op)));
  auto target = [&](int64_t off) { return "to " + std::to_string(static_cast<int64_t>(after) + off); };
  switch (opcode_format(op)) {
    case Format::None: return "";
    case Format::A: std::snprintf(buf, sizeof buf, "R%u", arg_a(i)); break;
    case Format::AB:
      if (op == Opcode::DEFERBIT || op == Opcode::RUNDEFERBIT) {
        std::snprintf(buf, sizeof buf, "R%u %u", arg_a(i), arg_b(i));
        comment = std::string(op == Opcode::DEFERBIT ? "arm" : "run") + " open-coded defer " + std::to_string(arg_b(i)) +
                  ": " + defer_callee(m, fn, arg_b(i));
        break;
      }
      std::snprintf(buf, sizeof buf, "R%u R%u", arg_a(i), arg_b(i));
      break;
    case Format::ABC:
      if (op == Opcode::ADDK_I64 || op == Opcode::MULK_I64 || op == Opcode::ANDK || op == Opcode::ORK || op == Opcode::XORK) {
        std::snprintf(buf, sizeof buf, "R%u R%u K%u", arg_a(i), arg_b(i), arg_c(i));
        comment = constant_text(m, arg_c(i));
        break;
      }
      std::snprintf(buf, sizeof buf, "R%u R%u R%u", arg_a(i), arg_b(i), arg_c(i));
      break;
    case Format::ABsC: std::snprintf(buf, sizeof buf, "R%u R%u %d", arg_a(i), arg_b(i), arg_sc(i)); break;
    case Format::ABx:
      std::snprintf(buf, sizeof buf, "R%u %u", arg_a(i), arg_bx(i));
      if (op == Opcode::LOADK) comment = constant_text(m, arg_bx(i));
      else if (op == Opcode::CALL && arg_bx(i) < m.functions.size()) comment = m.functions[arg_bx(i)].name;
      else if (op == Opcode::CALLN && arg_bx(i) < m.natives.size()) comment = m.natives[arg_bx(i)].name;
      else if (op == Opcode::GETG || op == Opcode::SETG) comment = "global " + std::to_string(arg_bx(i));
      break;
    case Format::AsBx:
      std::snprintf(buf, sizeof buf, "R%u %d", arg_a(i), arg_sbx(i));
      if (op == Opcode::JT || op == Opcode::JF) comment = target(arg_sbx(i));
      break;
    case Format::Bx:
      std::snprintf(buf, sizeof buf, "%u", arg_bx(i));
      comment = constant_text(m, arg_bx(i));
      break;
    case Format::sJ:
      std::snprintf(buf, sizeof buf, "%d", arg_sj(i));
      comment = op == Opcode::DEFERRETURN ? "run this frame's heap defer records; then " + target(arg_sj(i))
                                           : target(arg_sj(i));
      break;
    case Format::ABJ:
      if (op == Opcode::JLTK_I64 || op == Opcode::JGEK_I64) {
        std::snprintf(buf, sizeof buf, "R%u K%u %d", arg_a(i), arg_b(i), static_cast<int32_t>(next));
        comment = target(static_cast<int32_t>(next)) + " if vs " + constant_text(m, arg_b(i));
        break;
      }
      std::snprintf(buf, sizeof buf, "R%u R%u %d", arg_a(i), arg_b(i), static_cast<int32_t>(next));
      comment = target(static_cast<int32_t>(next));
      break;
    case Format::ABCx:
      std::snprintf(buf, sizeof buf, "R%u R%u R%u x%u", arg_a(i), arg_b(i), arg_c(i), next);
      if (op == Opcode::DEFERPROC) {
        std::snprintf(buf, sizeof buf, "R%u x%u", arg_a(i), next);
        comment = "heap defer record, site " + std::to_string(next) + ": " + defer_callee(m, fn, next);
        break;
      }
      if (op == Opcode::SELECT && next < fn.select_sites.size()) {
        std::snprintf(buf, sizeof buf, "R%u x%u", arg_a(i), next);
        const SelectSite& site = fn.select_sites[next];
        for (size_t k = 0; k < site.cases.size(); k++) {
          const SelectCase& c = site.cases[k];
          comment += (k ? "; " : "") + std::to_string(k) + ": " +
                     (c.send ? "R" + std::to_string(c.chan) + " <- R" + std::to_string(c.value)
                             : "R" + std::to_string(c.value) + (c.ok != kNoSelectOk ? ", R" + std::to_string(c.ok) : "") +
                                   " = <-R" + std::to_string(c.chan));
        }
        if (site.has_default) comment += (site.cases.empty() ? "" : "; ") + std::to_string(site.cases.size()) + ": default";
        break;
      }
      if (op == Opcode::CLOSURE || op == Opcode::DEFERCLOSURE) {
        uint32_t f = next & 0xffff;
        comment = (f < m.functions.size() ? m.functions[f].name : "?") + ", " + std::to_string(arg_c(i)) + " captured";
      } else if (op == Opcode::BOX || op == Opcode::NEW || op == Opcode::BOXP || op == Opcode::EQ_MEM) comment = "type " + type_text(m, next);
      else if (op == Opcode::TYPEASSERTP) comment = "type " + type_text(m, next & 0xffff);
      else if (op == Opcode::MAPGET || op == Opcode::MAPGETP || op == Opcode::MAPSET || op == Opcode::MAPSETP ||
               op == Opcode::MAPDEL || op == Opcode::MAPNEXT || op == Opcode::MAPITER || op == Opcode::MAKE_MAP) {
        comment = "type " + type_text(m, next & kMapTypeMask);
        bool next_op = op == Opcode::MAPNEXT;
        if (!next_op && (op == Opcode::MAPGET || op == Opcode::MAPGETP) && (next & kMapCommaOk)) comment += ", comma-ok";
        if (!next_op && (next & kMapKeyInMemory)) comment += ", key in memory";
        if (next_op && (next & kMapNextKeyInMemory)) comment += ", key to memory";
        if (next_op && (next & kMapNextValueInMemory)) comment += ", value to memory";
      }
      else if (op == Opcode::LOADP || op == Opcode::STOREP || op == Opcode::COPYP) comment = std::to_string(next) + " slot(s)";
      else comment = "elem " + type_text(m, elem_type(next)) + ", " + std::to_string(elem_slots(next)) + " slot(s)";
      break;
    case Format::AsBJ:
      std::snprintf(buf, sizeof buf, "R%u %d %d", arg_a(i), arg_sb(i), static_cast<int32_t>(next));
      comment = target(static_cast<int32_t>(next));
      break;
  }
  return buf;
}

}  // namespace

std::string disassemble_function(const Module& m, const Function& fn) {
  std::string out = "func " + fn.name + " (" + fn.file + "): params=" + std::to_string(fn.num_params) +
                    " results=" + std::to_string(fn.num_results) + " registers=" + std::to_string(fn.num_registers) + "\n";
  // How each defer statement was lowered (compiler/defer_plan.h).
  for (size_t k = 0; k < fn.defer_sites.size(); k++) {
    const DeferSite& d = fn.defer_sites[k];
    std::string callee = defer_callee(m, fn, static_cast<uint32_t>(k));
    out += "  ; defer " + std::to_string(k) + " (line " + std::to_string(d.line) + "): ";
    if (d.open) {
      out += "open-coded, bit " + std::to_string(k) + " of R" + std::to_string(fn.defer_bits) + ", calls " + callee +
             " with " + std::to_string(d.slots) + " slot(s) kept in R" + std::to_string(d.reg) + "\n";
    } else {
      out += "deferproc: a heap record per execution, calls " + callee + " with " + std::to_string(d.slots) + " slot(s)\n";
    }
  }
  if (fn.defer_exit != UINT32_MAX) out += "  ; exit (deferreturn point, where recovery resumes): " + std::to_string(fn.defer_exit) + "\n";
  for (size_t pc = 0; pc < fn.code.size();) {
    Instr i = fn.code[pc];
    if (static_cast<size_t>(op_of(i)) >= static_cast<size_t>(Opcode::kCount)) {
      out += "  " + std::to_string(pc) + "  <bad opcode>\n";
      pc++;
      continue;
    }
    Format f = opcode_format(op_of(i));
    Instr next = pc + 1 < fn.code.size() ? fn.code[pc + 1] : 0;
    std::string comment;
    std::string ops = operands(m, fn, pc, i, next, comment);
    char head[64];
    int line = pc < fn.lines.size() ? fn.lines[pc] : 0;
    std::snprintf(head, sizeof head, "  %4zu  %4d  %-10s ", pc, line, opcode_name(op_of(i)));
    std::string text = head + ops;
    if (opcode_is_safepoint(op_of(i))) {
      std::string gc = gc_map_text(fn, pc);
      if (!gc.empty()) comment = comment.empty() ? gc : comment + "; " + gc;
    }
    if (!comment.empty()) {
      if (text.size() < 44) text.resize(44, ' ');
      text += " ; " + comment;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
    pc += static_cast<size_t>(instruction_words(f));
  }
  return out;
}

std::string disassemble(const Module& m, std::string_view filter) {
  std::string out;
  for (const Function& fn : m.functions) {
    if (!filter.empty()) {
      std::string_view name = fn.name;
      bool match = name == filter || (name.size() > filter.size() && name.ends_with(filter) &&
                                      name[name.size() - filter.size() - 1] == '.');
      if (!match) continue;
    }
    if (!out.empty()) out += "\n";
    out += disassemble_function(m, fn);
  }
  return out;
}

}  // namespace gosub::vm
