"""Per-function code generation: the fast execution path.

Each FunctionCode's linked bytecode is translated, on its first call, into one
specialised Python function (source generated here, ``compile()``d and kept on
``fc.jit``). ``run(proc, budget)`` is a trampoline with exactly the contract of
``interp.interpret``; the bytecode interpreter stays the reference path
(``BEAMISH_INTERP=1`` selects it) and tests/conformance runs the corpus on both.

A generated function ``f(P, S, r, pc, reds)`` runs its frame from ``pc`` until
a call, return, wait or exit, and returns ``(f2, pc2, r2, reds2)``: the code to
continue with. Calls never recurse on the Python stack: a call pushes the same
``(fc, return pc, registers, dest)`` entry as the interpreter and returns the
callee; a return pops and returns the caller. Registers are the same Python
list as in the interpreter (constants of integer value are inlined), so a
process can move between the two paths at any slice boundary.

Why this is faster: no decode or dispatch per instruction, operands are
constants in the generated code, tests fall through as nested ``if``s, and
small-integer arithmetic, cons and tuple tests are inline Python expressions.

Signals to the trampoline ride on ``reds``: a function that waits returns
``reds - WAIT_BIAS``, one whose first frame returns ``reds - EXIT_BIAS``; the
trampoline's ``while reds > 0`` stops on both at no cost per call.

Errors: nothing in the generated code keeps a pc up to date. When an exception
escapes, the trampoline finds the generated frame in the traceback and maps
its source line back to the instruction (every line records the instruction
it belongs to), then builds the stack trace exactly as the interpreter does.
"""
from __future__ import annotations

import hashlib
import itertools
import marshal
import os
import sys

from ..cache import cache_dir, write_atomically
from .arith import minus as slow_sub, negate as slow_neg, plus as slow_add, times as slow_mul
from .bits import MatchContext, bs_build, bs_match
from .code import Export, FunctionCode
from .errors import ErlangError, EXIT, BADARG
from .interp import (BADARITY, BADFUN, BADKEY, BADMAP, BADMATCH, CASE_CLAUSE,
                     KIND_CATCH, KIND_TRY, TRY_CLAUSE, _APPLY, ExitSelf, Halt, Hibernate,
                     bad_fun_call, build_trace, call_export_slow, fill_trace, frame_term,
                     hibernate, internal_error, operator_call, unwind)
from .errors import FUNCTION_CLAUSE, IF_CLAUSE
from .opcodes import OP, TABLE
from .terms import Atom, FALSE, NIL, TRUE, Fun, compare, exact_eq, from_iterable, map_key, to_pylist

WAIT_BIAS = 1 << 40
EXIT_BIAS = 1 << 50
TIMEOUT_VALUE = Atom("timeout_value")


class _Fail:
    """The value of a guard-context operation that failed."""

    def __repr__(self) -> str:
        return "FAIL"


FAIL = _Fail()

# code object of a generated function -> (FunctionCode, instruction index per source line)
_GENERATED: dict = {}
_serial = itertools.count()


# ---- helpers the generated code calls on its slow paths

def guard_op(func, *args):
    """An arithmetic slow path in a guard: FAIL instead of an exception."""
    try:
        return func(*args)
    except ErlangError:
        return FAIL


def guard_bs_build(spec, r):
    try:
        return bs_build(spec, r)
    except ErlangError:
        return FAIL


def export_code(proc, export: Export):
    """The loaded code behind an export entry, autoloading its module once."""
    if export.bif is None:
        proc.runtime.autoload(export)
    return export.code


def raise_func_clause(stack, fc, pc, r):
    e = ErlangError(FUNCTION_CLAUSE)
    e.stacktrace = build_trace(None, 0, stack, frame_term(fc, pc - 1, r[:fc.arity]))
    raise e


def fun_target(proc, f, args: list, returns: bool, fc, pc: int):
    """Resolve a fun call the inline path did not take: (code, registers) to
    enter, or (None, value) when it ran a BIF; raises badfun/badarity/undef
    (a body call's trace lists the caller twice, see interp.bad_fun_call)."""
    if type(f) is not Fun:
        raise bad_fun_call((BADFUN, f), returns, fc, pc, proc.stack)
    if f.arity != len(args):
        raise bad_fun_call((BADARITY, (f, from_iterable(args))), returns, fc, pc, proc.stack)
    target = f.code
    if target is None:
        export = proc.runtime.export(f.module.name, f.name.name, f.arity)
        if export.code is None and export.bif is None:
            proc.runtime.autoload(export)
        if export.code is None:
            return None, call_export_slow(proc, export, args)
        target = export.code
    else:
        args.extend(f.env)
        args.append(f)
    args.extend(target.tail)
    return target, args


