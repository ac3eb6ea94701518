// Decoding Go string and rune literals (the lexer has validated them).
#include "compiler/checker.h"

namespace gosub::types {

void append_utf8(std::string& out, int32_t r) {
  auto u = static_cast<uint32_t>(r);
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) u = 0xFFFD;
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | u >> 6);
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | u >> 12);
    out += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | u >> 18);
    out += static_cast<char>(0x80 | (u >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one escape at s[i] == '\\'. Byte escapes (\x, octal) append a raw
// byte to a string; in a rune literal they are the rune's value.
bool escape(std::string_view s, size_t& i, char quote, std::string& out, int32_t& rune, bool& is_byte) {
  if (i + 1 >= s.size()) return false;
  char c = s[++i];
  i++;
  is_byte = false;
  auto digits = [&](int n, int base) -> int64_t {
    int64_t v = 0;
    for (int k = 0; k < n; k++) {
      if (i >= s.size()) return -1;
      int d = base == 8 ? (s[i] >= '0' && s[i] <= '7' ? s[i] - '0' : -1) : hex_value(s[i]);
      if (d < 0) return -1;
      v = v * base + d;
      i++;
    }
    return v;
  };
  switch (c) {
    case 'a': rune = 7; break;
    case 'b': rune = 8; break;
    case 'f': rune = 12; break;
    case 'n': rune = 10; break;
    case 'r': rune = 13; break;
    case 't': rune = 9; break;
    case 'v': rune = 11; break;
    case '\\': rune = '\\'; break;
    case '\'': case '"':
      if (c != quote) return false;
      rune = c;
      break;
    case 'x': {
      int64_t v = digits(2, 16);
      if (v < 0) return false;
      rune = static_cast<int32_t>(v);
      is_byte = true;
      break;
    }
    case 'u': case 'U': {
      int64_t v = digits(c == 'u' ? 4 : 8, 16);
      if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
      rune = static_cast<int32_t>(v);
      break;
    }
    default:
      if (c >= '0' && c <= '7') {
        i--;
        int64_t v = digits(3, 8);
        if (v < 0 || v > 255) return false;
        rune = static_cast<int32_t>(v);
        is_byte = true;
        break;
      }
      return false;
  }
  if (is_byte) out += static_cast<char>(rune);
  else append_utf8(out, rune);
  return true;
}

// Decodes the UTF-8 sequence at s[i]; invalid bytes decode as U+FFFD.
int32_t decode_utf8(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + static_cast<size_t>(n) > s.size()) {
    i++;
    return 0xFFFD;
  }
  int32_t r = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < n; k++) r = r << 6 | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
  i += static_cast<size_t>(n);
  return r;
}

}  // namespace

bool unquote_string(std::string_view lit, std::string& out) {
  if (lit.size() < 2) return false;
  out.clear();
  if (lit[0] == '`') {
    for (char c : lit.substr(1, lit.size() - 2))
      if (c != '\r') out += c;  // carriage returns are discarded from raw strings
    return true;
  }
  std::string_view body = lit.substr(1, lit.size() - 2);
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\\') {
      int32_t r;
      bool is_byte;
      if (!escape(body, i, '"', out, r, is_byte)) return false;
    } else {
      out += body[i++];
    }
  }
  return true;
}

bool unquote_rune(std::string_view lit, int32_t& out) {
  if (lit.size() < 3) return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  size_t i = 0;
  if (body[0] == '\\') {
    std::string ignored;
    bool is_byte;
    if (!escape(body, i, '\'', ignored, out, is_byte)) return false;
  } else {
    out = decode_utf8(body, i);
  }
  return i == body.size();
}

}  // namespace gosub::types
