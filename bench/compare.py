#!/usr/bin/env python3
"""Run the whole-program workloads in bench/programs under gosub, compiled Go
and lua5.4, and print medians, ratios, peak RSS and the issue targets.

Each workload is bench/programs/NAME.go with an optional NAME.lua beside it
that prints exactly the same output. The Go program's output is the
reference: gosub and Lua must match it byte for byte.

A workload describes itself with `// bench:` comment lines in its .go file,
so adding one never needs a change here:

  // bench: issue=3                      the issue that adds it (groups targets)
  // bench: runs=20                      at least this many timed runs
  // bench: startup                      also report it as a startup time
  // bench: timeout=120                  seconds per run (default --timeout)
  // bench: args=a b c                   command-line arguments for all three
  // bench: target time gosub/lua < 1.0  a target, checked after measuring

Target grammar: `target METRIC LEFT[/RIGHT] OP LIMIT` where METRIC is `time`
(median wall seconds) or `rss` (peak resident set), LEFT and RIGHT are
`gosub`, `go`, `lua` or `OTHERWORKLOAD:IMPL`, OP is `<` or `<=`, and LIMIT
is a plain number for ratios or a quantity with a unit for absolutes
(`10ms`, `2s`, `1GiB`, `512MiB`). Examples:

  target rss gosub/go < 2.0                   peak RSS within 2x compiled Go
  target time gosub/defer_direct:gosub < 1.3  against another workload
  target rss gosub < 1GiB                     absolute bound

Programs are started through bench/rusage_run.c (compiled with cc on first
use), whose wait4 gives each program's true peak RSS; see that file for why.
Only the Python standard library is used. Exit status is 0 even when targets are
missed or outputs differ (use --strict to turn those into exit status 1).
"""

import argparse
import dataclasses
import hashlib
import json
import os
import platform
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
IMPLS = ("gosub", "go", "lua")

# ---------------------------------------------------------------------------
# Workload descriptions


@dataclasses.dataclass
class Operand:
    workload: str  # empty: the workload that declares the target
    impl: str

    def text(self):
        return f"{self.workload}:{self.impl}" if self.workload else self.impl


@dataclasses.dataclass
class Target:
    workload: str
    issue: str
    metric: str  # "time" or "rss"
    left: Operand
    right: Operand | None  # None: LEFT is compared with an absolute limit
    op: str
    limit: float  # seconds, bytes or a plain ratio
    text: str


@dataclasses.dataclass
class Workload:
    name: str
    go_path: str
    lua_path: str | None
    issue: str = "?"
    min_runs: int = 0
    startup: bool = False
    timeout: float | None = None
    args: list = dataclasses.field(default_factory=list)
    targets: list = dataclasses.field(default_factory=list)


UNITS = {
    "time": {"": 1.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9},
    "rss": {"": 1.0, "b": 1.0, "kib": 1024.0, "mib": 1024.0**2, "gib": 1024.0**3,
            "kb": 1e3, "mb": 1e6, "gb": 1e9},
}
TARGET_RE = re.compile(
    r"^target\s+(time|rss)\s+([\w:]+)\s*(?:/\s*([\w:]+))?\s*(<=|<)\s*"
    r"([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*([a-zA-Z]*)$")


def parse_operand(text, where):
    workload, _, impl = text.rpartition(":")
    if impl not in IMPLS:
        raise ValueError(f"{where}: unknown implementation {impl!r} in target")
    return Operand(workload, impl)


def parse_target(workload, issue, text, where):
    m = TARGET_RE.match(text)
    if not m:
        raise ValueError(f"{where}: cannot parse target {text!r}")
    metric, left, right, op, number, unit = m.groups()
    left = parse_operand(left, where)
    right = parse_operand(right, where) if right else None
    if right is not None and unit:
        raise ValueError(f"{where}: a ratio target takes a plain number: {text!r}")
    if right is None and not unit:
        raise ValueError(f"{where}: an absolute target needs a unit: {text!r}")
    scale = UNITS[metric].get(unit.lower())
    if scale is None:
        raise ValueError(f"{where}: unknown unit {unit!r} for {metric}")
    return Target(workload, issue, metric, left, right, op, float(number) * scale,
                  " ".join(text.split()[1:]))


