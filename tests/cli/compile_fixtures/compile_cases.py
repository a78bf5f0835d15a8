"""``beamish compile`` runs against erlc 25: (name, arguments before the file, file).

goldens/NAME.out and NAME.status were recorded by record.py with erlc, run
from the repository root with the same arguments and ``-o`` a scratch
directory.
"""
from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    ("warn", [], "warn.erl"),
    ("warn_as_errors", ["-Werror"], "warn.erl"),
    ("warn_hidden", ["-W0"], "warn.erl"),
    ("errors", [], "errors.erl"),
    ("define_flag", ["-DLIMIT"], "define.erl"),
    ("define_value", ["-DLIMIT=42"], "define.erl"),
    ("include_path", ["-I", "tests/cli/compile_fixtures/inc"], "include_me.erl"),
    ("missing", [], "missing.erl"),
]
