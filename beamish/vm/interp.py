"""The interpreter loop.

``run(proc, budget)`` executes one process for at most ``budget`` reductions
and returns why it stopped: ``"yield"`` (budget spent), ``"wait"`` (blocked in
receive), ``"exited"`` (its first function returned; value in proc.result) or
``"crashed"`` (uncaught exception in proc.exit_class/exit_reason/exit_trace).
The whole execution state lives in the Process between slices, so a run can
stop after any call and resume exactly there.

Invariants
 1. No Erlang call recurses on the Python stack: a call pushes
    ``(function, return pc, registers, dest register)`` on ``stack`` and
    switches the locals; a return pops. A tail call pushes nothing, so tail
    recursion runs in constant space.
 2. Registers of a frame are one Python list: parameters first, then locals,
    then the constants the frame template carries (opcodes.py note 1).
 3. Exception handlers are kept on a separate stack, each remembering the call
    stack depth to cut back to; try_end pops the handler its try_begin pushed.
 4. Reductions are counted at calls only (one per call, as the BEAM).
"""
from __future__ import annotations

from typing import Any

from .arith import minus as slow_sub, negate as slow_neg, plus as slow_add, times as slow_mul
from .bits import MatchContext, bs_build, bs_match
from .code import BifRef, Export, FunctionCode
from .errors import ErlangError, EXIT, THROW, BADARG, FUNCTION_CLAUSE, IF_CLAUSE, UNDEF
from .opcodes import OP
from .terms import (Atom, NIL, TRUE, FALSE, Fun, exact_eq, compare, map_key, to_pylist,
                    from_iterable)

BADMATCH = Atom("badmatch")
CASE_CLAUSE = Atom("case_clause")
TRY_CLAUSE = Atom("try_clause")
BADFUN = Atom("badfun")
BADARITY = Atom("badarity")
BADKEY = Atom("badkey")
BADMAP = Atom("badmap")
EXIT_TAG = Atom("EXIT")
FILE = Atom("file")
LINE = Atom("line")
BEAMISH_INTERNAL = Atom("beamish_internal")
TRACE_DEPTH = 8

KIND_TRY = 0
KIND_CATCH = 1


class ExitSelf(Exception):
    """The running process received an exit signal it does not trap (exit/2 to
    itself): it ends at once, past any try or catch."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class Hibernate(Exception):
    """erlang:hibernate/3: drop the stack; call M:F(A) when a message arrives."""

    def __init__(self, export, args):
        super().__init__(export)
        self.export = export
        self.args = args


class Halt(Exception):
    """erlang:halt/1: stop the runtime with this exit status."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


def frame_term(fc: FunctionCode, pc: int, args=None) -> tuple:
    """One stack trace entry {M, F, ArityOrArgs, [{file,F},{line,L}]}.

    A fun's arity counts its captured variables, as BEAM's does (the code
    behind a fun takes them as arguments; OTP's constant propagation captures
    fewer of them than beamish does)."""
    info = NIL
    line = fc.line_at(pc)
    if line:
        info = [(LINE, line), NIL]
    file = fc.file
    if file:
        from .terms import make_string
        info = [(FILE, make_string(file)), info]
    if args is not None:
        args = [a.materialize() if type(a) is MatchContext else a for a in args]
    if args is not None:
        arity = from_iterable(args)
    elif fc.kind == "fun":
        arity = fc.nparams - 1
    else:
        arity = fc.arity
    return (fc.module.atom, fc.mfa_name, arity, info)


def build_trace(fc, pc, stack, top=None) -> Any:
    """The stack trace term at an exception; ``top`` replaces the first frame."""
    frames = []
    if top is not None:
        frames.append(top)
    if fc is not None:
        frames.append(frame_term(fc, pc - 1))
    previous = None
    for entry in reversed(stack):
        if len(frames) >= TRACE_DEPTH:
            break
        # As erts_save_stacktrace does, a return address equal to the one
        # just recorded is skipped: body recursion shows one frame per site.
        if previous is not None and entry[0] is previous[0] and entry[1] == previous[1]:
            continue
        previous = entry
        frames.append(frame_term(entry[0], entry[1] - 1))
    return from_iterable(frames[:TRACE_DEPTH])


