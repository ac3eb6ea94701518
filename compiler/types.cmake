# gosub_types: the compiler's self-contained core (Go types, exact constant
# arithmetic). Needs only headers from frontend/, so it builds and is tested
# on its own; the checker and codegen (compiler/CMakeLists.txt) link it.
add_library(gosub_types STATIC
  ${PROJECT_SOURCE_DIR}/compiler/bigint.cpp
  ${PROJECT_SOURCE_DIR}/compiler/constant.cpp
  ${PROJECT_SOURCE_DIR}/compiler/types.cpp
  ${PROJECT_SOURCE_DIR}/compiler/universe.cpp)
target_include_directories(gosub_types PUBLIC ${PROJECT_SOURCE_DIR})
