"""The ``*** argument N:`` explanations of a failed ets call (erl_stdlib_errors, OTP 25).

error_format calls ``ets_argument_errors`` for a frame of module ets whose
error_info names erl_stdlib_errors; the ``cause`` is the one the BIF put there
(stdlib/bifs/ets.py note 4). The result maps argument positions to text, as
erl_stdlib_errors:format_error/2 does for ets: the table argument is explained
by the cause (unknown table, access rights, table type), the other arguments
by looking at them.
"""
from __future__ import annotations

from typing import Any

__all__ = ["ets_argument_errors"]

from beamish.vm.errors import ErlangError
from beamish.vm.terms import Atom, NIL, Pid, Ref

_TABLE_CAUSES = {
    "id": "the table identifier does not refer to an existing ETS table",
    "access": "the table identifier refers to an ETS table with insufficient access rights",
    "table_type": "the table identifier refers to an ETS table of a type not supported "
                  "by this operation",
}

BAD_KEY = "not a key that exists in the table"
BAD_MATCHSPEC = "not a valid match specification"
BAD_OPTIONS = "invalid options"
BAD_TABLE_NAME = "invalid table name (must be an atom)"
BAD_UPDATE_OP = "not a valid update operation"
BAD_CONTINUATION = "invalid continuation"
RANGE = "out of range"


def _table_cause(args: list, cause: str) -> str:
    if cause == "type":
        if args and type(args[0]) is Ref:
            return "not a valid table identifier"
        return "not an atom or a table identifier"
    return _TABLE_CAUSES.get(cause, "")


def _after_table(args: list, cause: str, other: str) -> list:
    """The table's explanation, or when the table is fine, ``other`` for argument 2."""
    table = _table_cause(args, cause)
    return [table] if table else ["", other]


def _tuple_problem(term: Any) -> str:
    if type(term) is tuple:
        return "" if term else "is an empty tuple"
    return "not a tuple"


def _objects_problem(term: Any) -> str:
    if type(term) is tuple:
        return "" if term else "is an empty tuple"
    if type(term) is list or term is NIL:
        while type(term) is list:
            if type(term[0]) is not tuple or not term[0]:
                return "not a non-empty tuple or a list of non-empty tuples"
            term = term[1]
        return "" if term is NIL else "not a non-empty tuple or a list of non-empty tuples"
    return "not a tuple"


def _limit_problem(limit: Any) -> str:
    if type(limit) is not int:
        return "not an integer"
    return RANGE if limit < 1 else ""


def _is_match_spec(term: Any) -> bool:
    from beamish.stdlib.match_spec import compile_ms
    try:
        compile_ms(term)
    except ErlangError:
        return False
    return True


def _is_update_op(op: Any) -> bool:
    if type(op) is int:
        return True
    return type(op) is tuple and len(op) in (2, 4) and all(type(x) is int for x in op)


def _update_op_problem(op: Any) -> str:
    if type(op) is list or op is NIL:
        while type(op) is list:
            if not _is_update_op(op[0]):
                return BAD_UPDATE_OP
            op = op[1]
        return "" if op is NIL else BAD_UPDATE_OP
    return "" if _is_update_op(op) else BAD_UPDATE_OP


def _is_element_spec(spec: Any) -> bool:
    def one(item):
        return type(item) is tuple and len(item) == 2 and type(item[0]) is int and item[0] > 0
    if type(spec) is list or spec is NIL:
        while type(spec) is list:
            if not one(spec[0]):
                return False
            spec = spec[1]
        return spec is NIL
    return one(spec)


def _new(args: list, cause: str) -> list:
    name, options = args
    if cause == "already_exists":
        return ["table name already exists"]
    if type(name) is not Atom:
        return ["not an atom"]
    if type(options) is not list and options is not NIL:
        return ["", "not a list"]
    return ["", BAD_OPTIONS]


def _give_away(args: list, cause: str) -> list:
    table = _table_cause(args, cause)
    if cause == "owner":
        return [table, "the process is already the owner of the table"]
    if cause == "not_owner":
        return [table, "the current process is not the owner"]
    if type(args[1]) is not Pid:
        return [table, "not a pid"]
    return [table, "" if table else "the pid refers to a terminated process"]