def fill_trace(e: ErlangError, fc, pc: int, stack) -> None:
    """Give an error raised at ``pc`` of ``fc`` the stack trace OTP would build:
    a failing BIF's own frame with its arguments (or arity) and error_info,
    or the caller's frame with the arguments of a function_clause-like
    error, or just the frames of the stack."""
    if e.args_for_trace is not None:
        bif, args = e.args_for_trace
        # args is an arity when OTP's frame shows one (the BIF's own arithmetic)
        shown = args if type(args) is int else from_iterable(args)
        top = (Atom(bif.module), Atom(bif.name), shown,
               NIL if e.error_info is None else e.error_info)
        e.stacktrace = build_trace(fc, pc, stack, top)
    elif e.caller_args is not None:
        top = frame_term(fc, pc - 1)
        e.stacktrace = build_trace(None, 0, stack, (*top[:2], e.caller_args, top[3]))
    else:
        e.stacktrace = build_trace(fc, pc, stack)


def internal_error(e: Exception, fc, pc: int, stack) -> ErlangError:
    """A Python exception out of beamish's own code, as an Erlang error of the
    process: {beamish_internal, {Type, Message, "file:line"}}."""
    import traceback
    from .terms import make_string
    tb = traceback.extract_tb(e.__traceback__)[-1]
    reason = (BEAMISH_INTERNAL, (Atom(type(e).__name__), make_string(str(e)),
                                 make_string(f"{tb.filename}:{tb.lineno}")))
    error = ErlangError(reason)
    error.stacktrace = build_trace(fc, pc, stack)
    return error


def bad_fun_call(reason, returns: bool, fc, pc, stack) -> ErlangError:
    """The error of calling what is not a fun of the right arity.

    The BEAM finds out after a body call has pushed its return address, so
    OTP's trace lists the caller twice: where it failed and where it would
    have returned to (same function, same line).
    """
    error = ErlangError(reason)
    if returns:
        error.stacktrace = build_trace(fc, pc, stack, frame_term(fc, pc - 1))
    return error


def unwind(proc, exc: ErlangError, fc, pc: int, r: list):
    """Hand ``exc`` to the innermost try/catch of ``proc``: the (fc, pc,
    registers) to go on with, its class/reason/trace stored where the handler
    reads them; None when there is no handler and the process has crashed."""
    stack = proc.stack
    handlers = proc.handlers
    if not handlers:
        proc.exit_class = exc.class_
        proc.exit_reason = exc.reason
        proc.exit_trace = exc.stacktrace
        proc.fc, proc.pc, proc.r = fc, pc, r
        del stack[:]
        return None
    depth, fc, pc, r, dsts, kind = handlers.pop()
    del stack[depth:]
    if kind == KIND_TRY:
        r[dsts[0]] = exc.class_
        r[dsts[1]] = exc.reason
        r[dsts[2]] = exc.stacktrace
    else:
        r[dsts] = catch_value(exc.class_, exc.reason, exc.stacktrace)
    return fc, pc, r


def hibernate(proc, h: "Hibernate") -> str:
    """erlang:hibernate/3: drop the stack and handlers, wait to resume in M:F(Args)."""
    del proc.stack[:]
    del proc.handlers[:]
    fc = h.export.code
    r = list(h.args)
    r.extend(fc.tail)
    proc.fc, proc.pc, proc.r = fc, 0, r
    proc.save = 0
    return "wait"


def catch_value(class_, reason, trace):
    if class_ is THROW:
        return reason
    if class_ is EXIT:
        return (EXIT_TAG, reason)
    return (EXIT_TAG, (reason, trace))


