"""Mailbox access for erl_eval's interpreted ``receive``.

Why Python: a compiled receive fixes its patterns at compile time, while
erl_eval matches patterns it reads from the abstract format. erl_eval.erl
therefore takes messages one at a time with an ordinary catch-all receive
and tests them itself; these BIFs let it choose which message that receive
sees and give back a message that did not match.

Invariant: between ``skip_to(N)`` and the catch-all receive nothing else
receives, so the receive reads the message at index N (or waits for one to
arrive there); ``put_back(N, Msg)`` returns it to the same place, so the
mailbox order is the one the sender produced.
"""
from __future__ import annotations

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, BADARG
from beamish.vm.terms import OK


@bif("erl_eval_mailbox", "skip_to", 1, process=True)
def skip_to(proc, index):
    """Make the next receive start at message ``index`` (0-based)."""
    if type(index) is not int or index < 0:
        raise ErlangError(BADARG)
    proc.save = min(index, len(proc.mailbox))
    return OK


@bif("erl_eval_mailbox", "put_back", 2, process=True)
def put_back(proc, index, message):
    """Return a message the interpreter took but did not match to position ``index``."""
    if type(index) is not int or index < 0:
        raise ErlangError(BADARG)
    proc.mailbox.insert(min(index, len(proc.mailbox)), message)
    return OK
