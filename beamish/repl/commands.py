"""The shell's commands, in one table.

Two kinds, as in erl (shell.erl's local functions and the c module behind
shell_default):

* session commands work on what the session remembers (bindings, history,
  records). They are recognised only as a whole expression at the top level
  of what was typed (``f(X), X = 2.`` runs ``f(X)`` between the two halves),
  take their arguments unevaluated, as erl's do, and run in the shell itself;
* process commands are BIFs of the ``shell_default`` module, called from the
  compiled code (any local call of one becomes ``shell_default:Name(...)``),
  so they run in the evaluator process and can appear inside expressions.

``HELP`` is what ``help()`` prints.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import Any, Callable

from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..compiler.codegen import literal_value
from ..compiler.errors import render
from ..compiler.pretty import render as render_expr
from ..stdlib.bifs.io import STANDARD_IO, chardata_to_str, write as io_write
from ..vm.bif_registry import bif
from ..vm.errors import BADARG, ErlangError
from ..vm.terms import NIL, Atom, Pid, from_iterable

OK = Atom("ok")
TRUE = Atom("true")


@dataclass(frozen=True)
class Command:
    name: str
    arity: int
    usage: str
    help: str
    session: Callable | None = None   # (session, [argument AST]) -> value
    process: Callable | None = None   # BIF: (proc, *arguments) -> value


# ---------------------------------------------------------------- session commands

def _var_name(node) -> str:
    if node[0] != "var":
        raise _bad_argument()
    return node[2]


def _literal(node) -> Any:
    try:
        return literal_value(node)
    except ValueError:
        raise _bad_argument() from None


def _bad_argument():
    from .session import EvaluationFailed
    return EvaluationFailed(Atom("error"), BADARG, NIL)


def bindings(session, args) -> Atom:
    for name in sorted(session.bindings):
        lead = f"{name} = "
        session.write(lead + session.format_value(session.bindings[name], len(lead) + 1) + "\n")
    return OK


def forget_all(session, args) -> Atom:
    session.bindings.clear()
    return OK


def forget(session, args) -> Atom:
    session.bindings.pop(_var_name(args[0]), None)
    return OK


def history(session, args) -> Atom:
    for entry in session.history:
        session.write(f"{entry.number}: {entry.text}\n")
        if entry.has_value:
            session.write("-> " + session.format_value(entry.value, 4) + "\n")
    return OK


def _entry(session, args):
    from .session import ShellError
    number = _literal(args[0])
    entry = session.entry(number) if type(number) is int else None
    if entry is None:
        raise ShellError(f"* {number}: command not found", counts=False)
    return entry


def repeat(session, args) -> Any:
    return session.eval_exprs(_entry(session, args).exprs)


def value(session, args) -> Any:
    entry = _entry(session, args)
    if not entry.has_value:
        raise _bad_argument()
    return entry.value


def define_record(session, args) -> Atom:
    from .session import ShellError
    name, fields = args
    if name[0] != "atom" or fields[0] != "tuple":
        raise _bad_argument()
    form = ("attribute", name[1], "record", [name, fields])
    candidate = dict(session.records)
    candidate[name[2]] = form
    _check_records(candidate, ShellError)
    session.records = candidate
    return Atom(name[2])


def _check_records(records: dict, error) -> None:
    from ..compiler.module import ModuleCompiler
    pos = (1, 1)
    forms = [("attribute", pos, "module", [("atom", pos, "shell")]), *records.values()]
    try:
        ModuleCompiler(forms, "shell", "shell").compile()
    except CompileError as err:
        _, line, col, message = err.diagnostics[0]
        raise error(f"* {line}:{col}: {message}") from None


def forget_records(session, args) -> Atom:
    session.records.clear()
    return OK


def forget_record(session, args) -> Atom:
    name = _literal(args[0])
    if name is Atom("_"):
        session.records.clear()
    elif type(name) is Atom:
        session.records.pop(name.name, None)
    return OK


def record_source(form) -> str:
    name, fields = form[3]
    parts = []
    for field in fields[2]:
        if field[0] == "match":
            parts.append(f"{render_expr(field[2])} = {render_expr(field[3])}")
        else:
            parts.append(render_expr(field))
    return f"-record({render_expr(name)},{{{', '.join(parts)}}}).\n"


def list_records(session, args) -> Atom:
    wanted = None if not args else _literal(args[0])
    for name in sorted(session.records):
        if wanted is None or (type(wanted) is Atom and wanted.name == name):
            session.write(record_source(session.records[name]))
    return OK


def read_records(session, args) -> Any:
    """rr(Module | File): the records of a module's source or of files (wildcards allowed)."""
    what = _literal(args[0])
    if type(what) is Atom:
        path = session.runtime.find_source(what.name)
        paths = [path] if path else []
    else:
        try:
            paths = sorted(glob.glob(chardata_to_str(what)))
        except ErlangError:
            raise _bad_argument() from None
    found = {}
    for path in paths:
        found.update(_record_forms(path))
    session.records.update(found)
    return from_iterable([Atom(name) for name in sorted(found)])


