#!/usr/bin/env python3
"""Benchmark runner for beamish (stdlib only, Python 3.11).

Usage:
  run.py [--impl IMPL[,IMPL...]] [--runs 3] [--quick] [--startup]
         [--timeout S] [--md] [--json FILE] [NAME[:ARGS] ...]

IMPL: beamish, escript, escript-interp, python, erl (= escript + escript-interp),
      all (default: every implementation available on this machine).
NAME:ARGS overrides the problem size, e.g. fib:28 or ring:500,50.

Each benchmark is run by every selected implementation in the same invocation,
alternating implementations run by run; the minimum time_us of each is kept,
checksums are compared, and a table is printed.
"""
import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY_DIR = os.path.join(HERE, "py")

# name -> (default args, --quick args).  Defaults are chosen so the CPython
# reference takes roughly 0.3-1 s on the baseline machine.
BENCHES = {
    "fib":       (["32"],            ["24"]),
    "nrev":      (["20000"],         ["2000"]),
    "listops":   (["5000"],          ["500"]),
    "sort":      (["1000000"],       ["100000"]),
    "mapsbench": (["500000"],        ["50000"]),
    "strbench":  (["400000"],        ["40000"]),
    "ring":      (["1000", "100"],   ["100", "100"]),
    "spawn":     (["30000"],         ["5000"]),
    "pingpong":  (["50000"],         ["5000"]),
    "procmem":   (["30000"],         ["5000"]),
    "selective": (["10000", "500"],  ["2000", "100"]),
}

# Micro-benchmarks of one VM mechanism each (no CPython reference); run them
# by name, e.g. ``run.py --impl beamish,escript micro_call``.
MICRO = {
    "micro_dispatch": (["1000000"], ["100000"]),
    "micro_call":     (["1000000"], ["100000"]),
    "micro_sendrecv": (["300000"],  ["30000"]),
    "micro_spawn":    (["50000"],   ["5000"]),
}

ALL_IMPLS = ["beamish", "escript", "escript-interp", "python"]

# (numerator, denominator) ratio columns, shown when both are present.
RATIOS = [("beamish", "python"), ("beamish", "escript"),
          ("escript-interp", "escript"), ("python", "escript")]

# Informational lines (beyond checksum/time_us) shown in the extras section.
INFO_KEYS = ["bytes_per_proc", "process_info_memory", "msgs_per_s",
             "spawns_per_s", "roundtrips_per_s", "scans_per_s", "gen_us"]


class Impl:
    def __init__(self, name, tmpdir, python):
        self.name = name
        self.tmpdir = tmpdir
        self.python = python
        self.missing = None
        if name == "beamish":
            self.base = shlex.split(os.environ.get("BEAMISH", "beamish run"))
            exe = self.base[0] if self.base else ""
            if not (shutil.which(exe) or os.path.isfile(exe)):
                self.missing = "BEAMISH command %r not found" % (exe,)
        elif name in ("escript", "escript-interp"):
            if not shutil.which("escript"):
                self.missing = "escript not found (no Erlang/OTP on this machine)"
        elif name == "python":
            if not (shutil.which(python) or os.path.isfile(python)):
                self.missing = "python %r not found" % (python,)
        else:
            raise ValueError(name)

    def source(self, bench):
        """Path of the program for this implementation (None if absent)."""
        if self.name == "python":
            p = os.path.join(PY_DIR, bench + ".py")
            return p if os.path.isfile(p) else None
        p = os.path.join(HERE, bench + ".erl")
        if not os.path.isfile(p):
            return None
        if self.name == "escript-interp":
            # Same program without -mode(compile): escript then runs it with
            # the erl_eval interpreter.  Made explicit with -mode(interpret).
            dst = os.path.join(self.tmpdir, bench + ".erl")
            if not os.path.exists(dst):
                with open(p) as f:
                    text = f.read()
                text = text.replace("-mode(compile).", "-mode(interpret).")
                with open(dst, "w") as f:
                    f.write(text)
            return dst
        return p

    def command(self, bench, args):
        src = self.source(bench)
        if src is None:
            return None
        if self.name == "beamish":
            return self.base + [src] + args
        if self.name in ("escript", "escript-interp"):
            return ["escript", src] + args
        return [self.python, src] + args


