"""ets (stdlib/bifs/ets.py, ets_store.py, match_spec.py, erl/ets.erl) against Erlang/OTP 25.

The programs in otp_programs/ were run once with escript on OTP 25 and their
output recorded next to them; the tests need no OTP. ets_api covers every
table type, keypos, counters (all operation forms, thresholds, defaults),
ordered_set order over mixed types (1 and 1.0 one key), first/next/last/prev
walks, match/select/select_count/select_delete/continuations, the errors with
their error_info causes, access rights from another process, tables deleted
with their owner (normal exit and crash), heirs and give_away. The unit tests
below check the sorted index directly, where a bug would only show on large
tables.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from beamish.stdlib.ets_store import SortedKeys, order_key
from beamish.vm.terms import Atom, NIL, compare, from_iterable

ROOT = Path(__file__).resolve().parent.parent.parent
PROGRAMS = Path(__file__).resolve().parent / "otp_programs"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("beamish-cache")


@pytest.mark.parametrize("name", ["ets_api", "ets_fun2ms"])
def test_program_matches_otp(name, cache_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT), BEAMISH_CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-m", "beamish", "run", str(PROGRAMS / f"{name}.erl")],
                            capture_output=True, timeout=300, env=env)
    assert result.stderr.decode() == ""
    assert result.stdout.decode() == (PROGRAMS / f"{name}.out").read_text()
    assert result.returncode == 0


def _terms(rng: random.Random, n: int) -> list:
    pool = []
    for _ in range(n):
        kind = rng.randrange(7)
        if kind == 0:
            pool.append(rng.randrange(-50, 50))
        elif kind == 1:
            pool.append(rng.randrange(-50, 50) / 2)
        elif kind == 2:
            pool.append(Atom(rng.choice("abcxyz") * rng.randrange(1, 3)))
        elif kind == 3:
            pool.append((rng.randrange(3), rng.choice([1, 1.0, Atom("a")])))
        elif kind == 4:
            pool.append(from_iterable([rng.randrange(3) for _ in range(rng.randrange(3))]))
        elif kind == 5:
            pool.append(bytes([rng.randrange(3) for _ in range(rng.randrange(3))]))
        else:
            pool.append([rng.randrange(2), rng.choice([NIL, Atom("t"), 2.5])])
    return pool


def test_order_key_agrees_with_term_order():
    rng = random.Random(6)
    terms = _terms(rng, 300)
    for _ in range(3000):
        a, b = rng.choice(terms), rng.choice(terms)
        ka, kb = order_key(a), order_key(b)
        expected = compare(a, b)
        assert (ka < kb, ka == kb, ka > kb) == (expected < 0, expected == 0, expected > 0), (a, b)


def test_sorted_keys_stay_sorted_through_splits_and_removals():
    rng = random.Random(7)
    keys = SortedKeys()
    keys.RUN = 4
    present: set = set()
    for _ in range(4000):
        k = rng.randrange(500)
        if k in present and rng.random() < 0.5:
            keys.remove(k)
            present.discard(k)
        elif k not in present:
            keys.add(k)
            present.add(k)
        probe = rng.randrange(-5, 505)
        ordered = sorted(present)
        assert keys.after(probe) == next((x for x in ordered if x > probe), None)
        assert keys.before(probe) == next((x for x in reversed(ordered) if x < probe), None)
    assert list(keys) == sorted(present)
    assert list(keys.reversed()) == sorted(present, reverse=True)
    assert max(len(run) for run in keys.runs) <= 8