def _record_forms(path: str) -> dict:
    from ..grammar.lexer import scan_file
    from ..grammar.parser import parse_tokens
    from ..grammar.preprocessor import preprocess
    try:
        tokens, _ = scan_file(path)
        tokens = preprocess(tokens, path, [os.path.dirname(path)])
    except (OSError, ErlangSyntaxError):
        return {}
    forms, _ = parse_tokens(tokens, path)
    return {form[3][0][2]: form for form in forms
            if form[0] == "attribute" and form[2] == "record" and len(form[3]) == 2
            and form[3][0][0] == "atom"}


# ---------------------------------------------------------------- process commands

def _say(proc, text: str) -> None:
    io_write(proc, STANDARD_IO, text)


def _text(term) -> str:
    if type(term) is Atom:
        return term.name
    return chardata_to_str(term)


def help_(proc) -> Atom:
    _say(proc, HELP)
    return TRUE


def compile_and_load(proc, module, options=NIL) -> Any:
    """c(File): compile a module's source and load it, reporting as erlc does."""
    name = _text(module)
    path = name if name.endswith(".erl") else name + ".erl"
    if not os.path.isfile(path):
        return (Atom("error"), Atom("non_existing"))
    try:
        compiled = compile_file(path, [os.path.dirname(path) or "."], use_cache=False)
    except (ErlangSyntaxError, CompileError) as err:
        _diagnostics(proc, err)
        return Atom("error")
    for file, line, col, message in compiled.warnings:
        _say(proc, render(file, line, col, message, True, _lines(file)) + "\n\n")
    proc.runtime.load(compiled)
    return (OK, Atom(compiled.name))


def _lines(path: str):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")
    except OSError:
        return None


def _diagnostics(proc, err) -> None:
    if isinstance(err, ErlangSyntaxError):
        items = [(err.file, err.line, err.col, err.message, False)]
    else:
        items = [(*d, False) for d in err.diagnostics] + [(*w, True) for w in err.warnings]
    for file, line, col, message, warning in items:
        _say(proc, render(file, line, col, message, warning, _lines(file) if file else None) + "\n\n")


def load(proc, module) -> Any:
    if type(module) is not Atom:
        raise ErlangError(BADARG)
    runtime = proc.runtime
    path = runtime.find_source(module.name)
    if path is None:
        return (Atom("error"), Atom("nofile"))
    try:
        compiled = runtime.compile_module(path)
    except (ErlangSyntaxError, CompileError):
        return (Atom("error"), Atom("badfile"))
    runtime.load(compiled)
    return (Atom("module"), module)


def _initial_call(process) -> str:
    call = process.initial_call
    if call:
        return f"{call[0]}:{call[1]}/{call[2]}"
    fc = process.fc
    return f"{fc.module.name}:{fc.name}/{fc.arity}" if fc is not None else "erlang:apply/2"


