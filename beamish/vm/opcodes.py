"""The instruction set, defined once as data.

Every instruction is a tuple ``(opcode, operand, ...)`` in a function's code
list. This table gives each opcode its number, its operands (kind and order)
and its meaning; the compiler emits by name through it, the loader links
through it, the VM binds its numbers, and ``beamish disasm`` prints with it.

Operand kinds:
    label   an index into the same function's code (the fail label is first)
    reg     a register index in the current frame
    regs    a tuple of register indices
    int     a Python int
    lit     a literal term
    local   a local function, (name, arity) when compiled, FunctionCode when linked
    mfa     (module, name, arity) when compiled, an Export entry when linked
    bif     (module, name, arity) when compiled, a Python callable when linked
    types   a tuple of Python types
    spec    a structured description read by a helper (binary segments)
    code    a compiled fun body: index into the module's fun table when
            compiled, FunctionCode when linked

Conventions (as genop.tab): fail label first, sources next, destination
last; ``is_*`` tests jump to the fail label when the test fails; a fail
label of -1 means "raise instead of jumping" (body context), any other
value means "jump on error" (guard context).

Notes
 1. Literals live in the frame: the compiler gives every constant a
    register that the frame template fills in, so no instruction needs a
    literal variant for its sources.
 2. ``call``/``call_ext``/``call_fun``/``apply`` count one reduction each, as
    the BEAM counts calls; the loop may yield to the scheduler there.
 3. Numbers are never reused: a retired opcode stays in the table with
    ``retired=True``.
"""
from __future__ import annotations

from typing import NamedTuple


class Op(NamedTuple):
    name: str
    operands: tuple
    effect: str
    doc: str
    retired: bool = False


