"""The shell without a terminal: expressions from stdin, erl's piped output.

When erl's standard input is not a terminal it still prints each prompt
(``1> ``) but no echo of the input, so a result follows its prompt on the
same line; at the end of the input it says ``*** Terminating erlang``. The
device is latin1 both ways, as erl's is then. beamish prints its own banner
line and otherwise the same text (tests/repl/transcripts/).
"""
from __future__ import annotations

import sys

from ..vm.interp import Halt
from .banner import banner
from .expressions import expression_end, is_blank
from .session import Session

TERMINATING = "*** Terminating erlang (nonode@nohost)\n"


def run_piped(stdin=None, stdout=None, use_cache: bool = True, start: list | None = None) -> int:
    stdin = stdin if stdin is not None else sys.stdin.buffer
    out = stdout if stdout is not None else sys.stdout.buffer
    session = Session(out.write, out.flush, encoding="latin1", use_cache=use_cache)
    try:
        if start:
            session.start(start)
        session.write(banner() + "\n")
        return _loop(session, stdin)
    except Halt as halt:
        session.close()
        return halt.status if type(halt.status) is int else 1
    finally:
        session.close()


def _loop(session: Session, stdin) -> int:
    pending = ""
    session.write(f"{session.number}> ")
    for raw in stdin:
        pending += raw.decode("latin-1")
        while True:
            end = expression_end(pending)
            if end is None:
                break
            text, pending = pending[:end], pending[end:]
            session.evaluate(text.lstrip())
            session.write(f"{session.number}> ")
            if session.quitting:  # q() stops erl just after its next prompt
                return 0
            if is_blank(pending):
                pending = ""
    session.write(TERMINATING)
    return 0
