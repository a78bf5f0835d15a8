"""Processes under the scheduler: fairness, scale, mailbox scanning, idle CPU, deadlock."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from beamish.vm.interp import run
from beamish.vm.terms import Atom

from .helpers import start

ROOT = Path(__file__).resolve().parents[2]


def beamish_run(path: Path, *args, timeout=300):
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(path.parent / "cache"))
    return subprocess.run([sys.executable, "-m", "beamish", "run", str(path), *args],
                          capture_output=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)


def test_a_busy_loop_does_not_starve_a_ping_pong_pair(tmp_path):
    f = tmp_path / "fair.erl"
    f.write_text("""-module(fair).
-export([main/1]).
main(_) ->
    spawn(fun spin/0),
    spawn(fun spin/0),
    Pong = spawn(fun pong/0),
    ping(200, Pong),
    io:format("pingpong done~n"),
    halt(0).
spin() -> spin().
ping(0, _) -> ok;
ping(N, P) -> P ! {self(), N}, receive N -> ping(N - 1, P) end.
pong() -> receive {From, N} -> From ! N, pong() end.
""")
    r = beamish_run(f, timeout=120)
    assert (r.returncode, r.stdout) == (0, b"pingpong done\n")


def test_a_million_processes_alive_at_once(tmp_path):
    f = tmp_path / "million.erl"
    f.write_text("""-module(million).
-export([main/1]).
main([N0]) ->
    N = list_to_integer(N0),
    Self = self(),
    Pids = [spawn(fun() -> receive stop -> Self ! done end end) || _ <- lists:seq(1, N)],
    io:format("alive ~p~n", [erlang:system_info(process_count)]),
    [P ! stop || P <- Pids],
    wait(N).
wait(0) -> io:format("all done~n");
wait(N) -> receive done -> wait(N - 1) end.
""")
    r = beamish_run(f, "1000000", timeout=300)
    assert r.returncode == 0, r.stderr[-1000:]
    assert r.stdout == b"alive 1000001\nall done\n"


SELECTIVE = """-module(t).
-export([wait_last/0]).
wait_last() -> receive last -> ok end.
"""


def test_a_waiting_receive_scans_each_new_message_once():
    runtime, proc = start(SELECTIVE, "wait_last", [])
    proc.mailbox.extend([("junk", i) for i in range(100_000)])
    assert run(proc, 4000) == "wait"
    assert proc.save == 100_000  # scanned everything once, remembers where it stopped
    for i in range(1000):
        proc.mailbox.append(("more", i))
        assert run(proc, 4000) == "wait"
        assert proc.save == len(proc.mailbox)  # only the new message was looked at
    proc.mailbox.append(Atom("last"))
    assert run(proc, 4000) == "exited"
    assert proc.result is Atom("ok") and len(proc.mailbox) == 101_000


def test_selective_receive_of_the_last_of_100000_messages(tmp_path):
    f = tmp_path / "sel.erl"
    f.write_text("""-module(sel).
-export([main/1]).
main(_) ->
    [self() ! {junk, I} || I <- lists:seq(1, 100000)],
    self() ! target,
    receive target -> ok end,
    {message_queue_len, N} = process_info(self(), message_queue_len),
    io:format("~p~n", [N]).
""")
    r = beamish_run(f, timeout=120)
    assert (r.returncode, r.stdout) == (0, b"100000\n")


def test_waiting_on_a_timer_uses_no_cpu(tmp_path):
    f = tmp_path / "idle.erl"
    f.write_text("-module(idle).\n-export([main/1]).\nmain(_) -> receive after 2000 -> ok end.\n")
    beamish_run(f)  # warm the compile cache
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    r = beamish_run(f)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert r.returncode == 0 and wall >= 2.0
    assert cpu < wall - 1.5  # start-up only: the 2 s wait itself costs ~0 CPU


def test_deadlock_is_reported_with_what_each_process_waits_for(tmp_path):
    f = tmp_path / "dl.erl"
    f.write_text("""#!/usr/bin/env escript
-module(dl).
-export([main/1]).
main(_) ->
    P = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    register(server, P),
    receive {reply, X} when X > 0 -> ok; stop -> ok end.
""")
    r = beamish_run(f)
    assert r.returncode == 1 and r.stdout == b""
    err = r.stderr.decode()
    assert "deadlock" in err
    assert "in dl:main/1 (line 7), 0 message(s) queued, waiting for: {reply,X} when ... | stop" in err
    assert "(server) in dl:-main/1-fun-0-/0 (line 5)" in err and "waiting for: {ping,From}" in err


def test_priorities_run_max_before_normal(tmp_path):
    f = tmp_path / "prio.erl"
    f.write_text("""-module(prio).
-export([main/1]).
main(_) ->
    Self = self(),
    process_flag(priority, high),
    spawn_opt(fun() -> Self ! normal end, [{priority, normal}]),
    spawn_opt(fun() -> Self ! max end, [{priority, max}]),
    process_flag(priority, low),
    A = receive M1 -> M1 end,
    B = receive M2 -> M2 end,
    io:format("~p ~p~n", [A, B]).
""")
    r = beamish_run(f)
    assert (r.returncode, r.stdout) == (0, b"max normal\n")