def _current(process) -> str:
    fc = process.fc
    return f"{fc.module.name}:{fc.name}/{fc.arity}" if fc is not None else ""


def processes(proc) -> Atom:
    """i(): the process table, in the layout of c:i/0."""
    rows = ["Pid                   Initial Call                          Heap     Reds Msgs\n"
            "Registered            Current Function                     Stack              \n"]
    total_reds = total_msgs = 0
    for process in sorted(proc.runtime.processes.values(), key=lambda p: p.pid.number):
        name = process.registered_name.name if process.registered_name is not None else ""
        reds, msgs = process.reductions, len(process.mailbox)
        total_reds += reds
        total_msgs += msgs
        rows.append(f"{_pid_text(process.pid):<22}{_initial_call(process)[:37]:<37}"
                    f"{0:>6}{reds:>9}{msgs:>5}\n"
                    f"{name[:21]:<22}{_current(process)[:37]:<37}{len(process.stack):>6}\n")
    rows.append(f"{'Total':<59}{0:>6}{total_reds:>9}{total_msgs:>5}\n")
    _say(proc, "".join(rows))
    return OK


def _pid_text(pid) -> str:
    return f"<0.{pid.number}.0>"


def registered(proc) -> Atom:
    rows = ["\n** Registered procs on node nonode@nohost **\n"
            "Name                  Pid          Initial Call                      Reds Msgs\n"]
    for name, process in sorted(proc.runtime.registered.items(), key=lambda kv: kv[0].name):
        rows.append(f"{name.name[:21]:<22}{_pid_text(process.pid):<13}"
                    f"{_initial_call(process)[:30]:<30}{process.reductions:>9}"
                    f"{len(process.mailbox):>5}\n")
    rows.append("\n** Registered ports on node nonode@nohost **\n"
                "Name                  Id              Command                                 \n")
    _say(proc, "".join(rows))
    return OK


def flush(proc) -> Atom:
    from ..stdlib.printer import print_term
    messages, proc.mailbox, proc.save = proc.mailbox, [], 0
    for message in messages:
        _say(proc, "Shell got " + print_term(message, column=11, depth=30) + "\n")
    return OK


def make_pid(proc, x, y, z) -> Pid:
    if not (type(x) is int and type(y) is int and type(z) is int) or x != 0 or z != 0:
        raise ErlangError(BADARG)
    return Pid(y)


def change_directory(proc, directory) -> Atom:
    try:
        os.chdir(_text(directory))
    except OSError:
        pass
    return print_directory(proc)


def print_directory(proc) -> Atom:
    _say(proc, os.getcwd() + "\n")
    return OK


