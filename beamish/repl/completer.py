"""Tab completion: ``mod:fun`` from a module's exports, module names, bound
variables, shell commands and auto-imported BIFs."""
from __future__ import annotations

import re
from typing import Iterable

from prompt_toolkit.completion import Completer, Completion

from ..compiler.erl_internal import AUTO_IMPORTS
from . import commands

_REMOTE = re.compile(r"([a-z][A-Za-z0-9_@]*):([a-z][A-Za-z0-9_@]*)?$")
_VARIABLE = re.compile(r"[A-Z_][A-Za-z0-9_@]*$")
_NAME = re.compile(r"[a-z][A-Za-z0-9_@]*$")


class ShellCompleter(Completer):
    def __init__(self, session):
        self.session = session

    def get_completions(self, document, complete_event) -> Iterable[Completion]:
        text = document.text_before_cursor
        remote = _REMOTE.search(text)
        if remote is not None:
            prefix = remote.group(2) or ""
            for name, arity in self.session.exports_of(remote.group(1)):
                if name.startswith(prefix):
                    yield Completion(name + "(", -len(prefix), display=f"{name}/{arity}")
            return
        variable = _VARIABLE.search(text)
        if variable is not None:
            prefix = variable.group(0)
            for name in sorted(self.session.bindings):
                if name.startswith(prefix):
                    yield Completion(name, -len(prefix))
            return
        word = _NAME.search(text)
        if word is None:
            return
        prefix = word.group(0)
        for name in self.session.module_names():
            if name.startswith(prefix):
                yield Completion(name + ":", -len(prefix), display=name, display_meta="module")
        local = sorted({name for name in commands.NAMES} | {name for name, _ in AUTO_IMPORTS})
        for name in local:
            if name.startswith(prefix):
                yield Completion(name + "(", -len(prefix), display=name + "()")