def apply_target(proc, mod, name, arglist):
    """apply(M, F, Args) / apply(Fun, Args) resolved as the interpreter does."""
    if type(mod) is Fun:
        try:
            args = to_pylist(arglist)
        except ValueError:
            raise ErlangError(BADARG) from None
        f = mod
        if f.arity != len(args):
            raise ErlangError((BADARITY, (f, arglist)))
        if f.code is not None:
            args.extend(f.env)
            args.append(f)
            args.extend(f.code.tail)
            return f.code, args
        mod, name = f.module, f.name
    if type(mod) is not Atom or type(name) is not Atom:
        raise ErlangError(BADARG, args_for_trace=(_APPLY, (mod, name, arglist)))
    try:
        args = to_pylist(arglist)
    except ValueError:
        raise ErlangError(BADARG, args_for_trace=(_APPLY, (mod, name, arglist))) from None
    export = proc.runtime.export(mod.name, name.name, len(args))
    if export.code is None and export.bif is None:
        proc.runtime.autoload(export)
    if export.code is None:
        return None, call_export_slow(proc, export, args)
    args.extend(export.code.tail)
    return export.code, args


def put_map(fail: int, m, pairs):
    if type(m) is not dict:
        if fail >= 0:
            return FAIL
        raise ErlangError((BADMAP, m))
    m = m.copy()
    for key, value in pairs:
        m[map_key(key)] = value
    return m


def update_map(fail: int, m, pairs):
    if type(m) is not dict:
        if fail >= 0:
            return FAIL
        raise ErlangError((BADMAP, m))
    m = m.copy()
    for key, value in pairs:
        k = map_key(key)
        if k not in m:
            if fail >= 0:
                return FAIL
            raise ErlangError((BADKEY, key))
        m[k] = value
    return m


def get_map(m, keys):
    """The values under keys, or None when m is not a map or lacks one."""
    if type(m) is not dict:
        return None
    out = []
    for key in keys:
        k = map_key(key)
        if k not in m:
            return None
        out.append(m[k])
    return out


def remove_message(proc):
    del proc.mailbox[proc.save]
    proc.save = 0
    if proc.wake_at is not None:
        proc.runtime.cancel_timeout(proc)


def arm_wait(proc, timeout, resume_pc: int) -> None:
    if proc.wake_at is None and not proc.runtime.arm_timeout(proc, timeout):
        raise ErlangError(TIMEOUT_VALUE)
    proc.timeout_pc = resume_pc


_HELPERS = {
    "ErlangError": ErlangError, "Fun": Fun, "NIL": NIL, "TRUE": TRUE, "FALSE": FALSE,
    "compare": compare, "exact_eq": exact_eq, "map_key": map_key, "FAIL": FAIL,
    "operator_call": operator_call, "slow_add": slow_add, "slow_sub": slow_sub,
    "slow_mul": slow_mul, "slow_neg": slow_neg, "guard_op": guard_op,
    "bs_match": bs_match, "bs_build": bs_build, "guard_bs_build": guard_bs_build,
    "call_export_slow": call_export_slow, "export_code": export_code,
    "raise_func_clause": raise_func_clause, "fun_target": fun_target,
    "apply_target": apply_target, "put_map": put_map, "update_map": update_map,
    "get_map": get_map, "remove_message": remove_message, "arm_wait": arm_wait,
    "BADMATCH": BADMATCH, "CASE_CLAUSE": CASE_CLAUSE, "TRY_CLAUSE": TRY_CLAUSE,
    "IF_CLAUSE": IF_CLAUSE, "WAIT_BIAS": WAIT_BIAS, "EXIT_BIAS": EXIT_BIAS,
    "KIND_TRY": KIND_TRY, "KIND_CATCH": KIND_CATCH, "getrefcount": sys.getrefcount,
}

# ---- the code generator

_LABEL_OPS = {OP.jump: (1,), OP.loop_rec_next: (1,), OP.wait: (1,), OP.wait_timeout: (1,),
              OP.try_begin: (1,), OP.catch_begin: (1,)}
_CALLS = {OP.call, OP.call_ext, OP.call_fun, OP.apply, OP.wait_timeout}
_RETURN = getattr(OP, "return")

_INTS = "type(a) is int and type(b) is int"
# erlang BIFs with an inline fast path: (condition, expression); when the
# condition fails the BIF itself runs, so errors and odd types are unchanged.
_INLINE_BIFS = {
    ("=:=", 2): (_INTS, "TRUE if a == b else FALSE"),
    ("=/=", 2): (_INTS, "TRUE if a != b else FALSE"),
    ("==", 2): (_INTS, "TRUE if a == b else FALSE"),
    ("/=", 2): (_INTS, "TRUE if a != b else FALSE"),
    ("<", 2): (_INTS, "TRUE if a < b else FALSE"),
    (">", 2): (_INTS, "TRUE if a > b else FALSE"),
    ("=<", 2): (_INTS, "TRUE if a <= b else FALSE"),
    (">=", 2): (_INTS, "TRUE if a >= b else FALSE"),
    ("rem", 2): (_INTS + " and a >= 0 and b > 0", "a % b"),
    ("div", 2): (_INTS + " and a >= 0 and b > 0", "a // b"),
    ("band", 2): (_INTS, "a & b"),
    ("bor", 2): (_INTS, "a | b"),
    ("bxor", 2): (_INTS, "a ^ b"),
    ("not", 1): ("(a is TRUE or a is FALSE)", "FALSE if a is TRUE else TRUE"),
    ("hd", 1): ("type(a) is list", "a[0]"),
    ("tl", 1): ("type(a) is list", "a[1]"),
    ("element", 2): ("type(b) is tuple and type(a) is int and 0 < a <= len(b)", "b[a - 1]"),
    ("tuple_size", 1): ("type(a) is tuple", "len(a)"),
    ("byte_size", 1): ("type(a) is bytes", "len(a)"),
}
_MAX_DEPTH = 18  # nesting of if/else before a block is split