def parse_output(out):
    res = {"checksum": None, "time_us": None, "info": {}}
    for line in out.splitlines():
        parts = line.strip().split(None, 1)
        if not parts:
            continue
        key = parts[0]
        val = parts[1].strip() if len(parts) > 1 else ""
        if key == "checksum":
            res["checksum"] = val
        elif key == "time_us":
            try:
                res["time_us"] = int(float(val))
            except ValueError:
                pass
        elif key in INFO_KEYS:
            res["info"][key] = val
    return res


def run_once(cmd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           cwd=HERE)
    except subprocess.TimeoutExpired:
        return {"error": "timeout after %ss" % timeout}
    except OSError as e:
        return {"error": str(e)}
    wall = time.perf_counter() - t0
    res = parse_output(p.stdout)
    res["wall_s"] = wall
    if p.returncode != 0 or res["checksum"] is None or res["time_us"] is None:
        tail = (p.stdout + p.stderr).strip().splitlines()[-6:]
        res["error"] = "rc=%d: %s" % (p.returncode, " | ".join(tail))
    return res


def fmt_ms(us):
    if us is None:
        return "-"
    ms = us / 1000.0
    if ms >= 100:
        return "%.0f" % ms
    if ms >= 10:
        return "%.1f" % ms
    return "%.2f" % ms


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    r = a / b
    return "%.0f" % r if r >= 100 else ("%.1f" % r if r >= 10 else "%.2f" % r)


def print_table(headers, rows, md):
    if md:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join("---" if i < 2 and not headers[i].endswith(("_ms", "N")) else "---:" for i in range(len(headers))) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                     for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))))


def select_impls(specs):
    names = []
    for spec in specs or ["all"]:
        for s in spec.split(","):
            s = s.strip()
            if not s:
                continue
            if s == "all":
                add = ALL_IMPLS
            elif s == "erl":
                add = ["escript", "escript-interp"]
            elif s in ALL_IMPLS:
                add = [s]
            else:
                sys.exit("unknown implementation %r (choose from %s, erl, all)"
                         % (s, ", ".join(ALL_IMPLS)))
            for a in add:
                if a not in names:
                    names.append(a)
    return [n for n in ALL_IMPLS if n in names]


