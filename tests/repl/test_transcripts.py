"""Piped mode against real erl: each transcripts/NAME.in was fed to OTP 25's
``erl`` on stdin, and NAME.out is what it printed after its banner line (the
modules the inputs use were compiled with erlc first, as erl loads .beam
files; beamish compiles the same sources on first call)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import beamish

TRANSCRIPTS = Path(__file__).parent / "transcripts"


@pytest.mark.parametrize("name", sorted(p.stem for p in TRANSCRIPTS.glob("*.in")))
def test_piped_shell_prints_what_erl_prints(name, tmp_path):
    for source in TRANSCRIPTS.iterdir():
        shutil.copy(source, tmp_path)
    r = beamish("--no-tty", cwd=tmp_path, stdin=(TRANSCRIPTS / f"{name}.in").read_bytes())
    banner, _, rest = r.stdout.partition(b"\n")
    assert banner.startswith(b"Beamish shell V")
    assert rest.decode("latin-1") == (TRANSCRIPTS / f"{name}.out").read_text("latin-1")
    assert r.returncode == 0 and r.stderr == b""


def test_stdin_that_is_not_a_terminal_selects_piped_mode(tmp_path):
    r = beamish(cwd=tmp_path, stdin=b"X = 6 * 7.\nX + 1.\n")
    assert r.stdout.split(b"\n", 1)[1] == b"1> 42\n2> 43\n3> *** Terminating erlang (nonode@nohost)\n"


def test_q_stops_after_the_next_prompt(tmp_path):
    r = beamish("--no-tty", cwd=tmp_path, stdin=b"q().\n1 + 1.\n")
    assert r.stdout.split(b"\n", 1)[1] == b"1> ok\n2> "
    assert r.returncode == 0


def test_halt_in_the_shell_exits_with_its_status(tmp_path):
    r = beamish("--no-tty", cwd=tmp_path, stdin=b"io:format(\"bye~n\"), halt(3).\n1.\n")
    assert r.stdout.split(b"\n", 1)[1] == b"1> bye\n"
    assert r.returncode == 3


def test_commands_whose_text_is_beamish_s_own(tmp_path):
    (tmp_path / "one.erl").write_text("-module(one).\n-export([x/0]).\nx() -> 1.\n")
    r = beamish("--no-tty", cwd=tmp_path, stdin=b"register(named, self()).\ni().\nregs().\n"
                b"pwd().\nls().\nm(one).\nh().\nhelp().\npid(0, 5, 0).\n")
    text = r.stdout.decode()
    assert "shell:evaluator/0" in text                     # i(): the evaluator
    assert "\nnamed                 <0." in text            # regs()
    assert f"4> {tmp_path}\nok\n" in text                 # pwd()
    assert "one.erl" in text                               # ls()
    assert "Module: one\n" in text and "         x/0\n" in text
    assert "1: register(named, self())\n-> true\n" in text  # h()
    assert "c(Mod)     -- compile and load module or file <Mod>\n" in text
    assert "9> <0.5.0>\n" in text