def run(proc, budget: int) -> str:  # noqa: C901 - the loop is one function on purpose
    runtime = proc.runtime
    fc = proc.fc
    code = fc.code
    pc = proc.pc
    r = proc.r
    stack = proc.stack
    push = stack.append
    pop = stack.pop
    handlers = proc.handlers
    reds = budget

    MOVE = OP.move; JUMP = OP.jump; RETURN = getattr(OP, "return"); CALL = OP.call
    TAIL_CALL = OP.tail_call; CALL_EXT = OP.call_ext; TAIL_CALL_EXT = OP.tail_call_ext
    CALL_BIF = OP.call_bif; CALL_FUN = OP.call_fun; TAIL_CALL_FUN = OP.tail_call_fun
    APPLY = OP.apply; TAIL_APPLY = OP.tail_apply; MAKE_FUN = OP.make_fun
    PUT_LIST = OP.put_list; PUT_TUPLE = OP.put_tuple; PUT_MAP = OP.put_map
    UPDATE_MAP = OP.update_map; GET_CONS = OP.get_cons; IS_NIL = OP.is_nil
    GET_TUPLE = OP.get_tuple; IS_TUPLE_TAG = OP.is_tuple_tag; GET_ELEMENT = OP.get_element
    IS_MAP = OP.is_map; GET_MAP = OP.get_map; IS_EQ_ATOM = OP.is_eq_atom
    IS_EQ_INT = OP.is_eq_int; IS_EQ_EXACT = OP.is_eq_exact; IS_NE_EXACT = OP.is_ne_exact
    IS_EQ = OP.is_eq; IS_NE = OP.is_ne; IS_LT = OP.is_lt; IS_GE = OP.is_ge
    IS_TYPE = OP.is_type; IS_TRUE = OP.is_true; IS_BOOLEAN = OP.is_boolean
    IS_FUNCTION = OP.is_function; ADD = OP.add; SUB = OP.sub; MUL = OP.mul
    BADMATCH_OP = OP.badmatch; CASE_END = OP.case_end
    IF_END = OP.if_end; TRY_CASE_END = OP.try_case_end; FUNC_CLAUSE = OP.func_clause
    TRY_BEGIN = OP.try_begin; TRY_END = OP.try_end; CATCH_BEGIN = OP.catch_begin
    RAISE = getattr(OP, "raise"); LOOP_REC = OP.loop_rec; REMOVE_MESSAGE = OP.remove_message
    LOOP_REC_NEXT = OP.loop_rec_next; WAIT = OP.wait; WAIT_TIMEOUT = OP.wait_timeout
    TIMEOUT = OP.timeout; BS_MATCH = OP.bs_match; BS_BUILD = OP.bs_build; NEG = OP.neg

    while True:
        try:
            while True:
                ins = code[pc]
                pc += 1
                op = ins[0]
                if op == MOVE:
                    r[ins[2]] = r[ins[1]]
                elif op == CALL:
                    # (call, FunctionCode, args, dst)
                    reds -= 1
                    push((fc, pc, r, ins[3]))
                    fc = ins[1]
                    regs = ins[2]
                    n = len(regs)
                    if n == 1:
                        nr = [r[regs[0]]]
                    elif n == 2:
                        nr = [r[regs[0]], r[regs[1]]]
                    else:
                        nr = [r[i] for i in regs]
                    nr.extend(fc.tail)
                    r = nr
                    code = fc.code
                    pc = 0
                    if reds <= 0:
                        break
                elif op == RETURN:
                    value = r[ins[1]]
                    if not stack:
                        proc.result = value
                        proc.fc = fc
                        proc.pc = pc
                        proc.reductions += budget - reds
                        return "exited"
                    fc, pc, r, dst = pop()
                    code = fc.code
                    r[dst] = value
                elif op == GET_CONS:
                    v = r[ins[2]]
                    if type(v) is list:
                        r[ins[3]] = v[0]
                        r[ins[4]] = v[1]
                    else:
                        pc = ins[1]
                elif op == IS_LT:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if type(a) is int and type(b) is int:
                        if not a < b:
                            pc = ins[1]
                    elif compare(a, b) >= 0:
                        pc = ins[1]
                elif op == IS_GE:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if type(a) is int and type(b) is int:
                        if a < b:
                            pc = ins[1]
                    elif compare(a, b) < 0:
                        pc = ins[1]
                elif op == ADD:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if type(a) is int and type(b) is int:
                        r[ins[4]] = a + b
                    elif ins[1] < 0:
                        r[ins[4]] = operator_call(slow_add, "+", a, b)
                    else:
                        try:
                            r[ins[4]] = slow_add(a, b)
                        except ErlangError:
                            pc = ins[1]
                elif op == SUB:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if type(a) is int and type(b) is int:
                        r[ins[4]] = a - b
                    elif ins[1] < 0:
                        r[ins[4]] = operator_call(slow_sub, "-", a, b)
                    else:
                        try:
                            r[ins[4]] = slow_sub(a, b)
                        except ErlangError:
                            pc = ins[1]
                elif op == TAIL_CALL:
                    reds -= 1
                    fc = ins[1]
                    regs = ins[2]
                    n = len(regs)
                    if n == 1:
                        nr = [r[regs[0]]]
                    elif n == 2:
                        nr = [r[regs[0]], r[regs[1]]]
                    else:
                        nr = [r[i] for i in regs]
                    nr.extend(fc.tail)
                    r = nr
                    code = fc.code
                    pc = 0
                    if reds <= 0:
                        break
                elif op == IS_EQ_ATOM:
                    if r[ins[2]] is not ins[3]:
                        pc = ins[1]
                elif op == IS_EQ_INT:
                    v = r[ins[2]]
                    if v != ins[3] or type(v) is not int:
                        pc = ins[1]
                elif op == IS_NIL:
                    if r[ins[2]] is not NIL:
                        pc = ins[1]
                elif op == PUT_LIST:
                    r[ins[3]] = [r[ins[1]], r[ins[2]]]
                elif op == PUT_TUPLE:
                    r[ins[2]] = tuple([r[i] for i in ins[1]])
                elif op == GET_TUPLE:
                    v = r[ins[2]]
                    if type(v) is tuple and len(v) == ins[3]:
                        for dst, item in zip(ins[4], v):
                            if dst >= 0:
                                r[dst] = item
                    else:
                        pc = ins[1]
                elif op == CALL_BIF:
                    regs = ins[3]
                    n = len(regs)
                    if n == 1:
                        args = (r[regs[0]],)
                    elif n == 2:
                        args = (r[regs[0]], r[regs[1]])
                    else:
                        args = tuple([r[i] for i in regs])
                    try:
                        if ins[5].process:
                            r[ins[4]] = ins[2](proc, *args)
                        else:
                            r[ins[4]] = ins[2](*args)
                    except ErlangError as e:
                        if ins[1] >= 0:
                            pc = ins[1]
                        else:
                            if e.stacktrace is None and e.args_for_trace is None and e.bif_frame:
                                e.args_for_trace = (ins[5], args)
                            raise
                elif op == CALL_EXT or op == TAIL_CALL_EXT:
                    reds -= 1
                    export = ins[1]
                    target = export.code
                    if target is None and export.bif is None:
                        runtime.autoload(export)
                        target = export.code
                    if target is None:
                        args = [r[i] for i in ins[2]]
                        if op == CALL_EXT:
                            r[ins[3]] = call_export_slow(proc, export, args)
                        else:
                            value = call_export_slow(proc, export, args, tail=True)
                            if not stack:
                                proc.result = value
                                proc.fc = fc
                                proc.pc = pc
                                return "exited"
                            fc, pc, r, dst = pop()
                            code = fc.code
                            r[dst] = value
                        continue
                    if op == CALL_EXT:
                        push((fc, pc, r, ins[3]))
                    fc = target
                    nr = [r[i] for i in ins[2]]
                    nr.extend(fc.tail)
                    r = nr
                    code = fc.code
                    pc = 0
                    if reds <= 0:
                        break
                elif op == JUMP:
                    pc = ins[1]
                elif op == IS_EQ_EXACT:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if a is not b and not exact_eq(a, b):
                        pc = ins[1]
                elif op == IS_NE_EXACT:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if a is b or exact_eq(a, b):
                        pc = ins[1]
                elif op == IS_EQ:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if a is not b and compare(a, b) != 0:
                        pc = ins[1]
                elif op == IS_NE:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if a is b or compare(a, b) == 0:
                        pc = ins[1]
                elif op == IS_TYPE:
                    if type(r[ins[2]]) not in ins[3]:
                        pc = ins[1]
                elif op == IS_TRUE:
                    if r[ins[2]] is not TRUE:
                        pc = ins[1]
                elif op == IS_TUPLE_TAG:
                    v = r[ins[2]]
                    if type(v) is not tuple or len(v) != ins[3] or v[0] is not ins[4]:
                        pc = ins[1]
                elif op == GET_ELEMENT:
                    r[ins[3]] = r[ins[1]][ins[2]]
                elif op == MUL:
                    a = r[ins[2]]
                    b = r[ins[3]]
                    if type(a) is int and type(b) is int:
                        r[ins[4]] = a * b
                    elif ins[1] < 0:
                        r[ins[4]] = operator_call(slow_mul, "*", a, b)
                    else:
                        try:
                            r[ins[4]] = slow_mul(a, b)
                        except ErlangError:
                            pc = ins[1]
                elif op == CALL_FUN or op == TAIL_CALL_FUN:
                    reds -= 1
                    f = r[ins[1]]
                    regs = ins[2]
                    if type(f) is not Fun:
                        raise bad_fun_call((BADFUN, f), op == CALL_FUN, fc, pc, stack)
                    if f.arity != len(regs):
                        raise bad_fun_call((BADARITY, (f, from_iterable([r[i] for i in regs]))),
                                           op == CALL_FUN, fc, pc, stack)
                    target = f.code
                    if target is None:
                        export = runtime.export(f.module.name, f.name.name, f.arity)
                        args = [r[i] for i in regs]
                        if export.code is None and export.bif is None:
                            runtime.autoload(export)
                        if export.code is None:
                            value = call_export_slow(proc, export, args)
                            if op == CALL_FUN:
                                r[ins[3]] = value
                                continue
                            if not stack:
                                proc.result = value
                                proc.fc = fc
                                proc.pc = pc
                                return "exited"
                            fc, pc, r, dst = pop()
                            code = fc.code
                            r[dst] = value
                            continue
                        target = export.code
                        nr = args
                    else:
                        nr = [r[i] for i in regs]
                        nr.extend(f.env)
                        nr.append(f)
                    if op == CALL_FUN:
                        push((fc, pc, r, ins[3]))
                    fc = target
                    nr.extend(fc.tail)
                    r = nr
                    code = fc.code
                    pc = 0
                    if reds <= 0:
                        break
                elif op == MAKE_FUN:
                    target = ins[1]
                    r[ins[3]] = Fun(target.module.atom, target.mfa_name, target.arity, target,
                                    tuple([r[i] for i in ins[2]]), target.index, target.uniq)
                elif op == IS_MAP:
                    if type(r[ins[2]]) is not dict:
                        pc = ins[1]
                elif op == GET_MAP:
                    m = r[ins[2]]
                    if type(m) is not dict:
                        pc = ins[1]
                        continue
                    for key_reg, dst in zip(ins[3], ins[4]):
                        k = map_key(r[key_reg])
                        if k in m:
                            r[dst] = m[k]
                        else:
                            pc = ins[1]
                            break
                elif op == PUT_MAP:
                    base = ins[2]
                    if base >= 0:
                        m = r[base]
                        if type(m) is not dict:
                            if ins[1] >= 0:
                                pc = ins[1]
                                continue
                            raise ErlangError((BADMAP, m))
                        m = dict(m)
                    else:
                        m = {}
                    for key_reg, val_reg in zip(ins[3], ins[4]):
                        m[map_key(r[key_reg])] = r[val_reg]
                    r[ins[5]] = m
                elif op == UPDATE_MAP:
                    m = r[ins[2]]
                    if type(m) is not dict:
                        if ins[1] >= 0:
                            pc = ins[1]
                            continue
                        raise ErlangError((BADMAP, m))
                    m = dict(m)
                    failed = False
                    for key_reg, val_reg in zip(ins[3], ins[4]):
                        key = r[key_reg]
                        k = map_key(key)
                        if k not in m:
                            if ins[1] >= 0:
                                failed = True
                                break
                            raise ErlangError((BADKEY, key))
                        m[k] = r[val_reg]
                    if failed:
                        pc = ins[1]
                        continue
                    r[ins[5]] = m
                elif op == IS_BOOLEAN:
                    v = r[ins[2]]
                    if v is not TRUE and v is not FALSE:
                        pc = ins[1]
                elif op == IS_FUNCTION:
                    v = r[ins[2]]
                    if type(v) is not Fun or (ins[3] >= 0 and v.arity != ins[3]):
                        pc = ins[1]
                elif op == TRY_BEGIN:
                    handlers.append((len(stack), fc, ins[1], r, ins[2], KIND_TRY))
                elif op == CATCH_BEGIN:
                    handlers.append((len(stack), fc, ins[1], r, ins[2], KIND_CATCH))
                elif op == TRY_END:
                    handlers.pop()
                elif op == NEG:
                    v = r[ins[2]]
                    if type(v) is int:
                        r[ins[3]] = -v
                    elif ins[1] < 0:
                        r[ins[3]] = operator_call(slow_neg, "-", v)
                    else:
                        try:
                            r[ins[3]] = slow_neg(v)
                        except ErlangError:
                            pc = ins[1]
                elif op == APPLY or op == TAIL_APPLY:
                    reds -= 1
                    mod = r[ins[1]]
                    name = r[ins[2]]
                    arglist = r[ins[3]]
                    if type(mod) is Fun:
                        # apply(Fun, Args): becomes a fun call
                        try:
                            args = to_pylist(arglist)
                        except ValueError:
                            raise ErlangError(BADARG) from None
                        f = mod
                        if f.arity != len(args):
                            raise ErlangError((BADARITY, (f, arglist)))
                        if f.code is None:
                            mod, name = f.module, f.name
                        else:
                            if op == APPLY:
                                push((fc, pc, r, ins[4]))
                            fc = f.code
                            args.extend(f.env)
                            args.append(f)
                            args.extend(fc.tail)
                            r = args
                            code = fc.code
                            pc = 0
                            if reds <= 0:
                                break
                            continue
                    if type(mod) is not Atom or type(name) is not Atom:
                        raise ErlangError(BADARG, args_for_trace=(_APPLY, (mod, name, arglist)))
                    try:
                        args = to_pylist(arglist)
                    except ValueError:
                        raise ErlangError(BADARG, args_for_trace=(_APPLY, (mod, name, arglist))) from None
                    export = runtime.export(mod.name, name.name, len(args))
                    if export.code is None and export.bif is None:
                        runtime.autoload(export)
                    if export.code is None:
                        value = call_export_slow(proc, export, args)
                        if op == APPLY:
                            r[ins[4]] = value
                            continue
                        if not stack:
                            proc.result = value
                            proc.fc = fc
                            proc.pc = pc
                            return "exited"
                        fc, pc, r, dst = pop()
                        code = fc.code
                        r[dst] = value
                        continue
                    if op == APPLY:
                        push((fc, pc, r, ins[4]))
                    fc = export.code
                    args.extend(fc.tail)
                    r = args
                    code = fc.code
                    pc = 0
                    if reds <= 0:
                        break
                elif op == BS_MATCH:
                    if not bs_match(r[ins[2]], ins[3], r):
                        pc = ins[1]
                elif op == BS_BUILD:
                    try:
                        r[ins[3]] = bs_build(ins[2], r)
                    except ErlangError:
                        if ins[1] < 0:
                            raise
                        pc = ins[1]
                elif op == LOOP_REC:
                    mailbox = proc.mailbox
                    if proc.save < len(mailbox):
                        r[ins[2]] = mailbox[proc.save]
                    else:
                        pc = ins[1]
                elif op == REMOVE_MESSAGE:
                    del proc.mailbox[proc.save]
                    proc.save = 0
                    if proc.wake_at is not None:
                        runtime.cancel_timeout(proc)
                elif op == LOOP_REC_NEXT:
                    proc.save += 1
                    pc = ins[1]
                elif op == WAIT:
                    proc.fc, proc.pc, proc.r = fc, ins[1], r
                    proc.reductions += budget - reds
                    return "wait"
                elif op == WAIT_TIMEOUT:
                    timeout = r[ins[2]]
                    if timeout == 0 and type(timeout) is int:
                        continue  # after 0: straight to the after body
                    # arm once per receive; the runtime resumes at timeout_pc when it fires
                    if proc.wake_at is None and not runtime.arm_timeout(proc, timeout):
                        raise ErlangError(Atom("timeout_value"))
                    proc.fc, proc.pc, proc.r = fc, ins[1], r
                    proc.timeout_pc = pc
                    proc.reductions += budget - reds
                    return "wait"
                elif op == TIMEOUT:
                    proc.save = 0
                elif op == BADMATCH_OP:
                    raise ErlangError((BADMATCH, r[ins[1]]))
                elif op == CASE_END:
                    raise ErlangError((CASE_CLAUSE, r[ins[1]]))
                elif op == IF_END:
                    raise ErlangError(IF_CLAUSE)
                elif op == TRY_CASE_END:
                    raise ErlangError((TRY_CLAUSE, r[ins[1]]))
                elif op == FUNC_CLAUSE:
                    e = ErlangError(FUNCTION_CLAUSE)
                    e.stacktrace = build_trace(None, 0, stack, frame_term(fc, pc - 1, r[:fc.arity]))
                    raise e
                elif op == RAISE:
                    class_, reason, trace = r[ins[1]], r[ins[2]], r[ins[3]]
                    raise ErlangError(reason, class_, trace)
                else:
                    raise RuntimeError(f"unknown opcode {op}")
            # budget spent: save the state and yield
            proc.fc, proc.pc, proc.r = fc, pc, r
            proc.reductions += budget - reds
            return "yield"
        except ErlangError as e:
            if e.stacktrace is None:
                fill_trace(e, fc, pc, stack)
            exc = e
        except Halt:
            raise
        except ExitSelf as k:
            proc.exit_class = EXIT
            proc.exit_reason = k.reason
            proc.exit_trace = NIL
            proc.fc, proc.pc, proc.r = fc, pc, r
            del stack[:]
            del handlers[:]
            proc.reductions += budget - reds
            return "crashed"
        except Hibernate as h:
            proc.reductions += budget - reds
            return hibernate(proc, h)
        except RecursionError:
            exc = ErlangError(Atom("system_limit"))
            exc.stacktrace = build_trace(fc, pc, stack)
        except Exception as e:  # an internal defect: crash this process only
            exc = internal_error(e, fc, pc, stack)
        target = unwind(proc, exc, fc, pc, r)
        if target is None:
            proc.reductions += budget - reds
            return "crashed"
        fc, pc, r = target
        code = fc.code