def startup_mode(impls, runs, timeout, md, out_json):
    n = max(5, runs)
    print("startup: hello-world, whole process wall time, min of %d runs" % n)
    rows, data = [], {}
    best = {i.name: None for i in impls}
    errs = {}
    for r in range(n):
        for impl in impls:
            cmd = impl.command("hello", [])
            t0 = time.perf_counter()
            try:
                p = subprocess.run(cmd, capture_output=True, text=True,
                                   timeout=timeout, cwd=HERE)
            except (subprocess.TimeoutExpired, OSError) as e:
                errs[impl.name] = str(e)
                continue
            w = time.perf_counter() - t0
            if p.returncode != 0 or "hello" not in p.stdout:
                errs[impl.name] = "rc=%d: %s" % (p.returncode, (p.stdout + p.stderr)[-300:])
                continue
            if best[impl.name] is None or w < best[impl.name]:
                best[impl.name] = w
    for impl in impls:
        b = best[impl.name]
        rows.append([impl.name, "%.1f" % (b * 1000) if b is not None else "ERR"])
        data[impl.name] = b
    print_table(["implementation", "startup_ms"], rows, md)
    for k, v in errs.items():
        print("  %s: %s" % (k, v))
    if out_json:
        with open(out_json, "w") as f:
            json.dump({"startup_s": data}, f, indent=2)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--impl", action="append",
                    help="beamish|escript|escript-interp|python|erl|all "
                         "(comma-separated or repeated; default all)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small N (whole run < 60 s)")
    ap.add_argument("--startup", action="store_true",
                    help="time a hello-world (whole process, min of 5) instead")
    ap.add_argument("--timeout", type=float, default=600, help="per-run timeout, s")
    ap.add_argument("--python", default=sys.executable,
                    help="interpreter for the python references (default: this one)")
    ap.add_argument("--md", action="store_true", help="print markdown tables")
    ap.add_argument("--json", metavar="FILE", help="write raw results as JSON")
    ap.add_argument("names", nargs="*", help="benchmarks (NAME or NAME:ARG[,ARG])")
    a = ap.parse_args()

    tmpdir = tempfile.mkdtemp(prefix="beamish-bench-")
    try:
        impls = []
        for name in select_impls(a.impl):
            impl = Impl(name, tmpdir, a.python)
            if impl.missing:
                print("note: skipping %s: %s" % (name, impl.missing))
            else:
                impls.append(impl)
        if not impls:
            sys.exit("no implementation available")

        if a.startup:
            startup_mode(impls, a.runs, a.timeout, a.md, a.json)
            return

        todo = []
        for spec in a.names or list(BENCHES):
            name, _, argstr = spec.partition(":")
            known = {**BENCHES, **MICRO}
            if name not in known:
                sys.exit("unknown benchmark %r (known: %s)" % (name, ", ".join(known)))
            args = argstr.split(",") if argstr else list(known[name][1 if a.quick else 0])
            todo.append((name, args))

        print("runs=%d%s  impls=%s  python=%s" % (
            a.runs, " quick" if a.quick else "", ",".join(i.name for i in impls), a.python))
        results = {}
        for name, args in todo:
            per = {i.name: {"times": [], "checksums": set(), "info": {}, "errors": []}
                   for i in impls}
            skipped = {}
            for r in range(a.runs):
                k = r % len(impls)
                for impl in impls[k:] + impls[:k]:      # alternate who goes first
                    cmd = impl.command(name, args)
                    if cmd is None:
                        skipped[impl.name] = "no program"
                        continue
                    res = run_once(cmd, a.timeout)
                    d = per[impl.name]
                    if "error" in res:
                        d["errors"].append(res["error"])
                        continue
                    d["times"].append(res["time_us"])
                    d["checksums"].add(res["checksum"])
                    d["info"].update(res["info"])
            results[name] = {"args": args, "impls": per, "skipped": skipped}
            line = "  %-10s %-12s " % (name, "x".join(args))
            line += "  ".join("%s=%s" % (i, fmt_ms(min(d["times"])) if d["times"] else "ERR")
                              for i, d in per.items() if i not in skipped)
            print(line, flush=True)

        # ---- table
        names = [i.name for i in impls]
        ratios = [(x, y) for x, y in RATIOS if x in names and y in names]
        headers = ["benchmark", "N"] + ["%s_ms" % n for n in names] + ["check"] + \
                  ["%s/%s" % (x, y) for x, y in ratios]
        rows, problems = [], []
        for name, res in results.items():
            best = {}
            cs = {}
            for n in names:
                d = res["impls"][n]
                best[n] = min(d["times"]) if d["times"] else None
                if d["errors"]:
                    problems.append("%s/%s: %s" % (name, n, d["errors"][0]))
                if len(d["checksums"]) > 1:
                    problems.append("%s/%s: checksum differs between runs: %s"
                                    % (name, n, sorted(d["checksums"])))
                if d["checksums"]:
                    cs[n] = sorted(d["checksums"])[0]
            distinct = set(cs.values())
            if not cs:
                check = "ERR"
            elif len(distinct) == 1:
                check = "ok" if len(cs) > 1 else "ok(1)"
            else:
                check = "MISMATCH"
                problems.append("%s: checksums %s" % (name, cs))
            row = [name, "x".join(res["args"])]
            for n in names:
                if n in res["skipped"]:
                    row.append("n/a")
                else:
                    row.append(fmt_ms(best[n]) if best[n] is not None else "ERR")
            row.append(check)
            for x, y in ratios:
                row.append(fmt_ratio(best[x], best[y]))
            rows.append(row)
            res["best_us"] = best
            res["check"] = check
        print()
        print("times: minimum time_us over %d run(s), in ms (work only, startup excluded)"
              % a.runs)
        print_table(headers, rows, a.md)

        # ---- extras
        extra_rows = []
        for name, res in results.items():
            for n in names:
                info = res["impls"][n]["info"]
                for key in INFO_KEYS:
                    if key in info:
                        extra_rows.append([name, n, key, info[key]])
        if extra_rows:
            print()
            print("extra figures (from the last successful run):")
            print_table(["benchmark", "impl", "metric", "value"], extra_rows, a.md)
        if problems:
            print()
            print("PROBLEMS:")
            for p in problems:
                print("  " + p)
        if a.json:
            for res in results.values():
                for d in res["impls"].values():
                    d["checksums"] = sorted(d["checksums"])
            meta = {"runs": a.runs, "quick": a.quick, "python": a.python,
                    "platform": platform.platform(), "nproc": os.cpu_count()}
            with open(a.json, "w") as f:
                json.dump({"meta": meta, "results": results}, f, indent=2)
        if problems:
            sys.exit(1)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
