"""Where expressions end, when Enter evaluates, and the line editor itself
(prompt_toolkit's pipe input and dummy output)."""
from __future__ import annotations

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from beamish.repl.expressions import expression_end, parse_exprs, split_expressions
from beamish.repl.validator import is_complete
from beamish.grammar.errors import ErlangSyntaxError


@pytest.mark.parametrize("text, end", [
    ("1 + 2.", 6),
    ("1 + 2.\n", 6),
    ("X = \"a. b\".", 11),
    ("'a. b'.", 7),
    ("$..", 3),
    ("[1, 2] % done. not yet\n.", 24),
    ("1.5", None),
    ("lists:seq(1, 3)", None),
    ("\"open. string", None),
    ("X = 1 .. ", None),
])
def test_an_expression_ends_at_a_dot_outside_strings_and_comments(text, end):
    assert expression_end(text) == end


def test_one_line_may_hold_several_expressions():
    assert split_expressions("1. 2.\nX = \n") == (["1.", " 2."], "\nX = \n")


def test_enter_evaluates_only_complete_entries():
    assert is_complete("X = 1.")
    assert is_complete("1. 2.  ")
    assert is_complete("")
    assert not is_complete("X = [1,\n2")
    assert not is_complete("1. 2")
    assert not is_complete("\"a.\n")


def test_parse_errors_are_erl_s_with_positions_in_the_expression():
    with pytest.raises(ErlangSyntaxError) as info:
        parse_exprs("1 + .")
    assert (info.value.line, info.value.col, info.value.message) == (1, 5, "syntax error before: '.'")
    assert [e[0] for e in parse_exprs("X = 1,\n  X + 1.")] == ["match", "op"]


@pytest.fixture(scope="module")
def session():
    from beamish.repl.session import Session
    out = []
    shell = Session(out.append, lambda: None)
    shell.output = out
    yield shell
    shell.close()


def test_the_editor_keeps_reading_until_the_entry_is_complete(session):
    from beamish.repl.repl import make_prompt_session
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        editor = make_prompt_session(session)
        pipe.send_text("[1,\r2,\r3].\r")
        assert editor.prompt("1> ") == "[1,\n2,\n3]."


def test_completion_of_exported_functions_variables_and_modules(session):
    from beamish.repl.completer import ShellCompleter
    completer = ShellCompleter(session)

    def complete(text):
        return [c.text for c in completer.get_completions(Document(text), None)]
    assert complete("lists:fo") == ["foldl(", "foldr(", "foreach("]
    session.bindings["Total"] = 1
    assert complete("X = To") == ["Total"]
    assert "lists:" in complete("lis")
    assert "flush(" in complete("flu")


def test_a_session_evaluates_and_keeps_bindings(session):
    session.evaluate("Y = 20 + 1.")
    session.evaluate("Y * 2.")
    assert b"".join(session.output[-2:]) == b"21\n42\n"