def list_directory(proc, directory=None) -> Atom:
    path = "." if directory is None else _text(directory)
    try:
        names = sorted(os.listdir(path))
    except NotADirectoryError:
        names = [path]
    except OSError:
        _say(proc, f"{path}: no such file or directory\n")
        return OK
    width = max((len(n) for n in names), default=0) + 2
    per_line = max(1, 80 // max(width, 1))
    lines = []
    for i in range(0, len(names), per_line):
        lines.append("".join(f"{n:<{width}}" for n in names[i:i + per_line]) + "\n")
    _say(proc, "".join(lines))
    return OK


def modules(proc) -> Atom:
    rows = ["Module                File\n"]
    for name in sorted(proc.runtime.modules):
        rows.append(f"{name:<22}{proc.runtime.modules[name].file}\n")
    _say(proc, "".join(rows))
    return OK


def module_info(proc, module) -> Atom:
    if type(module) is not Atom:
        raise ErlangError(BADARG)
    loaded = proc.runtime.ensure_loaded(module.name)
    if loaded is None:
        raise ErlangError((Atom("undef"), NIL))  # c:m/1 fails the same way for an unknown module
    exports = "".join(f"         {n}/{a}\n" for n, a in sorted(loaded.exports))
    _say(proc, f"Module: {module.name}\nSource file: {loaded.file}\nExports: \n{exports}")
    return OK


def memory(proc) -> Any:
    from ..vm.bif_registry import BIFS
    return BIFS[("erlang", "memory", 0)](proc)


def quit_(proc) -> Atom:
    from .session import session_of
    session_of(proc.runtime).quitting = True
    return OK


def value_bif(proc, number) -> Any:
    from .session import session_of
    entry = session_of(proc.runtime).entry(number) if type(number) is int else None
    if entry is None or not entry.has_value:
        raise ErlangError(BADARG)
    return entry.value


# ---------------------------------------------------------------- the table

TABLE = [
    Command("b", 0, "b()", "display all variable bindings", session=bindings),
    Command("e", 1, "e(N)", "repeat the expression in query <N>", session=repeat),
    Command("f", 0, "f()", "forget all variable bindings", session=forget_all),
    Command("f", 1, "f(X)", "forget the binding of variable X", session=forget),
    Command("h", 0, "h()", "history", session=history),
    Command("v", 1, "v(N)", "use the value of query <N>", session=value, process=value_bif),
    Command("rd", 2, "rd(R,D)", "define a record", session=define_record),
    Command("rf", 0, "rf()", "remove all record information", session=forget_records),
    Command("rf", 1, "rf(R)", "remove record information about R", session=forget_record),
    Command("rl", 0, "rl()", "display all record information", session=list_records),
    Command("rl", 1, "rl(R)", "display record information about R", session=list_records),
    Command("rr", 1, "rr(File)", "read record information from File (wildcards allowed)",
            session=read_records),
    Command("c", 1, "c(Mod)", "compile and load module or file <Mod>", process=compile_and_load),
    Command("c", 2, "c(Mod,Opts)", "compile and load module or file <Mod>",
            process=compile_and_load),
    Command("cd", 1, "cd(Dir)", "change working directory", process=change_directory),
    Command("flush", 0, "flush()", "flush any messages sent to the shell", process=flush),
    Command("help", 0, "help()", "help info", process=help_),
    Command("i", 0, "i()", "information about the system", process=processes),
    Command("l", 1, "l(Module)", "load or reload module", process=load),
    Command("ls", 0, "ls()", "list files in the current directory", process=list_directory),
    Command("ls", 1, "ls(Dir)", "list files in directory <Dir>", process=list_directory),
    Command("m", 0, "m()", "which modules are loaded", process=modules),
    Command("m", 1, "m(Mod)", "information about module <Mod>", process=module_info),
    Command("memory", 0, "memory()", "memory allocation information", process=memory),
    Command("pid", 3, "pid(X,Y,Z)", "convert X,Y,Z to a Pid", process=make_pid),
    Command("pwd", 0, "pwd()", "print working directory", process=print_directory),
    Command("q", 0, "q()", "quit - shorthand for init:stop()", process=quit_),
    Command("regs", 0, "regs()", "information about registered processes", process=registered),
]

SESSION_COMMANDS = {(c.name, c.arity): c.session for c in TABLE if c.session is not None}
PROCESS_COMMANDS = {(c.name, c.arity) for c in TABLE if c.process is not None}
NAMES = sorted({c.name for c in TABLE})

for _command in TABLE:
    if _command.process is not None:
        bif("shell_default", _command.name, _command.arity, process=True)(_command.process)

HELP = "".join(f"{c.usage:<10} -- {c.help}\n" for c in TABLE)


def session_command(expr) -> Callable | None:
    """The session command an expression is a call of, if it is one."""
    if expr[0] != "call" or expr[2][0] != "atom":
        return None
    key = (expr[2][2], len(expr[3]))
    command = SESSION_COMMANDS.get(key)
    if key == ("v", 1) and expr[3][0][0] not in ("int", "unop"):
        return None  # v(N) with a computed N is the process command
    return command
