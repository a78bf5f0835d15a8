"""The lexer against erl_scan (OTP 25): every expected value here was read off
``erl_scan:string/3`` or erlc on the same input."""
from __future__ import annotations

import pytest

from beamish.grammar.errors import (ErlangSyntaxError, token_description, write_atom,
                                    write_char, write_float, write_string)
from beamish.grammar.lexer import KEYWORDS, PUNCTUATION, read_source, scan_file, tokenize
from beamish.grammar.tokens import Token, TokenList


def scan(text: str) -> list[Token]:
    return tokenize(text, "t.erl")


def kv(text: str) -> list[tuple]:
    """(kind, value) pairs; symbols and keywords as their bare kind."""
    return [t.kind if t.kind == t.value else (t.kind, t.value) for t in scan(text)]


def positions(text: str) -> list[tuple]:
    return [(t.kind, t.line, t.col) for t in scan(text)]


def error(text: str) -> tuple[int, int, str]:
    with pytest.raises(ErlangSyntaxError) as info:
        scan(text)
    e = info.value
    assert e.file == "t.erl"
    return e.line, e.col, e.message


# -- names ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hello", "a1@b2", "x_Y_9", "ßx", "ÿz", "maybe", "else",
                                  "self", "error"])
def test_atom(text):
    assert kv(text) == [("atom", text)]


@pytest.mark.parametrize("word", sorted(KEYWORDS))
def test_keyword_kind_is_the_word(word):
    [token] = scan(word)
    assert (token.kind, token.value) == (word, word)


def test_keyword_list_is_otp25():
    assert KEYWORDS == set(
        "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if "
        "let not of or orelse receive rem try when xor".split())


@pytest.mark.parametrize("text", ["X", "_", "_Foo", "__", "Foo_Bar@1", "Ä", "Þx", "V9"])
def test_variable(text):
    assert kv(text) == [("var", text)]


def test_latin1_letters_but_not_times_and_divide():
    assert kv("a×b") == [("atom", "a"), "×", ("atom", "b")]
    assert kv("a÷b") == [("atom", "a"), "÷", ("atom", "b")]


@pytest.mark.parametrize("text, name", [
    ("'hello world'", "hello world"), ("''", ""), ("'A'", "A"), ("'a\\'b'", "a'b"),
    ("'\\x41bc'", "Abc"), ("'a∀b'", "a∀b"), ("'%'", "%"), ("'a\tb'", "a\tb"),
    ("'after'", "after"),
])
def test_quoted_atom(text, name):
    assert kv(text) == [("atom", name)]


def test_quoted_keyword_is_an_atom():
    assert scan("'end'")[0].kind == "atom"


def test_atom_length_limit():
    assert kv("a" * 255) == [("atom", "a" * 255)]
    assert error("a" * 256) == (1, 1, "illegal atom")
    assert kv("'" + "b" * 255 + "'") == [("atom", "b" * 255)]
    assert error("x '" + "b" * 256 + "'") == (1, 3, "illegal atom")
    assert error("A" * 300) == (1, 1, "illegal var")


# -- numbers -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("0", 0), ("42", 42), ("007", 7), ("00012", 12), ("1_000", 1000), ("1_0_0", 100),
    ("2#1010", 10), ("2#1010_1010", 170), ("8#777", 511), ("16#ff", 255), ("16#FF_ff", 65535),
    ("16#123456789abcdefABCDEF", 0x123456789ABCDEFABCDEF), ("36#zZ", 1295),
    ("36#Zz_9", 35 * 36 ** 2 + 35 * 36 + 9), ("1_6#ff", 255), ("016#ff", 255),
    ("123456789012345678901234567890", 123456789012345678901234567890),
])
def test_integer(text, value):
    assert kv(text) == [("integer", value)]


def test_huge_integer_beyond_cpython_digit_limit():
    [token] = scan("1" + "0" * 5000)
    assert token.value == 10 ** 5000


