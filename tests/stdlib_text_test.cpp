// The natives of strings, unicode, sort and math, through small programs
// run by the public API (the testdata suite compares the same paths with
// real Go's output; these pin edge cases and run under GC stress).
#include <gtest/gtest.h>

#include <gosub/gosub.h>

#include <string>

namespace {

// Runs `body` as main's body with the given imports; returns stdout, or
// the compile errors.
std::string run(const std::string& imports, const std::string& body, bool gc_stress = false) {
  std::string src = "package main\n\nimport (\n\"fmt\"\n" + imports + "\n)\n\nfunc main() {\n" + body + "\n}\n";
  gosub::CompileResult r = gosub::compile_source("t.go", src);
  if (!r.ok()) return "compile error: " + r.errors;
  std::string out, err;
  gosub::Config config;
  config.stdout_sink = [&](std::string_view s) { out.append(s); };
  config.stderr_sink = [&](std::string_view s) { err.append(s); };
  config.gc_stress = gc_stress;
  gosub::Vm vm(config);
  int status = vm.run_main(*r.program);
  if (status != 0) out += "exit " + std::to_string(status) + ": " + err;
  return out;
}

TEST(StringsNatives, SearchAndCount) {
  EXPECT_EQ(run("\"strings\"",
                "fmt.Println(strings.Index(\"chicken\", \"ken\"), strings.Index(\"x\", \"\"), strings.Index(\"\", \"x\"),"
                " strings.LastIndex(\"go gopher\", \"go\"), strings.LastIndex(\"ab\", \"\"),"
                " strings.IndexByte(\"abc\", 'c'), strings.LastIndexByte(\"abca\", 'a'), strings.Contains(\"\", \"\"))\n"
                "fmt.Println(strings.Count(\"cheese\", \"e\"), strings.Count(\"héllo\", \"\"), strings.Count(\"\\xff\\xfe\", \"\"),"
                " strings.Count(\"aaaa\", \"aa\"))"),
            "4 0 -1 3 2 2 3 true\n3 6 3 2\n");
}

TEST(StringsNatives, SplitShapes) {
  // A nil result, an empty non-nil one, explode's U+FFFD, and genSplit's capacity.
  EXPECT_EQ(run("\"strings\"",
                "a := strings.SplitN(\"a,b\", \",\", 0)\n"
                "b := strings.Split(\"\", \"\")\n"
                "fmt.Println(a == nil, len(a), b == nil, len(b))\n"
                "fmt.Printf(\"%q %q %q\\n\", strings.Split(\"\", \",\"), strings.Split(\"a\\xffb\", \"\"), strings.SplitN(\"abc\", \"\", 2))\n"
                "c := strings.SplitN(\"a,b,c,d\", \",\", 3)\n"
                "fmt.Println(len(c), cap(c), strings.SplitAfter(\"a,b\", \",\"))"),
            "true 0 false 0\n[\"\"] [\"a\" \"\xEF\xBF\xBD\" \"b\"] [\"a\" \"bc\"]\n3 3 [a, b]\n");
}

TEST(StringsNatives, JoinRepeatReplace) {
  EXPECT_EQ(run("\"strings\"",
                "fmt.Printf(\"%q %q %q %q\\n\", strings.Join(nil, \",\"), strings.Join([]string{\"x\"}, \",\"),"
                " strings.Join([]string{\"a\", \"\", \"b\"}, \"--\"), strings.Join([]string{\"\", \"\"}, \"\"))\n"
                "fmt.Printf(\"%q %q\\n\", strings.Repeat(\"ab\", 3), strings.Repeat(\"\", 9))\n"
                "fmt.Printf(\"%q %q %q\\n\", strings.Replace(\"héllo\", \"\", \"|\", -1), strings.Replace(\"aaa\", \"a\", \"b\", 2),"
                " strings.ReplaceAll(\"abab\", \"ab\", \"\"))"),
            "\"\" \"x\" \"a----b\" \"\"\n\"ababab\" \"\"\n\"|h|é|l|l|o|\" \"bba\" \"\"\n");
}

TEST(StringsNatives, CaseSpaceAndFolding) {
  EXPECT_EQ(run("\"strings\"",
                "fmt.Printf(\"%q %q %q\\n\", strings.ToUpper(\"straße ǆ\\xff\"), strings.ToLower(\"ÀÉ ΣΑ\"), strings.ToUpper(\"abc\"))\n"
                "fmt.Printf(\"%q %q %q\\n\", strings.TrimSpace(\"\\u3000 x y\\u0085\\t\"), strings.TrimSpace(\" \\xff \"), strings.TrimSpace(\"\"))\n"
                "fmt.Printf(\"%q\\n\", strings.Fields(\" a\\u00a0b \\u2003c\\xff \"))\n"
                "fmt.Println(strings.EqualFold(\"Kelvin\", \"\\u212aELVIN\"), strings.EqualFold(\"ſ\", \"S\"), strings.EqualFold(\"a\", \"ab\"))"),
            "\"STRAßE Ǆ\xEF\xBF\xBD\" \"àé σα\" \"ABC\"\n\"x y\" \"\\xff\" \"\"\n[\"a\" \"b\" \"c\\xff\"]\ntrue true false\n");
}

TEST(StringsNatives, PanicsLikeGo) {
  EXPECT_EQ(run("\"strings\"", "fmt.Println(1)\nstrings.Repeat(\"x\", -1)\nfmt.Println(2)"),
            "1\nexit 2: panic: strings: negative Repeat count\n\ngoroutine 1 [running]:\n"
            "strings.Repeat(...)\n\tstrings/strings.go:358\nmain.main()\n\tt.go:10\n");
}

TEST(UnicodeNatives, TablesAboveLatin1) {
  EXPECT_EQ(run("\"unicode\"",
                "fmt.Println(unicode.IsLetter('世'), unicode.IsUpper('Ω'), unicode.IsLower('ω'), unicode.IsTitle('ǅ'),"
                " unicode.IsDigit('٣'), unicode.IsNumber('Ⅻ'), unicode.IsPunct('。'), unicode.IsSymbol('€'),"
                " unicode.IsMark('\\u0301'), unicode.IsSpace('\\u2028'), unicode.IsGraphic('\\u3000'), unicode.IsPrint('\\u3000'))\n"
                "fmt.Println(unicode.IsLetter(-1), unicode.IsUpper(0x110000), unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'),"
                " unicode.ToLower('Ā'), unicode.ToUpper('ā'), unicode.To(7, 'a'), unicode.SimpleFold('k'), unicode.SimpleFold(0x212A))"),
            "true true true true true true true true true true true false\n"
            "false false 452 453 257 256 65533 8490 75\n");
}

TEST(SortNatives, SliceSwapsMultiSlotElements) {
  // Struct elements are several slots wide; a sub-slice has an offset.
  // The less functions are bound before the calls: a closure allocated
  // while an earlier argument is boxed in an interface loses that box to
  // the collector (a compiler pointer-map bug, reported separately).
  EXPECT_EQ(run("\"sort\"",
                "type p struct { name string; age int; tags []string }\n"
                "all := []p{{\"z\", 0, nil}, {\"c\", 3, []string{\"x\"}}, {\"a\", 1, nil}, {\"b\", 2, []string{\"y\", \"z\"}}}\n"
                "ps := all[1:]\n"
                "byAge := func(i, j int) bool { return ps[i].age < ps[j].age }\n"
                "sort.Slice(ps, byAge)\n"
                "fmt.Println(all)\n"
                "byName := func(i, j int) bool { return all[i].name > all[j].name }\n"
                "sort.SliceStable(all, byName)\n"
                "fmt.Println(all, sort.SliceIsSorted(all, byName))"),
            "[{z 0 []} {a 1 []} {b 2 [y z]} {c 3 [x]}]\n[{z 0 []} {c 3 [x]} {b 2 [y z]} {a 1 []}] true\n");
}

TEST(SortNatives, NonSlicePanicsAsReflectDoes) {
  EXPECT_EQ(run("\"sort\"", "fmt.Print()\nsort.Slice(\"str\", func(i, j int) bool { return false })"),
            "exit 2: panic: reflect: call of Swapper on string Value\n\ngoroutine 1 [running]:\n");
}

TEST(MathNatives, ExactOperationsAndExp) {
  EXPECT_EQ(run("\"math\"",
                "fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(-0.5), math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5))\n"
                "fmt.Println(math.Mod(-7, 3), math.Mod(1, 0), math.Float64bits(math.Mod(1, 0)) == math.Float64bits(math.NaN()))\n"
                "fmt.Println(math.Exp(1), math.Exp(-745.1), math.Exp(709.7), math.Exp(math.Inf(-1)), math.Exp(0.5))\n"
                "fmt.Println(math.Float32bits(0.1), math.Float32frombits(0x3fc00000), math.Signbit(math.Copysign(0, -1)))"),
            "1.4142135623730951 -2 -0 -2 -3 2\n-1 NaN true\n2.718281828459045 5e-324 +Inf 0 1.6487212707001282\n"
            "1036831949 1.5 true\n");
}

TEST(TextNatives, ResultsSurviveGcStress) {
  // Every native that allocates, with a collection at each safepoint.
  std::string body =
      "var keep []string\n"
      "for i := 0; i < 30; i++ {\n"
      "  s := strings.Repeat(\"ab \", i%4+1) + fmt.Sprint(i)\n"
      "  parts := strings.Split(s, \" \")\n"
      "  keep = append(keep, strings.Join(parts, \"-\"), strings.ToUpper(s), strings.TrimSpace(\" \"+s+\" \"))\n"
      "  keep = append(keep, strings.Fields(s)...)\n"
      "  keep = append(keep, strings.Replace(s, \"a\", \"xy\", -1))\n"
      "  xs := []string{s, \"b\", \"a\"}\n"
      "  less := func(a, b int) bool { return xs[a] < xs[b] }  // bound first: see above\n"
      "  sort.Slice(xs, less)\n"
      "  keep = append(keep, xs...)\n"
      "}\n"
      "n := 0\n"
      "for _, k := range keep { n += len(k) }\n"
      "fmt.Println(len(keep), n, keep[len(keep)-1], keep[5])";
  std::string normal = run("\"strings\"\n\"sort\"", body);
  EXPECT_EQ(normal.rfind("exit", 0), std::string::npos) << normal;
  EXPECT_EQ(run("\"strings\"\n\"sort\"", body, true), normal);
}

}  // namespace
