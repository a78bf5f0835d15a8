"""Output capture for eunit: what a test writes to standard_io, kept as text.

beamish's io BIFs write straight to the runtime's streams instead of sending
io requests to a group leader process. eunit still makes a process the group
leader of each test (spawned processes inherit it); registering that process
here makes io.write append the text to its buffer rather than print it, as
OTP's eunit group leader collects io requests.
"""
from __future__ import annotations

from ...vm.bif_registry import bif
from ...vm.errors import BADARG, ErlangError
from ...vm.terms import Atom, Pid

OK = Atom("ok")


@bif("beamish_io", "capture", 1, process=True)
def capture(proc, leader):
    """Start collecting standard_io output of processes led by ``leader``."""
    if type(leader) is not Pid:
        raise ErlangError(BADARG)
    proc.runtime.captures[leader] = []
    return OK


@bif("beamish_io", "captured", 1, process=True)
def captured(proc, leader):
    """Stop collecting for ``leader``; the text written so far, as a UTF-8 binary."""
    if type(leader) is not Pid:
        raise ErlangError(BADARG)
    buffer = proc.runtime.captures.pop(leader, None)
    return "".join(buffer or ()).encode("utf-8")
