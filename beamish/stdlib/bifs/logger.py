"""The logger's state and its default formatter's text (Python: they touch the runtime).

logger.erl (the API: logger:error/2 and friends, reports) decides what to say;
this module holds the primary level the runtime's own crash reports obey too,
and writes a finished event as OTP 25's default handler does in an escript:
``=KIND REPORT==== timestamp ===`` then the text and a newline, on standard_io.
"""
from __future__ import annotations

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import Atom, TRUE, FALSE, make_string
from ..error_format import erl_error_exception, report_header
from ..printer import print_term
from .io import STANDARD_IO, chardata_to_str, write

OK = Atom("ok")
LEVEL = Atom("level")
ERROR = Atom("error")

# logger's severities, most severe first; none logs nothing, all everything
SEVERITY = {"emergency": 0, "alert": 1, "critical": 2, "error": 3, "warning": 4,
            "notice": 5, "info": 6, "debug": 7, "all": 7, "none": -1}


def _severity(level) -> int:
    if type(level) is Atom and level.name in SEVERITY:
        return SEVERITY[level.name]
    raise ErlangError(BADARG)


@bif("logger", "set_primary_config", 2, process=True)
def set_primary_config(proc, key, value):
    if key is LEVEL:
        if type(value) is not Atom or value.name not in SEVERITY:
            return (ERROR, (Atom("invalid_level"), value))
        proc.runtime.logger_level = value
        return OK
    if type(key) is Atom and key.name in ("filter_default", "filters", "metadata"):
        return OK
    return (ERROR, (Atom("invalid_primary_config"), (key, value)))


@bif("logger", "get_primary_config", 0, process=True)
def get_primary_config(proc):
    return {Atom("filter_default"): Atom("log"), Atom("filters"): make_string(""),
            LEVEL: proc.runtime.logger_level, Atom("metadata"): {}}


@bif("logger", "allow", 2, process=True)
def allow(proc, level, module):
    """Would an event of this level pass the primary level?"""
    return TRUE if _severity(level) <= SEVERITY[proc.runtime.logger_level.name] else FALSE


@bif("$logger", "emit", 2, process=True)
def emit(proc, kind, text):
    """Write one event: kind is the header's word (ERROR, CRASH, SUPERVISOR, ...)."""
    write(proc, STANDARD_IO, report_header(chardata_to_str(kind)) + chardata_to_str(text) + "\n")
    return OK


@bif("$logger", "format_exception", 4)
def format_exception(class_, reason, stack, column):
    """``exception error: ...`` with its stack, as in proc_lib's crash report."""
    if type(column) is not int or column < 1:
        raise ErlangError(BADARG)
    return make_string(erl_error_exception(class_, reason, stack, column, _proc_lib_frame))


def _proc_lib_frame(module, function, arity) -> bool:
    """proc_lib's own frames at the bottom of a crash report's stack go, as OTP's do."""
    return module is PROC_LIB


PROC_LIB = Atom("proc_lib")


@bif("$logger", "print", 2)
def print_at(term, column):
    """~tp of term as if it started at column (1-based), 80 wide."""
    if type(column) is not int or column < 1:
        raise ErlangError(BADARG)
    return make_string(print_term(term, column))
