"""The N in a fun's name ``-f/1-fun-N-``, numbered as OTP 25's compiler does.

The name shows in stack traces, crash reports, ``erlang:fun_info/2`` and
eunit's test descriptions, so it has to agree with OTP. OTP numbers funs in
v3_core while lowering a function, with one counter per function that list
comprehensions also advance, in the order that pass visits expressions:

 1. A fun is numbered after the funs inside it (post-order).
 2. A list is visited tail first; the elements of a tuple, the arguments of
    a call (then the called expression) and the operands of a binary
    operator right to left. ``andalso``/``orelse`` go left to right.
 3. Bodies, clauses and everything else go in source order.
 4. A fun applied where it is written, ``(fun() -> ... end)()``, still takes
    a number even though the compiler inlines it.
"""
from __future__ import annotations

__all__ = ["number_funs"]


def number_funs(clauses: list) -> dict[int, int]:
    """``id(fun node) -> N`` for every fun expression in one function's clauses."""
    numbers: dict[int, int] = {}
    counter = [0]

    def visit(node) -> None:
        stack = [node]
        while stack:
            item = stack.pop()
            if type(item) is list:
                stack.extend(reversed(item))
                continue
            if type(item) is not tuple or not item or type(item[0]) is not str:
                continue
            kind = item[0]
            if kind == "fun":
                stack.append(("$number", item))
                stack.extend(reversed(item[2]))
            elif kind == "$number":
                numbers[id(item[1])] = counter[0]
                counter[0] += 1
            elif kind in ("lc", "bc"):
                counter[0] += 1
                stack.extend(reversed(item[2:]))
            elif kind == "cons":
                stack.extend((item[2], item[3]))
            elif kind == "tuple":
                stack.extend(item[2])
            elif kind == "call":
                callee, args = item[2], item[3]
                stack.append(callee)
                stack.extend(args)
            elif kind == "op" and item[2] not in ("andalso", "orelse"):
                stack.extend((item[3], item[4]))
            else:
                stack.extend(reversed(item[2:]))

    visit(clauses)
    return numbers