def load_workload(go_path):
    name = os.path.splitext(os.path.basename(go_path))[0]
    lua_path = os.path.join(os.path.dirname(go_path), name + ".lua")
    w = Workload(name, go_path, lua_path if os.path.exists(lua_path) else None)
    pending_targets = []
    with open(go_path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            m = re.match(r"^\s*//\s*bench:\s*(.*?)\s*$", line)
            if not m:
                continue
            where = f"{go_path}:{lineno}"
            directive = m.group(1)
            key, _, value = directive.partition("=")
            if directive.startswith("target"):
                pending_targets.append((directive, where))
            elif directive == "startup":
                w.startup = True
            elif key == "issue":
                w.issue = value
            elif key == "runs":
                w.min_runs = int(value)
            elif key == "timeout":
                w.timeout = float(value)
            elif key == "args":
                w.args = value.split()
            else:
                raise ValueError(f"{where}: unknown bench directive {directive!r}")
    w.targets = [parse_target(name, w.issue, t, where) for t, where in pending_targets]
    return w


def discover():
    names = sorted(f for f in os.listdir(PROGRAMS_DIR) if f.endswith(".go"))
    return [load_workload(os.path.join(PROGRAMS_DIR, f)) for f in names]


# ---------------------------------------------------------------------------
# Running one process and measuring it


@dataclasses.dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds
    maxrss: int  # bytes
    status: int  # exit code, or -signal
    stdout: bytes
    stderr: bytes
    timed_out: bool


def build_helper(build_dir):
    """Compile rusage_run.c (see its header for why it exists); returns its
    path, or None with a reason when no C compiler is available."""
    source = os.path.join(BENCH_DIR, "rusage_run.c")
    with open(source, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    binary = os.path.join(build_dir, f"rusage_run-{digest}")
    if os.path.exists(binary):
        return binary, None
    cc = shutil.which(os.environ.get("CC", "cc"))
    if cc is None:
        return None, "no C compiler (cc) for bench/rusage_run.c"
    proc = subprocess.run([cc, "-O2", "-o", binary + ".tmp", source], capture_output=True, text=True)
    if proc.returncode != 0:
        return None, "cannot compile bench/rusage_run.c: " + first_line(proc.stderr.encode())
    os.replace(binary + ".tmp", binary)
    return binary, None


def run_once(argv, timeout, scratch, helper):
    """Run argv with stdout/stderr to files and measure it, killing it after
    `timeout` seconds. With the helper, time and rusage come from the helper's
    own wait4 on the command; without it, from os.wait4 here (then peak RSS
    is never below this Python process's own)."""
    out_path = os.path.join(scratch, "stdout")
    err_path = os.path.join(scratch, "stderr")
    result_path = os.path.join(scratch, "rusage")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, out_path, flags, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, err_path, flags, 0o644),
    ]
    if helper:
        argv = [helper, result_path] + argv
        if os.path.exists(result_path):
            os.unlink(result_path)
    start = time.perf_counter()
    # Own process group, so that a timeout kills the helper and the command.
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions, setpgroup=0)
    timed_out = False
    # A pidfd lets us wait with a timeout without polling, which would blur
    # the millisecond timings of the startup workload.
    pidfd = os.pidfd_open(pid)
    try:
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        if not poller.poll(None if timeout is None else int(timeout * 1000)):
            timed_out = True
            os.killpg(pid, signal.SIGKILL)
        _, wait_status, usage = os.wait4(pid, 0)
    except BaseException:
        os.killpg(pid, signal.SIGKILL)
        raise
    finally:
        os.close(pidfd)
    wall = time.perf_counter() - start
    status = os.waitstatus_to_exitcode(wait_status)
    cpu, maxrss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024
    with open(out_path, "rb") as f:
        stdout = f.read()
    with open(err_path, "rb") as f:
        stderr = f.read()
    if helper and not timed_out:
        try:
            with open(result_path) as f:
                fields = f.read().split()
            status, maxrss = int(fields[0]), int(fields[1]) * 1024
            cpu, wall = float(fields[2]) + float(fields[3]), float(fields[4])
        except (OSError, ValueError, IndexError):
            stderr += f"\nrusage_run failed (exit status {status})".encode()
            status = 125
    return Run(wall, cpu, maxrss, status, stdout, stderr, timed_out)


