"""Finding and reading an application's ``.app`` file on the code path (for application.erl)."""
from __future__ import annotations

import os

from ...grammar.errors import ErlangSyntaxError
from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import Atom, make_string
from ..term_reader import TermSyntaxError, consult

ERROR = Atom("error")
OK = Atom("ok")


@bif("$application", "read_app_file", 1, process=True)
def read_app_file(proc, app):
    """{ok, Term} for the first App.app on the code path, or load's error:
    {error, {"no such file or directory", "App.app"}} or {error, {Line, erl_parse, Msg}}."""
    if type(app) is not Atom:
        raise ErlangError(BADARG)
    name = app.name + ".app"
    runtime = proc.runtime
    for directory in runtime.code_path + runtime.stdlib_dirs:
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                terms = consult(f.read(), path)
        except TermSyntaxError as e:
            return (ERROR, (e.line, Atom("erl_parse"), make_string(e.message)))
        except ErlangSyntaxError as e:  # a malformed token
            return (ERROR, (e.line, Atom("erl_scan"), make_string(e.message)))
        if len(terms) != 1:
            return (ERROR, (Atom("badly_formatted_application_spec"), make_string(name)))
        return (OK, terms[0])
    return (ERROR, (make_string("no such file or directory"), make_string(name)))
