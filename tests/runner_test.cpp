// The conformance runner's parsing of expectation blocks.
#include <gtest/gtest.h>

#include "cli/test_runner.h"

using gosub::cli::parse_expectation;

TEST(RunnerTest, OutputStderrExitSections) {
  auto e = parse_expectation(
      "package main\n\nfunc main() {}\n\n"
      "// Output:\n// hi\n//\n// there\n//\n"
      "// Stderr:\n// panic: boom\n//\n// goroutine 1 [running]:\n//\n"
      "// Exit: 2\n");
  ASSERT_TRUE(e.has_block);
  EXPECT_EQ(e.stdout_text, "hi\n\nthere\n");
  ASSERT_EQ(e.stderr_prefix.size(), 3u);
  EXPECT_EQ(e.stderr_prefix[0], "panic: boom");
  EXPECT_EQ(e.stderr_prefix[1], "");
  EXPECT_EQ(e.stderr_prefix[2], "goroutine 1 [running]:");
  EXPECT_EQ(e.exit_code, 2);
}

TEST(RunnerTest, TrailingBlankOutputLineKeptWhenLast) {
  auto e = parse_expectation("package main\n\n// Output:\n// a\n//\n");
  EXPECT_EQ(e.stdout_text, "a\n\n");
}

TEST(RunnerTest, NoNewlineMarker) {
  auto e = parse_expectation("package main\n\n// Output:\n// a\n// <no newline>\n");
  EXPECT_EQ(e.stdout_text, "a");
}

TEST(RunnerTest, CommentsBeforeBlockAreNotPartOfIt) {
  auto e = parse_expectation("package main\n\n// just a comment\n// Output:\n// x\n");
  EXPECT_EQ(e.stdout_text, "x\n");
  EXPECT_EQ(e.exit_code, 0);
}

TEST(RunnerTest, ExitOnly) {
  auto e = parse_expectation("package main\n\n// Exit: 3\n");
  ASSERT_TRUE(e.has_block);
  EXPECT_EQ(e.stdout_text, "");
  EXPECT_EQ(e.exit_code, 3);
}

TEST(RunnerTest, MissingBlock) {
  EXPECT_FALSE(parse_expectation("package main\nfunc main() {}\n").has_block);
}

TEST(RunnerTest, Directives) {
  auto e = parse_expectation("//gosub:args a bb\n//gosub:stdin x\\ny\npackage main\n\n// Output:\n// a\n");
  ASSERT_EQ(e.args.size(), 2u);
  EXPECT_EQ(e.args[1], "bb");
  EXPECT_EQ(e.stdin_text, "x\ny");
}
