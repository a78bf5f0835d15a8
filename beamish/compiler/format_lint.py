"""erl_lint's check of literal io:format strings against their argument lists.

OTP 25's erl_lint warns when a call to io:format/io:fwrite (arity 1 to 3) or
io_lib:format/io_lib:fwrite (arity 2) has a literal format (a string or an
atom) that does not parse, or whose directives take a different number of
arguments than a literal argument list holds. Calls whose format or
argument list is not literal (a variable, a binary, ``"a" ++ B``, a list
with an unknown tail) are not checked. Warnings are placed as erl_lint
places them: on the argument list, or on the format when the format itself
is at fault or no argument list is given.
"""
from __future__ import annotations

from typing import Iterator

# The function whose argument at this index is the format, by (module, name, arity).
_FORMAT_CALLS = {
    ("io", "format", 1): 0, ("io", "format", 2): 0, ("io", "format", 3): 1,
    ("io", "fwrite", 1): 0, ("io", "fwrite", 2): 0, ("io", "fwrite", 3): 1,
    ("io_lib", "format", 2): 0, ("io_lib", "fwrite", 2): 0,
}

# Arguments taken by each control character (io_lib_format's directives).
_CONTROL_ARGS = {c: 1 for c in "cfegswpbBi+#"}
_CONTROL_ARGS.update({"W": 2, "P": 2, "x": 2, "X": 2, "n": 0, "~": 0})


def format_warnings(functions) -> list[tuple[tuple[int, int], str]]:
    """``(pos, message)`` for every suspicious format call in the function forms."""
    warnings = []
    for call in _remote_calls(functions):
        _, pos, (_, _, module, name), args = call
        if module[0] != "atom" or name[0] != "atom":
            continue
        index = _FORMAT_CALLS.get((module[2], name[2], len(args)))
        if index is None:
            continue
        warning = _check(args[index], args[index + 1] if index + 1 < len(args) else None)
        if warning is not None:
            warnings.append(warning)
    return warnings


def _remote_calls(functions) -> Iterator[tuple]:
    """Every ``M:F(...)`` call node, found without recursion (bodies may nest deeply)."""
    stack = list(functions)
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            if node and node[0] == "call" and isinstance(node[2], tuple) \
                    and node[2][0] == "remote":
                yield node
            stack.extend(x for x in node if isinstance(x, (tuple, list)))
        elif isinstance(node, list):
            stack.extend(node)


def _check(fmt, args) -> tuple[tuple[int, int], str] | None:
    if fmt[0] == "string" or fmt[0] == "atom":
        text = fmt[2]
    else:
        return None
    need = count_format_arguments(text)
    if isinstance(need, str):
        return fmt[1], f"format string invalid ({need})"
    if args is None:
        if need == 0:
            return None
        return fmt[1], (f"the format string requires an argument list with {_arguments(need)}, "
                        "but no argument list is given")
    have = _literal_length(args)
    if have is None:
        return None
    if have == "not a list":
        return args[1], "format arguments not a list"
    if have == need:
        return None
    if need == 0:
        return args[1], ("the format string requires an empty argument list, but the argument "
                         f"list contains {_arguments(have)}")
    wanted = f"the format string requires an argument list with {_arguments(need)}, but "
    if have == 0:
        return args[1], wanted + "the argument list is empty"
    if have < need:
        return args[1], wanted + f"the argument list contains only {_arguments(have)}"
    return args[1], wanted + f"the argument list contains {_arguments(have)}"


def _arguments(count: int) -> str:
    return f"{count} argument" if count == 1 else f"{count} arguments"


def _literal_length(node) -> int | str | None:
    """Length of a literal list, "not a list" for an atomic literal, None if unknown
    (erl_lint does not judge a tuple, binary or map here)."""
    kind = node[0]
    if kind == "string":
        return len(node[2])
    if kind in ("int", "float", "atom", "char"):
        return "not a list"
    count = 0
    while node[0] == "cons":
        count += 1
        node = node[3]
    if node[0] == "nil":
        return count
    if node[0] == "string":
        return count + len(node[2])
    return None


def count_format_arguments(text: str) -> int | str:
    """How many arguments the directives of ``text`` take, or why it is invalid.

    A directive is ``~[-][Field][.[Precision][.Pad]][Modifiers]Control``
    where Field and Precision are digits or ``*`` (an argument each) and a
    ``*`` pad takes an argument too.
    """
    count = 0
    i = 0
    size = len(text)
    while True:
        i = text.find("~", i)
        if i < 0:
            return count
        i += 1
        if text[i + 1:i + 2].isdigit() or text[i + 1:i + 2] == "*":
            if text[i] == "-":  # a left-adjusted field; a lone '-' is a bad control
                i += 1
        i, stars = _number(text, i)
        count += stars
        if i < size and text[i] == ".":
            i, stars = _number(text, i + 1)
            count += stars
            if i < size and text[i] == ".":
                i += 1
                if i >= size:
                    return "truncated"
                if text[i] == "*":
                    count += 1
                i += 1
        modifiers = ""
        while i < size and text[i] in "tl" and text[i] not in modifiers:
            modifiers += text[i]
            i += 1
        if i >= size:
            return "truncated"
        control = text[i]
        taken = _CONTROL_ARGS.get(control)
        if taken is None:
            return f"invalid control ~{modifiers}{control}"
        count += taken
        i += 1


def _number(text: str, i: int) -> tuple[int, int]:
    """Skip a field of digits or a ``*``; the new index and the arguments it takes."""
    if i < len(text) and text[i] == "*":
        return i + 1, 1
    while i < len(text) and text[i].isdigit():
        i += 1
    return i, 0
