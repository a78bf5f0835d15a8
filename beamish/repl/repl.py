"""The interactive shell: prompt_toolkit's line editor over a Session.

The editor owns the main thread; the runtime's scheduler runs on its own
thread (scheduler.py), so processes keep running while a line is typed and
whatever they print appears above the prompt (patch_stdout). Enter
evaluates a complete entry (validator.py), Ctrl-C during an evaluation
kills the evaluator (the shell starts a new one, bindings kept), Ctrl-C at
the prompt drops the line, Ctrl-D on an empty line leaves.
"""
from __future__ import annotations

import shutil
import sys

from ..vm.interp import Halt
from .banner import banner
from .expressions import split_expressions
from .session import Session


def _write(data: bytes) -> None:
    sys.stdout.write(data.decode("utf-8", errors="replace"))


def _flush() -> None:
    sys.stdout.flush()


def _columns() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def make_prompt_session(session: Session, history=None):
    """The PromptSession with the shell's editing features (also used by tests)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.layout.processors import HighlightMatchingBracketProcessor
    from prompt_toolkit.lexers import PygmentsLexer
    from pygments.lexers.erlang import ErlangLexer

    from .completer import ShellCompleter
    from .key_bindings import shell_key_bindings
    from .style import shell_style

    def continuation(width: int, line_number: int, is_soft_wrap: bool):
        return [("class:continuation", ".." .rjust(width - 1) + " ")]

    return PromptSession(
        multiline=True,
        lexer=PygmentsLexer(ErlangLexer),
        completer=ShellCompleter(session),
        complete_while_typing=False,
        key_bindings=shell_key_bindings(),
        style=shell_style(),
        history=history,
        enable_history_search=False,
        prompt_continuation=continuation,
        input_processors=[HighlightMatchingBracketProcessor()],
        include_default_pygments_style=False,
    )


def run_interactive(use_cache: bool = True, start: list | None = None) -> int:
    from prompt_toolkit.patch_stdout import patch_stdout

    from .history import BoundedFileHistory, history_path

    session = Session(_write, _flush, encoding="unicode", line_length=_columns,
                      use_cache=use_cache)
    editor = make_prompt_session(session, BoundedFileHistory(history_path()))

    def halt_while_editing(halt: Halt) -> None:
        # the editor must give the terminal back before the shell exits
        app = editor.app
        if app.is_running and app.loop is not None:
            app.loop.call_soon_threadsafe(lambda: app.exit(exception=halt))
        else:
            session.exit_now(halt)
    session.idle_halt = halt_while_editing
    try:
        if start:
            session.start(start)
        session.write(banner() + "\n")
        session.warm_up()
        return _loop(session, editor, patch_stdout)
    except Halt as halt:
        return halt.status if type(halt.status) is int else 1
    finally:
        session.close()


def _loop(session: Session, editor, patch_stdout) -> int:
    while True:
        # Only while a line is edited does output go through the proxy that
        # prints above it; results are then written at once, in order.
        try:
            with patch_stdout(raw=True):
                text = editor.prompt([("class:prompt", f"{session.number}> ")])
        except KeyboardInterrupt:
            continue
        except EOFError:
            return 0
        found, _ = split_expressions(text)
        for expression in found:
            session.evaluate(expression.lstrip())
            if session.quitting:
                return 0
