"""Exception reports in erl_error's words, as escript prints them (OTP 25).

``format_exception`` is what ``beamish run`` writes after ``escript: exception``
when main/1 crashes. It follows, clause by clause, OTP 25.2's
erl_error:format_exception/7 (stdlib 4.2) called the way escript:run/2 calls
it: column 1, latin1 encoding, every term written by escript's ``PF`` (``~.CP``
with depth 50, that is io_lib_pretty at column C, line length 80), and the
stack trimmed of erl_eval/escript frames at its end. The ``*** argument N:``
lines under a BIF's frame come from ports of erl_erts_errors:format_error/2 and
erl_stdlib_errors:format_error/2 (the explanations that depend only on the
arguments).

Notes
 1. Columns: erl_error lays a term out as if the report started in column 1
    (``exception error: `` is 17 characters, so a badmatch value starts in
    column 52); escript then writes ``escript: `` before it. The first line
    therefore runs 9 characters further right than erl_error planned, exactly
    as on OTP.
 2. A frame whose third element is an argument list prints ``called as
    M:F(Args)`` and never its location; a frame with an arity prints
    ``(File, line L)`` when its info has both, else nothing -- but the space
    before the location is always there (``in call from init:start_em/1 ``).
 3. The BEAM attaches ``{error_info, #{module => erl_erts_errors}}`` to the
    frame of every failing ``erlang`` BIF, and the BIFs of binary, lists,
    maps and math raise with ``erl_stdlib_errors`` as theirs. beamish's VM
    leaves that frame's info empty, so a frame of those modules with
    arguments on top of the trace is explained as if it had the error_info.
    An explicit error_info naming either module is honoured (with its
    ``cause``); one naming any other module would need an Erlang call
    (Module:format_error/2), which a formatter running outside the VM cannot
    make, so it explains nothing. Of erl_stdlib_errors the binary, lists,
    maps and math clauses are ported, and io's for format/fwrite/put_chars
    with the cause OTP gives them on a format error, ``{device,
    put_chars}``; ets, re and unicode need the cause or the running system.
 4. ``system_limit`` never gets argument lines (format_erlang_error/4's first
    clause); operators (``'+'``, ``'div'`` ...) have error_info but no entry
    in format_erlang_error/3, so they get none either.
 5. Argument lists that are printable latin1 lists (``f(104,105)``) must not
    print as a string: pp_arguments/5 prints the first argument as an atom
    of the same width and puts the digits back.
 6. Explanations that need the running system (is that atom known, is that
    node alive, the md5 context size, ...) are left out: the BIF still gets
    its ``called as`` line, just no ``*** argument`` line.
"""
from __future__ import annotations

from typing import Any

from ..vm.terms import FALSE, NIL, TRUE, Atom, BitString, Fun, Pid, Port, Ref, from_iterable
from .printer import print_term, printable_latin1_list, write_atom, write_term

__all__ = ["format_exception", "erl_error_exception", "bif_argument_errors",
           "stdlib_argument_errors", "crash_report"]

_ERROR = Atom("error")
_EXIT = Atom("exit")
_THROW = Atom("throw")
_ERLANG = Atom("erlang")
_FILE = Atom("file")
_LINE = Atom("line")
_ERROR_INFO = Atom("error_info")
_MODULE = Atom("module")
_CAUSE = Atom("cause")
_ERL_ERTS_ERRORS = Atom("erl_erts_errors")
_ERL_STDLIB_ERRORS = Atom("erl_stdlib_errors")

# escript's stack_trim_fun: frames of these modules at the end of the trace go.
_TRIMMED_MODULES = frozenset((Atom("erl_eval"), Atom("escript")))

# escript's PF: io_lib:format("~.<Column>P", [Term, 50]).
_DEPTH = 50


def _pf(term: Any, column: int) -> str:
    return print_term(term, column=column, line_length=80, depth=_DEPTH, encoding="latin1")


# ---------------------------------------------------------------- entry points

def format_exception(class_: Atom, reason: Any, trace: Any = None) -> str:
    """What escript writes after ``escript: exception`` (``error: ...`` and the stack)."""
    text = erl_error_exception(class_, reason, trace if trace is not None else NIL)
    return text[len("exception "):]


def erl_error_exception(class_: Atom, reason: Any, trace: Any, column: int = 1,
                        trim=lambda m, f, a: m in _TRIMMED_MODULES) -> str:
    """erl_error:format_exception/7 with escript's PF (``exception error: ...``)."""
    indent = " " * (column - 1)
    term, trace1, rest = _analyze_exception(class_, reason, trace)
    error_map = _extended_error(reason, rest)
    stack = _format_stacktrace(indent, rest, trim, error_map)
    explanation = _explain_reason(term, class_, trace1, indent)
    head = _exited(class_) + explanation
    return head + "\n" + stack if stack else head


# ---------------------------------------------------------------- analysis

def _erlang_list(term: Any) -> list | None:
    """The items of a proper list, or None."""
    items = []
    while type(term) is list:
        items.append(term[0])
        term = term[1]
    return items if term is NIL else None


def _is_frame(frame: Any) -> bool:
    if type(frame) is not tuple or len(frame) != 4:
        return False
    module, function, arity_or_args, info = frame
    if type(module) is not Atom or type(function) is not Atom:
        return False
    if _erlang_list(info) is None:
        return False
    return type(arity_or_args) is int or _erlang_list(arity_or_args) is not None


def _stacktrace(trace: Any) -> list | None:
    frames = _erlang_list(trace)
    if frames is None or not all(_is_frame(frame) for frame in frames):
        return None
    return frames


def _analyze_exception(class_, reason, trace):
    """erl_error:analyze_exception/3 -> (Term, Trace1, Trace), traces as Python lists."""
    frames = _stacktrace(trace)
    if frames is None:
        return (reason, trace), [], []
    if class_ is _ERROR and frames:
        top = frames[0]
        if reason is Atom("function_clause"):
            if type(top[2]) is not int:
                return reason, [top], frames[1:]
            if top[0] is Atom("shell") and len(frames) == 1:
                return reason, [(top[1], top[2])], []
        elif reason is Atom("undef"):
            return reason, [top], frames[1:]
    return reason, [], frames


def _exited(class_: Atom) -> str:
    return {"error": "exception error: ", "exit": "exception exit: ",
            "throw": "exception throw: "}[class_.name]


# ---------------------------------------------------------------- the reason

_SIMPLE_REASONS = {
    "badarg": "bad argument",
    "badarith": "an error occurred when evaluating an arithmetic expression",
    "if_clause": "no true branch found when evaluating an if expression",
    "noproc": "no such process or port",
    "notalive": "the node cannot be part of a distributed system",
    "system_limit": "a system limit has been reached",
    "timeout_value": "bad receive timeout value",
}

_VALUE_REASONS = {
    "badarg": "bad argument: ",
    "badkey": "bad key: ",
    "badmap": "bad map: ",
    "badfun": "bad function ",
    "badmatch": "no match of right hand side value ",
    "case_clause": "no case clause matching ",
    "try_clause": "no try clause matching ",
    "bad_filter": "bad filter ",
    "bad_generator": "bad generator ",
}

_EXIT_REASONS = {
    "restricted_shell_started": "restricted shell starts now",
    "restricted_shell_stopped": "restricted shell stopped",
    "calling_self": "the current process attempted to call itself",
}


def _explain_reason(term, class_, trace1, indent: str) -> str:
    """erl_error:explain_reason/7 (OTP 25 has no clause for badrecord)."""
    kind = type(term)
    if class_ is _ERROR:
        if kind is Atom and not trace1:
            text = _SIMPLE_REASONS.get(term.name)
            if text is not None:
                return text
        if term is Atom("function_clause") and len(trace1) == 1:
            top = trace1[0]
            if len(top) == 2:
                return "no function clause matching call to %s/%d" % (
                    write_atom(top[0]), top[1])
            module, function, args, info = top
            call = _format_errstr_call("no function clause matching ", class_,
                                       (module, function), _erlang_list(args), indent)
            return call + " " + _location(info)
        if term is Atom("undef") and len(trace1) == 1:
            module, function, arity_or_args, _ = trace1[0]
            return "undefined function " + _mfa_to_string(module, function,
                                                          _n_args(arity_or_args))
        if kind is tuple and len(term) == 2 and type(term[0]) is Atom and not trace1:
            tag, value = term[0].name, term[1]
            prefix = _VALUE_REASONS.get(tag)
            if prefix is not None:
                return _format_value(value, prefix, class_, indent)
            if tag == "badarity" and type(value) is tuple and len(value) == 2 \
                    and type(value[0]) is Fun:
                args = _erlang_list(value[1])
                if args is not None:
                    return "%s called with %s" % (_format_fun(value[0]), _argss(len(args)))
            if tag == "unbound":
                return "variable %s is unbound" % write_term(value)
            if tag == "argument_limit":
                return "limit of number of arguments to interpreted function exceeded"
        if kind is tuple and len(term) == 4 and term[0] is Atom("shell_undef") and not trace1:
            return "undefined shell command %s/%d" % (
                write_atom(term[1]) if type(term[1]) is Atom else _pf(term[1], 1),
                _n_args(term[2]))
    elif class_ is _EXIT and not trace1:
        if kind is Atom and term.name in _EXIT_REASONS:
            return _EXIT_REASONS[term.name]
        if kind is tuple and len(term) == 2 and term[0] is Atom("restricted_shell_bad_return"):
            return _format_value(term[1], "restricted shell module returned bad value ",
                                 class_, indent)
    return _pf(term, len(indent) + 1 + len(_exited(class_)))


