"""AST to register bytecode, with Erlang's scoping rules and erlc's errors.

One ``FunctionBuilder`` per function or fun body. Every variable and every
intermediate value gets its own register (the frame is a flat list); a
variable bound by a pattern simply names the register the value is already
in, so matching ``[H|T]`` costs one ``get_cons`` and no moves. Constants get
registers too, filled in by the frame template (opcodes.py note 1).

Scoping (erl_lint's rules): a variable bound in every clause of a
case/if/receive is exported to the code after it; one bound in some clauses
only is *unsafe* there. Exported variables are given one register before the
clauses are compiled, so each clause binds into it.

Notes
 1. Labels are symbolic while a function is built; ``finish`` turns every
    operand whose kind is ``label`` (from the opcode table) into a pc.
 2. Calls in tail position (the last expression of a function or fun body,
    through case/if/receive clauses and blocks, but not inside try or catch)
    become tail calls; a clause body in tail position returns directly.
 3. In guard context every instruction that can fail gets the guard's fail
    label instead of -1, so an exception in a guard just fails the guard.
"""
from __future__ import annotations

from ..vm.code import CompiledFunction
from ..vm.opcodes import BY_NAME, TABLE
from ..vm.terms import NIL, Atom, Fun, _Nil, from_iterable, make_string
from ..vm.terms import TYPE_TESTS as PYTHON_TYPES
from .pretty import render
from .erl_internal import AUTO_IMPORTS, COMPARISONS, GUARD_BIFS, TYPE_TESTS

_LABEL_OPERANDS = {BY_NAME[op.name]: [i + 1 for i, kind in enumerate(op.operands) if kind == "label"]
                   for op in TABLE}
ERLANG = "erlang"


class Label:
    __slots__ = ("pc",)

    def __init__(self):
        self.pc = None


class Scope:
    """Variables visible at a point: name -> register, plus unsafe names."""

    __slots__ = ("vars", "unsafe", "preassigned")

    def __init__(self, vars=None, unsafe=None, preassigned=None):
        self.vars = dict(vars or {})
        self.unsafe = dict(unsafe or {})
        self.preassigned = dict(preassigned or {})

    def copy(self) -> "Scope":
        return Scope(self.vars, self.unsafe, self.preassigned)


def pattern_vars(pat, out: set) -> set:
    """Variables a pattern mentions (bound ones included)."""
    kind = pat[0]
    if kind == "var":
        if pat[2] != "_":
            out.add(pat[2])
    elif kind in ("cons",):
        pattern_vars(pat[2], out)
        pattern_vars(pat[3], out)
    elif kind == "tuple":
        for e in pat[2]:
            pattern_vars(e, out)
    elif kind == "match":
        pattern_vars(pat[2], out)
        pattern_vars(pat[3], out)
    elif kind == "map":
        for f in pat[3]:
            pattern_vars(f[3], out)
    elif kind == "record":
        for f in pat[4]:
            pattern_vars(f[2], out)
    elif kind == "bin":
        for seg in pat[2]:
            pattern_vars(seg[2], out)
    elif kind == "op" and pat[2] == "++":
        pattern_vars(pat[4], out)
    return out


def pattern_vars_list(patterns) -> set:
    out: set = set()
    for p in patterns:
        pattern_vars(p, out)
    return out


def bound_by(expr, known: set) -> set:
    """Variables that evaluating expr binds (and exports), given known ones."""
    kind = expr[0]
    if kind == "match":
        inner = bound_by(expr[3], known)
        return inner | (pattern_vars(expr[2], set()) - known)
    if kind in ("case",):
        first = bound_by(expr[2], known)
        return first | _clauses_bound(expr[3], known | first)
    if kind == "if":
        return _clauses_bound(expr[2], known)
    if kind == "receive":
        sets = [_clause_bound(c, known) for c in expr[2]]
        if expr[3] is not None:
            sets.append(_body_bound(expr[4], known))
        return set.intersection(*sets) if sets else set()
    if kind == "block":
        return _body_bound(expr[2], known)
    if kind in ("op",):
        return bound_by(expr[3], known) | bound_by(expr[4], known)
    if kind == "unop":
        return bound_by(expr[3], known)
    if kind == "send":
        return bound_by(expr[2], known) | bound_by(expr[3], known)
    if kind == "call":
        out = set()
        if expr[2][0] != "remote":
            out |= bound_by(expr[2], known)
        for a in expr[3]:
            out |= bound_by(a, known)
        return out
    if kind == "tuple":
        out = set()
        for e in expr[2]:
            out |= bound_by(e, known)
        return out
    if kind == "cons":
        return bound_by(expr[2], known) | bound_by(expr[3], known)
    return set()


def _body_bound(body, known):
    out = set()
    for e in body:
        out |= bound_by(e, known | out)
    return out


def _clause_bound(clause, known):
    pv = set()
    for p in clause[2]:
        pattern_vars(p, pv)
    pv -= known
    return pv | _body_bound(clause[4], known | pv)


def _clauses_bound(clauses, known):
    sets = [_clause_bound(c, known) for c in clauses]
    return set.intersection(*sets) if sets else set()


def _clauses_bound_any(clauses, known):
    out = set()
    for c in clauses:
        out |= _clause_bound(c, known)
    return out


def used_vars(node, out: set) -> set:
    """Every variable name occurring anywhere inside a node."""
    stack = [node]
    while stack:
        n = stack.pop()
        if type(n) is tuple:
            if n and n[0] == "var" and len(n) == 3 and type(n[2]) is str:
                out.add(n[2])
                continue
            stack.extend(n)
        elif type(n) is list:
            stack.extend(n)
    return out


def literal_value(node):
    """The term a literal node stands for, or raise ValueError."""
    kind = node[0]
    if kind in ("int", "float"):
        return node[2]
    if kind == "atom":
        return Atom(node[2])
    if kind == "string":
        return make_string(node[2])
    if kind == "nil":
        return NIL
    if kind == "cons":
        items = []
        while node[0] == "cons":
            items.append(literal_value(node[2]))
            node = node[3]
        return from_iterable(items, literal_value(node))
    if kind == "tuple":
        return tuple(literal_value(e) for e in node[2])
    if kind == "unop" and node[2] in ("-", "+") and node[3][0] in ("int", "float"):
        v = node[3][2]
        return -v if node[2] == "-" else v
    if kind == "op" and node[2] in ("+", "-", "*", "div", "rem", "band", "bor", "bxor", "bsl", "bsr"):
        a, b = literal_value(node[3]), literal_value(node[4])
        if type(a) not in (int, float) or type(b) not in (int, float):
            raise ValueError
        from ..vm.arith import OPERATORS
        try:
            return OPERATORS[(node[2], 2)](a, b)
        except Exception:
            raise ValueError from None
    raise ValueError("not a literal")