def _lookup_element(args: list, cause: str) -> list:
    table = _table_cause(args, cause)
    position = _limit_problem(args[2])
    if cause == "badkey":
        return [table, BAD_KEY, position]
    if not table and not position:
        return ["", "", "position is greater than the size of the object"]
    return [table, "", position]


def _rename(args: list, cause: str) -> list:
    result = [_table_cause(args, cause), "" if type(args[1]) is Atom else BAD_TABLE_NAME]
    return ["", "table name already exists"] if result == ["", ""] else result


def _select_limited(args: list, cause: str) -> list:
    return [_table_cause(args, cause), "" if _is_match_spec(args[1]) else BAD_MATCHSPEC,
            _limit_problem(args[2])]


def _update_counter(args: list, cause: str) -> list:
    table = _table_cause(args, cause)
    op = args[2]
    if len(args) == 4 and table:
        return [table]
    if cause == "badkey":
        return [table, BAD_KEY, _update_op_problem(op)]
    if cause == "keypos":
        return [table, "", "the position is the same as the key position"]
    if cause == "position":
        return [table, "", "the position in the update operation is out of range"]
    if len(args) == 4:
        default = _tuple_problem(args[3])
        op_problem = _update_op_problem(op)
        if not op_problem and not default:
            return ["", "", "the value in the given position, in the object, is not an integer"]
        return ["", "", op_problem, default]
    if cause != "none" or _update_op_problem(op):
        return [table, "", _update_op_problem(op)]
    return [table, "", "the value in the given position, in the object, is not an integer"]


def _update_element(args: list, cause: str) -> list:
    table = _table_cause(args, cause)
    if cause == "keypos":
        return [table, "", "the position is the same as the key position"]
    if _is_element_spec(args[2]):
        return [table, "", "" if table else RANGE]
    return [table, "", "is not a valid element specification"]


def _by_name(function: str, args: list, cause: str) -> list:
    n = len(args)
    if function == "new" and n == 2:
        return _new(args, cause)
    if function == "delete_object" and n == 2:
        return [_table_cause(args, cause), _tuple_problem(args[1])]
    if function == "give_away" and n == 3:
        return _give_away(args, cause)
    if function == "info" and n == 2:
        return _after_table(args, cause, "not a valid info item")
    if function in ("insert", "insert_new") and n == 2:
        return [_table_cause(args, cause), _objects_problem(args[1])]
    if function == "lookup_element" and n == 3:
        return _lookup_element(args, cause)
    if function in ("match", "match_object", "select") and n == 1:
        return [BAD_CONTINUATION]
    if function in ("match", "match_object") and n == 3:
        return [_table_cause(args, cause), "", _limit_problem(args[2])]
    if function in ("next", "prev") and n == 2:
        return _after_table(args, cause, BAD_KEY)
    if function == "rename" and n == 2:
        return _rename(args, cause)
    if function == "safe_fixtable" and n == 2:
        return _after_table(args, cause, "not a boolean value")
    if function in ("select", "select_count", "internal_select_delete", "select_reverse") and n == 2:
        return _after_table(args, cause, BAD_MATCHSPEC)
    if function in ("select", "select_count", "select_reverse") and n == 3:
        return _select_limited(args, cause)
    if function == "setopts" and n == 2:
        return _after_table(args, cause, BAD_OPTIONS)
    if function == "update_counter" and n in (3, 4):
        return _update_counter(args, cause)
    if function == "update_element" and n == 3:
        return _update_element(args, cause)
    if function == "whereis":
        return [BAD_TABLE_NAME]
    return [_table_cause(args, cause)]


def ets_argument_errors(function: Atom, args: list, cause: Any) -> dict:
    """{argument position: explanation} for a failed ets:Function(Args...)."""
    cause_name = cause.name if type(cause) is Atom else "none"
    texts = _by_name(function.name, args, cause_name)
    return {position: text for position, text in enumerate(texts, 1) if text}