TABLE: list[Op] = [
    Op("move", ("reg", "reg"), "R(B) := R(A)", "copy a register"),
    Op("jump", ("label",), "pc := L", "unconditional jump"),
    Op("return", ("reg",), "return R(A)", "return to the caller's frame, result into its dest register"),
    Op("call", ("local", "regs", "reg"), "R(C) := F(R(args))", "call a local function (new frame)"),
    Op("tail_call", ("local", "regs"), "return F(R(args))", "call reusing nothing of this frame"),
    Op("call_ext", ("mfa", "regs", "reg"), "R(C) := M:F(R(args))", "call through the export table (hot code loading)"),
    Op("tail_call_ext", ("mfa", "regs"), "return M:F(R(args))", "tail call through the export table"),
    Op("call_bif", ("label", "bif", "regs", "reg"), "R(D) := bif(R(args))", "call a Python BIF; on error jump to L or raise"),
    Op("call_fun", ("reg", "regs", "reg"), "R(C) := R(A)(R(args))", "call a fun value"),
    Op("tail_call_fun", ("reg", "regs"), "return R(A)(R(args))", "tail call a fun value"),
    Op("apply", ("reg", "reg", "reg", "reg"), "R(D) := apply(R(A), R(B), R(C))", "call M:F with an argument list"),
    Op("tail_apply", ("reg", "reg", "reg"), "return apply(R(A), R(B), R(C))", "tail apply"),
    Op("make_fun", ("code", "regs", "reg"), "R(C) := fun(env R(args))", "build a closure"),
    Op("put_list", ("reg", "reg", "reg"), "R(C) := [R(A) | R(B)]", "build a cons cell"),
    Op("put_tuple", ("regs", "reg"), "R(B) := {R(elems)}", "build a tuple"),
    Op("put_map", ("label", "reg", "regs", "regs", "reg"), "R(E) := R(B)#{K => V}", "build or update a map with =>; B=-1 for a new map"),
    Op("update_map", ("label", "reg", "regs", "regs", "reg"), "R(E) := R(B)#{K := V}", "update existing keys of a map with :="),
    Op("get_cons", ("label", "reg", "reg", "reg"), "R(C) := hd R(A); R(D) := tl R(A)", "test for a cons cell and take it apart"),
    Op("is_nil", ("label", "reg"), "R(A) == []", "test for the empty list"),
    Op("get_tuple", ("label", "reg", "int", "regs"), "R(dsts) := elements of R(A)", "test tuple arity and unpack (dst -1 skips)"),
    Op("is_tuple_tag", ("label", "reg", "int", "lit"), "R(A) = {Tag, ...}/N", "test a tuple of arity N whose first element is an atom"),
    Op("get_element", ("reg", "int", "reg"), "R(C) := element(B, R(A))", "read a tuple element already known to exist"),
    Op("is_map", ("label", "reg"), "is_map(R(A))", "test for a map"),
    Op("get_map", ("label", "reg", "regs", "regs"), "R(dsts) := R(A)#{keys}", "test that keys exist and read their values"),
    Op("is_eq_atom", ("label", "reg", "lit"), "R(A) is atom", "atom identity test"),
    Op("is_eq_int", ("label", "reg", "lit"), "R(A) =:= int", "small-integer literal test"),
    Op("is_eq_exact", ("label", "reg", "reg"), "R(A) =:= R(B)", "exact equality test"),
    Op("is_ne_exact", ("label", "reg", "reg"), "R(A) =/= R(B)", "exact inequality test"),
    Op("is_eq", ("label", "reg", "reg"), "R(A) == R(B)", "arithmetic equality test"),
    Op("is_ne", ("label", "reg", "reg"), "R(A) /= R(B)", "arithmetic inequality test"),
    Op("is_lt", ("label", "reg", "reg"), "R(A) < R(B)", "term order test"),
    Op("is_ge", ("label", "reg", "reg"), "R(A) >= R(B)", "term order test"),
    Op("is_type", ("label", "reg", "types"), "type(R(A)) in T", "type test (is_integer, is_list, ...)"),
    Op("is_true", ("label", "reg"), "R(A) is true", "test a guard value"),
    Op("is_boolean", ("label", "reg"), "R(A) in {true,false}", "boolean test"),
    Op("is_function", ("label", "reg", "int"), "is_function(R(A), N)", "fun test, N=-1 for any arity"),
    Op("add", ("label", "reg", "reg", "reg"), "R(D) := R(B) + R(C)", "addition, small-integer fast path"),
    Op("sub", ("label", "reg", "reg", "reg"), "R(D) := R(B) - R(C)", "subtraction, small-integer fast path"),
    Op("mul", ("label", "reg", "reg", "reg"), "R(D) := R(B) * R(C)", "multiplication"),
    Op("badmatch", ("reg",), "error({badmatch, R(A)})", "raise badmatch"),
    Op("case_end", ("reg",), "error({case_clause, R(A)})", "raise case_clause"),
    Op("if_end", (), "error(if_clause)", "raise if_clause"),
    Op("try_case_end", ("reg",), "error({try_clause, R(A)})", "raise try_clause"),
    Op("func_clause", (), "error(function_clause)", "no clause matched the arguments"),
    Op("try_begin", ("label", "regs"), "push handler", "protect until try_end; on exception R(class, reason, trace) := it, jump L"),
    Op("try_end", (), "pop handler", "leave the protected region"),
    Op("catch_begin", ("label", "reg"), "push catch", "as try_begin, but R(A) := the value of ``catch Expr`` and jump L"),
    Op("raise", ("reg", "reg", "reg"), "raise R(A):R(B) with R(C)", "re-raise a caught exception"),
    Op("loop_rec", ("label", "reg"), "R(B) := next message", "read the message at the save position, or jump L when none"),
    Op("remove_message", (), "", "remove the current message, reset the save position"),
    Op("loop_rec_next", ("label",), "", "advance the save position and jump L"),
    Op("wait", ("label",), "", "suspend until a message arrives, then jump L"),
    Op("wait_timeout", ("label", "reg"), "", "suspend until a message or the timeout; on message jump L, on timeout fall through"),
    Op("timeout", (), "", "reset the save position after a timeout"),
    Op("bs_match", ("label", "reg", "spec"), "", "match a binary against a segment list, binding registers"),
    Op("bs_build", ("label", "spec", "reg"), "R(C) := <<segments>>", "build a binary from a segment list"),
    Op("neg", ("label", "reg", "reg"), "R(C) := -R(B)", "unary minus"),
]

BY_NAME: dict[str, int] = {op.name: number for number, op in enumerate(TABLE)}


class _Numbers:
    """Opcode numbers as attributes: ``OP.call`` is the number of ``call``."""

    def __init__(self):
        for name, number in BY_NAME.items():
            setattr(self, name, number)


OP = _Numbers()
