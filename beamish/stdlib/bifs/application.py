"""Finding and reading an application's ``.app`` file on the code path (for application.erl)."""
from __future__ import annotations

import os

from ...vm.bif_registry import bif
from ...vm.errors import ErlangError, BADARG
from ...vm.terms import NIL, Atom, make_string
from .file_consult import consult_text

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
        with open(path, encoding="utf-8", errors="replace") as f:
            result = consult_text(f.read())
        if result[0] is ERROR:
            return result
        terms = result[1]
        if terms is NIL or terms[1] is not NIL:  # not exactly one term
            return (ERROR, (Atom("badly_formatted_application_spec"), make_string(name)))
        return (OK, terms[0])
    return (ERROR, (make_string("no such file or directory"), make_string(name)))
