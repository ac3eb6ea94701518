#!/usr/bin/env python3
"""Write or verify the expectation blocks of testdata programs with real Go.

Usage:
  tools/golden.py write [PATHS...]   rewrite each program's trailing block
  tools/golden.py check [PATHS...]   report programs whose block differs (exit 1)

PATHS default to testdata/ (directories recurse). Each program is built
with `go build` in a temporary directory under its own base name and run
there; see docs/testdata-format.md for the block format and the
normalization applied. Files marked `//gosub:reasoned go1.22` are skipped.
"""
import codecs
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = ("// Output:", "// Stderr:")
GOROUTINE = re.compile(r"^goroutine \d+ \[.*\]:$")
RUNTIME_SP = re.compile(r"^runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$")


def drop_runtime_frames(err):
    """A fatal error's machine state (the `runtime: sp=` line, the
    `runtime stack:` section up to the blank line before the goroutine
    header) is all addresses of gc's binary: it goes."""
    out, skipping = [], False
    for line in err:
        if RUNTIME_SP.match(line):
            continue
        if line == "runtime stack:":
            skipping = True
            continue
        if skipping:
            if line == "":
                skipping = False
            continue
        out.append(line)
    return out


def split_program(text):
    """Returns the program without its trailing expectation block."""
    lines = text.split("\n")
    end = len(lines)
    while end > 0 and lines[end - 1] == "":
        end -= 1
    start = end
    while start > 0 and lines[start - 1].startswith("//"):
        start -= 1
    block_start = None
    for i in range(start, end):
        if lines[i] in HEADERS or lines[i].startswith("// Exit: "):
            block_start = i
            break
    if block_start is None:
        return text.rstrip("\n") + "\n"
    return "\n".join(lines[:block_start]).rstrip("\n") + "\n"


def directives(program):
    args, stdin = [], b""
    for line in program.split("\n"):
        if line.startswith("//gosub:args "):
            args = line[len("//gosub:args "):].split()
        elif line.startswith("//gosub:stdin "):
            # Bytes: escapes decoded, other (UTF-8) bytes kept as they are.
            stdin = codecs.escape_decode(line[len("//gosub:stdin "):].encode())[0]
    return args, stdin


def run_go(path, program):
    name = os.path.basename(path)
    tmp = tempfile.mkdtemp(prefix="golden-")
    try:
        src = os.path.join(tmp, name)
        with open(src, "w") as f:
            f.write(program)
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="", GOCACHE=os.path.join(tempfile.gettempdir(), "gosub-gocache"))
        build = subprocess.run(["go", "build", "-o", "prog", name], cwd=tmp, capture_output=True, text=True, env=env)
        if build.returncode != 0:
            err = [l for l in build.stderr.splitlines() if not l.startswith("# ")]
            err = [l.replace("./" + name + ":", name + ":") for l in err]
            return "", err, 2
        args, stdin = directives(program)
        run = subprocess.run(["./prog"] + args, cwd=tmp, input=stdin, capture_output=True, timeout=60)
        out = run.stdout.decode(errors="replace")
        err = []
        for line in run.stderr.decode(errors="replace").splitlines():
            err.append(line.replace(tmp + "/", ""))
            if GOROUTINE.match(line):
                break
        return out, drop_runtime_frames(err), run.returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def block(out, err, status):
    lines = []
    if out:
        lines.append("// Output:")
        body = out.split("\n")
        no_newline = not out.endswith("\n")
        if not no_newline:
            body = body[:-1]
        lines += ["//" if l == "" else "// " + l for l in body]
        if no_newline:
            lines.append("// <no newline>")
    if err:
        if lines:
            lines.append("//")
        lines.append("// Stderr:")
        lines += ["//" if l == "" else "// " + l for l in err]
    if status != 0:
        if lines:
            lines.append("//")
        lines.append("// Exit: %d" % status)
    return "\n".join(lines) + "\n"


def files(paths):
    for p in paths or [os.path.join(ROOT, "testdata")]:
        if os.path.isdir(p):
            for d, _, names in sorted(os.walk(p)):
                for n in sorted(names):
                    if n.endswith(".go"):
                        yield os.path.join(d, n)
        else:
            yield p


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("write", "check"):
        print(__doc__)
        return 2
    mode, paths = sys.argv[1], sys.argv[2:]
    differ = skipped = done = 0
    for path in files(paths):
        with open(path) as f:
            text = f.read()
        if "//gosub:reasoned go1.22" in text:
            skipped += 1
            continue
        program = split_program(text)
        # Go sees the file as gosub will, block included (a trailing
        # comment moves the EOF position); iterate to a fixed point.
        want = program
        for _ in range(3):
            out, err, status = run_go(path, want)
            candidate = program + "\n" + block(out, err, status)
            if candidate == want:
                break
            want = candidate
        done += 1
        if want != text:
            if mode == "write":
                with open(path, "w") as f:
                    f.write(want)
                print("wrote", os.path.relpath(path, ROOT))
            else:
                differ += 1
                print("differs:", os.path.relpath(path, ROOT))
    print("%d checked, %d differ, %d skipped (reasoned go1.22)" % (done, differ, skipped))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