def _n_args(arity_or_args) -> int:
    if type(arity_or_args) is int:
        return arity_or_args
    return len(_erlang_list(arity_or_args) or [])


def _argss(count: int) -> str:
    return {0: "no arguments", 1: "one argument", 2: "two arguments"}.get(
        count, "%d arguments" % count)


def _format_value(value, prefix: str, class_, indent: str) -> str:
    """erl_error:format_value/6: the value after the text, or under it if that saves lines."""
    exited = len(_exited(class_))
    first = _pf(value, exited + len(indent) + len(prefix) + 1)
    lines = first.count("\n")
    if lines > 1:
        second = _pf(value, len(indent) + 1 + exited)
        if second.count("\n") < lines:
            return prefix + "\n" + indent + " " * exited + second
    return prefix + first


def _format_fun(fun: Fun) -> str:
    """erl_error:format_fun/2."""
    module = fun.module if type(fun.module) is Atom else Atom(str(fun.module))
    name = fun.name if type(fun.name) is Atom else Atom(str(fun.name))
    if module is Atom("erl_eval") and not fun.is_external:
        return "interpreted function with arity %d" % fun.arity
    return _mfa_to_string(module, name, fun.arity)


# ---------------------------------------------------------------- names and calls

# erl_internal:bif/2 of OTP 25, restricted to functions erlang exports: these
# print without ``erlang:``.
_AUTO_IMPORTED = frozenset(
    (name, int(arity)) for name, arity in (item.split("/") for item in """
    abs/1 alias/0 alias/1 apply/2 apply/3 atom_to_binary/1 atom_to_binary/2 atom_to_list/1
    binary_part/2 binary_part/3 binary_to_atom/1 binary_to_atom/2 binary_to_existing_atom/1
    binary_to_existing_atom/2 binary_to_float/1 binary_to_integer/1 binary_to_integer/2
    binary_to_list/1 binary_to_list/3 binary_to_term/1 binary_to_term/2 bit_size/1
    bitstring_to_list/1 byte_size/1 ceil/1 check_old_code/1 check_process_code/2
    check_process_code/3 date/0 delete_module/1 demonitor/1 demonitor/2 disconnect_node/1
    element/2 erase/0 erase/1 error/1 error/2 error/3 exit/1 exit/2 float/1
    float_to_binary/1 float_to_binary/2 float_to_list/1 float_to_list/2 floor/1
    garbage_collect/0 garbage_collect/1 garbage_collect/2 get/0 get/1 get_keys/0 get_keys/1
    group_leader/0 group_leader/2 halt/0 halt/1 halt/2 hd/1 integer_to_binary/1
    integer_to_binary/2 integer_to_list/1 integer_to_list/2 iolist_size/1 iolist_to_binary/1
    is_alive/0 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1 is_float/1 is_function/1
    is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 is_pid/1
    is_port/1 is_process_alive/1 is_record/2 is_record/3 is_reference/1 is_tuple/1 length/1
    link/1 list_to_atom/1 list_to_binary/1 list_to_bitstring/1 list_to_existing_atom/1
    list_to_float/1 list_to_integer/1 list_to_integer/2 list_to_pid/1 list_to_port/1
    list_to_ref/1 list_to_tuple/1 load_module/2 make_ref/0 map_get/2 map_size/1 max/2 min/2
    module_loaded/1 monitor/2 monitor/3 monitor_node/2 node/0 node/1 nodes/0 nodes/1 nodes/2
    now/0 open_port/2 pid_to_list/1 port_close/1 port_command/2 port_command/3
    port_connect/2 port_control/3 port_to_list/1 pre_loaded/0 process_flag/2
    process_flag/3 process_info/1 process_info/2 processes/0 purge_module/1 put/2
    ref_to_list/1 register/2 registered/0 round/1 self/0 setelement/3 size/1 spawn/1
    spawn/2 spawn/3 spawn/4 spawn_link/1 spawn_link/2 spawn_link/3 spawn_link/4
    spawn_monitor/1 spawn_monitor/2 spawn_monitor/3 spawn_monitor/4 spawn_opt/2
    spawn_opt/3 spawn_opt/4 spawn_opt/5 spawn_request/1 spawn_request/2 spawn_request/3
    spawn_request/4 spawn_request/5 spawn_request_abandon/1 split_binary/2 statistics/1
    term_to_binary/1 term_to_binary/2 term_to_iovec/1 term_to_iovec/2 throw/1 time/0 tl/1
    trunc/1 tuple_size/1 tuple_to_list/1 unalias/1 unlink/1 unregister/1 whereis/1
    """.split()))

# erl_internal:op_type/2: the functions of erlang that are operators.
_OPERATORS = frozenset(
    [(op, 2) for op in ("+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
                        "and", "or", "xor", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=",
                        "++", "--", "!")]
    + [(op, 1) for op in ("+", "-", "bnot", "not")])


def _is_op(module, function, arity: int) -> bool:
    return module is _ERLANG and type(function) is Atom and (function.name, arity) in _OPERATORS


def _mf_to_string(module, function, arity: int) -> str:
    if module is _ERLANG and (function.name, arity) in _AUTO_IMPORTED:
        return write_atom(function)
    if _is_op(module, function, arity):
        return write_atom(function) if function.name == "/" else function.name
    return write_atom(module) + ":" + write_atom(function)


def _mfa_to_string(module, function, arity: int) -> str:
    return "%s/%d" % (_mf_to_string(module, function, arity), arity)


def _location(info) -> str:
    """erl_error:location/1: ``(File, line L)`` or nothing."""
    file = line = None
    for item in _erlang_list(info) or []:
        if type(item) is tuple and len(item) == 2:
            if item[0] is _FILE and file is None:
                file = item[1]
            elif item[0] is _LINE and line is None:
                line = item[1]
    if file is None or line is None:
        return ""
    if type(file) is bytes:
        file_text = file.decode("latin-1")
    else:
        codes = _erlang_list(file)
        if codes is not None and all(type(c) is int for c in codes):
            file_text = "".join(chr(c) for c in codes)
        else:
            file_text = print_term(file)
    return "(%s, line %s)" % (file_text, print_term(line))


def _format_errstr_call(prefix: str, class_, target, args: list, indent: str) -> str:
    return _format_call(prefix, indent + " " * len(_exited(class_)), target, args)


def _format_call(prefix: str, lead: str, target, args: list) -> str:
    """erl_error:format_call/7; ``lead`` is what precedes ``prefix`` on its line."""
    module, function = target
    arity = len(args)
    if _is_op(module, function, arity):
        return prefix + _format_op(prefix, lead, function.name, args)
    name = _mf_to_string(module, function, arity)
    column = len(lead) + len(prefix) + len(name)
    same_line = _pp_arguments(args, column)
    next_line = _pp_arguments(args, len(lead) + len(name))
    probe = _pp_arguments([Atom("a2345"), Atom("b2345")], column)
    if probe.count("\n") > 0 or next_line.count("\n") < same_line.count("\n"):
        return prefix + "\n" + lead + name + next_line
    return prefix + name + same_line


