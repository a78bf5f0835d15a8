"""`beamish run --sandbox`: os:cmd, open_port and file writes outside the
working directory are refused; without the flag they work, as in OTP."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent

PROGRAM = r"""
-module(sandboxed).
-export([main/1]).
show(Label, Value) -> io:format("~s ~p~n", [Label, Value]).
main([Outside]) ->
    show(inside_write, file:write_file("in.txt", "x")),
    show(inside_open, element(1, file:open("in2.txt", [write]))),
    show(inside_dir, file:make_dir("sub")),
    show(outside_write, file:write_file(filename:join(Outside, "w.txt"), "x")),
    show(outside_open, element(1, file:open(filename:join(Outside, "o.txt"), [append]))),
    show(outside_dir, file:make_dir(filename:join(Outside, "d"))),
    show(outside_rename, file:rename("in.txt", filename:join(Outside, "r.txt"))),
    show(outside_read, file:read_file(filename:join(Outside, "data.txt"))),
    show(symlink, file:make_symlink(Outside, "link")),
    show(through_link, file:write_file("link/l.txt", "x")),
    show(cmd, try os:cmd("echo hi") catch error:R1 -> {error, R1} end),
    show(port, try P = open_port({spawn, "echo hi"}, []),
                   receive {P, {data, D}} -> D end
               catch error:R2 -> {error, R2} end).
"""


def run(tmp_path: Path, sandbox: bool) -> tuple[str, Path]:
    work, outside = tmp_path / "work", tmp_path / "outside"
    work.mkdir()
    outside.mkdir()
    (outside / "data.txt").write_text("data")
    source = work / "sandboxed.erl"
    source.write_text(PROGRAM)
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(tmp_path / "cache"))
    flags = ["--sandbox"] if sandbox else []
    proc = subprocess.run([sys.executable, "-m", "beamish", "run", *flags, "sandboxed.erl", str(outside)],
                          cwd=work, capture_output=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode(), outside


def test_everything_is_allowed_by_default(tmp_path):
    out, outside = run(tmp_path, sandbox=False)
    assert out.splitlines() == [
        "inside_write ok", "inside_open ok", "inside_dir ok",
        "outside_write ok", "outside_open ok", "outside_dir ok", "outside_rename ok",
        'outside_read {ok,<<"data">>}', "symlink ok", "through_link ok",
        'cmd "hi\\n"', 'port "hi\\n"']
    assert (outside / "w.txt").exists() and (outside / "r.txt").exists()
    assert (outside / "l.txt").exists()


def test_sandbox_refuses_writes_outside_and_programs(tmp_path):
    out, outside = run(tmp_path, sandbox=True)
    assert out.splitlines() == [
        "inside_write ok", "inside_open ok", "inside_dir ok",
        "outside_write {error,eacces}", "outside_open error", "outside_dir {error,eacces}",
        "outside_rename {error,eacces}", 'outside_read {ok,<<"data">>}', "symlink ok",
        "through_link {error,eacces}", "cmd {error,eacces}", "port {error,eacces}"]
    assert sorted(p.name for p in outside.iterdir()) == ["data.txt"]
