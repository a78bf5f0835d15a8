"""Which local functions can never return, as OTP's type analysis finds them.

OTP's compiler knows when a called local function always raises (every
clause ends in ``throw/1``, ``error/1,2,3``, ``exit/1``, ``erlang:raise/3``
or a call to another such function) and then compiles the call like a
last call: the caller's frame is gone from the stack trace. beamish keeps
that shape of the trace by finding the same functions (a fixpoint over the
module) and emitting those calls as tail calls outside exception handlers.
The analysis is conservative: only the shapes below count as not
returning; anything else is taken to return.
"""
from __future__ import annotations

_RAISING_BIFS = {("error", 1), ("error", 2), ("error", 3), ("exit", 1), ("throw", 1),
                 ("raise", 3)}


def never_returning(functions: dict, auto_imported) -> set[tuple[str, int]]:
    """The (name, arity) of each function form in ``functions`` that never returns.

    ``auto_imported(name, arity)`` tells whether an unqualified call to a
    name that is not a local function reaches the erlang BIF of that name.
    """
    found: set[tuple[str, int]] = set()
    changed = True
    while changed:
        changed = False
        for key, form in functions.items():
            if key not in found and all(_body_never_returns(clause[4], found, functions,
                                                            auto_imported)
                                        for clause in form[4]):
                found.add(key)
                changed = True
    return found


def _body_never_returns(body, found, functions, auto_imported) -> bool:
    return any(_never_returns(e, found, functions, auto_imported) for e in body)


def _never_returns(e, found, functions, auto_imported) -> bool:
    kind = e[0]
    if kind == "call":
        callee, arity = e[2], len(e[3])
        if callee[0] == "remote":
            module, name = callee[2], callee[3]
            return (module[0] == "atom" and module[2] == "erlang" and name[0] == "atom"
                    and (name[2], arity) in _RAISING_BIFS)
        if callee[0] == "atom":
            key = (callee[2], arity)
            if key in functions:
                return key in found
            return key in _RAISING_BIFS and key != ("raise", 3) and auto_imported(*key)
        return False
    if kind == "match":
        return _never_returns(e[3], found, functions, auto_imported)
    if kind == "block":
        return _body_never_returns(e[2], found, functions, auto_imported)
    if kind == "case":
        return (_never_returns(e[2], found, functions, auto_imported)
                or all(_body_never_returns(c[4], found, functions, auto_imported) for c in e[3]))
    if kind == "if":
        return all(_body_never_returns(c[4], found, functions, auto_imported) for c in e[2])
    return False