def _format_op(prefix: str, lead: str, op: str, args: list) -> str:
    """erl_error:format_op/7: ``- a``, ``1 + a``, or operands on lines of their own."""
    if len(args) == 1:
        op_text = op + " "
        return op_text + _pf(args[0], len(prefix) + len(lead) + len(op_text) + 1)
    column = len(prefix) + len(lead)
    left = _pf(args[0], column + 1)
    right = _pf(args[1], column + 1)
    own_line = "\n" + " " * column
    if left.count("\n") > 0:
        return left + own_line + op + own_line + right
    op_text = " " + op + " "
    right_inline = _pf(args[1], len(prefix) + len(lead) + len(op_text) + len(left) + 1)
    if right.count("\n") < right_inline.count("\n"):
        return left + own_line + op + own_line + right
    return left + op_text + right_inline


def _pp_arguments(args: list, column: int) -> str:
    """erl_error:pp_arguments/5: the arguments in parentheses (note 5)."""
    as_list = from_iterable(args)
    if args and type(args[0]) is int and printable_latin1_list(as_list):
        digits = str(args[0])
        stand_in = from_iterable([Atom("a" * len(digits))] + args[1:])
        text = _pf(stand_in, column + 1)
        text = "[" + digits + text[1 + len(digits):]
    else:
        text = _pf(as_list, column + 1)
    return "(" + text[1:-1] + ")"


# ---------------------------------------------------------------- the stack

def _format_stacktrace(indent: str, frames: list, trim, error_map: dict) -> str:
    """erl_error:format_stacktrace1/8 and format_stacktrace2/8."""
    end = len(frames)
    while end > 0 and trim(frames[end - 1][0], frames[end - 1][1], frames[end - 1][2]):
        end -= 1
    lead = "  " + indent
    parts = []
    for number, (module, function, arity_or_args, info) in enumerate(frames[:end], 1):
        sep = lead if number == 1 else "\n" + lead
        args = None if type(arity_or_args) is int else _erlang_list(arity_or_args)
        arity = arity_or_args if args is None else len(args)
        if number == 1:
            origin = "in operator " if _is_op(module, function, arity) else "in function "
        else:
            origin = "in call from"
        errors = _call_format_error(error_map if number == 1 else {}, arity, sep)
        mfa = _mfa_to_string(module, function, arity)
        if args is None:
            parts.append("%s%s %s %s%s" % (sep, origin, mfa, _location(info), errors))
        else:
            called_as = lead + "   called as "
            call = _format_call("", called_as, (module, function), args)
            parts.append("%s%s %s\n%s%s%s" % (sep, origin, mfa, called_as, call, errors))
    return "".join(parts)


def _call_format_error(error_map: dict, arity: int, sep: str) -> str:
    """erl_error:call_format_error/3 with format_arg_errors/3."""
    if not error_map:
        return ""
    lines = []
    for position in range(1, arity + 1):
        text = error_map.get(position)
        if text is None:
            continue
        first, *more = [line for line in text.replace("\r", "\n").split("\n") if line]
        head = "*** argument %d: " % position
        lines.append(head + first)
        lines.extend(" " * len(head) + line for line in more)
    if "general" in error_map:
        lines.append("*** " + error_map["general"])
    return "".join("\n" + sep + "   " + line for line in lines)


def _extended_error(reason, frames: list) -> dict:
    """erl_error:get_extended_error/2 for the frames beamish can explain (note 3)."""
    if not frames:
        return {}
    module, function, arity_or_args, info = frames[0]
    error_info = None
    for item in _erlang_list(info) or []:
        if type(item) is tuple and len(item) == 2 and item[0] is _ERROR_INFO:
            error_info = item[1]
            break
    cause = None
    if error_info is not None:
        if type(error_info) is not dict:
            return {}
        explainer = error_info.get(_MODULE, module)
        cause = error_info.get(_CAUSE)
    elif module is _ERLANG:
        explainer = _ERL_ERTS_ERRORS
    elif module.name in _STDLIB:
        explainer = _ERL_STDLIB_ERRORS
    else:
        return {}
    args = None if type(arity_or_args) is int else _erlang_list(arity_or_args)
    if args is None:
        return {}
    if explainer is _ERL_ERTS_ERRORS:
        return bif_argument_errors(module, function, args, reason, cause)
    if explainer is _ERL_STDLIB_ERRORS:
        return stdlib_argument_errors(module, function, args)
    return {}


# ---------------------------------------------------------------- erl_erts_errors

def bif_argument_errors(module: Atom, function: Atom, args: list, reason: Any,
                        cause: Any = None) -> dict:
    """erl_erts_errors:format_error/2 for ``erlang`` BIFs: {ArgumentPosition: text}."""
    if module is not _ERLANG or reason is Atom("system_limit"):
        return {}
    cause_name = cause.name if type(cause) is Atom else "none"
    checker = _ERTS.get((function.name, len(args)))
    if checker is None:
        return {}
    try:
        items = checker(cause_name, *args)
    except _Unknown:
        return {}
    result = {}
    for position, item in enumerate(items, 1):
        if item:
            result[position] = _expand_error(item)
    return result


class _Unknown(Exception):
    """The explanation needs the running system (note 6)."""


_EXPANSIONS = {
    "bad_atomics_ref": "invalid atomics reference",
    "bad_base": "not an integer in the range 2 through 36",
    "bad_boolean": "not a boolean ('true' or 'false')",
    "bad_counters_ref": "invalid atomics reference",
    "bad_destination": "invalid destination",
    "bad_encode_option": "not one of the atoms: latin1, utf8, or unicode",
    "bad_ext_term": "invalid external representation of a term",
    "bad_or_unsafe_ext_term": "invalid or unsafe external representation of a term",
    "bad_isdst": "not 'true', 'false', or 'undefined'",
    "bad_localtime": "not a valid local time",
    "bad_match_spec": "invalid match specification",
    "bad_option": "invalid option in list",
    "bad_path": "not a valid path name",
    "bad_status": "invalid status",
    "bad_time_unit": "invalid time unit",
    "bad_unicode": "invalid UTF8 encoding",
    "bad_universaltime": "not a valid universal time",
    "beyond_end_time": "exceeds the maximum supported time value",
    "dead_process": "the pid does not refer to an existing process",
    "non_existing_atom": "not an already existing atom",
    "not_atom": "not an atom",
    "not_binary": "not a binary",
    "not_bitstring": "not a bitstring",
    "not_cons": "not a nonempty list",
    "not_float": "not a float",
    "not_fun": "not a fun",
    "not_integer": "not an integer",
    "not_iodata": "not an iodata term",
    "not_iolist": "not an iolist term",
    "not_list": "not a list",
    "not_live_node": "the node name is not part of a distributed system",
    "not_local_pid": "not a local pid",
    "not_local_port": "not a local port",
    "not_proper_list": "not a proper list",
    "not_map": "not a map",
    "not_number": "not a number",
    "not_pid": "not a pid",
    "not_port": "not a port",
    "not_ref": "not a reference",
    "not_string": "not a list of characters",
    "not_tuple": "not a tuple",
    "range": "out of range",
    "self_not_allowed": "the pid refers to the current process",
}


def _expand_error(item) -> str:
    if type(item) is tuple:  # ("not_encodable", "a float")
        return "not a textual representation of " + item[1]
    return _EXPANSIONS.get(item, item)


def _encodable(what: str) -> tuple:
    return ("not_encodable", what)


# Type tests on beamish terms (vm/terms.py's mapping).

def _is_atom(t) -> bool:
    return type(t) is Atom


def _is_int(t) -> bool:
    return type(t) is int


def _is_list(t) -> bool:
    return type(t) is list or t is NIL


def _is_binary(t) -> bool:
    return type(t) is bytes


def _is_bitstring(t) -> bool:
    return type(t) is bytes or type(t) is BitString


def _is_map(t) -> bool:
    return type(t) is dict


def _is_fun(t) -> bool:
    return type(t) is Fun


def _is_boolean(t) -> bool:
    return t is TRUE or t is FALSE


def _proper_length(t) -> int | None:
    count = 0
    while type(t) is list:
        count += 1
        t = t[1]
    return count if t is NIL else None


def _is_iodata(t) -> bool:
    """iolist_size/1 succeeds."""
    if type(t) is bytes:
        return True
    stack = [t]
    while stack:
        item = stack.pop()
        while type(item) is list:
            head = item[0]
            if type(head) is int:
                if not 0 <= head <= 255:
                    return False
            elif type(head) is list:
                stack.append(head)
            elif head is not NIL and type(head) is not bytes:
                return False
            item = item[1]
        if item is not NIL and type(item) is not bytes:
            return False
    return True


def _must_be_atom(t):
    return "" if _is_atom(t) else "not_atom"


def _must_be_base(t):
    return "" if _is_int(t) and 2 <= t <= 36 else "bad_base"


