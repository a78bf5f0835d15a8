"""The programs in examples/ print what OTP 25's escript prints (goldens in examples/)."""
from __future__ import annotations

import pytest

from .test_run import ROOT, beamish

GOLDENS = sorted((ROOT / "tests" / "cli" / "examples").glob("*.out"))


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.stem)
def test_example_matches_escript(golden, tmp_path):
    r = beamish("run", str(ROOT / "examples" / f"{golden.stem}.erl"), cache=tmp_path)
    assert r.returncode == 0
    assert r.stdout == golden.read_bytes()
