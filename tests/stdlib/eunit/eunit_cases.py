"""The eunit fixture runs: (name, fixture directory, eunit options).

Each directory holds modules in the style of exercism's Erlang track and of
rebar3 libraries (``foo.erl`` with ``foo_tests.erl``). A run tests every
module of the directory, as ``beamish test DIR`` does; its golden output and
exit status in goldens/ were recorded from OTP 25 by record_goldens.py.
"""
from __future__ import annotations

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDENS = os.path.join(HERE, "goldens")

CASES = [
    ("passing", "passing", []),
    ("passing_verbose", "passing", ["verbose"]),
    ("single", "single", []),
    ("empty", "empty", []),
    ("assertions", "assertions", []),
    ("representations", "representations", []),
    ("representations_verbose", "representations", ["verbose"]),
    ("fixtures", "fixtures", []),
    ("fixtures_verbose", "fixtures", ["verbose"]),
    ("generator_failure", "generator_failure", []),
    ("bad_descriptor", "bad_descriptor", []),
    ("timeout", "timeout", []),
    ("output", "output", []),
    ("debug", "debug", []),
    ("stringify", "stringify", []),
]

_TIMES = re.compile(r"\[\d+\.\d{3} s\] |^ *\[done in \d+\.\d{3} s\]\n", re.M)
_PIDS = re.compile(r"<\d+\.\d+\.\d+>")


def normalise(text: str) -> str:
    """Timings (verbose mode) and pids (?debugMsg) differ from run to run."""
    return _PIDS.sub("<PID>", _TIMES.sub("", text))


def modules(directory: str) -> list[str]:
    names = sorted(f[:-4] for f in os.listdir(directory) if f.endswith(".erl"))
    return [n for n in names if not (n.endswith("_tests") and n[:-6] in names)]