def _must_be_boolean(t):
    return "" if _is_boolean(t) else "bad_boolean"


def _must_be_fun(t):
    return "" if _is_fun(t) else "not_fun"


def _must_be_binary(t, error=""):
    return error if _is_binary(t) else "not_binary"


def _must_be_float(t):
    return "" if type(t) is float else "not_float"


def _must_be_iodata(t):
    return "" if _is_iodata(t) else "not_iodata"


def _must_be_list(t, error=""):
    if _is_list(t):
        return error if _proper_length(t) is not None else "not_proper_list"
    return "not_list"


def _must_be_mf_args(m, f, a):
    return [_must_be_atom(m), _must_be_atom(f), _must_be_list(a)]


def _must_be_mf_arity(m, f, a):
    return [_must_be_atom(m), _must_be_atom(f), _must_be_non_neg_int(a)]


def _must_be_node_mf_args(n, m, f, a):
    return [_must_be_atom(n)] + _must_be_mf_args(m, f, a)


def _must_be_node_fun(n, f):
    return [_must_be_atom(n)] + ([] if _is_fun(f) else ["not_fun"])


def _must_be_int(t, low=None, high=None, default=""):
    if not _is_int(t):
        return "not_integer"
    if (low is not None and t < low) or (high is not None and t > high):
        return "range"
    return default


def _must_be_non_neg_int(t):
    return _must_be_int(t, 0)


def _must_be_pos_int(t):
    return _must_be_int(t, 1)


def _must_be_size(t):
    if not _is_int(t):
        return "not_integer"
    return "range" if t < 0 else ""


def _must_be_adler32(t):
    if not _is_int(t):
        return "not_integer"
    return "" if 0 <= t < 1 << 32 else "range"


def _must_be_option_list(t):
    error = _must_be_list(t)
    return error or "bad_option"


def _maybe_option_list_error(options, previous):
    error = _must_be_list(options)
    if not previous and not error:
        return "bad_option"
    return error


def _must_be_pid(t, error=""):
    return error if type(t) is Pid else "not_pid"


def _must_be_local_pid(t, error=""):
    return error if type(t) is Pid else "not_pid"


def _must_be_local_port(t, error=""):
    return error if type(t) is Port or _is_atom(t) else "not_port"


def _must_be_ref(t):
    return "" if type(t) is Ref else "not_ref"


def _must_be_tuple(t, error=""):
    return error if type(t) is tuple else "not_tuple"


_TIME_UNITS = frozenset(("native", "perf_counter", "second", "millisecond", "microsecond",
                         "nanosecond", "seconds", "milli_seconds", "micro_seconds",
                         "nano_seconds"))


def _must_be_time_unit(t):
    if (_is_atom(t) and t.name in _TIME_UNITS) or (_is_int(t) and t > 0):
        return ""
    return "bad_time_unit"


def _must_be_time(t, cause):
    error = _must_be_non_neg_int(t)
    if error:
        return error
    return "beyond_end_time" if cause == "time" else ""


def _list_to_something(t, error):
    return [error] if _proper_length(t) is not None else ["not_list"]


def _is_flat_char_list(t) -> bool:
    while type(t) is list:
        code = t[0]
        if type(code) is not int or not (0 <= code <= 0x10FFFF) or 0xD800 <= code <= 0xDFFF:
            return False
        t = t[1]
    return t is NIL


def _do_binary_to_atom(data, encoding, default_error):
    name = encoding.name if _is_atom(encoding) else None
    kind = {"latin1": "latin1", "unicode": "unicode", "utf8": "unicode"}.get(name, "invalid")
    if kind == "latin1":
        return [_must_be_binary(data, default_error)]
    if kind == "unicode":
        if not _is_binary(data):
            return ["not_binary"]
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return ["bad_unicode"]
        return ["non_existing_atom"]
    return [_must_be_binary(data), "bad_encode_option"]


def _binary_part(cause, data, pos_len, *rest):
    if rest:
        length = rest[0]
        errors = [_must_be_binary(data), _must_be_non_neg_int(pos_len), _must_be_int(length)]
        if any(errors):
            return errors
        if pos_len > len(data):
            return ["", "range"]
        return ["", "", "range"]
    if type(pos_len) is tuple and len(pos_len) == 2 and _is_int(pos_len[0]) \
            and _is_int(pos_len[1]):
        first, second, third = _binary_part(cause, data, pos_len[0], pos_len[1])
        return [first] if not second and not third else [first, "range"]
    return [_must_be_binary(data), "not a valid {Pos,Length} tuple"]


def _binary_to_list_3(cause, data, start, stop):
    errors = [_must_be_binary(data), _must_be_pos_int(start), _must_be_pos_int(stop)]
    if any(errors):
        return errors
    if start > stop:
        return ["", "start position greater than stop position"]
    return ["", "range" if start > len(data) else "", "range" if stop > len(data) else ""]


def _binary_to_term(cause, data, *options):
    if not options:
        return [_must_be_binary(data, "bad_ext_term")]
    first = _must_be_binary(data)
    second = _must_be_list(options[0], "bad_option") if cause == "badopt" else ""
    if not first and not second:
        items = []
        term = options[0]
        while type(term) is list:
            items.append(term[0])
            term = term[1]
        return ["bad_or_unsafe_ext_term" if Atom("safe") in items else "bad_ext_term"]
    return [first, second]


def _element(cause, index, tuple_, *_rest):
    # ``Index =< 0; Index > tuple_size(Tuple)`` is a guard: with no tuple the
    # second test just fails.
    if not _is_int(index):
        first = "not_integer"
    elif index <= 0 or (type(tuple_) is tuple and index > len(tuple_)):
        first = "range"
    else:
        first = ""
    return [first, _must_be_tuple(tuple_)]


def _integer_to_list_2(cause, value, base):
    return ["" if _is_int(value) else "not_integer", _must_be_base(base)]


def _list_to_integer_2(cause, text, base):
    bad_base = _must_be_base(base)
    if not bad_base:
        return [_must_be_list(text, _encodable("an integer"))]
    return [_must_be_list(text), bad_base]


def _binary_to_integer_2(cause, data, base):
    bad_base = _must_be_base(base)
    if not bad_base:
        return [_must_be_binary(data, _encodable("an integer"))]
    return [_must_be_binary(data), bad_base]


def _atom_to_binary_2(cause, value, encoding):
    if not _is_atom(value):
        first = "not_atom"
    elif encoding is Atom("latin1"):
        first = "contains a character not expressible in latin1"
    else:
        first = ""
    valid = _is_atom(encoding) and encoding.name in ("latin1", "unicode", "utf8")
    return [first, "" if valid else "is an invalid encoding option"]


def _split_binary(cause, data, position):
    errors = [_must_be_binary(data), _must_be_non_neg_int(position)]
    if any(errors):
        return errors
    return ["", "range"] if position > len(data) else []


def _fun_info_2(cause, fun, _item):
    return ["", "invalid item"] if _is_fun(fun) else ["not_fun"]


def _is_function_2(cause, _term, arity):
    return ["", "range" if _is_int(arity) else "not_integer"]


def _list_to_existing_atom(cause, text):
    if not _is_flat_char_list(text):
        return [_must_be_list(text, "not_string")]
    return ["non_existing_atom"]


def _make_tuple_3(cause, arity, _value, init_list):
    first = _must_be_non_neg_int(arity)
    return [first, "", _maybe_option_list_error(init_list, first)]


def _map_get(cause, _key, map_):
    return ["not present in map"] if _is_map(map_) else ["", "not_map"]


def _link(cause, pid):
    return ["dead_process"] if type(pid) is Pid else ["not_pid"]


def _halt_2(cause, _status, options):
    if cause == "badopt":
        return ["", _must_be_list(options, "bad_option")]
    return ["bad_status"]


def _register(cause, name, pid_or_port):
    if cause == "registered_name":
        return ["", "this process or port already has a name"]
    if cause == "notalive":
        return ["", "dead_process"]
    if name is Atom("undefined"):
        first = "'undefined' is not a valid name"
    else:
        first = "" if _is_atom(name) else "not_atom"
    second = "" if type(pid_or_port) in (Pid, Port) else "not a pid or port"
    if not first and not second:
        return ["name is in use"]
    return [first, second]


def _send_3(cause, _dest, _msg, options):
    if cause == "badopt":
        return ["", "", _must_be_list(options, "bad_option")]
    return ["bad_destination"]