def _labels(code: list) -> set:
    """Every pc control can reach other than by falling through."""
    starts = {0}
    for pc, ins in enumerate(code):
        op = ins[0]
        operands = TABLE[op].operands
        if operands and operands[0] == "label" and ins[1] >= 0:
            starts.add(ins[1])
        if op in _CALLS:
            starts.add(pc + 1)
    return starts


# Instructions a dead-register scan may step over (they neither branch nor hide
# register reads in a spec), and those that end the frame.
_STRAIGHT = {OP.move, OP.put_list, OP.put_tuple, OP.get_element, OP.add, OP.sub, OP.mul,
             OP.neg, OP.call, OP.call_ext, OP.call_fun, OP.call_bif, OP.make_fun,
             OP.put_map, OP.update_map}
_ENDS = {_RETURN, OP.tail_call, OP.tail_call_ext, OP.tail_call_fun}


def _reads(ins) -> set:
    """Every register an instruction names (reads and writes alike)."""
    out = set()
    for kind, value in zip(TABLE[ins[0]].operands, ins[1:]):
        if kind == "reg":
            out.add(value)
        elif kind == "regs":
            out.update(value if type(value) is tuple else (value,))
    return out


def _dead_after(code: list, pc: int, reg: int) -> bool:
    """True when no path from pc+1 can read ``reg`` (conservative: any branch,
    or any instruction not known to be straight-line, answers False)."""
    seen = set()
    pc += 1
    while 0 <= pc < len(code) and pc not in seen:
        seen.add(pc)
        ins = code[pc]
        op = ins[0]
        if op == OP.jump:
            pc = ins[1]
            continue
        if op in _ENDS:
            return reg not in _reads(ins)
        if op not in _STRAIGHT or reg in _reads(ins):
            return False
        operands = TABLE[op].operands
        if operands[0] == "label" and ins[1] >= 0:
            return False
        pc += 1
    return False