class FunctionBuilder:
    def __init__(self, module, name: str, arity: int, nparams: int, kind: str):
        self.module = module
        self.name = name
        self.arity = arity
        self.nparams = nparams
        self.kind = kind
        self.code: list = []
        self.lines: list = []
        self.next_reg = nparams
        self.consts: dict = {}
        self.const_list: list = []
        self.line = 0
        self.guard_fail = None  # Label while compiling a guard
        self.protected = 0  # depth of try/catch around the code being compiled
        self.receive_patterns: list = []  # (loop label, patterns text) per receive
        self.current_clause = None  # the function clause whose head is being matched
        self.bindings: list = []  # (name, pos) of fresh bindings in the current clause
        self.used: set = set()    # names read in the current clause

    # ---- registers, constants, labels
    def reg(self) -> int:
        r = self.next_reg
        self.next_reg += 1
        return r

    def const(self, term) -> int:
        t = type(term)
        if t in (int, float, Atom, _Nil, bytes):
            key = (t, term)
            r = self.consts.get(key)
            if r is None:
                r = self.reg()
                self.consts[key] = r
                self.const_list.append((r, term))
            return r
        r = self.reg()
        self.const_list.append((r, term))
        return r

    def emit(self, name: str, *operands) -> None:
        self.code.append([BY_NAME[name], *operands])
        self.lines.append(self.line)

    def place(self, label: Label) -> None:
        label.pc = len(self.code)

    @property
    def fail(self):
        """The fail operand for instructions that may raise."""
        return self.guard_fail if self.guard_fail is not None else -1

    def finish(self) -> CompiledFunction:
        code = []
        for ins in self.code:
            for i in _LABEL_OPERANDS[ins[0]]:
                target = ins[i]
                if isinstance(target, Label):
                    ins[i] = target.pc
            code.append(tuple(ins))
        return CompiledFunction(self.name, self.arity, self.nparams, self.next_reg, code,
                                self.lines, self.const_list, self.kind,
                                self.nparams - self.arity,
                                {label.pc: text for label, text in self.receive_patterns})

    def error(self, pos, message):
        self.module.error(pos, message)

    # ---- patterns
    def match(self, pat, src: int, fail: Label, scope: Scope) -> None:
        """Emit tests that jump to fail unless R(src) matches pat; bind variables."""
        kind = pat[0]
        self.line = pat[1][0]
        if kind == "var":
            name = pat[2]
            if name == "_":
                return
            if name in scope.vars:
                self.used.add(name)
                self.emit("is_eq_exact", fail, src, scope.vars[name])
                return
            self.bindings.append((name, pat[1]))
            pre = scope.preassigned.get(name)
            if pre is not None:
                self.emit("move", src, pre)
                scope.vars[name] = pre
            else:
                scope.vars[name] = src
            scope.unsafe.pop(name, None)
            return
        if kind == "int":
            self.emit("is_eq_int", fail, src, pat[2])
            return
        if kind == "atom":
            self.emit("is_eq_atom", fail, src, Atom(pat[2]))
            return
        if kind == "nil":
            self.emit("is_nil", fail, src)
            return
        if kind in ("float", "string"):
            self.emit("is_eq_exact", fail, src, self.const(literal_value(pat)))
            return
        if kind == "cons":
            h, t = self.reg(), self.reg()
            self.emit("get_cons", fail, src, h, t)
            self.match(pat[2], h, fail, scope)
            self.match(pat[3], t, fail, scope)
            return
        if kind == "tuple":
            elems = pat[2]
            dsts = []
            for e in elems:
                dsts.append(-1 if e[0] == "var" and e[2] == "_" else self.reg())
            self.emit("get_tuple", fail, src, len(elems), tuple(dsts))
            for e, d in zip(elems, dsts):
                if d >= 0:
                    self.match(e, d, fail, scope)
            return
        if kind == "match":
            self.match(pat[2], src, fail, scope)
            self.match(pat[3], src, fail, scope)
            return
        if kind == "map":
            if pat[2] is not None:
                self.error(pat[1], "illegal pattern")
                return
            keys, dsts, subpats = [], [], []
            for f in pat[3]:
                if f[0] != "exact":
                    self.error(f[1], "illegal pattern")
                    return
                keys.append(self.guard_value(f[2], scope, fail))
                d = self.reg()
                dsts.append(d)
                subpats.append(f[3])
            if keys:
                self.emit("get_map", fail, src, tuple(keys), tuple(dsts))
            else:
                self.emit("is_map", fail, src)
            for sp, d in zip(subpats, dsts):
                self.match(sp, d, fail, scope)
            return
        if kind == "record":
            if pat[2] is not None:
                self.error(pat[1], "illegal pattern")
                return
            self.match(self.module.record_pattern(pat), src, fail, scope)
            return
        if kind == "record_index":
            self.emit("is_eq_int", fail, src, self.module.record_index(pat[1], pat[2], pat[3]))
            return
        if kind == "bin":
            self.match_binary(pat, src, fail, scope)
            return
        if kind == "op" and pat[2] == "++":
            try:
                prefix = literal_value(pat[3])
            except ValueError:
                self.error(pat[1], "illegal pattern")
                return
            items = []
            while type(prefix) is list:
                items.append(prefix[0])
                prefix = prefix[1]
            node = pat[4]
            for item in reversed(items):
                node = ("cons", pat[1], ("int", pat[1], item) if type(item) is int else ("lit", pat[1], item), node)
            self.match(node, src, fail, scope)
            return
        if kind == "lit":
            self.emit("is_eq_exact", fail, src, self.const(pat[2]))
            return
        try:
            value = literal_value(pat)
        except ValueError:
            self.error(pat[1], "illegal pattern")
            return
        if type(value) is int:
            self.emit("is_eq_int", fail, src, value)
        else:
            self.emit("is_eq_exact", fail, src, self.const(value))

    def match_binary(self, pat, src, fail, scope, rest_reg=None):
        spec = []
        for seg in pat[2]:
            _, pos, value, size, types = seg
            t, signed, endian, unit = _segment_type(types)
            size_reg = None
            if size is not None:
                if size[0] == "var" and size[2] not in scope.vars:
                    self.error(size[1], f"variable '{size[2]}' is unbound")
                    return
                size_reg = self.guard_value(size, scope, fail)
            target_kind, target = "skip", None
            if value[0] == "var":
                if value[2] == "_":
                    target_kind = "skip"
                elif value[2] in scope.vars:
                    self.used.add(value[2])
                    target_kind, target = "check", scope.vars[value[2]]
                else:
                    self.bindings.append((value[2], value[1]))
                    target_kind = "bind"
                    if (seg is pat[2][-1] and size is None and t in ("binary", "bitstring")
                            and self.current_clause is not None
                            and self.module.passes_to_matcher(value[2], self.current_clause)):
                        target_kind = "context"
                    pre = scope.preassigned.get(value[2])
                    target = pre if pre is not None else self.reg()
                    scope.vars[value[2]] = target
            else:
                try:
                    lit = literal_value(value)
                except ValueError:
                    self.error(value[1], "illegal pattern")
                    return
                if value[0] == "string":
                    for ch in value[2]:
                        spec.append((t, None, unit, signed, endian, "check", self.const(ord(ch))))
                    continue
                target_kind, target = "check", self.const(lit)
            spec.append((t, size_reg, unit, signed, endian, target_kind, target))
        if rest_reg is not None:
            # the generator's cursor is read only by the next bs_match: no copy
            spec.append(("bitstring", None, 1, False, "big", "context", rest_reg))
        self.emit("bs_match", fail, src, tuple(spec))

    # ---- guards
    def guard(self, guard, fail: Label, scope: Scope) -> None:
        if not guard:
            return
        saved = self.guard_fail
        if len(guard) == 1:
            self.guard_fail = fail
            for test in guard[0]:
                self.guard_test(test, fail, scope)
        else:
            ok = Label()
            for i, conj in enumerate(guard):
                nxt = Label() if i < len(guard) - 1 else fail
                self.guard_fail = nxt
                sub = scope.copy()
                for test in conj:
                    self.guard_test(test, nxt, sub)
                self.emit("jump", ok)
                if nxt is not fail:
                    self.place(nxt)
            self.place(ok)
        self.guard_fail = saved

    def guard_test(self, e, fail: Label, scope: Scope) -> None:
        kind = e[0]
        self.line = e[1][0]
        saved = self.guard_fail
        if saved is None:
            self.guard_fail = fail  # a comprehension filter: errors just skip
        try:
            if kind == "op" and e[2] in COMPARISONS:
                a = self.guard_value(e[3], scope, fail)
                b = self.guard_value(e[4], scope, fail)
                op = e[2]
                if op == "<":
                    self.emit("is_lt", fail, a, b)
                elif op == ">":
                    self.emit("is_lt", fail, b, a)
                elif op == ">=":
                    self.emit("is_ge", fail, a, b)
                elif op == "=<":
                    self.emit("is_ge", fail, b, a)
                elif op == "==":
                    self.emit("is_eq", fail, a, b)
                elif op == "/=":
                    self.emit("is_ne", fail, a, b)
                elif op == "=:=":
                    self.emit("is_eq_exact", fail, a, b)
                else:
                    self.emit("is_ne_exact", fail, a, b)
                return
            if kind == "op" and e[2] == "andalso":
                self.guard_test(e[3], fail, scope)
                self.guard_test(e[4], fail, scope)
                return
            if kind == "op" and e[2] == "orelse":
                second, ok = Label(), Label()
                self.guard_test(e[3], second, scope)
                self.emit("jump", ok)
                self.place(second)
                self.guard_test(e[4], fail, scope)
                self.place(ok)
                return
            if kind == "atom" and e[2] == "true":
                return
            if kind == "call" and e[2][0] in ("atom", "remote"):
                name, arity = self._guard_call_name(e)
                if name is not None and (name, arity) in TYPE_TESTS:
                    args = e[3]
                    if arity == 1 and name in PYTHON_TYPES:
                        self.emit("is_type", fail, self.guard_value(args[0], scope, fail), PYTHON_TYPES[name])
                        return
                    if name == "is_boolean":
                        self.emit("is_boolean", fail, self.guard_value(args[0], scope, fail))
                        return
                    if name == "is_function":
                        v = self.guard_value(args[0], scope, fail)
                        if arity == 1:
                            self.emit("is_function", fail, v, -1)
                        else:
                            if args[1][0] == "int":
                                self.emit("is_function", fail, v, args[1][2])
                            else:
                                self.emit("is_true", fail, self.call_bif("is_function", [v, self.guard_value(args[1], scope, fail)]))
                        return
                    if name == "is_record" and args[1][0] == "atom" and (arity == 2 or args[2][0] == "int"):
                        rec = args[1][2]
                        size = (self.module.record_size(e[1], rec) if arity == 2 else args[2][2])
                        if size is None:
                            return
                        self.emit("is_tuple_tag", fail, self.guard_value(args[0], scope, fail), size, Atom(rec))
                        return
            v = self.guard_value(e, scope, fail)
            self.emit("is_true", fail, v)
        finally:
            self.guard_fail = saved

    def _guard_call_name(self, e):
        callee, args = e[2], e[3]
        if callee[0] == "atom":
            return callee[2], len(args)
        if callee[0] == "remote" and callee[2][0] == "atom" and callee[2][2] == ERLANG and callee[3][0] == "atom":
            return callee[3][2], len(args)
        return None, None

    def guard_value(self, e, scope, fail) -> int:
        """Evaluate an expression allowed in guards; an exception jumps to the
        enclosing guard's fail label (within ``orelse`` too), else to ``fail``."""
        saved = self.guard_fail
        if saved is None:
            self.guard_fail = fail
        try:
            self.check_guard_expr(e)
            return self.expr(e, scope)
        finally:
            self.guard_fail = saved

    def check_guard_expr(self, e) -> None:
        kind = e[0]
        if kind in ("case", "if", "receive", "try", "catch", "fun", "lc", "bc", "block", "match", "send"):
            self.error(e[1], "illegal guard expression")

    # ---- expressions
    def body(self, exprs, scope: Scope, tail: bool):
        """Compile a body; returns the register of its value (None if tail)."""
        last = len(exprs) - 1
        result = None
        for i, e in enumerate(exprs):
            result = self.expr(e, scope, tail and i == last)
        return result

    def tail_return(self, e, scope):
        r = self.expr(e, scope, True)
        if r is not None:
            self.emit("return", r)

    def expr(self, e, scope: Scope, tail: bool = False):  # noqa: C901
        """Compile e; returns the value's register, or None when e was compiled
        in tail position and has already returned."""
        kind = e[0]
        self.line = e[1][0]
        if kind == "var":
            name = e[2]
            r = scope.vars.get(name)
            self.used.add(name)
            if r is None:
                if name in scope.unsafe:
                    what, line, col = scope.unsafe[name]
                    self.error(e[1], f"variable '{name}' unsafe in '{what}' (line {line}, column {col})")
                else:
                    self.error(e[1], f"variable '{name}' is unbound")
                return self.const(NIL)
            return self._ret(r, tail)
        if kind in ("int", "float", "atom", "nil", "string"):
            return self._ret(self.const(literal_value(e)), tail)
        if kind == "lit":
            return self._ret(self.const(e[2]), tail)
        if kind == "cons":
            try:
                return self._ret(self.const(literal_value(e)), tail)
            except ValueError:
                pass
            # build from the end so long literal-tailed lists need no recursion
            items = []
            node = e
            while node[0] == "cons":
                items.append(node)
                node = node[3]
            regs = [self.expr(item[2], scope) for item in items]  # heads first, as OTP
            tail_reg = self.expr(node, scope)
            for item, head in zip(reversed(items), reversed(regs)):
                self.line = item[1][0]
                dst = self.reg()
                self.emit("put_list", head, tail_reg, dst)
                tail_reg = dst
            return self._ret(tail_reg, tail)
        if kind == "tuple":
            try:
                return self._ret(self.const(literal_value(e)), tail)
            except ValueError:
                pass
            regs = tuple(self.expr(x, scope) for x in e[2])
            dst = self.reg()
            self.emit("put_tuple", regs, dst)
            return self._ret(dst, tail)
        if kind == "match":
            src = self.expr(e[3], scope)
            fail = Label()
            ok = Label()
            self.match(e[2], src, fail, scope)
            self.emit("jump", ok)
            self.place(fail)
            self.line = e[1][0]
            if self.guard_fail is not None:
                self.emit("jump", self.guard_fail)
            else:
                self.emit("badmatch", src)
            self.place(ok)
            return self._ret(src, tail)
        if kind == "op":
            return self._ret(self.operator(e, scope), tail) if e[2] not in ("andalso", "orelse") else self.short_circuit(e, scope, tail)
        if kind == "unop":
            op = e[2]
            if e[3][0] in ("int", "float") and op in ("-", "+"):
                return self._ret(self.const(literal_value(e)), tail)
            a = self.expr(e[3], scope)
            dst = self.reg()
            if op == "-":
                self.emit("neg", self.fail, a, dst)
            else:
                self.emit("call_bif", self.fail, (ERLANG, op, 1), (a,), dst)
            return self._ret(dst, tail)
        if kind == "call":
            return self.call(e, scope, tail)
        if kind == "send":
            dest = self.expr(e[2], scope)
            msg = self.expr(e[3], scope)
            dst = self.reg()
            self.emit("call_bif", self.fail, (ERLANG, "send", 2), (dest, msg), dst)
            return self._ret(dst, tail)
        if kind == "case":
            subject = self.expr(e[2], scope)
            return self.clauses(e[3], [subject], scope, tail, "case", e[1],
                                lambda: self.emit("case_end", subject))
        if kind == "if":
            return self.clauses(e[2], [], scope, tail, "if", e[1], lambda: self.emit("if_end"))
        if kind == "block":
            return self.body(e[2], scope, tail)
        if kind == "receive":
            return self.receive(e, scope, tail)
        if kind == "try":
            return self._ret(self.try_expr(e, scope), tail)
        if kind == "catch":
            dst = self.reg()
            end = Label()
            self.emit("catch_begin", end, dst)
            inner = scope.copy()
            self.protected += 1
            v = self.expr(e[2], inner)
            self.protected -= 1
            self.emit("move", v, dst)
            self.emit("try_end")
            self.place(end)
            self._mark_unsafe(scope, inner, "catch", e[1])
            return self._ret(dst, tail)
        if kind == "fun":
            return self._ret(self.fun_expr(e, scope), tail)
        if kind == "fun_local":
            name, arity = e[2], e[3]
            if (name, arity) not in self.module.functions:
                if (name, arity) in AUTO_IMPORTS:
                    return self._ret(self.const(Fun(Atom(ERLANG), Atom(name), arity, None, ())), tail)
                self.error(e[1], f"function {name}/{arity} undefined")
                return self.const(NIL)
            self.module.used_locals.add((name, arity))
            # one fun body per local function, so two `fun f/1` are =:= as in OTP
            index = self.module.local_fun_index.get((name, arity))
            if index is None:
                args = [("var", e[1], f"_@{i}") for i in range(arity)]
                wrapper = ("fun", e[1], [("clause", e[1], args, [], [("call", e[1], ("atom", e[1], name), args)])], None)
                saved = self.module.current_function
                self.module.current_function = f"{name}/{arity}"
                index = self.compile_fun_body(wrapper, Scope(), [])
                self.module.current_function = saved
                self.module.local_fun_index[(name, arity)] = index
            dst = self.reg()
            self.emit("make_fun", index, (), dst)
            return self._ret(dst, tail)
        if kind == "fun_remote":
            m, f, a = e[2], e[3], e[4]
            if m[0] == "atom" and f[0] == "atom" and a[0] == "int":
                return self._ret(self.const(Fun(Atom(m[2]), Atom(f[2]), a[2], None, ())), tail)
            regs = (self.expr(m, scope), self.expr(f, scope), self.expr(a, scope))
            dst = self.reg()
            self.emit("call_bif", self.fail, (ERLANG, "make_fun", 3), regs, dst)
            return self._ret(dst, tail)
        if kind == "lc":
            return self._ret(self.comprehension(e, scope, binary=False), tail)
        if kind == "bc":
            return self._ret(self.comprehension(e, scope, binary=True), tail)
        if kind == "bin":
            return self._ret(self.build_binary(e, scope), tail)
        if kind == "map":
            return self._ret(self.map_expr(e, scope), tail)
        if kind == "record":
            return self._ret(self.record_expr(e, scope), tail)
        if kind == "record_field":
            return self._ret(self.record_field(e, scope), tail)
        if kind == "record_index":
            return self._ret(self.const(self.module.record_index(e[1], e[2], e[3])), tail)
        if kind == "remote":
            self.error(e[1], "illegal expression")
            return self.const(NIL)
        self.error(e[1], "illegal expression")
        return self.const(NIL)

    def _ret(self, r, tail):
        if tail:
            self.emit("return", r)
            return None
        return r

    def _mark_unsafe(self, scope, inner, what, pos):
        for name in inner.vars:
            if name not in scope.vars:
                scope.unsafe[name] = (what, pos[0], pos[1])

    def call_bif(self, name, regs, module=ERLANG):
        dst = self.reg()
        self.emit("call_bif", self.fail, (module, name, len(regs)), tuple(regs), dst)
        return dst

    def operator(self, e, scope):
        op = e[2]
        a = self.expr(e[3], scope)
        b = self.expr(e[4], scope)
        self.line = e[1][0]
        dst = self.reg()
        if op == "+":
            self.emit("add", self.fail, a, b, dst)
        elif op == "-":
            self.emit("sub", self.fail, a, b, dst)
        elif op == "*":
            self.emit("mul", self.fail, a, b, dst)
        else:
            self.emit("call_bif", self.fail, (ERLANG, op, 2), (a, b), dst)
        return dst

    def short_circuit(self, e, scope, tail):
        """andalso/orelse as values: the right side is evaluated only when needed
        and its value is returned as is (it need not be boolean)."""
        op = e[2]
        dst = self.reg()
        a = self.expr(e[3], scope)
        done, right, bad = Label(), Label(), Label()
        if op == "andalso":
            self.emit("is_eq_atom", bad, a, Atom("true"))
            self.emit("jump", right)
            self.place(bad)
            notfalse = Label()
            self.emit("is_eq_atom", notfalse, a, Atom("false"))
            self.emit("move", a, dst)
            self.emit("jump", done)
        else:
            self.emit("is_eq_atom", bad, a, Atom("false"))
            self.emit("jump", right)
            self.place(bad)
            notfalse = Label()
            self.emit("is_eq_atom", notfalse, a, Atom("true"))
            self.emit("move", a, dst)
            self.emit("jump", done)
        self.place(notfalse)
        if self.guard_fail is not None:
            self.emit("jump", self.guard_fail)
        else:
            self.emit("call_bif", -1, (ERLANG, "$badarg_value", 1), (a,), dst)
        self.place(right)
        inner = scope.copy()
        b = self.expr(e[4], inner)
        self._mark_unsafe(scope, inner, op, e[1])
        self.emit("move", b, dst)
        self.place(done)
        return self._ret(dst, tail)

    def call(self, e, scope, tail):
        callee, args = e[2], e[3]
        arity = len(args)
        if self.guard_fail is not None:
            name, _ = self._guard_call_name(e)
            if name is None or not ((name, arity) in GUARD_BIFS or (name, arity) in TYPE_TESTS):
                if callee[0] == "atom" and (callee[2], arity) in self.module.functions:
                    self.error(e[1], f"call to local/imported function {callee[2]}/{arity} is illegal in guard")
                else:  # erl_lint points at the start of a remote call, not at its ':'
                    self.error(callee[2][1] if callee[0] == "remote" else e[1],
                               "illegal guard expression")
                return self.const(NIL)
        if callee[0] == "remote":
            m, f = callee[2], callee[3]
            if m[0] == "atom" and f[0] == "atom":
                mod, name = m[2], f[2]
                if mod == "maps" and name == "get" and arity == 2 and self.guard_fail is None:
                    mod, name = ERLANG, "map_get"  # as OTP's compiler rewrites it
                if mod == ERLANG and name == "apply" and arity in (2, 3):
                    return self.apply(args, scope, tail)
                regs = tuple(self.expr(a, scope) for a in args)
                self.line = e[1][0]
                if self.guard_fail is not None:
                    return self.call_bif(name, regs, mod)
                return self.emit_call_ext((mod, name, arity), regs, tail)
            # dynamic M:F(Args): apply with a built list
            mreg = self.expr(m, scope)
            freg = self.expr(f, scope)
            lst = self.build_list([self.expr(a, scope) for a in args])
            return self.emit_apply(mreg, freg, lst, tail)
        if callee[0] == "atom":
            name = callee[2]
            key = (name, arity)
            if key in self.module.imports:
                regs = tuple(self.expr(a, scope) for a in args)
                return self.emit_call_ext((self.module.imports[key], name, arity), regs, tail)
            if key in self.module.functions and not (key in AUTO_IMPORTS and key in self.module.no_auto_import_off):
                regs = tuple(self.expr(a, scope) for a in args)
                self.line = e[1][0]
                self.module.used_locals.add(key)
                if self.guard_fail is not None:
                    self.error(e[1], f"call to local/imported function {name}/{arity} is illegal in guard")
                if tail:
                    self.emit("tail_call", key, regs)
                    return None
                if key in self.module.never_returns and not self.protected:
                    # OTP compiles a call that cannot return as a last call
                    # (see never_returns.py); what follows is unreachable.
                    self.emit("tail_call", key, regs)
                    return self.const(NIL)
                dst = self.reg()
                self.emit("call", key, regs, dst)
                return dst
            if key in AUTO_IMPORTS:
                if name == "apply":
                    return self.apply(args, scope, tail)
                if key == ("is_record", 2) and args[1][0] == "atom":
                    # the record's size is known here, as OTP's compiler knows it
                    size = self.module.record_size(args[1][1], args[1][2])
                    args = [args[0], args[1], ("int", args[1][1], size or 0)]
                    key, arity = ("is_record", 3), 3
                regs = tuple(self.expr(a, scope) for a in args)
                self.line = e[1][0]
                if self.guard_fail is not None:
                    return self.call_bif(name, regs)
                return self.emit_call_ext((ERLANG, name, arity), regs, tail)
            if name == "record_info" and arity == 2:
                return self._ret(self.const(self.module.record_info(e, args)), tail)
            self.error(e[1], f"function {name}/{arity} undefined")
            self.used.update(used_vars(args, set()))  # no 'unused' warning on top of the error
            return self.const(NIL)
        # a fun value
        f = self.expr(callee, scope)
        regs = tuple(self.expr(a, scope) for a in args)
        self.line = e[1][0]
        if tail:
            self.emit("tail_call_fun", f, regs)
            return None
        dst = self.reg()
        self.emit("call_fun", f, regs, dst)
        return dst

    def emit_call_ext(self, mfa, regs, tail):
        if tail:
            self.emit("tail_call_ext", mfa, regs)
            return None
        dst = self.reg()
        self.emit("call_ext", mfa, regs, dst)
        return dst

    def apply(self, args, scope, tail):
        if len(args) == 3:
            m, f, a = (self.expr(x, scope) for x in args)
        else:
            m = self.expr(args[0], scope)
            f = self.const(NIL)
            a = self.expr(args[1], scope)
        return self.emit_apply(m, f, a, tail)

    def emit_apply(self, m, f, a, tail):
        if tail:
            self.emit("tail_apply", m, f, a)
            return None
        dst = self.reg()
        self.emit("apply", m, f, a, dst)
        return dst

    def build_list(self, regs, tail_reg=None):
        acc = tail_reg if tail_reg is not None else self.const(NIL)
        for r in reversed(regs):
            dst = self.reg()
            self.emit("put_list", r, acc, dst)
            acc = dst
        return acc

    # ---- clauses (case / if / receive / fun heads)
    def _export_registers(self, clauses, scope):
        """Registers for the variables every clause binds (exported after the
        construct); returns (exported, bound in some clause)."""
        known = set(scope.vars)
        exported = _clauses_bound(clauses, known)
        for name in exported:
            if name not in scope.preassigned:
                scope.preassigned[name] = self.reg()
        return exported, _clauses_bound_any(clauses, known)

    def _scope_after(self, scope, exported, every, what, pos) -> None:
        for name in exported:
            scope.vars[name] = scope.preassigned[name]
            scope.unsafe.pop(name, None)
        for name in every - exported:
            scope.unsafe[name] = (what, pos[0], pos[1])

    def _clause(self, clause, subjects, scope, tail, dst, end, on_match=None) -> None:
        """One clause: match, guard, (on_match), body; on failure fall through."""
        nxt = Label()
        inner = scope.copy()
        self.line = clause[1][0]
        for pat, src in zip(clause[2], subjects):
            self.match(pat, src, nxt, inner)
        self.guard(clause[3], nxt, inner)
        if on_match is not None:
            on_match()
        v = self.body(clause[4], inner, tail)
        if not tail:
            self.emit("move", v, dst)
            self.emit("jump", end)
        self.place(nxt)

    def clauses(self, clauses, subjects, scope, tail, what, pos, on_no_match):
        exported, every = self._export_registers(clauses, scope)
        dst = None if tail else self.reg()
        end = Label()
        for clause in clauses:
            self._clause(clause, subjects, scope, tail, dst, end)
        self.line = pos[0]
        on_no_match()
        self.place(end)
        self._scope_after(scope, exported, every, what, pos)
        return dst

    def receive(self, e, scope, tail):
        clauses, after, after_body = e[2], e[3], e[4]
        msg = self.reg()
        loop, nomsg = Label(), Label()
        self.place(loop)
        self.receive_patterns.append((loop, " | ".join(
            render(c[2][0]) + (" when ..." if c[3] else "") for c in clauses) or "(nothing)"))
        self.emit("loop_rec", nomsg, msg)
        all_clauses = clauses + [("clause", e[1], [], [], after_body)] if after is not None else clauses
        exported, every = self._export_registers(all_clauses, scope)
        dst = None if tail else self.reg()
        end = Label()
        for clause in clauses:
            self._clause(clause, [msg], scope, tail, dst, end,
                         on_match=lambda: self.emit("remove_message"))
        self.emit("loop_rec_next", loop)
        self.place(nomsg)
        self.line = e[1][0]
        if after is None:
            self.emit("wait", loop)
        else:
            t = self.expr(after, scope)
            self.emit("wait_timeout", loop, t)
            self.emit("timeout")
            inner = scope.copy()
            v = self.body(after_body, inner, tail)
            if not tail:
                self.emit("move", v, dst)
        self.place(end)
        self._scope_after(scope, exported, every, "receive", e[1])
        return dst

    def try_expr(self, e, scope):
        self.protected += 1
        try:
            return self._try_expr(e, scope)
        finally:
            self.protected -= 1

    def _try_expr(self, e, scope):
        _, pos, body, of_clauses, catches, after = e
        dst = self.reg()
        outer = None
        if after:
            # the after body runs on every way out: wrap everything in a handler
            ac, ar, at = self.reg(), self.reg(), self.reg()
            outer = Label()
            self.emit("try_begin", outer, (ac, ar, at))
        cls, reason, trace = self.reg(), self.reg(), self.reg()
        handler, done = Label(), Label()
        self.emit("try_begin", handler, (cls, reason, trace))
        inner = scope.copy()
        v = self.body(body, inner, False)
        self.emit("try_end")
        if of_clauses:
            self.line = pos[0]
            ofscope = inner.copy()
            r = self.clauses(of_clauses, [v], ofscope, False, "try", pos,
                             lambda: self.emit("try_case_end", v))
            self.emit("move", r, dst)
        else:
            self.emit("move", v, dst)
        self.emit("jump", done)
        self.place(handler)
        if catches:
            for clause in catches:
                nxt = Label()
                cs = scope.copy()
                class_pat, reason_pat, stack_var = clause[2]
                self.line = clause[1][0]
                self.match(class_pat, cls, nxt, cs)
                self.match(reason_pat, reason, nxt, cs)
                if stack_var is not None:
                    self.match(stack_var, trace, nxt, cs)
                self.guard(clause[3], nxt, cs)
                r = self.body(clause[4], cs, False)
                self.emit("move", r, dst)
                self.emit("jump", done)
                self.place(nxt)
        self.emit("raise", cls, reason, trace)
        self.place(done)
        if after:
            self.emit("try_end")
            self.body(after, scope.copy(), False)
            end = Label()
            self.emit("jump", end)
            self.place(outer)
            self.body(after, scope.copy(), False)
            self.emit("raise", ac, ar, at)
            self.place(end)
        new = set(used_vars(e, set())) - set(scope.vars)
        for name in new:
            scope.unsafe[name] = ("try", pos[0], pos[1])
        return dst

    # ---- funs
    def fun_expr(self, e, scope):
        _, pos, clauses, name = e
        head_vars = set()
        for c in clauses:
            for p in c[2]:
                pattern_vars(p, head_vars)
        used = used_vars(clauses, set())
        free = sorted(v for v in used if v in scope.vars and v not in head_vars and v != name)
        index = self.compile_fun_body(e, scope, free)
        self.used.update(free)
        dst = self.reg()
        self.emit("make_fun", index, tuple(scope.vars[v] for v in free), dst)
        return dst

    def compile_fun_body(self, e, scope, free) -> int:
        """Compile a fun's clauses as a function of its own; returns its index.
        Frame: arguments, then the captured values, then the fun itself."""
        _, pos, clauses, name = e
        index = self.module.new_fun_index()
        arity = len(clauses[0][2])
        fun_name = f"-{self.module.current_function}-fun-{index}-"
        fb = FunctionBuilder(self.module, fun_name, arity, arity + len(free) + 1, "fun")
        fscope = Scope()
        for i, v in enumerate(free):
            fscope.vars[v] = arity + i
        if name is not None:
            fscope.vars[name] = arity + len(free)
        fb.function_clauses(clauses, fscope)
        self.module.funs[index] = fb.finish()
        return index

    def function_clauses(self, clauses, base: Scope) -> None:
        for clause in clauses:
            nxt = Label()
            scope = base.copy()
            self.line = clause[1][0]
            # variables in a fun head are fresh: they shadow the enclosing ones
            for name in pattern_vars_list(clause[2]):
                scope.vars.pop(name, None)
            self.current_clause = clause
            for i, pat in enumerate(clause[2]):
                self.match(pat, i, nxt, scope)
            self.current_clause = None
            self.guard(clause[3], nxt, scope)
            self.body(clause[4], scope, True)
            self.place(nxt)
            self.warn_unused()
        self.emit("func_clause")

    def warn_unused(self) -> None:
        """erl_lint's 'variable is unused', judged by name within one clause."""
        seen = set()
        for name, pos in self.bindings:
            if name not in self.used and name[0] not in "_@" and name not in seen:
                seen.add(name)
                self.module.warning(pos, f"variable '{name}' is unused")
        self.bindings = []
        self.used = set()

    # ---- comprehensions
    def comprehension(self, e, scope, binary):
        _, pos, body, quals = e
        acc = self.reg()
        self.emit("move", self.const(NIL), acc)
        done = Label()
        inner = scope.copy()
        self._qualifiers(quals, 0, body, acc, done, inner, binary)
        self.place(done)
        dst = self.reg()
        self.line = pos[0]
        if binary:
            rev = self.reg()
            self.emit("call_bif", -1, ("lists", "reverse", 1), (acc,), rev)
            self.emit("call_bif", -1, (ERLANG, "list_to_bitstring", 1), (rev,), dst)
        else:
            self.emit("call_bif", -1, ("lists", "reverse", 1), (acc,), dst)
        return dst

    def _qualifiers(self, quals, i, body, acc, cont, scope, binary):
        """Compile qualifiers from i on; ``cont`` is where the innermost
        iteration continues (the enclosing generator's loop)."""
        if i == len(quals):
            if binary:
                v = self.expr(body, scope)
                if body[0] != "bin":
                    bits = self.reg()
                    self.emit("call_bif", -1, (ERLANG, "$bc_element", 1), (v,), bits)
                    v = bits
            else:
                v = self.expr(body, scope)
            new = self.reg()
            self.emit("put_list", v, acc, new)
            self.emit("move", new, acc)
            self.emit("jump", cont)
            return
        q = quals[i]
        self.line = q[1][0]
        if q[0] == "gen":
            lst = self.expr(q[3], scope)
            cursor = self.reg()
            self.emit("move", lst, cursor)
            loop, end = Label(), Label()
            self.place(loop)
            head = self.reg()
            self.emit("get_cons", end, cursor, head, cursor)
            inner = scope.copy()
            for v in pattern_vars(q[2], set()):
                if v in inner.vars and q[2][0] == "var":
                    del inner.vars[v]
            for v in pattern_vars(q[2], set()):
                inner.preassigned.pop(v, None)
            self.match(q[2], head, loop, inner)
            self._qualifiers(quals, i + 1, body, acc, loop, inner, binary)
            self.place(end)
            bad = Label()
            self.emit("is_nil", bad, cursor)
            self.emit("jump", cont)
            self.place(bad)
            self.emit("call_bif", -1, (ERLANG, "$bad_generator", 1), (cursor,), self.reg())
            return
        if q[0] == "bgen":
            src = self.expr(q[3], scope)
            cursor = self.reg()
            self.emit("move", src, cursor)
            loop = Label()
            self.place(loop)
            inner = scope.copy()
            # A literal segment does not end the generator when it differs: the
            # element is taken by size and skipped (erl_lint/v3_core semantics).
            pattern, checks = _lift_binary_literals(q[2])
            self.match_binary(pattern, cursor, cont, inner, rest_reg=cursor)
            for name, literal in checks:
                self.match(literal, inner.vars[name], loop, inner)
            self._qualifiers(quals, i + 1, body, acc, loop, inner, binary)
            return
        # a filter: a guard test fails to cont; any other expression must be boolean
        if self._is_guard_test(q):
            self.guard_test(q, cont, scope)
        else:
            v = self.expr(q, scope)
            ok, notfalse = Label(), Label()
            self.emit("is_eq_atom", notfalse, v, Atom("false"))
            self.emit("jump", cont)
            self.place(notfalse)
            self.emit("is_eq_atom", ok, v, Atom("true"))
            self.emit("jump", ok2 := Label())
            self.place(ok)
            self.emit("call_bif", -1, (ERLANG, "$bad_filter", 1), (v,), self.reg())
            self.place(ok2)
        self._qualifiers(quals, i + 1, body, acc, cont, scope, binary)

    def _is_guard_test(self, q):
        if q[0] == "call":
            name, arity = self._guard_call_name(q)
            return name is not None and (name, arity) in TYPE_TESTS and q[2][0] == "atom" and (name, arity) not in self.module.functions
        return False

    # ---- binaries
    def build_binary(self, e, scope):
        spec = []
        for seg in e[2]:
            _, pos, value, size, types = seg
            t, signed, endian, unit = _segment_type(types)
            if value[0] == "string" and t in ("integer", "utf8", "utf16", "utf32"):
                for ch in value[2]:
                    spec.append((t, self.const(8) if size is None else self.expr(size, scope), unit, signed, endian, self.const(ord(ch))))
                continue
            v = self.expr(value, scope)
            size_reg = self.expr(size, scope) if size is not None else None
            spec.append((t, size_reg, unit, signed, endian, v))
        dst = self.reg()
        self.emit("bs_build", self.fail, tuple(spec), dst)
        return dst

    # ---- maps
    def map_expr(self, e, scope):
        _, pos, base, fields = e
        cur = self.expr(base, scope) if base is not None else -1
        i = 0
        if base is None and any(f[0] == "exact" for f in fields):
            bad = next(f for f in fields if f[0] == "exact")
            self.error(bad[1], "only association operators '=>' are allowed in map construction")
        while i < len(fields) or cur == -1:
            kind = fields[i][0] if i < len(fields) else "assoc"
            j = i
            while j < len(fields) and fields[j][0] == kind:
                j += 1
            keys = tuple(self.expr(f[2], scope) for f in fields[i:j])
            vals = tuple(self.expr(f[3], scope) for f in fields[i:j])
            dst = self.reg()
            self.line = pos[0]
            self.emit("put_map" if kind == "assoc" else "update_map", self.fail, cur, keys, vals, dst)
            cur = dst
            i = j
        return cur

    # ---- records
    def record_expr(self, e, scope):
        _, pos, base, name, fields = e
        rec = self.module.record(pos, name)
        if rec is None:
            return self.const(NIL)
        given = {}
        wildcard = None
        for fname, fpos, fexpr in fields:
            if fname == "_":
                wildcard = fexpr
                continue
            if fname not in rec:
                self.error(fpos, f"field {fname} undefined in record {name}")
                continue
            given[fname] = fexpr
        if base is None:
            regs = [self.const(Atom(name))]
            for fname, default in rec.items():
                if fname in given:
                    regs.append(self.expr(given[fname], scope))
                elif wildcard is not None:
                    regs.append(self.expr(wildcard, scope))
                elif default is not None:
                    regs.append(self.expr(default, Scope()))
                else:
                    regs.append(self.const(Atom("undefined")))
            dst = self.reg()
            self.emit("put_tuple", tuple(regs), dst)
            return dst
        src = self.expr(base, scope)
        self.check_record(src, name, len(rec) + 1, pos)
        regs = [self.const(Atom(name))]
        for i, fname in enumerate(rec, start=1):
            if fname in given:
                regs.append(self.expr(given[fname], scope))
            else:
                r = self.reg()
                self.emit("get_element", src, i, r)
                regs.append(r)
        dst = self.reg()
        self.emit("put_tuple", tuple(regs), dst)
        return dst

    def check_record(self, src, name, size, pos):
        if self.guard_fail is not None:
            self.emit("is_tuple_tag", self.guard_fail, src, size, Atom(name))
            return
        ok, bad = Label(), Label()
        self.emit("is_tuple_tag", bad, src, size, Atom(name))
        self.emit("jump", ok)
        self.place(bad)
        self.line = pos[0]
        self.emit("call_bif", -1, (ERLANG, "$badrecord", 2), (src, self.const(Atom(name))), self.reg())
        self.place(ok)

    def record_field(self, e, scope):
        _, pos, base, name, field = e
        rec = self.module.record(pos, name)
        if rec is None:
            return self.const(NIL)
        if field not in rec:
            self.error(pos, f"field {field} undefined in record {name}")
            return self.const(NIL)
        src = self.expr(base, scope)
        self.check_record(src, name, len(rec) + 1, pos)
        dst = self.reg()
        self.emit("get_element", src, list(rec).index(field) + 1, dst)
        return dst