def _start_timer(cause, time, process, *options):
    if type(process) is Pid or _is_atom(process):
        second = ""
    else:
        second = "not a pid or an atom"
    errors = [_must_be_time(time, cause), second]
    if options:
        errors.append(_must_be_list(options[0], "bad_option" if cause == "badopt" else ""))
    return errors


def _spawn_opt(cause, *args):
    options = args[-1]
    last = _must_be_list(options, "invalid spawn option") if cause == "badopt" else ""
    if len(args) == 2:
        return [_must_be_fun(args[0]), last]
    if len(args) == 3:
        return [_must_be_atom(args[0]), _must_be_fun(args[1]), last]
    if len(args) == 4:
        return _must_be_mf_args(*args[:3]) + [last]
    return _must_be_node_mf_args(*args[:4]) + [last]


def _nodes_1(cause, node_type):
    if _is_atom(node_type):
        return ["not a valid node type"]
    if _is_list(node_type):
        return ["not a list of valid node types"]
    return ["not a valid node type or list of valid node types"]


def _monitor_2(cause, type_, item):
    if cause == "badtype":
        return ["invalid monitor type"]
    if type_ is Atom("port"):
        return ["", _must_be_local_port(item)]
    if type_ is Atom("process"):
        return ["", _must_be_pid(item)]
    raise _Unknown


def _monitor_3(cause, type_, item, options):
    if type_ is Atom("port"):
        item_error = _must_be_local_port(item)
    elif type_ is Atom("process"):
        item_error = _must_be_pid(item)
    else:
        item_error = ""
    if cause == "badopt":
        return ["", item_error, _must_be_list(options, "bad_option")]
    if cause == "badtype":
        return ["invalid monitor type"]
    return ["", item_error]


def _process_info_2(cause, pid, _what):
    first = _must_be_local_pid(pid)
    return ["", "invalid item or item list"] if not first else [first]


def _process_flag_2(cause, _flag, _value):
    if cause == "badopt":
        return ["invalid process flag"]
    return ["", "invalid value for this process flag"]


def _memory_1(cause, options):
    if _proper_length(options) is not None:
        return ["bad_option"]
    if _is_atom(options):
        return ["invalid memory type option"]
    return ["not an atom or a list of atoms"]


def _unique_integer(cause, modifiers):
    return [_must_be_list(modifiers, "invalid modifier")]


def _demonitor_2(cause, ref, options):
    first = _must_be_ref(ref)
    return [first, _maybe_option_list_error(options, first)]


def _float_to_2(cause, value, options):
    first = _must_be_float(value)
    return [first, _maybe_option_list_error(options, first)]


def _system_flag(cause, _flag, _value):
    if cause == "badopt":
        return ["invalid system flag"]
    return ["", "invalid value for this system flag"]


def _const(*items):
    return lambda cause, *args: list(items)


def _first(check, *extra):
    return lambda cause, value, *args: [check(value, *extra)]


