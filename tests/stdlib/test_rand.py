"""rand (beamish/stdlib/bifs/rand.py) against Erlang/OTP 25.

The programs in otp_programs/ were run once with escript on OTP 25 and their
output recorded next to them; the tests need no OTP. rand_walks draws floats,
small, 58-bit-straddling and bignum ranges, uniform_real, normal (fast and slow
ziggurat paths), bytes, jumps and exported states from every algorithm and many
kinds of seed, so any slip in a generator, seeder or rejection loop changes a
printed number.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from beamish.stdlib import load_stdlib
from beamish.vm.bif_registry import BIFS
from beamish.vm.terms import Atom

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).resolve().parent / "otp_programs"

load_stdlib()


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


@pytest.mark.parametrize("name", ["rand_walks", "rand_processes", "rand_utilities"])
def test_program_matches_otp(name, cache_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-m", "beamish", "run", str(PROGRAMS / f"{name}.erl")],
                            capture_output=True, timeout=300, env=env)
    assert result.stderr.decode() == ""
    assert result.stdout.decode() == (PROGRAMS / f"{name}.out").read_text()
    assert result.returncode == 0


def test_seeded_draws_are_fast():
    import time
    state = BIFS[("rand", "seed_s", 2)](Atom("exsss"), 7)
    uniform_s = BIFS[("rand", "uniform_s", 2)]
    start = time.perf_counter()
    for _ in range(20000):
        _, state = uniform_s(1000, state)
    assert time.perf_counter() - start < 1.0