def describe_failure(run, reference, timeout):
    """Why a run does not count, or None when it matches the reference."""
    if run.timed_out:
        return f"timed out after {timeout:g}s"
    if run.status < 0:
        return f"killed by signal {-run.status}" + first_line(run.stderr, ": ")
    if reference is not None and run.status != reference.status:
        return f"exit status {run.status}, want {reference.status}" + first_line(run.stderr, ": ")
    if reference is not None and run.stdout != reference.stdout:
        return "output differs from go: " + first_difference(run.stdout, reference.stdout)
    return None


def first_line(data, prefix=""):
    text = data.decode("utf-8", "replace").strip()
    return prefix + text.splitlines()[0][:200] if text else ""


def first_difference(got, want):
    got_lines = got.decode("utf-8", "replace").splitlines()
    want_lines = want.decode("utf-8", "replace").splitlines()
    for i in range(max(len(got_lines), len(want_lines))):
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        w = want_lines[i] if i < len(want_lines) else "<missing>"
        if g != w:
            return f"line {i + 1}: got {g[:80]!r}, want {w[:80]!r}"
    return "trailing newline or bytes differ"


# ---------------------------------------------------------------------------
# Building the Go programs (once per source content and toolchain)


def go_version(go):
    try:
        return subprocess.run([go, "version"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        return f"unavailable ({e})"


def build_go(workloads, go, build_dir, toolchain):
    """Returns {name: binary path} and {name: error text}."""
    os.makedirs(build_dir, exist_ok=True)
    binaries, errors = {}, {}
    for w in workloads:
        with open(w.go_path, "rb") as f:
            digest = hashlib.sha256(f.read() + toolchain.encode()).hexdigest()[:16]
        binary = os.path.join(build_dir, f"{w.name}-{digest}")
        if not os.path.exists(binary):
            proc = subprocess.run([go, "build", "-o", binary + ".tmp", w.go_path],
                                  capture_output=True, text=True, cwd=PROGRAMS_DIR)
            if proc.returncode != 0:
                errors[w.name] = (proc.stderr or proc.stdout).strip()
                continue
            os.replace(binary + ".tmp", binary)
        binaries[w.name] = binary
    return binaries, errors


# ---------------------------------------------------------------------------
# Measuring a workload


@dataclasses.dataclass
class ImplResult:
    status: str = "ok"  # ok | failed | mismatch | n/a
    reason: str = ""
    times: list = dataclasses.field(default_factory=list)
    cpu: list = dataclasses.field(default_factory=list)
    rss: list = dataclasses.field(default_factory=list)

    def median(self):
        return statistics.median(self.times) if self.status == "ok" and self.times else None

    def peak_rss(self):
        return max(self.rss) if self.status == "ok" and self.rss else None


def commands(w, impls, go_binary, tools):
    cmds = {}
    if "gosub" in impls:
        cmds["gosub"] = [tools["gosub"], "run", os.path.basename(w.go_path)] + w.args
    cmds["go"] = [go_binary] + w.args
    if "lua" in impls and w.lua_path:
        cmds["lua"] = [tools["lua"], os.path.basename(w.lua_path)] + w.args
    return cmds


def measure(w, impls, go_binary, tools, runs, warmup, timeout, scratch, log):
    results = {impl: ImplResult() for impl in impls}
    if "lua" in results and not w.lua_path:
        results["lua"] = ImplResult("n/a", "no .lua program")
    if "gosub" in results and not tools["gosub_ok"]:
        results["gosub"] = ImplResult("failed", tools["gosub_missing"])
    if "lua" in results and results["lua"].status == "ok" and not tools["lua"]:
        results["lua"] = ImplResult("failed", "lua5.4 not found")
    cmds = {impl: argv for impl, argv in commands(w, impls, go_binary, tools).items()
            if results[impl].status == "ok"}

    # Untimed warm-up rounds warm the page cache and fix the reference
    # output; Go runs first so the others can be checked against it.
    reference = None
    for _ in range(max(warmup, 1)):
        for impl in sorted(cmds, key=lambda i: i != "go"):
            run = run_once(cmds[impl], timeout, scratch, tools['helper'])
            if impl == "go":
                problem = describe_failure(run, None, timeout)
                if problem is None and run.status != 0:
                    problem = f"exit status {run.status}" + first_line(run.stderr, ": ")
                if problem is None and reference is not None and run.stdout != reference.stdout:
                    problem = "output is not deterministic"
                if problem:
                    log(f"  {w.name}: GO FAILED: {problem}")
                    for other in cmds:
                        results[other] = ImplResult("failed", "no reference output: go failed")
                    results["go"] = ImplResult("failed", problem)
                    return results
                reference = run
                continue
            problem = describe_failure(run, reference, timeout)
            if problem:
                kind = "mismatch" if problem.startswith("output differs") else "failed"
                results[impl] = ImplResult(kind, problem)
                del cmds[impl]
                loud = "MISMATCH" if kind == "mismatch" else "failed"
                log(f"  {w.name}: {impl} {loud}: {problem}")

    # Timed rounds, interleaved and rotated so that drift in machine load
    # (other jobs, thermal state) spreads over all implementations.
    order = [i for i in IMPLS if i in cmds]
    for r in range(runs):
        rotated = order[r % len(order):] + order[:r % len(order)]
        for impl in rotated:
            if impl not in cmds:
                continue
            run = run_once(cmds[impl], timeout, scratch, tools['helper'])
            problem = describe_failure(run, reference, timeout)
            if problem:
                kind = "mismatch" if problem.startswith("output differs") else "failed"
                results[impl] = ImplResult(kind, f"run {r + 1}: {problem}")
                del cmds[impl]
                log(f"  {w.name}: {impl} {kind.upper()}: run {r + 1}: {problem}")
                continue
            res = results[impl]
            res.times.append(run.wall)
            res.cpu.append(run.cpu)
            res.rss.append(run.maxrss)
    return results


# ---------------------------------------------------------------------------
# Reporting


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_time(t):
    return "-" if t is None else f"{t:.4f}"


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}"


def fmt_bytes(b):
    if b is None:
        return "-"
    if b >= 1024**3:
        return f"{b / 1024**3:.2f}G"
    return f"{b / 1024**2:.1f}M"


def cell(res, value_fmt, value):
    if res is None:
        return "skip"
    if res.status == "n/a":
        return "n/a"
    if res.status != "ok":
        return "MISMATCH" if res.status == "mismatch" else "failed"
    return value_fmt(value)


def print_table(all_results, impls, out):
    headers = ["workload", "gosub s", "go s", "lua s", "gosub/lua", "gosub/go",
               "gosub RSS", "go RSS", "lua RSS", "RSS gosub/go"]
    rows = []
    for name, results in all_results.items():
        med = {i: (results[i].median() if i in results else None) for i in IMPLS}
        rss = {i: (results[i].peak_rss() if i in results else None) for i in IMPLS}
        rows.append([name]
                    + [cell(results.get(i), fmt_time, med[i]) for i in IMPLS]
                    + [fmt_ratio(ratio(med["gosub"], med["lua"])),
                       fmt_ratio(ratio(med["gosub"], med["go"]))]
                    + [cell(results.get(i), fmt_bytes, rss[i]) for i in IMPLS]
                    + [fmt_ratio(ratio(rss["gosub"], rss["go"]))])
    widths = [max(len(str(r[c])) for r in rows + [headers]) for c in range(len(headers))]
    line = lambda r: "  ".join(str(v).ljust(widths[0]) if c == 0 else str(v).rjust(widths[c])
                               for c, v in enumerate(r))
    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for r in rows:
        print(line(r), file=out)
    notes = []
    for name, results in all_results.items():
        for impl in IMPLS:
            res = results.get(impl)
            if res is not None and res.status in ("failed", "mismatch"):
                notes.append(f"  {name}: {impl}: {res.status} ({res.reason})")
    if notes:
        print("\nFailures:", file=out)
        print("\n".join(notes), file=out)


def metric_value(all_results, default_workload, metric, operand):
    """(value, None, False), or (None, why not, whether it was merely not run)."""
    name = operand.workload or default_workload
    results = all_results.get(name)
    if results is None:
        return None, f"workload {name} not run", True
    res = results.get(operand.impl)
    if res is None:
        return None, f"{operand.impl} not run for {name}", True
    if res.status != "ok":
        return None, f"{operand.impl} {res.status} on {name}", res.status == "n/a"
    return (res.median() if metric == "time" else res.peak_rss()), None, False


def evaluate_target(t, all_results):
    """("PASS"|"FAIL"|"SKIP", detail). A target whose side failed is a FAIL;
    one whose side was deselected (--no-lua, a workload not named) a SKIP."""
    value, why, skipped = metric_value(all_results, t.workload, t.metric, t.left)
    if why is None and t.right is not None:
        right, why, skipped = metric_value(all_results, t.workload, t.metric, t.right)
        value = ratio(value, right) if why is None else None
    if value is None:
        return ("SKIP" if skipped else "FAIL"), why or "no measurement"
    if t.right is not None:
        shown = fmt_ratio(value)
    elif t.metric == "time":
        shown = f"{value * 1000:.2f}ms"
    else:
        shown = fmt_bytes(value)
    ok = value < t.limit if t.op == "<" else value <= t.limit
    return ("PASS" if ok else "FAIL"), f"measured {shown}"


def issue_key(issue):
    return (0, int(issue)) if issue.isdigit() else (1, issue)


def print_targets(workloads, all_results, out):
    evaluated = []
    print("\nTARGETS", file=out)
    by_issue = {}
    for w in workloads:
        for t in w.targets:
            by_issue.setdefault(t.issue, []).append(t)
    if not by_issue:
        print("  (none declared by the selected workloads)", file=out)
    for issue in sorted(by_issue, key=issue_key):
        print(f"  issue {issue}", file=out)
        for t in by_issue[issue]:
            status, detail = evaluate_target(t, all_results)
            evaluated.append({"workload": t.workload, "issue": t.issue, "target": t.text,
                              "status": status, "detail": detail})
            print(f"    {status}  {t.workload:<14} {t.text:<32} {detail}", file=out)
    return evaluated


def print_startup(workloads, all_results, out):
    for w in workloads:
        if not w.startup or w.name not in all_results:
            continue
        parts = []
        for impl in IMPLS:
            res = all_results[w.name].get(impl)
            if res is None:
                continue
            med = res.median()
            if med is not None:
                parts.append(f"{impl} {med * 1000:.2f} ms")
            else:
                parts.append(f"{impl} {res.status}" + (f" ({res.reason})" if res.reason else ""))
        runs = max((len(r.times) for r in all_results[w.name].values()), default=0)
        print(f"\nStartup ({w.name}.go, median of {runs} runs): " + ", ".join(parts), file=out)


def read_first(path, pattern):
    try:
        with open(path) as f:
            for line in f:
                if re.match(pattern, line):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def environment(tools, toolchain):
    env = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "host": platform.node(),
        "kernel": platform.release(),
        "cpu": read_first("/proc/cpuinfo", r"model name"),
        "nproc": os.cpu_count(),
        "nproc_usable": len(os.sched_getaffinity(0)),
        "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "go": toolchain,
        "lua": "not found",
        "gosub": tools["gosub"],
    }
    if tools["lua"]:
        proc = subprocess.run([tools["lua"], "-v"], capture_output=True, text=True)
        env["lua"] = (proc.stdout or proc.stderr).strip()
    if tools["gosub_ok"]:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S",
                              time.localtime(os.path.getmtime(tools["gosub"])))
        env["gosub"] += f" (built {stamp})"
    else:
        env["gosub"] += f" ({tools['gosub_missing']})"
    return env


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(
        description="Compare gosub with compiled Go and lua5.4 on bench/programs.",
        epilog="Workloads and their targets are declared in the .go files; see the top of this script.")
    parser.add_argument("workloads", nargs="*", help="workload names (default: all)")
    parser.add_argument("--only", default="",
                        help="comma-separated workload names (same as positional names)")
    parser.add_argument("--gosub", default=os.path.join(REPO_DIR, "build", "cli", "gosub"),
                        help="gosub binary (default: build/cli/gosub in the repository)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per implementation (default 5)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed runs first, which also check outputs (default 1, minimum 1)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    parser.add_argument("--no-lua", action="store_true", help="skip lua5.4")
    parser.add_argument("--no-gosub", action="store_true", help="skip gosub (check go against lua only)")
    parser.add_argument("--go", default="go", help="go toolchain (default: go on PATH)")
    parser.add_argument("--lua", default="lua5.4", help="lua interpreter (default: lua5.4 on PATH)")
    parser.add_argument("--build-dir", default=os.path.join(
        tempfile.gettempdir(), f"gosub-bench-go-{os.getuid()}"),
        help="where compiled Go binaries are cached")
    parser.add_argument("--json", metavar="FILE", help="also write all measurements as JSON")
    parser.add_argument("--list", action="store_true", help="list workloads and targets, then exit")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 if any output differs or any target fails")
    args = parser.parse_args()
    out = sys.stdout
    if args.json:
        args.json = os.path.abspath(args.json)
    args.build_dir = os.path.abspath(args.build_dir)

    try:
        workloads = discover()
    except ValueError as e:
        print(f"compare.py: {e}", file=sys.stderr)
        return 2
    wanted = list(args.workloads) + [n for n in args.only.split(",") if n]
    if wanted:
        known = {w.name for w in workloads}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            print(f"compare.py: unknown workload(s): {', '.join(unknown)}; "
                  f"have: {', '.join(sorted(known))}", file=sys.stderr)
            return 2
        workloads = [w for w in workloads if w.name in wanted]

    if args.list:
        for w in workloads:
            lua = "lua" if w.lua_path else "no lua"
            print(f"{w.name:<16} issue {w.issue:<3} {lua:<7} "
                  + "; ".join(t.text for t in w.targets))
        return 0

    impls = [i for i in IMPLS if not (i == "lua" and args.no_lua)
             and not (i == "gosub" and args.no_gosub)]
    gosub = os.path.abspath(args.gosub)
    tools = {"gosub": gosub, "lua": shutil.which(args.lua),
             "gosub_ok": os.path.isfile(gosub) and os.access(gosub, os.X_OK),
             "gosub_missing": f"binary not found: {gosub}"}
    go = shutil.which(args.go)
    if go is None:
        print(f"compare.py: go toolchain {args.go!r} not found; it is the reference", file=sys.stderr)
        return 2
    toolchain = go_version(go)
    os.makedirs(args.build_dir, exist_ok=True)
    tools["helper"], helper_problem = build_helper(args.build_dir)

    env = environment(tools, toolchain)
    print("gosub benchmark comparison", file=out)
    for key in ("date", "host", "kernel", "cpu", "nproc", "nproc_usable", "loadavg",
                "go", "lua", "gosub", "python"):
        print(f"  {key:<13} {env[key]}", file=out)
    if helper_problem:
        print(f"  WARNING       {helper_problem}: peak RSS includes this script's own", file=out)
    print(f"  {'runs':<13} {args.runs} timed (+{max(args.warmup, 1)} warm-up), interleaved; "
          "times are median wall seconds, RSS is the peak over runs", file=out)
    print(file=out, flush=True)

    binaries, build_errors = build_go(workloads, go, args.build_dir, toolchain)
    log = lambda msg: print(msg, file=out, flush=True)
    for name, err in build_errors.items():
        log(f"  {name}: GO BUILD FAILED:\n" + "\n".join("    " + l for l in err.splitlines()))

    os.chdir(PROGRAMS_DIR)  # so `gosub run NAME.go` sees the plain file name
    all_results = {}
    with tempfile.TemporaryDirectory(prefix="gosub-bench-") as scratch:
        for w in workloads:
            if w.name in build_errors:
                all_results[w.name] = {i: ImplResult("failed", "go build failed") for i in impls}
                continue
            log(f"running {w.name} ...")
            runs = max(args.runs, w.min_runs)
            timeout = w.timeout or args.timeout
            all_results[w.name] = measure(w, impls, binaries[w.name], tools, runs,
                                          args.warmup, timeout, scratch, log)
    print(file=out)
    print_table(all_results, impls, out)
    print_startup(workloads, all_results, out)
    targets = print_targets(workloads, all_results, out)

    if args.json:
        dump = {
            "environment": env,
            "runs": args.runs,
            "workloads": {
                name: {impl: dataclasses.asdict(res) | {"median_s": res.median(),
                                                        "peak_rss_bytes": res.peak_rss()}
                       for impl, res in results.items()}
                for name, results in all_results.items()},
            "targets": targets,
        }
        with open(args.json, "w") as f:
            json.dump(dump, f, indent=2)
        print(f"\nwrote {args.json}", file=out)

    if args.strict:
        bad_output = any(res.status == "mismatch" for results in all_results.values()
                         for res in results.values())
        if bad_output or any(t["status"] == "FAIL" for t in targets):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
