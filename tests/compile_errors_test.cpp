// Checker messages through the public API. Expected text is what `go build`
// (Go 1.19) printed for the same programs, minus "./".
#include <gosub/gosub.h>
#include <gtest/gtest.h>

namespace {
std::string errors(const std::string& body) { return gosub::compile_source("x.go", "package main\n\n" + body).errors; }
}  // namespace

TEST(CheckerTest, GoWording) {
  EXPECT_EQ(errors("func main() {\n\tfoo()\n}\n"), "x.go:4:2: undefined: foo\n");
  EXPECT_EQ(errors("func main() {\n\tx := 1\n}\n"), "x.go:4:2: x declared but not used\n");
  EXPECT_EQ(errors("import \"os\"\n\nfunc main() {}\n"), "x.go:3:8: imported and not used: \"os\"\n");
  EXPECT_EQ(errors("func main() {\n\tvar s string = 5\n\t_ = s\n}\n"),
            "x.go:4:17: cannot use 5 (untyped int constant) as string value in variable declaration\n");
  EXPECT_EQ(errors("func f() int {\n}\n\nfunc main() { f() }\n"), "x.go:4:1: missing return\n");
  EXPECT_EQ(errors("func main() {\n\tx := 1\n\ts := \"a\"\n\t_ = x + s\n}\n"),
            "x.go:6:6: invalid operation: x + s (mismatched types int and string)\n");
}

TEST(CheckerTest, ConstantsAreExact) {
  EXPECT_EQ(errors("const big = 1 << 100\n\nfunc main() { println(big >> 98) }\n"), "");
  EXPECT_EQ(errors("func main() {\n\tvar x int8 = 200\n\t_ = x\n}\n"),
            "x.go:4:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)\n");
}

TEST(CheckerTest, UnsupportedPackageIsNamed) {
  EXPECT_EQ(errors("import \"net/http\"\n\nfunc main() { _ = http.Get }\n"),
            "x.go:3:8: package \"net/http\" is not supported by gosub\n");
}

TEST(CheckerTest, GenericsAreRejectedByName) {
  EXPECT_EQ(errors("func id[T any](x T) T { return x }\n\nfunc main() {}\n"), "x.go:3:6: generic functions are not supported\n");
}