class _Gen:
    """Generates the source of one function."""

    def __init__(self, fc: FunctionCode):
        self.fc = fc
        self.globals = dict(_HELPERS)
        self.names: dict[int, str] = {}  # id(object) -> global name
        self.lines: list[str] = []
        self.line_pc: list[int] = []
        self.pc = 0
        self.loop = False
        nparams = fc.nparams
        self.consts = {nparams + i: v for i, v in enumerate(fc.tail) if v is not None}
        # a handler in this frame could read a register after an exception
        self.self_calls = any(ins[0] == OP.call and ins[1] is fc for ins in fc.code)
        self.handlers = any(ins[0] in (OP.try_begin, OP.catch_begin) for ins in fc.code)

    def owned(self, reg: int) -> bool:
        """Whether an update of the map in ``reg`` may reuse it when nothing
        else references it: reg is never read again in this frame."""
        return not self.handlers and reg not in self.consts and _dead_after(self.fc.code, self.pc, reg)

    # operands
    def name(self, obj, prefix: str = "K") -> str:
        key = id(obj)
        n = self.names.get(key)
        if n is None:
            n = f"{prefix}{len(self.names)}"
            self.names[key] = n
            self.globals[n] = obj
        return n

    def reg(self, i: int) -> str:
        if i in self.consts:
            v = self.consts[i]
            if type(v) is int:
                return repr(v)
            return self.name(v)
        return f"r[{i}]"

    def args(self, regs) -> str:
        return "".join(self.reg(i) + ", " for i in regs)

    def emit(self, depth: int, text: str) -> None:
        self.lines.append("    " * depth + text)
        self.line_pc.append(self.pc)

    def jump(self, depth: int, label: int) -> None:
        self.emit(depth, f"pc = {label}")
        if label <= self.pc:
            self.loop = True
            self.emit(depth, "continue")

    def ret(self, depth: int, value: str) -> None:
        """The return sequence: to the caller, or out of the process."""
        self.emit(depth, f"v = {value}")
        self.emit(depth, "if S:")
        self.emit(depth + 1, "cf, cp, cr, cd = S.pop()")
        self.emit(depth + 1, "cr[cd] = v")
        if self.self_calls:
            # back into a frame of this same function: stay in this Python call
            self.loop = True
            self.emit(depth + 1, "if cf is FC:")
            self.emit(depth + 2, "r = cr")
            self.emit(depth + 2, "pc = cp")
            self.emit(depth + 2, "continue")
        self.emit(depth + 1, "return cf.jit, cp, cr, reds")
        self.emit(depth, "P.result = v")
        self.emit(depth, f"return SELF, {self.pc + 1}, r, reds - EXIT_BIAS")

    def enter(self, depth: int, code: str, regs: str, push_dst: int | None,
              leaf: bool | None = None) -> None:
        """Return into ``code`` (an expression for a FunctionCode) with registers.

        A leaf callee (code.py: it never calls nor waits) is run as a direct
        Python call instead, one level deep at most; when it returns into this
        frame the loop goes on here. ``leaf`` None means: test at run time."""
        if push_dst is not None:
            self.emit(depth, f"S.append((FC, {self.pc + 1}, r, {push_dst}))")
        if leaf is False:
            self.emit(depth, f"return {code}.jit, 0, {regs}, reds - 1")
            return
        cond = "reds > 1" if leaf else f"reds > 1 and {code}.leaf"
        self.emit(depth, f"if {cond}:")
        if push_dst is not None:
            self.loop = True
            self.emit(depth + 1, f"cf, pc, r, reds = {code}.jit(P, S, {regs}, 0, reds - 1)")
            self.emit(depth + 1, "continue")
        else:
            self.emit(depth + 1, f"return {code}.jit(P, S, {regs}, 0, reds - 1)")
        self.emit(depth, f"return {code}.jit, 0, {regs}, reds - 1")

    # generation
    def source(self) -> str:
        code = self.fc.code
        starts = _labels(code)
        body_start = len(self.lines)
        i = 0
        n = len(code)
        while i < n:
            self.pc = i
            self.emit(2, f"if pc == {i}:")
            depth = 3
            while True:
                self.pc = i
                ends, depth = self.instruction(code[i], depth)
                i += 1
                if ends or i >= n:
                    break
                if i in starts or depth > _MAX_DEPTH:
                    self.pc = i - 1
                    self.emit(depth, f"pc = {i}")
                    break
        self.pc = n
        self.emit(2, "raise SystemError('bad pc in generated code')")
        body = self.lines[body_start:]
        line_pc = self.line_pc[body_start:]
        if not self.loop:  # no backward jump: drop the loop, one level less
            body = [line[4:] for line in body]
        head = ["def F(P, S, r, pc, reds):"]
        if self.loop:
            head.append("    while True:")
        self.lines = head + body
        self.line_pc = [0] * len(head) + line_pc
        return "\n".join(self.lines) + "\n"

    def test(self, depth: int, cond: str, label: int, post: tuple = ()) -> int:
        """A conditional jump to ``label`` when ``cond`` holds; what follows nests."""
        self.emit(depth, f"if {cond}:")
        if label < 0:
            raise SystemError("test without a fail label")
        self.jump(depth + 1, label)
        self.emit(depth, "else:")
        for line in post:
            self.emit(depth + 1, line)
        return depth + 1

    def instruction(self, ins, d: int) -> tuple[bool, int]:  # noqa: C901 - one case per opcode
        """Emit one instruction; returns (block ended, new depth)."""
        op = ins[0]
        R = self.reg
        e = self.emit
        if op == OP.move:
            e(d, f"r[{ins[2]}] = {R(ins[1])}")
        elif op == OP.jump:
            self.jump(d, ins[1])
            return True, d
        elif op == OP.get_cons:
            e(d, f"v = {R(ins[2])}")
            return False, self.test(d, "type(v) is not list", ins[1],
                                    (f"r[{ins[3]}], r[{ins[4]}] = v",))
        elif op == OP.is_nil:
            return False, self.test(d, f"{R(ins[2])} is not NIL", ins[1])
        elif op in (OP.is_lt, OP.is_ge):
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            neg = ">=" if op == OP.is_lt else "<"
            ints = self.int_test(ins[2], ins[3])
            cond = f"(a {neg} b) if {ints} else (compare(a, b) {neg} 0)" if ints else f"compare(a, b) {neg} 0"
            return False, self.test(d, cond, ins[1])
        elif op in (OP.add, OP.sub, OP.mul):
            sym, slow = {OP.add: ("+", "slow_add"), OP.sub: ("-", "slow_sub"),
                         OP.mul: ("*", "slow_mul")}[op]
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            ints = self.int_test(ins[2], ins[3])
            if ints == "True":
                e(d, f"r[{ins[4]}] = a {sym} b")
                return False, d
            fast = f"a {sym} b if {ints} else " if ints else ""
            if ins[1] < 0:
                e(d, f"r[{ins[4]}] = {fast}operator_call({slow}, '{sym}', a, b)")
                return False, d
            e(d, f"v = {fast}guard_op({slow}, a, b)")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[4]}] = v",))
        elif op == OP.neg:
            e(d, f"a = {R(ins[2])}")
            if ins[1] < 0:
                e(d, f"r[{ins[3]}] = -a if type(a) is int else operator_call(slow_neg, '-', a)")
                return False, d
            e(d, "v = -a if type(a) is int else guard_op(slow_neg, a)")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[3]}] = v",))
        elif op in (OP.call, OP.tail_call):
            target = ins[1]
            dst = ins[3] if op == OP.call else None
            if target is self.fc:
                # a call to this same function loops here instead of going
                # through the trampoline; the budget check is the same
                self.loop = True
                if dst is not None:
                    e(d, f"S.append((FC, {self.pc + 1}, r, {dst}))")
                e(d, f"r = {self.frame(ins[2], target)}")
                e(d, "reds -= 1")
                e(d, "if reds <= 0:")
                e(d + 1, "return SELF, 0, r, reds")
                e(d, "pc = 0")
                e(d, "continue")
                return True, d
            self.enter(d, self.name(target, "L"), self.frame(ins[2], target), dst, target.leaf)
            return True, d
        elif op in (OP.call_ext, OP.tail_call_ext):
            export = self.name(ins[1], "E")
            e(d, f"t = {export}.code")
            e(d, "if t is None:")
            e(d + 1, f"t = export_code(P, {export})")
            e(d, "if t is None:")
            e(d + 1, "reds -= 1")
            args = f"[{self.args(ins[2])}]"
            if op == OP.call_ext:
                e(d + 1, f"r[{ins[3]}] = call_export_slow(P, {export}, {args})")
                e(d + 1, f"pc = {self.pc + 1}")
            else:
                self.ret(d + 1, f"call_export_slow(P, {export}, {args}, True)")
            e(d, "else:")
            e(d + 1, f"nr = {args}")
            e(d + 1, "nr += t.tail")
            self.enter(d + 1, "t", "nr", ins[3] if op == OP.call_ext else None)
            return True, d
        elif op == OP.call_bif and (ref := ins[5]).module == "erlang" and \
                (ref.name, ref.arity) in _INLINE_BIFS and not ref.process:
            cond, fast = _INLINE_BIFS[ref.name, ref.arity]
            func = self.name(ins[2], "B")
            names = ("a", "b")[:ref.arity]
            for name, reg in zip(names, ins[3]):
                e(d, f"{name} = {R(reg)}")
            args = ", ".join(names)
            if ins[1] < 0:
                e(d, f"r[{ins[4]}] = ({fast}) if {cond} else {func}({args})")
                return False, d
            e(d, f"v = ({fast}) if {cond} else guard_op({func}, {args})")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[4]}] = v",))
        elif op == OP.call_bif:
            ref = ins[5]
            func = self.name(ins[2], "B")
            call = f"{func}({'P, ' if ref.process else ''}{self.args(ins[3])})"
            if ins[1] < 0:
                e(d, f"r[{ins[4]}] = {call}")
                return False, d
            e(d, "try:")
            e(d + 1, f"v = {call}")
            e(d, "except ErlangError:")
            e(d + 1, "v = FAIL")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[4]}] = v",))
        elif op in (OP.call_fun, OP.tail_call_fun):
            call = op == OP.call_fun
            n = len(ins[2])
            e(d, f"f = {R(ins[1])}")
            e(d, f"if type(f) is Fun and f.arity == {n} and f.code is not None:")
            e(d + 1, "t = f.code")
            self.enter(d + 1, "t", f"[{self.args(ins[2])}*f.env, f, *t.tail]",
                       ins[3] if call else None)
            e(d, f"t, v = fun_target(P, f, [{self.args(ins[2])}], {call}, FC, {self.pc + 1})")
            self.after_slow_call(d, ins[3] if call else None)
            return True, d
        elif op in (OP.apply, OP.tail_apply):
            call = op == OP.apply
            e(d, f"t, v = apply_target(P, {R(ins[1])}, {R(ins[2])}, {R(ins[3])})")
            self.after_slow_call(d, ins[4] if call else None)
            return True, d
        elif op == _RETURN:
            self.ret(d, R(ins[1]))
            return True, d
        elif op == OP.is_eq_atom:
            # a constant is named, not written as a literal: `1 is not K` is a SyntaxWarning
            subject = self.name(self.consts[ins[2]]) if ins[2] in self.consts else R(ins[2])
            return False, self.test(d, f"{subject} is not {self.name(ins[3])}", ins[1])
        elif op == OP.is_eq_int:
            e(d, f"v = {R(ins[2])}")
            return False, self.test(d, f"v != {ins[3]!r} or type(v) is not int", ins[1])
        elif op == OP.is_eq_exact:
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            return False, self.test(d, "a is not b and not exact_eq(a, b)", ins[1])
        elif op == OP.is_ne_exact:
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            return False, self.test(d, "a is b or exact_eq(a, b)", ins[1])
        elif op == OP.is_eq:
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            return False, self.test(d, "a is not b and compare(a, b) != 0", ins[1])
        elif op == OP.is_ne:
            e(d, f"a = {R(ins[2])}")
            e(d, f"b = {R(ins[3])}")
            return False, self.test(d, "a is b or compare(a, b) == 0", ins[1])
        elif op == OP.is_type:
            types = ins[3]
            if len(types) == 1:
                cond = f"type({R(ins[2])}) is not {self.name(types[0], 'T')}"
            else:
                cond = f"type({R(ins[2])}) not in {self.name(types, 'T')}"
            return False, self.test(d, cond, ins[1])
        elif op == OP.is_true:
            return False, self.test(d, f"{R(ins[2])} is not TRUE", ins[1])
        elif op == OP.is_boolean:
            e(d, f"v = {R(ins[2])}")
            return False, self.test(d, "v is not TRUE and v is not FALSE", ins[1])
        elif op == OP.is_function:
            e(d, f"v = {R(ins[2])}")
            cond = "type(v) is not Fun"
            if ins[3] >= 0:
                cond += f" or v.arity != {ins[3]}"
            return False, self.test(d, cond, ins[1])
        elif op == OP.is_map:
            return False, self.test(d, f"type({R(ins[2])}) is not dict", ins[1])
        elif op == OP.is_tuple_tag:
            e(d, f"v = {R(ins[2])}")
            cond = f"type(v) is not tuple or len(v) != {ins[3]} or v[0] is not {self.name(ins[4])}"
            return False, self.test(d, cond, ins[1])
        elif op == OP.get_tuple:
            e(d, f"v = {R(ins[2])}")
            post = tuple(f"r[{dst}] = v[{k}]" for k, dst in enumerate(ins[4]) if dst >= 0)
            return False, self.test(d, f"type(v) is not tuple or len(v) != {ins[3]}", ins[1], post)
        elif op == OP.get_element:
            e(d, f"r[{ins[3]}] = {R(ins[1])}[{ins[2]}]")
        elif op == OP.put_list:
            e(d, f"r[{ins[3]}] = [{R(ins[1])}, {R(ins[2])}]")
        elif op == OP.put_tuple:
            e(d, f"r[{ins[2]}] = ({self.args(ins[1])})")
        elif op == OP.make_fun:
            t = ins[1]
            e(d, f"r[{ins[3]}] = Fun({self.name(t.module.atom)}, {self.name(t.mfa_name)}, {t.arity}, "
                 f"{self.name(t, 'L')}, ({self.args(ins[2])}), {t.index}, {t.uniq})")
        elif op == OP.put_map:
            pairs = "".join(f"({R(k)}, {R(v)}), " for k, v in zip(ins[3], ins[4]))
            if ins[2] < 0:
                items = "".join(f"map_key({R(k)}): {R(v)}, " for k, v in zip(ins[3], ins[4]))
                e(d, f"r[{ins[5]}] = {{{items}}}")
                return False, d
            if ins[1] < 0:
                if self.owned(ins[2]):
                    # sole reference and a dead register: update in place, as
                    # the BEAM reuses a map it can prove unshared
                    e(d, f"m = r[{ins[2]}]")
                    e(d, "if type(m) is dict and getrefcount(m) == 3:")
                    for k, v in zip(ins[3], ins[4]):
                        e(d + 1, f"m[map_key({R(k)})] = {R(v)}")
                    e(d + 1, f"r[{ins[5]}] = m")
                    e(d, "else:")
                    e(d + 1, f"r[{ins[5]}] = put_map(-1, m, ({pairs}))")
                    return False, d
                e(d, f"r[{ins[5]}] = put_map(-1, {R(ins[2])}, ({pairs}))")
                return False, d
            e(d, f"v = put_map(0, {R(ins[2])}, ({pairs}))")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[5]}] = v",))
        elif op == OP.update_map:
            pairs = "".join(f"({R(k)}, {R(v)}), " for k, v in zip(ins[3], ins[4]))
            if ins[1] < 0:
                if len(ins[3]) == 1 and self.owned(ins[2]):
                    e(d, f"m = r[{ins[2]}]")
                    e(d, f"k = map_key({R(ins[3][0])})")
                    e(d, "if type(m) is dict and k in m and getrefcount(m) == 3:")
                    e(d + 1, f"m[k] = {R(ins[4][0])}")
                    e(d + 1, f"r[{ins[5]}] = m")
                    e(d, "else:")
                    e(d + 1, f"r[{ins[5]}] = update_map(-1, m, ({pairs}))")
                    return False, d
                e(d, f"r[{ins[5]}] = update_map(-1, {R(ins[2])}, ({pairs}))")
                return False, d
            e(d, f"v = update_map(0, {R(ins[2])}, ({pairs}))")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[5]}] = v",))
        elif op == OP.get_map:
            e(d, f"v = get_map({R(ins[2])}, ({self.args(ins[3])}))")
            post = tuple(f"r[{dst}] = v[{k}]" for k, dst in enumerate(ins[4]))
            return False, self.test(d, "v is None", ins[1], post)
        elif op == OP.bs_match:
            matcher = byte_matcher(ins[3])
            if matcher is not None:
                return False, self.test(d, f"not {self.name(matcher, 'M')}({R(ins[2])}, r)", ins[1])
            return False, self.test(d, f"not bs_match({R(ins[2])}, {self.name(ins[3], 'Q')}, r)", ins[1])
        elif op == OP.bs_build:
            spec = self.name(ins[2], "Q")
            if ins[1] < 0:
                e(d, f"r[{ins[3]}] = bs_build({spec}, r)")
                return False, d
            e(d, f"v = guard_bs_build({spec}, r)")
            return False, self.test(d, "v is FAIL", ins[1], (f"r[{ins[3]}] = v",))
        elif op == OP.badmatch:
            e(d, f"raise ErlangError((BADMATCH, {R(ins[1])}))")
            return True, d
        elif op == OP.case_end:
            e(d, f"raise ErlangError((CASE_CLAUSE, {R(ins[1])}))")
            return True, d
        elif op == OP.if_end:
            e(d, "raise ErlangError(IF_CLAUSE)")
            return True, d
        elif op == OP.try_case_end:
            e(d, f"raise ErlangError((TRY_CLAUSE, {R(ins[1])}))")
            return True, d
        elif op == OP.func_clause:
            e(d, f"raise_func_clause(S, FC, {self.pc + 1}, r)")
            return True, d
        elif op == OP.try_begin:
            e(d, f"P.handlers.append((len(S), FC, {ins[1]}, r, {ins[2]!r}, KIND_TRY))")
        elif op == OP.catch_begin:
            e(d, f"P.handlers.append((len(S), FC, {ins[1]}, r, {ins[2]!r}, KIND_CATCH))")
        elif op == OP.try_end:
            e(d, "P.handlers.pop()")
        elif op == getattr(OP, "raise"):
            e(d, f"raise ErlangError({R(ins[2])}, {R(ins[1])}, {R(ins[3])})")
            return True, d
        elif op == OP.loop_rec:
            e(d, "mb = P.mailbox")
            e(d, "s = P.save")
            return False, self.test(d, "s >= len(mb)", ins[1], (f"r[{ins[2]}] = mb[s]",))
        elif op == OP.remove_message:
            e(d, "remove_message(P)")
        elif op == OP.loop_rec_next:
            e(d, "P.save += 1")
            self.jump(d, ins[1])
            return True, d
        elif op == OP.wait:
            e(d, f"return SELF, {ins[1]}, r, reds - WAIT_BIAS")
            return True, d
        elif op == OP.wait_timeout:
            e(d, f"v = {R(ins[2])}")
            e(d, "if v == 0 and type(v) is int:")
            e(d + 1, f"pc = {self.pc + 1}")
            e(d, "else:")
            e(d + 1, f"arm_wait(P, v, {self.pc + 1})")
            e(d + 1, f"return SELF, {ins[1]}, r, reds - WAIT_BIAS")
            return True, d
        elif op == OP.timeout:
            e(d, "P.save = 0")
        else:
            raise SystemError(f"no code generation for opcode {TABLE[op].name}")
        return False, d

    def int_test(self, a: int, b: int) -> str:
        """The condition under which both operands are Python ints."""
        parts = []
        for reg, name in ((a, "a"), (b, "b")):
            if reg in self.consts:
                if type(self.consts[reg]) is not int:
                    return ""
            else:
                parts.append(f"type({name}) is int")
        return " and ".join(parts) or "True"

    def frame(self, regs, target: FunctionCode) -> str:
        """The register list of a call to a known function, as a list display."""
        items = [self.reg(i) for i in regs]
        for v in target.tail:
            if v is None:
                items.append("None")
            elif type(v) is int:
                items.append(repr(v))
            else:
                items.append(self.name(v))
        return "[" + ", ".join(items) + "]"

    def after_slow_call(self, d: int, push_dst: int | None) -> None:
        """After fun_target/apply_target: enter code t with registers v, or use value v."""
        self.emit(d, "reds -= 1")
        self.emit(d, "if t is not None:")
        if push_dst is not None:
            self.emit(d + 1, f"S.append((FC, {self.pc + 1}, r, {push_dst}))")
        self.emit(d + 1, "return t.jit, 0, v, reds")
        if push_dst is not None:
            self.emit(d, f"r[{push_dst}] = v")
            self.emit(d, f"pc = {self.pc + 1}")
        else:
            self.ret(d, "v")