@pytest.mark.parametrize("text, expected", [
    ("1__0", [("integer", 1), ("var", "__0")]),
    ("1_", [("integer", 1), ("var", "_")]),
    ("2#12", [("integer", 1), ("integer", 2)]),
    ("16#fg", [("integer", 15), ("atom", "g")]),
    ("16#ff_", [("integer", 255), ("var", "_")]),
    ("16#1.0", [("integer", 1), ".", ("integer", 0)]),
    ("1e5", [("integer", 1), ("atom", "e5")]),
    ("1.e5", [("integer", 1), ".", ("atom", "e5")]),
    ("1.5_", [("float", 1.5), ("var", "_")]),
    ("1.", [("integer", 1), ("dot", ".")]),
    ("1.5.", [("float", 1.5), ("dot", ".")]),
])
def test_number_boundaries(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize("text, value", [
    ("1.5", 1.5), ("0.0", 0.0), ("1.0e10", 1e10), ("2.5E-3", 2.5e-3), ("0.5e+3", 500.0),
    ("1_000.5", 1000.5), ("1.0e1_0", 1e10), ("1_0.0_1e1_0", 1.001e11), ("1.0E3", 1000.0),
])
def test_float(text, value):
    assert kv(text) == [("float", value)]


@pytest.mark.parametrize("text, message", [
    ("37#1", "illegal base '37'"), ("1#0", "illegal base '1'"), ("0#0", "illegal base '0'"),
    ("16#", "illegal integer"), ("2#", "illegal integer"), ("16#_ff", "illegal integer"),
    ("2#2", "illegal integer"), ("1.0e", "illegal float"), ("1.0e+", "illegal float"),
    ("1.0ea", "illegal float"), ("1.5e999", "illegal float"),
])
def test_number_errors(text, message):
    assert error("x = " + text) == (1, 5, message)


# -- characters and strings ----------------------------------------------------------

ESCAPES = [
    ("\\b", 8), ("\\d", 127), ("\\e", 27), ("\\f", 12), ("\\n", 10), ("\\r", 13), ("\\s", 32),
    ("\\t", 9), ("\\v", 11), ("\\\\", 92), ("\\'", 39), ('\\"', 34), ("\\`", 96),
    ("\\7", 7), ("\\101", 65), ("\\777", 511), ("\\8", 56), ("\\x41", 65), ("\\x{41}", 65),
    ("\\x{1F600}", 0x1F600), ("\\x{10FFFF}", 0x10FFFF), ("\\^a", 1), ("\\^Z", 26),
    ("\\^A", 1), ("\\^[", 27), ("\\^@", 0), ("\\^?", 31), ("\\^1", 17), ("\\q", 113),
    ("\\z", 122), ("\\ ", 32), ("\\%", 37), ("\\∀", 8704), ("\\\n", 10),
]


@pytest.mark.parametrize("escape, code", ESCAPES)
def test_char_escape(escape, code):
    assert kv("$" + escape) == [("char", code)]


@pytest.mark.parametrize("escape, code", ESCAPES)
def test_string_escape(escape, code):
    assert kv('"<' + escape + '>"') == [("string", "<" + chr(code) + ">")]


@pytest.mark.parametrize("text, code", [
    ("$a", 97), ("$ ", 32), ("$$", 36), ("$%", 37), ("$'", 39), ('$"', 34), ("$∀", 8704),
    ("$\n", 10), ("$\t", 9),
])
def test_plain_char(text, code):
    assert kv(text) == [("char", code)]


def test_char_sequences():
    assert kv("[$a,$,,$b]") == ["[", ("char", 97), ",", ("char", 44), ",", ("char", 98), "]"]
    assert kv("$\\101$\\1011") == [("char", 65), ("char", 65), ("integer", 1)]
    assert kv("$a$b") == [("char", 97), ("char", 98)]


@pytest.mark.parametrize("text, value", [
    ('""', ""), ('"abc"', "abc"), ('"50% off"', "50% off"), ('"a\\\nb"', "a\nb"),
    ('"\\1012"', "A2"), ('"\\400"', "\u0100"), ('"a∀b"', "a∀b"), ('"multi\nline"', "multi\nline"),
    ('"\\x{10FFFF}"', "\U0010FFFF"), ('"a\x01b"', "a\x01b"),
])
def test_string(text, value):
    assert kv(text) == [("string", value)]


def test_adjacent_strings_stay_separate():
    assert kv('"a"  "b" "c"') == [("string", "a"), ("string", "b"), ("string", "c")]


def test_control_escape_takes_the_quote():
    # "\^"" is a string holding \002 that is still open
    assert error('"\\^"') == (1, 1, 'unterminated string starting with "\\002"')


@pytest.mark.parametrize("text, expected", [
    ('"abc', (1, 1, 'unterminated string starting with "abc"')),
    ("'abc", (1, 1, "unterminated atom starting with 'abc'")),
    ('"\\x41bc', (1, 1, 'unterminated string starting with "Abc"')),
    ("'\\x41bc", (1, 1, "unterminated atom starting with 'Abc'")),
    ('"a\\tb', (1, 1, 'unterminated string starting with "a\\tb"')),
    ('"ab\\', (1, 1, 'unterminated string starting with "ab"')),
    ('"\\', (1, 1, 'unterminated string starting with ""')),
    ('"\\x{41', (1, 1, 'unterminated string starting with ""')),
    ('"a\\^', (1, 1, 'unterminated string starting with "a"')),
    ('"abcdefghijklmnopqrstuvwxyz',
     (1, 1, 'unterminated string starting with "abcdefghijklmnop"')),
    ('x.\n  "unterminated),\n    ok.\n',
     (2, 3, 'unterminated string starting with "unterminated),\\n "')),
    ("$", (1, 1, "unterminated character")),
    ("$\\", (1, 1, "unterminated character")),
    ("$\\x", (1, 1, "unterminated character")),
    ("$\\^", (1, 1, "unterminated character")),
    ("$\\x{41", (1, 1, "unterminated character")),
    ("$\\x4", (1, 1, "illegal character")),
    ("$\\x{zz}", (1, 1, "illegal character")),
    ("$\\x{110000}", (1, 1, "illegal character")),
    ('"\\x41\\x4g"', (1, 6, "illegal character")),
    ('"\\x{41}\\x{1F600}\\x{}"', (1, 17, "illegal character")),
    ('"\\x"', (1, 2, "illegal character")),
    ('"\\x{"', (1, 2, "illegal character")),
    ('"\\x{110000}"', (1, 2, "illegal character")),
    ("'a\\x'", (1, 3, "illegal character")),
    ("x ∀ y", (1, 3, "illegal character")),
    ("\n  \u2200", (2, 3, "illegal character")),
])
def test_literal_errors(text, expected):
    assert error(text) == expected


# -- punctuation and dots ---------------------------------------------------------------

@pytest.mark.parametrize("symbol", PUNCTUATION + ["."])
def test_each_punctuation(symbol):
    tokens = scan("x" + symbol + "y")
    assert [t.kind for t in tokens] == ["atom", symbol, "atom"]
    assert tokens[1].value == symbol


def test_punctuation_list_is_complete():
    wanted = ("( ) [ ] { } , ; : :: -> <- <= => := << >> ! = == /= =< < >= > =:= =/= "
              "+ - * / ++ -- # | || ? ... ..").split()
    assert set(wanted) <= set(PUNCTUATION)


@pytest.mark.parametrize("text, expected", [
    ("<<<", ["<<", "<"]), ("=/==", ["=/=", "="]), ("X=<<1>>", [("var", "X"), "=<", "<", ("integer", 1), ">>"]),
    ("....", ["...", ("dot", ".")]), ("..", [".."]), ("-->", ["--", ">"]),
    ("??X", ["?", "?", ("var", "X")]), ("???", ["?", "?", "?"]), ("X ?= Y", [("var", "X"), "?=", ("var", "Y")]),
    ("a && b", [("atom", "a"), "&", "&", ("atom", "b")]), ("||", ["||"]), ("<<>>", ["<<", ">>"]),
])
def test_longest_match(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize("text", ["x. y", "x.\ny", "x.\ty", "x.%c", "x.", "x.\r\n", "x.\x00"])
def test_dot_ends_a_form(text):
    assert scan(text)[1].kind == "dot"
    assert scan(text)[1].value == "."


def test_period_inside_a_form():
    assert kv("x.y") == [("atom", "x"), ".", ("atom", "y")]
    assert kv("#r.f") == ["#", ("atom", "r"), ".", ("atom", "f")]


@pytest.mark.parametrize("char", ["\\", "~", "&", "`", "@", "§", "\x7f", "¡", "¿"])
def test_latin1_character_starting_no_token_is_its_own_token(char):
    assert kv("a " + char + " b") == [("atom", "a"), char, ("atom", "b")]


@pytest.mark.parametrize("space", ["\x00", "\x01", "\x1f", "\r", "\f", "\v", "\x80", "\x9f", "\xa0"])
def test_whitespace_characters(space):
    assert kv("x" + space + "y") == [("atom", "x"), ("atom", "y")]


# -- comments and positions ----------------------------------------------------------------

def test_comments_are_skipped():
    text = ("%% header\n% one\nf() -> % after code\n  X = 1, % \"quotes\" 'atoms' $c\n"
            "  '%', \"50% off\", $%.\n%%% last")
    assert kv(text) == [("atom", "f"), "(", ")", "->", ("var", "X"), "=", ("integer", 1), ",",
                        ("atom", "%"), ",", ("string", "50% off"), ",", ("char", 37),
                        ("dot", ".")]


def test_positions_are_one_based_and_tabs_count_one():
    assert positions("\tx\ty") == [("atom", 1, 2), ("atom", 1, 4)]
    assert positions("f() ->\n    ok.") == [("atom", 1, 1), ("(", 1, 2), (")", 1, 3),
                                          ("->", 1, 5), ("atom", 2, 5), ("dot", 2, 7)]


def test_positions_after_multiline_tokens():
    assert positions('"a\nb" c') == [("string", 1, 1), ("atom", 2, 4)]
    assert positions("'a\nbc' d") == [("atom", 1, 1), ("atom", 2, 5)]
    assert positions("$\n x") == [("char", 1, 1), ("atom", 2, 2)]
    assert positions("x % c\n\n  % d\n   y") == [("atom", 1, 1), ("atom", 4, 4)]
    assert positions("x\r\ny") == [("atom", 1, 1), ("atom", 2, 1)]


def test_positions_after_a_based_integer_split():
    assert positions("2#12 x") == [("integer", 1, 1), ("integer", 1, 4), ("atom", 1, 6)]


def test_no_eof_token_and_end_location():
    tokens = scan("x.\n\n")
    assert isinstance(tokens, TokenList)
    assert [t.kind for t in tokens] == ["atom", "dot"]
    assert tokens.end == (3, 1)
    assert scan("").end == (1, 1)
    assert scan("ab").end == (1, 3)


def test_main_file_tokens_have_no_file():
    assert all(t.file is None for t in scan("x. y."))


def test_token_repr():
    assert repr(Token("atom", "x", 1, 2)) == "Token('atom', 'x' @1:2)"
    assert repr(Token(",", ",", 3, 4, "a.hrl")) == "Token(',' @a.hrl:3:4)"


# -- files ----------------------------------------------------------------------------------

def test_scan_file_blanks_the_escript_header(tmp_path):
    path = tmp_path / "s.erl"
    path.write_text("#!/usr/bin/env escript\n%%! -smp enable\n-module(s).\n")
    tokens, text = scan_file(str(path))
    assert text.split("\n")[:3] == ["", "", "-module(s)."]
    assert [(t.kind, t.line) for t in tokens][:2] == [("-", 3), ("atom", 3)]


def test_scan_file_keeps_a_plain_second_line(tmp_path):
    path = tmp_path / "s.erl"
    path.write_text("#!/usr/bin/env escript\nx.\n")
    tokens, _ = scan_file(str(path))
    assert [(t.kind, t.line) for t in tokens] == [("atom", 2), ("dot", 2)]


def test_scan_file_reads_utf8_then_latin1(tmp_path):
    utf8 = tmp_path / "u.erl"
    utf8.write_bytes('"∀é".'.encode("utf-8"))
    assert scan_file(str(utf8))[0][0].value == "∀é"
    latin = tmp_path / "l.erl"
    latin.write_bytes('"é".'.encode("latin-1"))
    assert scan_file(str(latin))[0][0].value == "é"
    bom = tmp_path / "b.erl"
    bom.write_bytes(b"\xef\xbb\xbfx.")
    assert read_source(str(bom)) == "x."


def test_scan_file_error_carries_the_text(tmp_path):
    path = tmp_path / "o07.erl"
    path.write_text('#!/usr/bin/env escript\nmain(_) ->\n    io:format("unterminated),\n    ok.\n')
    with pytest.raises(ErlangSyntaxError) as info:
        scan_file(str(path))
    e = info.value
    assert (e.file, e.line, e.col) == (str(path), 3, 15)
    assert e.message == 'unterminated string starting with "unterminated),\\n "'
    assert e.source_text.split("\n")[2] == '    io:format("unterminated),'


# -- error rendering --------------------------------------------------------------------------

def test_render_like_erlc():
    e = ErlangSyntaxError("o07.erl", 9, 15, 'unterminated string starting with "x"')
    lines = [""] * 8 + ['    io:format("x),']
    assert str(e) == 'o07.erl:9:15: unterminated string starting with "x"'
    assert e.render(None) == str(e)
    assert e.render(lines) == ('o07.erl:9:15: unterminated string starting with "x"\n'
                               '%    9|     io:format("x),\n'
                               '%     |               ^')


def test_render_keeps_tabs_under_the_caret():
    e = ErlangSyntaxError("u2.erl", 4, 8, "undefined macro 'FOO/2'")
    lines = ["", "", "", "\tX = \t?FOO(1, 2),"]
    assert e.render(lines).split("\n")[1:] == ["%    4| \tX = \t?FOO(1, 2),",
                                               "%     | \t    \t ^"]


def test_render_without_a_source_line():
    e = ErlangSyntaxError("e4.erl", 5, 1, "unterminated '-ifdef'")
    assert e.render(["a", "b", "c", "d"]) == "e4.erl:5:1: unterminated '-ifdef'"
    assert ErlangSyntaxError("x.erl", 1234, 1, "m").render(["y"] * 1234).split("\n")[1] \
        == "% 1234| y"


def test_error_at_token():
    e = ErlangSyntaxError.at(Token("atom", "x", 3, 4, "a.hrl"), "boom", "main.erl")
    assert (e.file, e.line, e.col, e.message) == ("a.hrl", 3, 4, "boom")
    assert ErlangSyntaxError.at(Token("atom", "x", 3, 4), "boom", "main.erl").file == "main.erl"


# -- writing tokens back ----------------------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    (1e10, "1.0e10"), (0.0025, "0.0025"), (0.001, "0.001"), (1e-4, "0.0001"), (1.5e-4, "1.5e-4"),
    (1.5e-5, "1.5e-5"), (100.0, "100.0"), (1000.0, "1.0e3"), (1230.0, "1230.0"), (12300.0, "1.23e4"),
    (123456.0, "123456.0"), (0.1, "0.1"), (0.0, "0.0"), (-0.0, "-0.0"), (-1.5e10, "-1.5e10"),
    (2 / 3, "0.6666666666666666"), (12345678901234567.0, "1.2345678901234568e16"),
    (1234567890123456.8, "1234567890123456.8"), (5e-324, "5.0e-324"),
    (1.7976931348623157e308, "1.7976931348623157e308"),
])
def test_write_float(value, text):
    assert write_float(value) == text


def test_write_string_and_char():
    assert write_string('a"b\\c\n\x01\x7f\x80é∀') == '"a\\"b\\\\c\\n\\001\\d\\200é∀"'
    assert write_string("it's", "'") == "'it\\'s'"
    assert [write_char(c) for c in (32, 10, 0, 97, 36, 39, 34, 92, 127)] == [
        "$\\s", "$\\n", "$\\000", "$a", "$$", "$'", '$"', "$\\\\", "$\\d"]


def test_write_atom():
    assert [write_atom(a) for a in ("a", "A", "hello world", "after", "a@b", "maybe", "ä", "")] \
        == ["a", "'A'", "'hello world'", "'after'", "a@b", "maybe", "ä", "''"]


def test_token_description_as_erl_parse():
    assert [token_description(t) for t in scan(") . 'a b' X 1 2.5 $a \"s\" end ->")] == [
        "')'", "'.'", "'a b'", "X", "1", "2.5", "$a", '"s"', "'end'", "'->'"]
    assert token_description(None) == ""