def _lift_binary_literals(pattern):
    """Replace literal segment values by fresh variables, returning the checks."""
    elements, checks = [], []
    for n, seg in enumerate(pattern[2]):
        value = seg[2]
        if value[0] not in ("var", "string"):
            name = f"@lit{n}"
            checks.append((name, value))
            seg = (seg[0], seg[1], ("var", value[1], name), seg[3], seg[4])
        elements.append(seg)
    return (pattern[0], pattern[1], elements), checks


def _segment_type(types):
    t, signed, endian, unit = "integer", False, "big", None
    for name, u in types:
        if name in ("integer", "float", "binary", "bytes", "bitstring", "bits", "utf8", "utf16", "utf32"):
            t = {"bytes": "binary", "bits": "bitstring"}.get(name, name)
        elif name in ("signed", "unsigned"):
            signed = name == "signed"
        elif name in ("big", "little", "native"):
            endian = "little" if name == "native" else name
        elif name == "unit":
            unit = u
    if unit is None:
        unit = 8 if t == "binary" else 1
    return t, signed, endian, unit


def single_call_use(name: str, clause) -> tuple | None:
    """If variable ``name`` occurs exactly once in the clause's guard and body,
    as a direct argument of a local call ``f(..., Name, ...)``, return
    (f, arity, position); else None."""
    found = []
    stack = [(clause[3], None), (clause[4], None)]
    while stack:
        node, call = stack.pop()
        if type(node) is list:
            stack.extend((x, call) for x in node)
            continue
        if type(node) is not tuple or not node or type(node[0]) is not str:
            continue
        if node[0] == "var" and len(node) == 3 and node[2] == name:
            found.append(call)
            if len(found) > 1:
                return None
            continue
        if node[0] == "call" and len(node) == 4 and node[2][0] == "atom":
            args = node[3]
            for i, arg in enumerate(args):
                stack.append((arg, (node[2][2], len(args), i) if arg[0] == "var" else None))
            continue
        stack.extend((x, None) for x in node[2:] if type(x) in (tuple, list))
    if len(found) == 1 and found[0] is not None:
        return found[0]
    return None