def compile_function(fc: FunctionCode):
    """Generate, compile and install fc's specialised function."""
    gen = _Gen(fc)
    source = gen.source()
    name = f"<beamish {fc.module.name}:{fc.name}/{fc.arity} #{next(_serial)}>"
    namespace = gen.globals
    namespace["FC"] = fc
    exec(_code_object(source, name), namespace)
    fn = namespace["F"]
    namespace["SELF"] = fn
    fn.fc = fc
    _GENERATED[fn.__code__] = (fc, gen.line_pc)
    fc.jit = fn
    return fn


_MATCHERS: dict = {}


def _byte_segment(seg, last: bool) -> bool:
    t, size_reg, unit, signed, endian, kind, target = seg
    if t == "integer":
        return size_reg is None
    if t == "binary":
        return (size_reg is None and last) or (size_reg is not None and unit % 8 == 0)
    return False


def byte_matcher(spec):
    """A Python function specialised to a binary match whose segments are all
    whole bytes (8-bit integers, binaries of byte units): it indexes bytes
    instead of interpreting the spec bit by bit. Anything else (a bitstring
    or an unaligned match context) goes to the generic bits.bs_match, as
    does every spec with another kind of segment (None is returned)."""
    key = repr(spec)
    if key in _MATCHERS:
        return _MATCHERS[key]
    segments = list(spec)
    if not all(_byte_segment(seg, i == len(segments) - 1)
                               for i, seg in enumerate(segments)):
        _MATCHERS[key] = None
        return None
    lines = ["def M(term, r):",
             "    tt = type(term)",
             "    if tt is bytes:",
             "        data = term; p = 0; e = len(term)",
             "    elif tt is MatchContext and not (term.start & 7) and not (term.end & 7):",
             "        data = term.data; p = term.start >> 3; e = term.end >> 3",
             "    else:",
             "        return bs_match(term, SPEC, r)"]
    add = lines.append
    for t, size_reg, unit, signed, endian, kind, target in segments:
        if t == "integer":
            add("    if p >= e: return False")
            add("    x = data[p]; p += 1")
            if signed:
                add("    if x >= 128: x -= 256")
            if kind == "bind":
                add(f"    r[{target}] = x")
            elif kind == "check":
                add(f"    c = r[{target}]")
                add("    if type(c) is not int or x != c: return False")
            continue
        if size_reg is None:
            add("    n = e - p")
        else:
            add(f"    n = r[{size_reg}]")
            add("    if type(n) is not int or n < 0: return False")
            if unit != 8:
                add(f"    n *= {unit // 8}")
            add("    if n > e - p: return False")
        if kind == "bind":
            add(f"    r[{target}] = data[p:p + n]")
        elif kind == "context":
            add(f"    r[{target}] = MatchContext(data, p * 8, (p + n) * 8)")
        elif kind == "check":
            add(f"    if not exact_eq(data[p:p + n], r[{target}]): return False")
        add("    p += n")
    add("    return p == e")
    namespace = {"MatchContext": MatchContext, "bs_match": bs_match, "SPEC": spec,
                 "exact_eq": exact_eq}
    exec(compile("\n".join(lines) + "\n", f"<beamish match {len(_MATCHERS)}>", "exec"), namespace)
    _MATCHERS[key] = namespace["M"]
    return namespace["M"]


