// Go-source parts of the standard library, embedded at build time by
// stdlib/embed.cmake from stdlib/go/<package path>/*.go.
#pragma once

namespace gosub::stdlib {

struct EmbeddedFile {
  const char* package_path;  // "strconv", "unicode/utf8"; null ends the table
  const char* file_name;     // "strconv.go"
  const char* source;
};
extern const EmbeddedFile kEmbeddedFiles[];

}  // namespace gosub::stdlib