# (name, arity) -> fun(cause, *args) -> [error per argument]; "" means none.
_ERTS = {
    ("abs", 1): _const("not_number"),
    ("adler32", 1): _const("not_iodata"),
    ("adler32", 2): lambda c, n, d: [_must_be_adler32(n), _must_be_iodata(d)],
    ("adler32_combine", 3): lambda c, a, b, s: [_must_be_adler32(a), _must_be_adler32(b),
                                                _must_be_size(s)],
    ("alias", 1): lambda c, o: [_must_be_list(o, "bad_option")],
    ("append", 2): _const("not_list"),
    ("apply", 3): lambda c, m, f, a: _must_be_mf_args(m, f, a),
    ("atom_to_binary", 1): _const("not_atom"),
    ("atom_to_binary", 2): _atom_to_binary_2,
    ("atom_to_list", 1): _const("not_atom"),
    ("append_element", 2): _const("not_tuple"),
    ("bit_size", 1): _const("not_bitstring"),
    ("binary_part", 2): _binary_part,
    ("binary_part", 3): _binary_part,
    ("binary_to_atom", 1): lambda c, b: _do_binary_to_atom(b, Atom("utf8"), ""),
    ("binary_to_atom", 2): lambda c, b, e: _do_binary_to_atom(b, e, ""),
    ("binary_to_existing_atom", 1):
        lambda c, b: _do_binary_to_atom(b, Atom("utf8"), "non_existing_atom"),
    ("binary_to_existing_atom", 2):
        lambda c, b, e: _do_binary_to_atom(b, e, "non_existing_atom"),
    ("binary_to_float", 1): _first(_must_be_binary, _encodable("a float")),
    ("binary_to_integer", 1): _first(_must_be_binary, _encodable("an integer")),
    ("binary_to_integer", 2): _binary_to_integer_2,
    ("binary_to_list", 1): _const("not_binary"),
    ("binary_to_list", 3): _binary_to_list_3,
    ("binary_to_term", 1): _binary_to_term,
    ("binary_to_term", 2): _binary_to_term,
    ("bitstring_to_list", 1): _const("not_bitstring"),
    ("bump_reductions", 1): _first(_must_be_non_neg_int),
    ("byte_size", 1): _const("not_bitstring"),
    ("cancel_timer", 1): _const("not_ref"),
    ("cancel_timer", 2): _demonitor_2,
    ("ceil", 1): _const("not_number"),
    ("check_old_code", 1): _const("not_atom"),
    ("convert_time_unit", 3): lambda c, t, f, u: [_must_be_int(t), _must_be_time_unit(f),
                                                  _must_be_time_unit(u)],
    ("crc32", 1): _const("not_iodata"),
    ("crc32", 2): lambda c, n, d: [_must_be_adler32(n), _must_be_iodata(d)],
    ("crc32_combine", 3): lambda c, a, b, s: [_must_be_adler32(a), _must_be_adler32(b),
                                              _must_be_size(s)],
    ("delete_element", 2): _element,
    ("delete_module", 1): _const("not_atom"),
    ("demonitor", 1): _const("not_ref"),
    ("demonitor", 2): _demonitor_2,
    ("display_string", 1): _const("not_string"),
    ("element", 2): _element,
    ("exit", 2): _const("not_pid"),
    ("exit_signal", 2): _const("not_pid"),
    ("external_size", 2): lambda c, _t, o: ["", _must_be_option_list(o)],
    ("float", 1): _const("not_number"),
    ("float_to_binary", 1): _const("not_float"),
    ("float_to_binary", 2): _float_to_2,
    ("float_to_list", 1): _const("not_float"),
    ("float_to_list", 2): _float_to_2,
    ("floor", 1): _const("not_number"),
    ("function_exported", 3): lambda c, m, f, a: _must_be_mf_arity(m, f, a),
    ("fun_info", 1): _const("not_fun"),
    ("fun_info", 2): _fun_info_2,
    ("fun_info_mfa", 1): _const("not_fun"),
    ("fun_to_list", 1): _const("not_fun"),
    ("garbage_collect", 1): _first(_must_be_local_pid),
    ("garbage_collect", 2): lambda c, p, _o: [_must_be_local_pid(p),
                                              "bad_option" if c == "bad_option" else ""],
    ("get_cookie", 1): _first(_must_be_atom),
    ("group_leader", 2): lambda c, a, b: [_must_be_pid(a), _must_be_pid(b)],
    ("halt", 1): _const("bad_status"),
    ("halt", 2): _halt_2,
    ("hibernate", 3): lambda c, m, f, a: _must_be_mf_args(m, f, a),
    ("hd", 1): _const("not_cons"),
    ("insert_element", 3): _element,
    ("integer_to_binary", 1): _const("not_integer"),
    ("integer_to_binary", 2): _integer_to_list_2,
    ("integer_to_list", 1): _const("not_integer"),
    ("integer_to_list", 2): _integer_to_list_2,
    ("iolist_size", 1): _const("not_iodata"),
    ("iolist_to_binary", 1): _const("not_iodata"),
    ("iolist_to_iovec", 1): _const("not_iodata"),
    ("is_builtin", 3): lambda c, m, f, a: _must_be_mf_arity(m, f, a),
    ("is_function", 2): _is_function_2,
    ("is_map_key", 2): _const("", "not_map"),
    ("is_process_alive", 1): _const("not_pid"),
    ("is_record", 2): _const("not_atom"),
    ("is_record", 3): lambda c, _t, tag, size: ["", _must_be_atom(tag), _must_be_int(size)],
    ("length", 1): _const("not_list"),
    ("link", 1): _link,
    ("list_to_atom", 1): _first(_must_be_list, "not_string"),
    ("list_to_existing_atom", 1): _list_to_existing_atom,
    ("list_to_binary", 1): _const("not_iolist"),
    ("list_to_bitstring", 1): _const("not a bitstring list"),
    ("list_to_float", 1): lambda c, t: _list_to_something(t, _encodable("a float")),
    ("list_to_integer", 1): lambda c, t: _list_to_something(t, _encodable("an integer")),
    ("list_to_integer", 2): _list_to_integer_2,
    ("list_to_pid", 1): lambda c, t: _list_to_something(t, _encodable("a pid")),
    ("list_to_port", 1): lambda c, t: _list_to_something(t, _encodable("a port")),
    ("list_to_ref", 1): lambda c, t: _list_to_something(t, _encodable("a reference")),
    ("list_to_tuple", 1): _const("not_list"),
    ("load_module", 2): lambda c, m, b: [_must_be_atom(m), _must_be_binary(b)],
    ("load_nif", 2): _const("bad_path"),
    ("make_fun", 3): lambda c, m, f, a: _must_be_mf_arity(m, f, a),
    ("make_tuple", 2): _const("range"),
    ("make_tuple", 3): _make_tuple_3,
    ("map_size", 1): _const("not_map"),
    ("map_get", 2): _map_get,
    ("md5", 1): _const("not_iodata"),
    ("memory", 1): _memory_1,
    ("module_loaded", 1): _const("not_atom"),
    ("monitor", 2): _monitor_2,
    ("monitor", 3): _monitor_3,
    ("monitor_node", 2): lambda c, n, f: [_must_be_atom(n), _must_be_boolean(f)],
    ("monotonic_time", 1): _const("bad_time_unit"),
    ("node", 1): _const("not_pid"),
    ("nodes", 1): _nodes_1,
    ("phash", 2): lambda c, _t, n: [_must_be_pos_int(n)],
    ("phash2", 2): lambda c, _t, n: [_must_be_pos_int(n)],
    ("posixtime_to_universaltime", 1): _const("not_integer"),
    ("pid_to_list", 1): _const("not_pid"),
    ("port_close", 1): _first(_must_be_local_port),
    ("port_command", 2): lambda c, p, d: [_must_be_local_port(p), _must_be_iodata(d)],
    ("port_connect", 2): lambda c, p, q: [_must_be_local_port(p), _must_be_local_pid(q)],
    ("port_info", 1): _first(_must_be_local_port),
    ("port_to_list", 1): _const("not_port"),
    ("prepare_loading", 2): lambda c, m, b: [_must_be_atom(m), _must_be_binary(b)],
    ("process_flag", 2): _process_flag_2,
    ("process_info", 1): _first(_must_be_local_pid),
    ("process_info", 2): _process_info_2,
    ("purge_module", 1): _first(_must_be_atom),
    ("read_timer", 1): _const("not_ref"),
    ("read_timer", 2): _demonitor_2,
    ("ref_to_list", 1): _const("not_ref"),
    ("register", 2): _register,
    ("resume_process", 1):
        _first(_must_be_local_pid, "process is not suspended or is not alive"),
    ("round", 1): _const("not_number"),
    ("send", 2): _const("bad_destination"),
    ("send", 3): _send_3,
    ("send_after", 3): _start_timer,
    ("send_after", 4): _start_timer,
    ("send_nosuspend", 2): _const("bad_destination"),
    ("send_nosuspend", 3): _send_3,
    ("set_cookie", 1): _first(_must_be_atom),
    ("setelement", 3): _element,
    ("size", 1): _const("not tuple or binary"),
    ("spawn", 1): _const("not_fun"),
    ("spawn", 2): lambda c, n, f: _must_be_node_fun(n, f),
    ("spawn", 3): lambda c, m, f, a: _must_be_mf_args(m, f, a),
    ("spawn", 4): lambda c, n, m, f, a: _must_be_node_mf_args(n, m, f, a),
    ("spawn_link", 1): _const("not_fun"),
    ("spawn_link", 2): lambda c, n, f: _must_be_node_fun(n, f),
    ("spawn_link", 3): lambda c, m, f, a: _must_be_mf_args(m, f, a),
    ("spawn_link", 4): lambda c, n, m, f, a: _must_be_node_mf_args(n, m, f, a),
    ("spawn_monitor", 1): _const("not_fun"),
    ("spawn_monitor", 2): lambda c, n, f: _must_be_node_fun(n, f),
    ("spawn_monitor", 3): lambda c, m, f, a: _must_be_mf_args(m, f, a),
    ("spawn_monitor", 4): lambda c, n, m, f, a: _must_be_node_mf_args(n, m, f, a),
    ("spawn_opt", 2): _spawn_opt,
    ("spawn_opt", 3): _spawn_opt,
    ("spawn_opt", 4): _spawn_opt,
    ("spawn_opt", 5): _spawn_opt,
    ("spawn_request_abandon", 1): _const("not_ref"),
    ("split_binary", 2): _split_binary,
    ("start_timer", 3): _start_timer,
    ("start_timer", 4): _start_timer,
    ("subtract", 2): lambda c, a, b: [_must_be_list(a), _must_be_list(b)],
    ("system_flag", 2): _system_flag,
    ("system_info", 1): _const("invalid system info item"),
    ("system_monitor", 1): _const("invalid system monitor item"),
    ("system_time", 1): _const("bad_time_unit"),
    ("statistics", 1): _const("invalid statistics item"),
    ("term_to_binary", 2): lambda c, _t, o: ["", _must_be_option_list(o)],
    ("term_to_iovec", 2): lambda c, _t, o: ["", _must_be_option_list(o)],
    ("time_offset", 1): _const("bad_time_unit"),
    ("tuple_size", 1): _const("not_tuple"),
    ("tl", 1): _const("not_cons"),
    ("trunc", 1): _const("not_number"),
    ("tuple_to_list", 1): _const("not_tuple"),
    ("unalias", 1): _const("not_ref"),
    ("unlink", 1): _const("not_pid"),
    ("unique_integer", 1): _unique_integer,
    ("universaltime_to_localtime", 1): _const("bad_universaltime"),
    ("universaltime_to_posixtime", 1): _const("bad_universaltime"),
    ("unregister", 1): _const("not_pid"),
    ("whereis", 1): _const("not_atom"),
}


# ---------------------------------------------------------------- erl_stdlib_errors

def stdlib_argument_errors(module: Atom, function: Atom, args: list) -> dict:
    """erl_stdlib_errors:format_error/2 for binary, io, lists, maps and math (OTP 25, note 3).

    Like the original, a function or arity it has no clause for gets no
    explanation (there the Erlang code crashes, which get_extended_error/2
    swallows).
    """
    table = _STDLIB.get(module.name)
    checker = table.get((function.name, len(args))) if table else None
    if checker is None:
        return {}
    try:
        items = checker(*args)
    except _Unknown:
        return {}
    result: dict = {}
    position = 1
    for item in items:
        if type(item) is tuple and item[0] == "general":
            result["general"] = _expand_stdlib_error(item[1])
            continue
        if item:
            result[position] = _expand_stdlib_error(item)
        position += 1
    return result


_STDLIB_EXPANSIONS = {
    "bad_binary_list": "not a flat list of binaries",
    "bad_binary_pattern": "not a valid pattern",
    "bad_endianness": "must be 'big' or 'little'",
    "bad_iterator": "not a valid iterator",
    "bad_options": "invalid options",
    "bitstring": "is a bitstring (expected a binary)",
    "domain_error": "is outside the domain for this function",
    "empty_binary": "a zero-sized binary is not allowed",
    "not_binary": "not a binary",
    "not_integer": "not an integer",
    "not_iodata": "not an iodata term",
    "not_list": "not a list",
    "not_map": "not a map",
    "not_map_or_iterator": "not a map or an iterator",
    "not_number": "not a number",
    "not_proper_list": "not a proper list",
    "range": "out of range",
    ("not_fun", 1): "not a fun that takes one argument",
    ("not_fun", 2): "not a fun that takes two arguments",
    ("not_fun", 3): "not a fun that takes three arguments",
}


def _expand_stdlib_error(item) -> str:
    return _STDLIB_EXPANSIONS.get(item, item)


def _std_binary(t, error=""):
    if type(t) is bytes:
        return error
    return "bitstring" if type(t) is BitString else "not_binary"


def _std_fun(t, arity: int):
    return "" if type(t) is Fun and t.arity == arity else ("not_fun", arity)


def _std_map(t):
    return "" if _is_map(t) else "not_map"


