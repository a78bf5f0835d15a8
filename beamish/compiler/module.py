"""A module's forms to a CompiledModule: attributes, records, functions.

Collects what the functions need to know about the whole module (which local
functions exist, imports, record definitions), compiles each function with
codegen.FunctionBuilder, and gathers erlc-style errors and warnings.
"""
from __future__ import annotations

from typing import Any

from ..vm.code import CompiledModule
from ..vm.terms import Atom, from_iterable
from .codegen import FunctionBuilder, Scope, literal_value, single_call_use
from .erl_internal import AUTO_IMPORTS
from .errors import CompileError
from .format_lint import format_warnings
from .never_returns import never_returning


class ModuleCompiler:
    def __init__(self, forms: list, file: str, default_name: str):
        self.forms = forms
        self.file = file
        self.name = default_name
        self.functions: dict[tuple[str, int], Any] = {}
        self.imports: dict[tuple[str, int], str] = {}
        self.records: dict[str, dict[str, Any]] = {}
        self.exports: list[tuple[str, int]] = []
        self.export_all = False
        self.no_auto_import_off: set = set()
        self.attributes: list = []
        self.funs: dict[int, Any] = {}
        self.fun_counter = 0
        self.local_fun_index: dict[tuple[str, int], int] = {}
        self.used_locals: set = set()
        self.errors: list = []
        self.warnings: list = []
        self.current_function = ""
        self._export_positions: dict = {}
        self.match_only: dict = {}

    def error(self, pos, message: str) -> None:
        self.errors.append((self.file, pos[0], pos[1], message))

    def warning(self, pos, message: str) -> None:
        self.warnings.append((self.file, pos[0], pos[1], message))

    def passes_to_matcher(self, name: str, clause) -> bool:
        """Match-context reuse (as the BEAM compiler's): the rest of a binary may
        stay a MatchContext when its only use is as an argument of a local
        function that only ever matches that argument against binary patterns."""
        use = single_call_use(name, clause)
        if use is None:
            fname = None
        else:
            fname, arity, position = use
        return (fname is not None and (fname, arity) not in self.imports
                and position in self.match_only.get((fname, arity), ()))

    def new_fun_index(self) -> int:
        i = self.fun_counter
        self.fun_counter += 1
        return i

    # ---- records
    def record(self, pos, name):
        rec = self.records.get(name)
        if rec is None:
            self.error(pos, f"record {name} undefined")
        return rec

    def record_index(self, pos, name, field) -> int:
        rec = self.record(pos, name)
        if rec is None:
            return 0
        if field not in rec:
            self.error(pos, f"field {field} undefined in record {name}")
            return 0
        return list(rec).index(field) + 2

    def record_size(self, pos, name):
        rec = self.record(pos, name)
        return None if rec is None else len(rec) + 1

    def record_pattern(self, pat):
        _, pos, _, name, fields = pat
        rec = self.record(pos, name)
        if rec is None:
            return ("var", pos, "_")
        given, wildcard = {}, None
        for fname, fpos, fexpr in fields:
            if fname == "_":
                wildcard = fexpr
            elif fname not in rec:
                self.error(fpos, f"field {fname} undefined in record {name}")
            else:
                given[fname] = fexpr
        elems = [("atom", pos, name)]
        for fname in rec:
            elems.append(given.get(fname, wildcard if wildcard is not None else ("var", pos, "_")))
        return ("tuple", pos, elems)

    def record_info(self, e, args):
        what, name = args
        if what[0] != "atom" or name[0] != "atom":
            self.error(e[1], "illegal record info")
            return Atom("undefined")
        rec = self.record(e[1], name[2])
        if rec is None:
            return Atom("undefined")
        if what[2] == "fields":
            return from_iterable([Atom(f) for f in rec])
        if what[2] == "size":
            return len(rec) + 1
        self.error(e[1], "illegal record info")
        return Atom("undefined")

    # ---- attributes
    def attribute(self, form) -> None:
        _, pos, name, args = form
        if name == "module":
            if args and args[0][0] == "atom":
                self.name = args[0][2]
        elif name == "export":
            for fa in _fa_list(args):
                if fa is None:
                    self.error(pos, "bad export declaration")
                    break
                self.exports.append(fa)
                self._export_positions.setdefault(fa, pos)
        elif name == "import":
            if len(args) == 2 and args[0][0] == "atom":
                for fa in _fa_list(args[1:]):
                    if fa is not None:
                        self.imports[fa] = args[0][2]
        elif name == "record":
            self.define_record(pos, args)
        elif name == "compile":
            try:
                opts = literal_value(args[0]) if args else None
            except ValueError:
                opts = None
            items = []
            while type(opts) is list:
                items.append(opts[0])
                opts = opts[1]
            if opts is not None and type(opts) is not list and not hasattr(opts, "__len__") and opts is not Atom("[]"):
                items.append(opts)
            for opt in items:
                if opt is Atom("export_all"):
                    self.export_all = True
        else:
            try:
                value = literal_value(args[0]) if len(args) == 1 else from_iterable(
                    [literal_value(a) for a in args])
            except ValueError:
                value = None
            self.attributes.append((name, value))

    def define_record(self, pos, args) -> None:
        if len(args) != 2 or args[0][0] != "atom" or args[1][0] != "tuple":
            self.error(pos, "bad record declaration")
            return
        name = args[0][2]
        fields: dict[str, Any] = {}
        for f in args[1][2]:
            if f[0] == "atom":
                fields[f[2]] = None
            elif f[0] == "match" and f[2][0] == "atom":
                fields[f[2][2]] = f[3]
            else:
                self.error(f[1], "bad record field")
                continue
        if name in self.records:
            self.error(pos, f"record {name} already defined")
        self.records[name] = fields

    # ---- whole module
    def compile_with_warnings(self) -> CompiledModule:
        compiled = self.compile()
        compiled.warnings = list(self.warnings)
        return compiled

    def compile(self) -> CompiledModule:
        for form in self.forms:
            if form[0] == "attribute":
                self.attribute(form)
            else:
                key = (form[2], form[3])
                if key in self.functions:
                    self.error(form[1], f"function {form[2]}/{form[3]} already defined")
                    continue
                self.functions[key] = form
        self.match_only = {key: _binary_only_positions(form[4]) for key, form in self.functions.items()}
        self.never_returns = never_returning(self.functions, lambda *key: key in AUTO_IMPORTS)
        compiled = []
        for key, form in self.functions.items():
            self.current_function = f"{key[0]}/{key[1]}"
            fb = FunctionBuilder(self, key[0], key[1], key[1], "function")
            fb.function_clauses(form[4], Scope())
            compiled.append(fb.finish())
        for fa in self.exports:
            if fa not in self.functions:
                self.error(self._export_positions[fa], f"function {fa[0]}/{fa[1]} undefined")
        exports = list(self.functions) if self.export_all else list(dict.fromkeys(self.exports))
        if not self.export_all:
            exported = set(exports)
            for key, form in self.functions.items():
                if key not in exported and key not in self.used_locals:
                    self.warning(form[1], f"function {key[0]}/{key[1]} is unused")
        for pos, message in format_warnings(self.functions.values()):
            self.warning(pos, message)
        self.warnings.sort(key=lambda d: (d[1], d[2]))
        if self.errors:
            self.errors.sort(key=lambda d: (d[1], d[2]))
            raise CompileError(self.errors, self.warnings)
        funs = [self.funs[i] for i in range(self.fun_counter)]
        return CompiledModule(self.name, self.file, compiled, funs, exports,
                              self.attributes,
                              {n: list(f) for n, f in self.records.items()})


def _binary_only_positions(clauses) -> set:
    """Argument positions where every clause's pattern is a binary pattern."""
    arity = len(clauses[0][2])
    return {i for i in range(arity) if all(c[2][i][0] == "bin" for c in clauses)}


def _fa_list(args):
    """[f/1, g/2] from an export/import attribute's argument."""
    if not args:
        return []
    node = args[0]
    out = []
    while node[0] == "cons":
        item = node[2]
        if item[0] == "op" and item[2] == "/" and item[3][0] == "atom" and item[4][0] == "int":
            out.append((item[3][2], item[4][2]))
        else:
            out.append(None)
        node = node[3]
    return out