# Names for the {erlang, Op, Args} frame of a failing operator or apply/3.
_OPERATOR_NAMES = {name: BifRef(None, "erlang", name, 2) for name in ("+", "-", "*")}
_APPLY = BifRef(None, "erlang", "apply", 3)


def operator_call(func, name, *args):
    """An arithmetic slow path; a failure's trace shows the operator and operands."""
    try:
        return func(*args)
    except ErlangError as e:
        e.args_for_trace = (_OPERATOR_NAMES[name], args)
        raise


def call_export_slow(proc, export: Export, args: list, tail: bool = False) -> Any:
    """A remote call whose target is not loaded Erlang code: a BIF, or undef.

    An undefined function reached by a tail call has replaced its caller's
    frame, as on the BEAM, so the trace starts at the caller's caller."""
    if export.bif is not None:
        try:
            if export.process_bif:
                return export.bif(proc, *args)
            return export.bif(*args)
        except ErlangError as e:
            if e.stacktrace is None and e.args_for_trace is None and e.bif_frame:
                e.args_for_trace = (export, args)
            raise
    e = ErlangError(UNDEF)
    e.args_for_trace = (export, args)
    if tail:
        top = (Atom(export.module), Atom(export.name), from_iterable(args), NIL)
        e.stacktrace = build_trace(None, 0, proc.stack, top)
    raise e