def _std_map_or_iterator(t):
    """maps:next/1 accepts the term: a map, ``none``, ``{K, V, I}`` or ``[Path | Map]``."""
    if _is_map(t) or t is Atom("none") or (type(t) is tuple and len(t) == 3):
        return ""
    if type(t) is list and type(t[0]) is int and _is_map(t[1]):
        return ""
    return "not_map_or_iterator"


def _std_number(t):
    return "" if type(t) in (int, float) else "not_number"


def _std_position(t):
    if not _is_int(t):
        return "not_integer"
    return "" if t >= 0 else "range"


def _std_pattern(t):
    """binary:match(<<"a">>, Pattern) accepts the pattern."""
    if type(t) is bytes and t:
        return ""
    if type(t) is list:
        items = _erlang_list(t)
        if items and all(type(item) is bytes and item for item in items):
            return ""
    if type(t) is tuple and len(t) == 2 and t[0] in (Atom("bm"), Atom("ac")):
        return ""
    return "bad_binary_pattern"


def _std_binary_part(subject, pos_len, *rest):
    if rest:
        errors = [_std_binary(subject), _std_position(pos_len), _must_be_int(rest[0])]
        if any(errors):
            return errors
        return ["", "range"] if pos_len > len(subject) else ["", "", "range"]
    if type(pos_len) is tuple and len(pos_len) == 2 and _is_int(pos_len[0]) \
            and _is_int(pos_len[1]):
        first, *others = _std_binary_part(subject, pos_len[0], pos_len[1])
        return [first] if not any(others) else [first, "range"]
    return [_std_binary(subject), "not a valid {Pos,Length} tuple"]


def _std_binary_match(subject, pattern, *options):
    errors = [_std_binary(subject), _std_pattern(pattern)]
    if not options or any(errors):
        return errors
    scope = _erlang_list(options[0])
    if scope and len(scope) == 1 and type(scope[0]) is tuple and len(scope[0]) == 2 \
            and scope[0][0] is Atom("scope") and type(scope[0][1]) is tuple \
            and len(scope[0][1]) == 2 and all(_is_int(x) for x in scope[0][1]):
        return ["", "", "specified part is not wholly inside binary"]
    return ["", "", "bad_options"]


def _std_binary_split(subject, pattern, *options):
    errors = [_std_binary(subject), _std_pattern(pattern)]
    if options and not any(errors):
        return ["", "", "bad_options"]
    return errors


def _std_binary_first(subject):
    return ["empty_binary" if subject == b"" else _std_binary(subject)]


def _std_decode_hex(subject):
    if type(subject) is bytes and len(subject) % 2 == 1:
        return ["must contain an even number of bytes"]
    return [_std_binary(subject)]


def _std_endianness(t):
    return "" if t in (Atom("little"), Atom("big")) else "bad_endianness"


def _std_replace(subject, pattern, replacement, *options):
    errors = [_std_binary(subject), _std_pattern(pattern), _std_binary(replacement)]
    if options and not any(errors):
        return errors + ["bad_options"]
    return errors


def _std_keyfind(_key, position, items):
    if _is_int(position):
        position_error = "range" if position < 1 else ""
    else:
        position_error = "not_integer"
    return ["", position_error, _must_be_list(items)]


def _std_seq(first, last, step):
    errors = [_must_be_int(first), _must_be_int(last), _must_be_int(step)]
    if any(errors):
        return errors
    if step <= 0 and first - step <= last:
        return ["", "", "not a positive increment"]
    if step >= 0 and first - step >= last:
        return ["", "", "not a negative increment"]
    raise _Unknown  # the if/1 of the original has no true branch


def _std_maps_get(_key, map_):
    return ["not present in map"] if _is_map(map_) else ["", "not_map"]


def _std_maps_apply(pred, map_):
    return [_std_fun(pred, 2), _std_map_or_iterator(map_)]


def _std_math_domain(value):
    error = _std_number(value)
    return [error or "domain_error"]


def _std_math_fmod(a, b):
    errors = [_std_number(a), _std_number(b)]
    if any(errors):
        return errors
    return ["", "domain_error"] if b == 0 else []


def _std_math_any(*args):
    return [_std_number(arg) for arg in args]


def _format_string_types(text: str):
    """erl_lint:check_format_string/1: the argument types, or the error text.

    The states are extract_sequence/3's: 1 field width, 2 precision, 3 pad
    character, 4 modifiers, 5 the control character.
    """
    need: list = []
    i = 0
    n = len(text)
    digits = "0123456789"
    while True:
        i = text.find("~", i)
        if i < 0:
            return need
        i += 1
        state = 1
        while state < 5:
            rest = text[i:i + 3]
            if state == 1:
                if rest[:1] in digits and rest[:1] or (rest[:1] == "-" and rest[1:2]
                                                       and rest[1:2] in digits):
                    i += 1 if rest[:1] in digits else 2
                    while i < n and text[i] in digits:
                        i += 1
                elif rest[:2] == "-*" or rest[:1] == "*":
                    need.append("int")
                    i += 2 if rest[:1] == "-" else 1
                state = 2
            elif state == 2:
                if rest[:1] == "." and rest[1:2] and rest[1:2] in digits:
                    i += 2
                    while i < n and text[i] in digits:
                        i += 1
                elif rest[:2] == ".*":
                    need.append("int")
                    i += 2
                elif rest[:1] == ".":
                    i += 1
                else:
                    state = 4
                    continue
                state = 3
            elif state == 3:
                if rest[:2] == ".*":
                    need.append("int")
                    i += 2
                elif rest[:1] == "." and len(rest) >= 2:
                    i += 2
                state = 4
            else:
                if rest[:2] == "tl":
                    text = text[:i] + "lt" + text[i + 2:]
                    continue
                if rest[:1] == "t" and len(rest) >= 2:
                    if rest[1] not in "cspPwW":
                        return "invalid control ~t" + rest[1]
                    i += 1
                elif rest[:2] in ("lp", "lP"):
                    i += 1
                elif rest[:3] in ("ltp", "ltP"):
                    i += 2
                elif rest[:2] == "lt" and len(rest) >= 3:
                    return "invalid control ~lt" + rest[2]
                elif rest[:1] == "l" and len(rest) >= 2:
                    return "invalid control ~l" + rest[1]
                state = 5
        if i >= n:
            return "truncated"
        types = _CONTROL_TYPES.get(text[i])
        if types is None:
            return "invalid control ~" + text[i]
        need.extend(types)
        i += 1


_CONTROL_TYPES = {
    "~": (), "n": (), "c": ("int",), "f": ("float",), "e": ("float",), "g": ("float",),
    "s": ("string",), "w": ("term",), "p": ("term",), "W": ("term", "int"),
    "P": ("term", "int"), "b": ("int",), "B": ("int",), "x": ("int", "string"),
    "X": ("int", "string"), "+": ("term",), "#": ("term",), "i": ("term",),
}


def _is_chardata(t) -> bool:
    """unicode:characters_to_binary/1 does not raise on the term."""
    stack = [t]
    while stack:
        item = stack.pop()
        if type(item) is bytes:
            continue
        while type(item) is list:
            head = item[0]
            if type(head) is int:
                if not 0 <= head <= 0x10FFFF:
                    return False
            elif type(head) is list or type(head) is bytes:
                stack.append(head)
            elif head is not NIL:
                return False
            item = item[1]
        if item is not NIL and type(item) is not bytes:
            return False
    return True