def _code_object(source: str, name: str):
    """compile() of the generated source, through a disk cache keyed by the
    source text: a warm start loads marshalled code instead of compiling."""
    key = hashlib.sha256(f"{sys.version}\n{source}".encode()).hexdigest()
    path = os.path.join(cache_dir(), "jit", key[:2], key)
    try:
        with open(path, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    code = compile(source, name, "exec")
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomically(path, marshal.dumps(code))
    except OSError:
        pass
    return code


def generated_source(fc: FunctionCode) -> str:
    """The Python source generated for fc (for `beamish disasm --jit` and tests)."""
    return _Gen(fc).source()


def _fault(exc: BaseException, f, pc: int, r: list, reds: int):
    """(fc, pc after the faulting instruction, registers, reductions left) from
    the traceback of exc: a generated function may have moved to another frame
    of itself (a self call or return) since the trampoline called it."""
    found = None
    tb = exc.__traceback__
    while tb is not None:  # the innermost generated frame: a leaf callee runs nested
        if tb.tb_frame.f_code in _GENERATED:
            found = tb
        tb = tb.tb_next
    if found is None:
        return getattr(f, "fc", None), pc, r, reds
    fc, line_pc = _GENERATED[found.tb_frame.f_code]
    local = found.tb_frame.f_locals
    return fc, line_pc[found.tb_lineno - 1] + 1, local["r"], local["reds"]


def run(proc, budget: int) -> str:
    """One time slice of proc on the generated code; contract as interp.interpret."""
    fc = proc.fc
    f = fc.jit
    pc = proc.pc
    r = proc.r
    S = proc.stack
    handlers = proc.handlers
    reds = budget
    while True:
        try:
            while reds > 0:
                f, pc, r, reds = f(proc, S, r, pc, reds)
            fc = f.fc
            if reds > -WAIT_BIAS // 2:
                proc.fc, proc.pc, proc.r = fc, pc, r
                proc.reductions += budget - reds
                return "yield"
            if reds > -EXIT_BIAS // 2:
                reds += WAIT_BIAS
                proc.fc, proc.pc, proc.r = fc, pc, r
                proc.reductions += budget - reds
                return "wait"
            reds += EXIT_BIAS
            proc.fc = fc
            proc.pc = pc
            proc.reductions += budget - reds
            return "exited"
        except ErlangError as e:
            fc, pc, r, reds = _fault(e, f, pc, r, reds)
            if e.stacktrace is None:
                if e.args_for_trace is None and e.bif_frame and fc is not None:
                    ins = fc.code[pc - 1]
                    if ins[0] == OP.call_bif:
                        e.args_for_trace = (ins[5], tuple([r[i] for i in ins[3]]))
                fill_trace(e, fc, pc, S)
            exc = e
        except Halt:
            raise
        except ExitSelf as k:
            fc, pc, r, reds = _fault(k, f, pc, r, reds)
            proc.exit_class = EXIT
            proc.exit_reason = k.reason
            proc.exit_trace = NIL
            proc.fc, proc.pc, proc.r = fc, pc, r
            del S[:]
            del handlers[:]
            proc.reductions += budget - reds
            return "crashed"
        except Hibernate as h:
            proc.reductions += budget - reds
            return hibernate(proc, h)
        except RecursionError as e:
            fc, pc, r, reds = _fault(e, f, pc, r, reds)
            exc = ErlangError(Atom("system_limit"))
            exc.stacktrace = build_trace(fc, pc, S)
        except Exception as e:  # an internal defect: crash this process only
            fc, pc, r, reds = _fault(e, f, pc, r, reds)
            exc = internal_error(e, fc, pc, S)
        target = unwind(proc, exc, fc, pc, r)
        if target is None:
            proc.reductions += budget - reds
            return "crashed"
        fc, pc, r = target
        f = fc.jit


def _select():
    import os
    if os.environ.get("BEAMISH_INTERP") == "1":
        from .interp import run as interpret
        return interpret
    return run


run_slice = _select()
"""What the scheduler runs: the generated code, or the reference interpreter
when BEAMISH_INTERP=1."""