def _std_io_format(has_device: bool):
    """erl_stdlib_errors:check_io_format/2 for the cause {device, put_chars}."""
    def check(*args):
        args = list(args[1:] if has_device else args)
        lead = [""] if has_device else []
        fmt = args[0]
        values = args[1] if len(args) > 1 else NIL
        if _is_atom(fmt):
            text = fmt.name
        elif _is_binary(fmt):
            text = fmt.decode("latin-1")
        else:
            codes = _erlang_list(fmt) if _is_list(fmt) else None
            if codes is None or not all(type(c) is int for c in codes):
                errors = ["invalid_format", _must_be_list(values)]
                if type(fmt) is Pid and (_is_atom(values) or _is_binary(values) or (
                        _erlang_list(values) is not None
                        and all(type(c) is int for c in _erlang_list(values)))):
                    errors.append(("general", "missing_argument_list"))
                return lead + errors
            text = "".join(chr(c) for c in codes)
        if not _is_list(values):
            return lead + ["", _must_be_list(values)]
        types = _format_string_types(text)
        if type(types) is str:
            return lead + ["format string invalid (%s)" % types]
        items = _erlang_list(values)
        if items is None:
            raise _Unknown
        if len(types) != len(items):
            general = [("general", "missing_argument_list")] if _is_atom(fmt) else []
            return lead + ["wrong number of arguments"] + general
        problems = []
        for number, (kind, value) in enumerate(zip(types, items), 1):
            if kind == "float" and type(value) is not float:
                problems.append("element %d must be of type float" % number)
            elif kind == "int" and type(value) is not int:
                problems.append("element %d must be of type integer" % number)
            elif kind == "string" and not (_is_atom(value) or _is_binary(value)) and not (
                    _is_list(value) and _is_chardata(value)):
                problems.append("element %d must be of type string" % number)
        if problems:
            return lead + ["", "\n".join(problems)]
        try:
            from .io_format import format as io_lib_format
            io_lib_format(fmt, values)
        except Exception:  # io_lib:format/2 fails: the report says so
            return lead + ["failed to format string"]
        return lead + [("general", "unknown error: put_chars")]
    return check


def _std_io_put_chars(has_device: bool):
    def check(*args):
        data = args[-1]
        lead = [""] * (len(args) - 1) if has_device else []
        if _is_chardata(data):
            return lead + [("general", "unknown error: put_chars")]
        return lead + ["not valid character data (an iodata term)"]
    return check


_MATH_DOMAIN = ("acos", "acosh", "asin", "atanh", "log", "log2", "log10", "sqrt")
_MATH_FUNCTIONS = ("acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "cos",
                   "cosh", "erf", "erfc", "exp", "floor", "fmod", "log", "log10", "log2", "pow",
                   "sin", "sinh", "sqrt", "tan", "tanh")

_STDLIB = {
    "binary": {
        ("at", 2): lambda s, p: [_std_binary(s), _std_position(p)],
        ("bin_to_list", 1): lambda s: [_std_binary(s)],
        ("bin_to_list", 2): _std_binary_part,
        ("bin_to_list", 3): _std_binary_part,
        ("compile_pattern", 1): lambda p: ["not a valid pattern"],
        ("copy", 1): lambda s: [_std_binary(s)],
        ("copy", 2): lambda s, n: [_std_binary(s), _must_be_non_neg_int(n)],
        ("decode_unsigned", 1): lambda s: [_std_binary(s)],
        ("decode_unsigned", 2): lambda s, e: [_std_binary(s), _std_endianness(e)],
        ("encode_unsigned", 1): lambda s: [_must_be_non_neg_int(s)],
        ("encode_unsigned", 2): lambda s, e: [_must_be_non_neg_int(s), _std_endianness(e)],
        ("encode_hex", 1): lambda s: [_std_binary(s)],
        ("decode_hex", 1): _std_decode_hex,
        ("first", 1): _std_binary_first,
        ("last", 1): _std_binary_first,
        ("list_to_bin", 1): lambda _l: ["not_iodata"],
        ("longest_common_prefix", 1): lambda _l: ["bad_binary_list"],
        ("longest_common_suffix", 1): lambda _l: ["bad_binary_list"],
        ("match", 2): _std_binary_match,
        ("match", 3): _std_binary_match,
        ("matches", 2): _std_binary_match,
        ("matches", 3): _std_binary_match,
        ("part", 2): _std_binary_part,
        ("part", 3): _std_binary_part,
        ("referenced_byte_size", 1): lambda s: [_std_binary(s)],
        ("split", 2): _std_binary_split,
        ("split", 3): _std_binary_split,
        ("replace", 3): _std_replace,
        ("replace", 4): _std_replace,
    },
    "lists": {
        ("keyfind", 3): _std_keyfind,
        ("keymember", 3): _std_keyfind,
        ("keysearch", 3): _std_keyfind,
        ("member", 2): lambda _k, items: ["", _must_be_list(items)],
        ("reverse", 2): lambda items, _acc: [_must_be_list(items)],
        ("seq", 3): _std_seq,
    },
    "maps": {
        ("filter", 2): _std_maps_apply,
        ("filtermap", 2): _std_maps_apply,
        ("foreach", 2): _std_maps_apply,
        ("map", 2): _std_maps_apply,
        ("find", 2): lambda *_: ["", "not_map"],
        ("fold", 3): lambda f, _i, m: [_std_fun(f, 3), "", _std_map_or_iterator(m)],
        ("from_keys", 2): lambda items, _v: [_must_be_list(items)],
        ("from_list", 1): lambda items: [_must_be_list(items)],
        ("get", 2): _std_maps_get,
        ("get", 3): lambda *_: ["", "not_map"],
        ("groups_from_list", 2): lambda f, items: [_std_fun(f, 1), _must_be_list(items)],
        ("groups_from_list", 3): lambda f, g, items: [_std_fun(f, 1), _std_fun(g, 1),
                                                      _must_be_list(items)],
        ("intersect", 2): lambda a, b: [_std_map(a), _std_map(b)],
        ("intersect_with", 3): lambda f, a, b: [_std_fun(f, 3), _std_map(a), _std_map(b)],
        ("is_key", 2): lambda *_: ["", "not_map"],
        ("iterator", 1): lambda *_: ["not_map"],
        ("keys", 1): lambda *_: ["not_map"],
        ("merge", 2): lambda a, b: [_std_map(a), _std_map(b)],
        ("merge_with", 3): lambda f, a, b: [_std_fun(f, 3), _std_map(a), _std_map(b)],
        ("put", 3): lambda *_: ["", "", "not_map"],
        ("next", 1): lambda *_: ["bad_iterator"],
        ("remove", 2): lambda *_: ["", "not_map"],
        ("size", 1): lambda *_: ["not_map"],
        ("take", 2): lambda *_: ["", "not_map"],
        ("to_list", 1): lambda *_: ["not_map"],
        ("update", 3): lambda *_: ["", "", "not_map"],
        ("update_with", 3): lambda _k, f, m: ["", _std_fun(f, 1), _std_map(m)],
        ("update_with", 4): lambda _k, f, _i, m: ["", _std_fun(f, 1), "", _std_map(m)],
        ("values", 1): lambda *_: ["not_map"],
        ("with", 2): lambda items, m: [_must_be_list(items), _std_map(m)],
        ("without", 2): lambda items, m: [_must_be_list(items), _std_map(m)],
    },
    "io": {
        ("format", 1): _std_io_format(False),
        ("format", 2): _std_io_format(False),
        ("format", 3): _std_io_format(True),
        ("fwrite", 1): _std_io_format(False),
        ("fwrite", 2): _std_io_format(False),
        ("fwrite", 3): _std_io_format(True),
        ("put_chars", 1): _std_io_put_chars(False),
        ("put_chars", 2): _std_io_put_chars(True),
        ("put_chars", 3): _std_io_put_chars(True),
    },
    "math": {
        **{(name, 1): _std_math_any for name in _MATH_FUNCTIONS},
        **{(name, 2): _std_math_any for name in _MATH_FUNCTIONS},
        **{(name, 1): _std_math_domain for name in _MATH_DOMAIN},
        ("fmod", 2): _std_math_fmod,
    },
}


# ---------------------------------------------------------------- other reports

def report_header(kind: str = "ERROR") -> str:
    """The logger's ``=ERROR REPORT==== 25-Nov-2026::09:55:09.938785 ===`` line
    (kind: ERROR, CRASH, SUPERVISOR, PROGRESS, INFO, WARNING, ...)."""
    import datetime
    now = datetime.datetime.now()
    return f"={kind} REPORT==== {now.strftime('%d-%b-%Y::%H:%M:%S.')}{now.microsecond:06d} ===\n"


def crash_report(pid_text: str, exit_value: Any) -> str:
    """The logger's default report for a process that died of an error (OTP 25)."""
    return (report_header() +
            f"Error in process {pid_text} with exit value:\n"
            f"{print_term(exit_value)}\n\n")


def max_heap_report(pid_text: str, limit: int, words: int, queue_len: int) -> str:
    """The logger's report for a process killed by max_heap_size (OTP 25 layout;
    the GC figures of the BEAM have no counterpart here and are left out)."""
    return (report_header() +
            f"     Process:            {pid_text} \n"
            f"     Context:            maximum heap size reached\n"
            f"     Max Heap Size:      {limit}\n"
            f"     Total Heap Size:    {words}\n"
            f"     Kill:               true\n"
            f"     Error Logger:       true\n"
            f"     Message Queue Len:  {queue_len}\n\n")
