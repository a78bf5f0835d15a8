"""Tests of the unicode module (beamish/stdlib/bifs/unicode.py).

Each row of CASES is (call, arguments, expected). The call column is the
Erlang expression that was compiled and run under Erlang/OTP 25, each call in
a fresh process (so no BIF yields part-way), to record the expected column:
the value it returned, or Err(Reason) for the reason of the error it raised. The arguments are the same terms in beamish's
Python representation (see beamish.vm.terms). Many rows pin down the exact
shape of the Rest in ``{error, Done, Rest}`` results, which differs between
OTP's C conversion BIFs and its Erlang code (see the notes in unicode.py).
"""
from __future__ import annotations

import random
import shutil
import subprocess

import pytest

from .otp_cases import L, S, Err, call, check
from beamish.vm.errors import ErlangError
from beamish.vm.terms import Atom as A, NIL, BitString, from_iterable, to_pylist


CASES = [
    ('unicode:characters_to_binary([104, 233, 8364])', [S('h\xe9\u20ac')], b'h\xc3\xa9\xe2\x82\xac'),
    ('unicode:characters_to_binary([104, 16#110000, 105])', [L(104, 1114112, 105)], (A('error'), b'h', L(1114112, 105))),
    ('unicode:characters_to_binary([104, 16#D800, 105])', [L(104, 55296, 105)], (A('error'), b'h', L(55296, 105))),
    ('unicode:characters_to_binary([104, -1, 105])', [L(104, -1, 105)], (A('error'), b'h', L(-1, 105))),
    ('unicode:characters_to_binary([104, a, 105])', [L(104, A('a'), 105)], Err(A('badarg'))),
    ('unicode:characters_to_binary(a)', [A('a')], Err(A('badarg'))),
    ('unicode:characters_to_binary(104)', [104], Err(A('badarg'))),
    ('unicode:characters_to_binary([104 | 105])', [L(104, tail=105)], Err(A('badarg'))),
    ('unicode:characters_to_binary([104 | <<"ij">>])', [L(104, tail=b'ij')], b'hij'),
    ('unicode:characters_to_binary([[104, [<<"x">>, 16#110000, 1]], 105])', [L(L(104, L(b'x', 1114112, 1)), 105)], (A('error'), b'hx', L(L(L(1114112, 1)), 105))),
    ('unicode:characters_to_binary([[104, [<<"x">>, <<255, 1>>, 1]], 105])', [L(L(104, L(b'x', b'\xff\x01', 1)), 105)], (A('error'), b'hx', L(L(L(b'\xff\x01', 1)), 105))),
    ('unicode:characters_to_binary([[104, [<<"x", 195>>, <<169, 1>>, 1]], 105])', [L(L(104, L(b'x\xc3', b'\xa9\x01', 1)), 105)], b'hx\xc3\xa9\x01\x01i'),
    ('unicode:characters_to_binary([[104, [<<"x", 195>>]]])', [L(L(104, L(b'x\xc3')))], (A('incomplete'), b'hx', b'\xc3')),
    ('unicode:characters_to_binary(<<"x", 195>>)', [b'x\xc3'], (A('incomplete'), b'x', b'\xc3')),
    ('unicode:characters_to_binary(<<"x", 195, 40>>)', [b'x\xc3('], (A('error'), b'x', b'\xc3(')),
    ('unicode:characters_to_binary(<<"x", 237, 160, 128>>)', [b'x\xed\xa0\x80'], (A('error'), b'x', b'\xed\xa0\x80')),
    ('unicode:characters_to_binary(<<"x", 192, 128>>)', [b'x\xc0\x80'], (A('error'), b'x', b'\xc0\x80')),
    ('unicode:characters_to_binary(<<"x", 244, 144, 128, 128>>)', [b'x\xf4\x90\x80\x80'], (A('error'), b'x', b'\xf4\x90\x80\x80')),
    ('unicode:characters_to_binary(<<"x", 240, 159>>)', [b'x\xf0\x9f'], (A('incomplete'), b'x', b'\xf0\x9f')),
    ('unicode:characters_to_binary(<<"x", 240, 159, 152>>)', [b'x\xf0\x9f\x98'], (A('incomplete'), b'x', b'\xf0\x9f\x98')),
    ('unicode:characters_to_binary(<<"x", 240, 159, 152, 1>>)', [b'x\xf0\x9f\x98\x01'], (A('error'), b'x', b'\xf0\x9f\x98\x01')),
    ('unicode:characters_to_binary(<<"x", 1:1>>)', [BitString(b'x\x80', 9)], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"x">>, <<1:1>>])', [L(b'x', BitString(b'\x80', 1))], Err(A('badarg'))),
    ('unicode:characters_to_binary(<<>>)', [b''], b''),
    ('unicode:characters_to_binary([])', [NIL], b''),
    ('unicode:characters_to_binary([[], <<>>, [[]]])', [L(NIL, b'', L(NIL))], b''),
    ('unicode:characters_to_binary(<<"h\\351">>, latin1)', [b'h\xe9', A('latin1')], b'h\xc3\xa9'),
    ('unicode:characters_to_binary([256], latin1)', [S('\u0100'), A('latin1')], (A('error'), b'', S('\u0100'))),
    ('unicode:characters_to_binary([<<255>>, 256], latin1)', [L(b'\xff', 256), A('latin1')], (A('error'), b'\xc3\xbf', S('\u0100'))),
    ('unicode:characters_to_binary([<<255>>, 256], latin1, latin1)', [L(b'\xff', 256), A('latin1'), A('latin1')], (A('error'), b'\xff', L(S('\u0100')))),
    ('unicode:characters_to_binary([<<"ab">>, 256, 257], unicode, latin1)', [L(b'ab', 256, 257), A('unicode'), A('latin1')], (A('error'), b'ab', L(S('\u0100'), 257))),
    ('unicode:characters_to_binary([<<"ab", 196, 128>>, 257], unicode, latin1)', [L(b'ab\xc4\x80', 257), A('unicode'), A('latin1')], (A('error'), b'ab', L(b'\xc4\x80', 257))),
    ('unicode:characters_to_binary([<<"ab", 196, 128, "c">>, 257], unicode, latin1)', [L(b'ab\xc4\x80c', 257), A('unicode'), A('latin1')], (A('error'), b'ab', L(b'\xc4\x80c', 257))),
    ('unicode:characters_to_binary(<<"ab">>, utf8, utf16)', [b'ab', A('utf8'), A('utf16')], b'\x00a\x00b'),
    ('unicode:characters_to_binary(<<"ab">>, utf8, {utf16, little})', [b'ab', A('utf8'), (A('utf16'), A('little'))], b'a\x00b\x00'),
    ('unicode:characters_to_binary(<<"ab">>, utf8, {utf16, big})', [b'ab', A('utf8'), (A('utf16'), A('big'))], b'\x00a\x00b'),
    ('unicode:characters_to_binary([16#1F600], utf8, utf16)', [S('\U0001f600'), A('utf8'), A('utf16')], b'\xd8=\xde\x00'),
    ('unicode:characters_to_binary([16#1F600], utf8, {utf16, little})', [S('\U0001f600'), A('utf8'), (A('utf16'), A('little'))], b'=\xd8\x00\xde'),
    ('unicode:characters_to_binary([16#1F600], utf8, utf32)', [S('\U0001f600'), A('utf8'), A('utf32')], b'\x00\x01\xf6\x00'),
    ('unicode:characters_to_binary([16#1F600], utf8, {utf32, little})', [S('\U0001f600'), A('utf8'), (A('utf32'), A('little'))], b'\x00\xf6\x01\x00'),
    ('unicode:characters_to_binary(<<0, 97, 216, 61, 222, 0>>, utf16, utf8)', [b'\x00a\xd8=\xde\x00', A('utf16'), A('utf8')], b'a\xf0\x9f\x98\x80'),
    ('unicode:characters_to_binary(<<97, 0, 61, 216, 0, 222>>, {utf16, little}, utf8)', [b'a\x00=\xd8\x00\xde', (A('utf16'), A('little')), A('utf8')], b'a\xf0\x9f\x98\x80'),
    ('unicode:characters_to_binary(<<0, 97, 216, 61>>, utf16, utf8)', [b'\x00a\xd8=', A('utf16'), A('utf8')], (A('incomplete'), b'a', b'\xd8=')),
    ('unicode:characters_to_binary(<<0, 97, 216>>, utf16, utf8)', [b'\x00a\xd8', A('utf16'), A('utf8')], (A('incomplete'), b'a', b'\xd8')),
    ('unicode:characters_to_binary(<<0, 97, 222, 0, 0, 98>>, utf16, utf8)', [b'\x00a\xde\x00\x00b', A('utf16'), A('utf8')], (A('error'), b'a', b'\xde\x00\x00b')),
    ('unicode:characters_to_binary(<<0, 97, 216, 61, 0, 98>>, utf16, utf8)', [b'\x00a\xd8=\x00b', A('utf16'), A('utf8')], (A('error'), b'a', b'\xd8=\x00b')),
    ('unicode:characters_to_binary(<<0, 0, 0, 97, 0, 1, 246, 0>>, utf32, utf8)', [b'\x00\x00\x00a\x00\x01\xf6\x00', A('utf32'), A('utf8')], b'a\xf0\x9f\x98\x80'),
    ('unicode:characters_to_binary(<<97, 0, 0, 0>>, {utf32, little}, utf8)', [b'a\x00\x00\x00', (A('utf32'), A('little')), A('utf8')], b'a'),
    ('unicode:characters_to_binary(<<0, 0, 0, 97, 0, 17, 0, 0>>, utf32, utf8)', [b'\x00\x00\x00a\x00\x11\x00\x00', A('utf32'), A('utf8')], (A('error'), b'a', b'\x00\x11\x00\x00')),
    ('unicode:characters_to_binary(<<0, 0, 0, 97, 0, 0, 216, 0>>, utf32, utf8)', [b'\x00\x00\x00a\x00\x00\xd8\x00', A('utf32'), A('utf8')], (A('error'), b'a', b'\x00\x00\xd8\x00')),
    ('unicode:characters_to_binary(<<0, 0, 0, 97, 0, 0>>, utf32, utf8)', [b'\x00\x00\x00a\x00\x00', A('utf32'), A('utf8')], (A('incomplete'), b'a', b'\x00\x00')),
    ('unicode:characters_to_binary([<<0, 97>>, <<0>>, <<98>>], utf16, utf8)', [L(b'\x00a', b'\x00', b'b'), A('utf16'), A('utf8')], b'ab'),
    ('unicode:characters_to_binary([<<0, 97, 0>>, 98], utf16, utf8)', [L(b'\x00a\x00', 98), A('utf16'), A('utf8')], (A('error'), b'a', L(b'\x00', 98))),
    ('unicode:characters_to_binary([<<"a">>], foo)', [L(b'a'), A('foo')], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"a">>], utf8, foo)', [L(b'a'), A('utf8'), A('foo')], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"a">>], {utf16, middle})', [L(b'a'), (A('utf16'), A('middle'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"a">>], {utf8, little})', [L(b'a'), (A('utf8'), A('little'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"a">>], unicode, unicode)', [L(b'a'), A('unicode'), A('unicode')], b'a'),
    ('unicode:characters_to_binary([<<"a">>, 16#D800], unicode, utf16)', [L(b'a', 55296), A('unicode'), A('utf16')], (A('error'), b'\x00a', L(L(55296)))),
    ('unicode:characters_to_list(<<104, 195, 169>>)', [b'h\xc3\xa9'], S('h\xe9')),
    ('unicode:characters_to_list(<<104, 195>>)', [b'h\xc3'], (A('incomplete'), S('h'), b'\xc3')),
    ('unicode:characters_to_list(<<104, 255, 105>>)', [b'h\xffi'], (A('error'), S('h'), b'\xffi')),
    ('unicode:characters_to_list([<<104, 255, 105>>, 106])', [L(b'h\xffi', 106)], (A('error'), S('h'), L(b'\xffi', 106))),
    ('unicode:characters_to_list([<<104>>, [<<255, 105>>], 106])', [L(b'h', L(b'\xffi'), 106)], (A('error'), S('h'), L(L(b'\xffi'), 106))),
    ('unicode:characters_to_list([106, [<<104, 195>>], 106])', [L(106, L(b'h\xc3'), 106)], (A('error'), S('jh'), L(b'\xc3', S('j')))),
    ('unicode:characters_to_list([106, [<<104, 195>>], <<169>>])', [L(106, L(b'h\xc3'), b'\xa9')], S('jh\xe9')),
    ('unicode:characters_to_list([106, [<<104, 195>>, <<169>>]])', [L(106, L(b'h\xc3', b'\xa9'))], S('jh\xe9')),
    ('unicode:characters_to_list(<<"h\\351">>, latin1)', [b'h\xe9', A('latin1')], S('h\xe9')),
    ('unicode:characters_to_list([<<"h\\351">>, 300], latin1)', [L(b'h\xe9', 300), A('latin1')], (A('error'), S('h\xe9'), S('\u012c'))),
    ('unicode:characters_to_list(<<0, 104>>, utf16)', [b'\x00h', A('utf16')], S('h')),
    ('unicode:characters_to_list(<<104, 0>>, {utf16, little})', [b'h\x00', (A('utf16'), A('little'))], S('h')),
    ('unicode:characters_to_list(<<0, 0, 0, 104>>, utf32)', [b'\x00\x00\x00h', A('utf32')], S('h')),
    ('unicode:characters_to_list(<<0, 0, 0, 104>>, {utf32, big})', [b'\x00\x00\x00h', (A('utf32'), A('big'))], S('h')),
    ('unicode:characters_to_list(<<0, 0, 0, 104>>, {utf32, little})', [b'\x00\x00\x00h', (A('utf32'), A('little'))], (A('error'), NIL, b'\x00\x00\x00h')),
    ('unicode:characters_to_list(a)', [A('a')], Err(A('badarg'))),
    ('unicode:characters_to_list([a])', [L(A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_list([16#110000])', [L(1114112)], (A('error'), NIL, L(1114112))),
    ('unicode:characters_to_list([1, 16#D800, 2])', [L(1, 55296, 2)], (A('error'), L(1), L(55296, 2))),
    ('unicode:characters_to_list([1, 16#DFFF, 2])', [L(1, 57343, 2)], (A('error'), L(1), L(57343, 2))),
    ('unicode:characters_to_list([16#FFFE, 16#FFFF])', [L(65534, 65535)], L(65534, 65535)),
    ('unicode:characters_to_list("abc")', [S('abc')], S('abc')),
    ('unicode:characters_to_list(<<"abc">>, foo)', [b'abc', A('foo')], Err(A('badarg'))),
    ('unicode:characters_to_list(<<"abc">>, utf8)', [b'abc', A('utf8')], S('abc')),
    ('unicode:bom_to_encoding(<<239, 187, 191, "x">>)', [b'\xef\xbb\xbfx'], (A('utf8'), 3)),
    ('unicode:bom_to_encoding(<<254, 255, "x">>)', [b'\xfe\xffx'], ((A('utf16'), A('big')), 2)),
    ('unicode:bom_to_encoding(<<255, 254, "x">>)', [b'\xff\xfex'], ((A('utf16'), A('little')), 2)),
    ('unicode:bom_to_encoding(<<255, 254, 0, 0>>)', [b'\xff\xfe\x00\x00'], ((A('utf32'), A('little')), 4)),
    ('unicode:bom_to_encoding(<<0, 0, 254, 255>>)', [b'\x00\x00\xfe\xff'], ((A('utf32'), A('big')), 4)),
    ('unicode:bom_to_encoding(<<"x">>)', [b'x'], (A('latin1'), 0)),
    ('unicode:bom_to_encoding(<<>>)', [b''], (A('latin1'), 0)),
    ('unicode:bom_to_encoding(<<255, 254, 0>>)', [b'\xff\xfe\x00'], ((A('utf16'), A('little')), 2)),
    ('unicode:bom_to_encoding(a)', [A('a')], Err(A('function_clause'))),
    ('unicode:bom_to_encoding(<<1:1>>)', [BitString(b'\x80', 1)], Err(A('function_clause'))),
    ('unicode:encoding_to_bom(utf8)', [A('utf8')], b'\xef\xbb\xbf'),
    ('unicode:encoding_to_bom(unicode)', [A('unicode')], b'\xef\xbb\xbf'),
    ('unicode:encoding_to_bom(utf16)', [A('utf16')], b'\xfe\xff'),
    ('unicode:encoding_to_bom({utf16, big})', [(A('utf16'), A('big'))], b'\xfe\xff'),
    ('unicode:encoding_to_bom({utf16, little})', [(A('utf16'), A('little'))], b'\xff\xfe'),
    ('unicode:encoding_to_bom(utf32)', [A('utf32')], b'\x00\x00\xfe\xff'),
    ('unicode:encoding_to_bom({utf32, big})', [(A('utf32'), A('big'))], b'\x00\x00\xfe\xff'),
    ('unicode:encoding_to_bom({utf32, little})', [(A('utf32'), A('little'))], b'\xff\xfe\x00\x00'),
    ('unicode:encoding_to_bom(latin1)', [A('latin1')], b''),
    ('unicode:encoding_to_bom(foo)', [A('foo')], Err(A('function_clause'))),
    ('unicode:characters_to_nfc_list("abc")', [S('abc')], S('abc')),
    ('unicode:characters_to_nfc_list([$a, 16#301, $b])', [S('a\u0301b')], S('\xe1b')),
    ('unicode:characters_to_nfc_list(<<"a", 204, 129, "b">>)', [b'a\xcc\x81b'], S('\xe1b')),
    ('unicode:characters_to_nfd_list([16#E1])', [S('\xe1')], S('a\u0301')),
    ('unicode:characters_to_nfd_list(<<"\\303\\241">>)', [b'\xc3\xa1'], S('a\u0301')),
    ('unicode:characters_to_nfkc_list([16#FB01])', [S('\ufb01')], S('fi')),
    ('unicode:characters_to_nfkd_list([16#FB01, 16#E1])', [S('\ufb01\xe1')], S('fia\u0301')),
    ('unicode:characters_to_nfc_binary([$a, 16#301, $b])', [S('a\u0301b')], b'\xc3\xa1b'),
    ('unicode:characters_to_nfd_binary([16#E1])', [S('\xe1')], b'a\xcc\x81'),
    ('unicode:characters_to_nfkc_binary([16#FB01])', [S('\ufb01')], b'fi'),
    ('unicode:characters_to_nfkd_binary([16#FB01, 16#E1])', [S('\ufb01\xe1')], b'fia\xcc\x81'),
    ('unicode:characters_to_nfc_list(<<"a", 255>>)', [b'a\xff'], (A('error'), S('a'), b'\xff')),
    ('unicode:characters_to_nfc_list([$a, 16#110000])', [L(97, 1114112)], L(97, 1114112)),
    ('unicode:characters_to_nfc_list(a)', [A('a')], Err(A('badarg'))),
    ('unicode:characters_to_nfc_binary(<<"a", 204>>)', [b'a\xcc'], (A('error'), b'a', b'\xcc')),
    ('unicode:characters_to_nfc_list([<<"a">>, 16#301, <<"b">>])', [L(b'a', 769, b'b')], S('\xe1b')),
    ('unicode:characters_to_nfd_list([$a, <<"b", 255>>])', [L(97, b'b\xff')], (A('error'), S('ab'), b'\xff')),
    ('unicode:characters_to_binary([16#110000, a])', [L(1114112, A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<255>>, a])', [L(b'\xff', A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([1, 16#110000 | a])', [L(1, 1114112, tail=A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([1, <<255>> | a])', [L(1, b'\xff', tail=A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([1, <<195>> | a])', [L(1, b'\xc3', tail=A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([1, <<195>>, a])', [L(1, b'\xc3', A('a'))], Err(A('badarg'))),
    ('unicode:characters_to_binary([1, <<195>> | <<169>>])', [L(1, b'\xc3', tail=b'\xa9')], b'\x01\xc3\xa9'),
    ('unicode:characters_to_binary([1, <<195>> | <<40>>])', [L(1, b'\xc3', tail=b'(')], (A('error'), b'\x01', L(b'\xc3', b'('))),
    ('unicode:characters_to_binary([1, <<195>> | <<>>])', [L(1, b'\xc3', tail=b'')], (A('incomplete'), b'\x01', b'\xc3')),
    ('unicode:characters_to_binary([1, [<<195>>], [], <<169>>])', [L(1, L(b'\xc3'), NIL, b'\xa9')], b'\x01\xc3\xa9'),
    ('unicode:characters_to_binary([1, [<<195>>], [[]], 2])', [L(1, L(b'\xc3'), L(NIL), 2)], (A('error'), b'\x01', L(b'\xc3', L(2)))),
    ('unicode:characters_to_binary([1, [<<195>>, []], 2])', [L(1, L(b'\xc3', NIL), 2)], (A('error'), b'\x01', L(b'\xc3', L(2)))),
    ('unicode:characters_to_binary([[106, [<<104, 195>>], 106], 107])', [L(L(106, L(b'h\xc3'), 106), 107)], (A('error'), b'jh', L(b'\xc3', L(S('j'), 107)))),
    ('unicode:characters_to_binary([[106, [<<104, 195>>]], [106], 107])', [L(L(106, L(b'h\xc3')), S('j'), 107)], (A('error'), b'jh', L(b'\xc3', L(S('j'), 107)))),
    ('unicode:characters_to_binary([[106, [<<104, 226>>]], [<<130>>, 106], 107])', [L(L(106, L(b'h\xe2')), L(b'\x82', 106), 107)], (A('error'), b'jh', L(b'\xe2\x82', L(S('j'), 107)))),
    ('unicode:characters_to_binary([[106, [<<104, 226>>]], [<<130>>], <<40>>, 107])', [L(L(106, L(b'h\xe2')), L(b'\x82'), b'(', 107)], (A('error'), b'jh', L(b'\xe2\x82', L(b'(', 107)))),
    ('unicode:characters_to_binary([[106, [<<104, 226>>]], [<<130>>], <<172, 40>>, 107])', [L(L(106, L(b'h\xe2')), L(b'\x82'), b'\xac(', 107)], b'jh\xe2\x82\xac(k'),
    ('unicode:characters_to_binary([<<226>>, <<130>>, <<40>>])', [L(b'\xe2', b'\x82', b'(')], (A('error'), b'', L(b'\xe2\x82', L(b'(')))),
    ('unicode:characters_to_binary([<<226>>, <<40>>])', [L(b'\xe2', b'(')], (A('error'), b'', b'\xe2(')),
    ('unicode:characters_to_binary([<<226>>, <<130, 40>>])', [L(b'\xe2', b'\x82(')], (A('error'), b'', L(b'\xe2', L(b'\x82(')))),
    ('unicode:characters_to_binary([<<104, 226>>, <<130>>])', [L(b'h\xe2', b'\x82')], (A('incomplete'), b'h', b'\xe2\x82')),
    ('unicode:characters_to_binary([<<104, 226>> | <<130>>])', [L(b'h\xe2', tail=b'\x82')], (A('incomplete'), b'h', b'\xe2\x82')),
    ('unicode:characters_to_binary([<<104, 237>>, <<160, 128>>])', [L(b'h\xed', b'\xa0\x80')], (A('error'), b'h', L(b'\xed', L(b'\xa0\x80')))),
    ('unicode:characters_to_binary(<<237, 160>>)', [b'\xed\xa0'], (A('incomplete'), b'', b'\xed\xa0')),
    ('unicode:characters_to_binary(<<237>>)', [b'\xed'], (A('incomplete'), b'', b'\xed')),
    ('unicode:characters_to_binary(<<224, 128>>)', [b'\xe0\x80'], (A('incomplete'), b'', b'\xe0\x80')),
    ('unicode:characters_to_binary(<<240, 128>>)', [b'\xf0\x80'], (A('incomplete'), b'', b'\xf0\x80')),
    ('unicode:characters_to_binary(<<244, 144>>)', [b'\xf4\x90'], (A('incomplete'), b'', b'\xf4\x90')),
    ('unicode:characters_to_binary(<<245>>)', [b'\xf5'], (A('incomplete'), b'', b'\xf5')),
    ('unicode:characters_to_binary(<<248>>)', [b'\xf8'], (A('error'), b'', b'\xf8')),
    ('unicode:characters_to_binary(<<192>>)', [b'\xc0'], (A('incomplete'), b'', b'\xc0')),
    ('unicode:characters_to_binary(<<193>>)', [b'\xc1'], (A('incomplete'), b'', b'\xc1')),
    ('unicode:characters_to_binary(<<194>>)', [b'\xc2'], (A('incomplete'), b'', b'\xc2')),
    ('unicode:characters_to_binary(<<128>>)', [b'\x80'], (A('error'), b'', b'\x80')),
    ('unicode:characters_to_binary(<<"ab", 128, "cd">>)', [b'ab\x80cd'], (A('error'), b'ab', b'\x80cd')),
    ('unicode:characters_to_binary(<<"ab", 226, 130>>)', [b'ab\xe2\x82'], (A('incomplete'), b'ab', b'\xe2\x82')),
    ('unicode:characters_to_binary(<<"ab", 226, 130, 172, 226, 130>>)', [b'ab\xe2\x82\xac\xe2\x82'], (A('incomplete'), b'ab\xe2\x82\xac', b'\xe2\x82')),
    ('unicode:characters_to_binary([<<"ab", 226, 130>>, <<"x">>])', [L(b'ab\xe2\x82', b'x')], (A('error'), b'ab', L(b'\xe2\x82', L(b'x')))),
    ('unicode:characters_to_binary([<<"ab", 226, 130>>, []])', [L(b'ab\xe2\x82', NIL)], (A('incomplete'), b'ab', b'\xe2\x82')),
    ('unicode:characters_to_binary([<<"ab", 226, 130>>, [], 65])', [L(b'ab\xe2\x82', NIL, 65)], (A('error'), b'ab', L(b'\xe2\x82', S('A')))),
    ('unicode:characters_to_binary([<<"ab", 226, 130>>, [<<172>>], 65])', [L(b'ab\xe2\x82', L(b'\xac'), 65)], b'ab\xe2\x82\xacA'),
    ('unicode:characters_to_binary([<<"ab", 226, 130>>, [<<"z">>], 65])', [L(b'ab\xe2\x82', L(b'z'), 65)], (A('error'), b'ab', L(b'\xe2\x82', L(L(b'z'), 65)))),
    ('unicode:characters_to_list([<<"ab", 226, 130>>, [<<"z">>], 65])', [L(b'ab\xe2\x82', L(b'z'), 65)], (A('error'), S('ab'), L(b'\xe2\x82', L(L(b'z'), 65)))),
    ('unicode:characters_to_list([<<"ab", 226, 130>>, [<<"z">>], 65], utf8)', [L(b'ab\xe2\x82', L(b'z'), 65), A('utf8')], (A('error'), S('ab'), L(b'\xe2\x82', L(L(b'z'), 65)))),
    ('unicode:characters_to_list([<<"ab", 226, 130>>, [65]], latin1)', [L(b'ab\xe2\x82', S('A')), A('latin1')], L(97, 98, 226, 130, 65)),
    ('unicode:characters_to_list([<<"ab">>, [-1]], latin1)', [L(b'ab', L(-1)), A('latin1')], (A('error'), S('ab'), L(L(-1)))),
    ('unicode:characters_to_list([<<"ab">>, [256]], latin1)', [L(b'ab', S('\u0100')), A('latin1')], (A('error'), S('ab'), L(S('\u0100')))),
    ('unicode:characters_to_list([<<"ab">>, [255 | a]], latin1)', [L(b'ab', L(255, tail=A('a'))), A('latin1')], Err(A('badarg'))),
    ('unicode:characters_to_list([<<"ab">>, [256 | a]], latin1)', [L(b'ab', L(256, tail=A('a'))), A('latin1')], Err(A('badarg'))),
    ('unicode:characters_to_list([<<"ab">>, [a]], latin1)', [L(b'ab', L(A('a'))), A('latin1')], Err(A('badarg'))),
    ('unicode:characters_to_list([1.0])', [L(1.0)], Err(A('badarg'))),
    ('unicode:characters_to_list([[[1]] | 2])', [L(L(L(1)), tail=2)], Err(A('badarg'))),
    ('unicode:characters_to_list(<<"ab", 226>>, latin1)', [b'ab\xe2', A('latin1')], S('ab\xe2')),
    ('unicode:characters_to_binary(<<"ab", 226>>, latin1)', [b'ab\xe2', A('latin1')], b'ab\xc3\xa2'),
    ('unicode:characters_to_binary(<<"ab", 226>>, latin1, latin1)', [b'ab\xe2', A('latin1'), A('latin1')], b'ab\xe2'),
    ('unicode:characters_to_binary([<<"ab", 226>>], latin1, latin1)', [L(b'ab\xe2'), A('latin1'), A('latin1')], b'ab\xe2'),
    ('unicode:characters_to_binary(<<"ab">>, latin1, latin1)', [b'ab', A('latin1'), A('latin1')], b'ab'),
    ('unicode:characters_to_binary(<<"ab">>, utf8, latin1)', [b'ab', A('utf8'), A('latin1')], b'ab'),
    ('unicode:characters_to_binary([<<"ab">>, -1], utf8, latin1)', [L(b'ab', -1), A('utf8'), A('latin1')], Err(A('badarg'))),
    ('unicode:characters_to_binary([<<"ab">>, -1], utf8, utf16)', [L(b'ab', -1), A('utf8'), A('utf16')], (A('error'), b'\x00a\x00b', L(L(-1)))),
    ('unicode:characters_to_binary([<<"ab">>, 16#110000], utf8, utf16)', [L(b'ab', 1114112), A('utf8'), A('utf16')], (A('error'), b'\x00a\x00b', L(L(1114112)))),
    ('unicode:characters_to_binary([<<"ab">>, 16#110000 | a], utf8, utf16)', [L(b'ab', 1114112, tail=A('a')), A('utf8'), A('utf16')], (A('error'), b'\x00a\x00b', L(L(1114112), tail=A('a')))),
    ('unicode:characters_to_binary([<<"ab">>, a], utf8, utf16)', [L(b'ab', A('a')), A('utf8'), A('utf16')], Err(A('badarg'))),
    ('unicode:characters_to_binary(<<0,0,0,97,0,0>>, utf32, latin1)', [b'\x00\x00\x00a\x00\x00', A('utf32'), A('latin1')], Err(A('badarg'))),
    ('unicode:characters_to_binary(<<0,0>>, utf32, latin1)', [b'\x00\x00', A('utf32'), A('latin1')], (A('incomplete'), b'', b'\x00\x00')),
    ('unicode:characters_to_binary(<<0,0,1,0>>, utf32, latin1)', [b'\x00\x00\x01\x00', A('utf32'), A('latin1')], (A('error'), b'', b'\x00\x00\x01\x00')),
    ('unicode:characters_to_binary(<<0,97,1,0>>, utf16, latin1)', [b'\x00a\x01\x00', A('utf16'), A('latin1')], (A('error'), b'a', b'\x01\x00')),
    ('unicode:characters_to_binary(<<0,97,216>>, utf16, latin1)', [b'\x00a\xd8', A('utf16'), A('latin1')], (A('incomplete'), b'a', b'\xd8')),
    ('unicode:characters_to_binary(<<0,97,216,0,220>>, utf16, latin1)', [b'\x00a\xd8\x00\xdc', A('utf16'), A('latin1')], (A('incomplete'), b'a', b'\xd8\x00\xdc')),
    ('unicode:characters_to_binary([<<0,97,216,0>>, <<220,0>>], utf16, latin1)', [L(b'\x00a\xd8\x00', b'\xdc\x00'), A('utf16'), A('latin1')], (A('error'), b'a', L(b'\xd8\x00\xdc\x00', b''))),
    ('unicode:characters_to_binary([<<0,97,216,0>>, <<220,0>>], utf16, utf8)', [L(b'\x00a\xd8\x00', b'\xdc\x00'), A('utf16'), A('utf8')], b'a\xf0\x90\x80\x80'),
    ('unicode:characters_to_binary([<<0,97,216>>, <<0>>, <<220>>, <<0, 0>>, 98], utf16, utf8)', [L(b'\x00a\xd8', b'\x00', b'\xdc', b'\x00\x00', 98), A('utf16'), A('utf8')], (A('error'), b'a\xf0\x90\x80\x80', L(b'\x00', 98))),
    ('unicode:characters_to_binary([<<0,97,216>>, 98], utf16, utf8)', [L(b'\x00a\xd8', 98), A('utf16'), A('utf8')], (A('error'), b'a', L(b'\xd8', 98))),
    ('unicode:characters_to_binary([<<0,97,216>> | <<0, 220, 0>>], utf16, utf8)', [L(b'\x00a\xd8', tail=b'\x00\xdc\x00'), A('utf16'), A('utf8')], b'a\xf0\x90\x80\x80'),
    ('unicode:characters_to_binary([<<0,97,216>> | <<0>>], utf16, utf8)', [L(b'\x00a\xd8', tail=b'\x00'), A('utf16'), A('utf8')], (A('incomplete'), b'a', b'\xd8\x00')),
    ('unicode:characters_to_binary([<<0,97>> | <<0>>], utf16, utf8)', [L(b'\x00a', tail=b'\x00'), A('utf16'), A('utf8')], (A('incomplete'), b'a', b'\x00')),
    ('unicode:characters_to_binary(<<0,97,216,0,220>>, {utf16,little}, utf8)', [b'\x00a\xd8\x00\xdc', (A('utf16'), A('little')), A('utf8')], (A('incomplete'), b'\xe6\x84\x80\xc3\x98', b'\xdc')),
    ('unicode:characters_to_binary(<<97,0,0,216,0>>, {utf16,little}, utf8)', [b'a\x00\x00\xd8\x00', (A('utf16'), A('little')), A('utf8')], (A('incomplete'), b'a', b'\x00\xd8\x00')),
    ('unicode:characters_to_binary(<<97,0,0,220,0>>, {utf16,little}, utf8)', [b'a\x00\x00\xdc\x00', (A('utf16'), A('little')), A('utf8')], (A('error'), b'a', b'\x00\xdc\x00')),
    ('unicode:characters_to_binary(<<97,0,0,220>>, {utf16,little}, utf8)', [b'a\x00\x00\xdc', (A('utf16'), A('little')), A('utf8')], (A('error'), b'a', b'\x00\xdc')),
    ('unicode:characters_to_binary(<<97,0,0>>, {utf32,little}, utf8)', [b'a\x00\x00', (A('utf32'), A('little')), A('utf8')], (A('incomplete'), b'', b'a\x00\x00')),
    ('unicode:characters_to_binary(<<97,0,0,0,0,0,17>>, {utf32,little}, utf8)', [b'a\x00\x00\x00\x00\x00\x11', (A('utf32'), A('little')), A('utf8')], (A('error'), b'a', b'\x00\x00\x11')),
    ('unicode:characters_to_binary(<<97,0,0,0,0,216,0>>, {utf32,little}, utf8)', [b'a\x00\x00\x00\x00\xd8\x00', (A('utf32'), A('little')), A('utf8')], (A('error'), b'a', b'\x00\xd8\x00')),
    ('unicode:characters_to_binary(<<97,0,0,0,254,255,0>>, {utf32,little}, utf8)', [b'a\x00\x00\x00\xfe\xff\x00', (A('utf32'), A('little')), A('utf8')], (A('error'), b'a', b'\xfe\xff\x00')),
    ('unicode:characters_to_binary(<<97,0,0,0,254,255,0,0>>, {utf32,little}, utf8)', [b'a\x00\x00\x00\xfe\xff\x00\x00', (A('utf32'), A('little')), A('utf8')], b'a\xef\xbf\xbe'),
    ('unicode:characters_to_binary(<<0,0,216>>, utf32, utf8)', [b'\x00\x00\xd8', A('utf32'), A('utf8')], (A('error'), b'', b'\x00\x00\xd8')),
    ('unicode:characters_to_binary(<<0,0,0>>, utf32, utf8)', [b'\x00\x00\x00', A('utf32'), A('utf8')], (A('incomplete'), b'', b'\x00\x00\x00')),
    ('unicode:characters_to_binary(<<0,17,0>>, utf32, utf8)', [b'\x00\x11\x00', A('utf32'), A('utf8')], (A('error'), b'', b'\x00\x11\x00')),
    ('unicode:characters_to_binary(<<0,16,0>>, utf32, utf8)', [b'\x00\x10\x00', A('utf32'), A('utf8')], (A('incomplete'), b'', b'\x00\x10\x00')),
    ('unicode:characters_to_binary(<<1>>, utf32, utf8)', [b'\x01', A('utf32'), A('utf8')], (A('error'), b'', b'\x01')),
    ('unicode:characters_to_binary([<<0,0,0>>, <<97>>], utf32, utf8)', [L(b'\x00\x00\x00', b'a'), A('utf32'), A('utf8')], b'a'),
    ('unicode:characters_to_binary([256, 16#10FFFF], latin1, utf16)', [S('\u0100\U0010ffff'), A('latin1'), A('utf16')], (A('error'), b'', L(S('\u0100'), 1114111))),
    ('unicode:characters_to_binary([255, 16#10FFFF], utf8, utf16)', [S('\xff\U0010ffff'), A('utf8'), A('utf16')], b'\x00\xff\xdb\xff\xdf\xff'),
    ('unicode:characters_to_binary([255, 16#10FFFF], utf8, utf32)', [S('\xff\U0010ffff'), A('utf8'), A('utf32')], b'\x00\x00\x00\xff\x00\x10\xff\xff'),
    ('unicode:characters_to_binary("abc", latin1, latin1)', [S('abc'), A('latin1'), A('latin1')], b'abc'),
    ('unicode:characters_to_binary("ab" ++ [256], latin1, latin1)', [S('ab\u0100'), A('latin1'), A('latin1')], (A('error'), b'ab', L(S('\u0100')))),
    ('unicode:characters_to_binary(<<"ab", 200>>, latin1, utf16)', [b'ab\xc8', A('latin1'), A('utf16')], b'\x00a\x00b\x00\xc8'),
    ('unicode:characters_to_binary(<<"ab", 200>>, latin1, utf8)', [b'ab\xc8', A('latin1'), A('utf8')], b'ab\xc3\x88'),
    ('unicode:characters_to_binary(<<"ab", 200>>, unicode, latin1)', [b'ab\xc8', A('unicode'), A('latin1')], (A('incomplete'), b'ab', b'\xc8')),
    ('unicode:characters_to_binary(<<"ab", 195, 136>>, unicode, latin1)', [b'ab\xc3\x88', A('unicode'), A('latin1')], b'ab\xc8'),
    ('unicode:characters_to_binary(<<"ab", 195>>, unicode, latin1)', [b'ab\xc3', A('unicode'), A('latin1')], (A('incomplete'), b'ab', b'\xc3')),
    ('unicode:characters_to_binary([<<"ab", 195>>, <<136>>], unicode, latin1)', [L(b'ab\xc3', b'\x88'), A('unicode'), A('latin1')], b'ab\xc8'),
    ('unicode:characters_to_binary(<<"ab", 196, 128, 195, 136>>, unicode, latin1)', [b'ab\xc4\x80\xc3\x88', A('unicode'), A('latin1')], (A('error'), b'ab', b'\xc4\x80\xc3\x88')),
    ('unicode:characters_to_list(<<"ab", 196, 128, 195>>, {utf16, big})', [b'ab\xc4\x80\xc3', (A('utf16'), A('big'))], (A('incomplete'), S('\u6162\uc480'), b'\xc3')),
    ('unicode:characters_to_binary([<<226>>, <<40>>, <<"x">>])', [L(b'\xe2', b'(', b'x')], (A('error'), b'', L(b'\xe2(', L(b'x')))),
    ('unicode:characters_to_binary([<<226>>, <<40>>, 120])', [L(b'\xe2', b'(', 120)], (A('error'), b'', L(b'\xe2(', S('x')))),
    ('unicode:characters_to_binary([<<240>>, <<159>>, <<40>>, <<1>>])', [L(b'\xf0', b'\x9f', b'(', b'\x01')], (A('error'), b'', L(b'\xf0\x9f(', L(b'\x01')))),
    ('unicode:characters_to_binary([<<240>>, <<40>>, <<1>>, <<2>>])', [L(b'\xf0', b'(', b'\x01', b'\x02')], (A('error'), b'', L(b'\xf0(\x01', L(b'\x02')))),
    ('unicode:characters_to_binary([<<240>>, <<40>>, <<1>>])', [L(b'\xf0', b'(', b'\x01')], (A('error'), b'', b'\xf0(\x01')),
    ('unicode:characters_to_binary([<<240>>, <<40>>])', [L(b'\xf0', b'(')], (A('error'), b'', b'\xf0(')),
    ('unicode:characters_to_binary([<<240>>, <<40>>, 5])', [L(b'\xf0', b'(', 5)], (A('error'), b'', L(b'\xf0(', L(5)))),
    ('unicode:characters_to_binary([<<240>>, <<159>>])', [L(b'\xf0', b'\x9f')], (A('incomplete'), b'', b'\xf0\x9f')),
    ('unicode:characters_to_binary([<<240>>, [<<159>>], <<152>>])', [L(b'\xf0', L(b'\x9f'), b'\x98')], (A('incomplete'), b'', b'\xf0\x9f\x98')),
    ('unicode:characters_to_binary([<<240>>, [<<159>>], <<152, 128, 255>>])', [L(b'\xf0', L(b'\x9f'), b'\x98\x80\xff')], (A('error'), b'\xf0\x9f\x98\x80', L(b'\xff'))),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 255>>])', [L(b'\xe2', b'\x82\xac\xff')], (A('error'), b'\xe2\x82\xac', L(b'\xff'))),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 255>>, 1])', [L(b'\xe2', b'\x82\xac\xff', 1)], (A('error'), b'\xe2\x82\xac', L(b'\xff', 1))),
    ('unicode:characters_to_binary([<<226>>, [<<130, 172>>, 255], 1])', [L(b'\xe2', L(b'\x82\xac', 255), 1)], b'\xe2\x82\xac\xc3\xbf\x01'),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 226>>, <<130, 172>>])', [L(b'\xe2', b'\x82\xac\xe2', b'\x82\xac')], b'\xe2\x82\xac\xe2\x82\xac'),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 226>>, <<130, 40>>])', [L(b'\xe2', b'\x82\xac\xe2', b'\x82(')], (A('error'), b'\xe2\x82\xac', L(b'\xe2', L(b'\x82(')))),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 226>>, <<130>>])', [L(b'\xe2', b'\x82\xac\xe2', b'\x82')], (A('incomplete'), b'\xe2\x82\xac', b'\xe2\x82')),
    ('unicode:characters_to_binary([<<226>>, <<130, 172, 226>>])', [L(b'\xe2', b'\x82\xac\xe2')], (A('incomplete'), b'\xe2\x82\xac', b'\xe2')),
    ('unicode:characters_to_binary([<<226>> | <<130, 172, 226>>])', [L(b'\xe2', tail=b'\x82\xac\xe2')], (A('incomplete'), b'\xe2\x82\xac', b'\xe2')),
    ('unicode:characters_to_binary([<<"a", 226>>, <<130>>, [], <<172>>])', [L(b'a\xe2', b'\x82', NIL, b'\xac')], b'a\xe2\x82\xac'),
    ('unicode:characters_to_binary([<<"a", 237>>, <<160>>, <<128>>])', [L(b'a\xed', b'\xa0', b'\x80')], (A('error'), b'a', L(b'\xed\xa0', L(b'\x80')))),
    ('unicode:characters_to_binary([<<"a", 237>>, <<160>>])', [L(b'a\xed', b'\xa0')], (A('incomplete'), b'a', b'\xed\xa0')),
    ('unicode:characters_to_binary([<<"a", 224>>, <<128>>, <<128>>])', [L(b'a\xe0', b'\x80', b'\x80')], (A('error'), b'a', L(b'\xe0\x80', L(b'\x80')))),
    ('unicode:characters_to_binary([<<"a", 245>>, <<128>>, <<128>>, <<128>>])', [L(b'a\xf5', b'\x80', b'\x80', b'\x80')], (A('error'), b'a', L(b'\xf5\x80\x80', L(b'\x80')))),
    ('unicode:characters_to_binary([<<"a", 245>>, <<128>>])', [L(b'a\xf5', b'\x80')], (A('incomplete'), b'a', b'\xf5\x80')),
    ('unicode:characters_to_binary([<<"a", 195>>, <<"">>, <<"">>])', [L(b'a\xc3', b'', b'')], (A('incomplete'), b'a', b'\xc3')),
    ('unicode:characters_to_binary([<<"a", 195>>, <<"">>, 1])', [L(b'a\xc3', b'', 1)], (A('error'), b'a', L(b'\xc3', L(1)))),
    ('unicode:characters_to_binary([1 bsl 70])', [L(1180591620717411303424)], (A('error'), b'', L(1180591620717411303424))),
    ('unicode:characters_to_binary([1, 1 bsl 70])', [L(1, 1180591620717411303424)], (A('error'), b'\x01', L(1180591620717411303424))),
    ('unicode:characters_to_binary([16#110000, 1.0])', [L(1114112, 1.0)], Err(A('badarg'))),
    ('unicode:characters_to_binary([16#110000, <<1:1>>])', [L(1114112, BitString(b'\x80', 1))], Err(A('badarg'))),
    ('unicode:characters_to_list([<<226>>, <<40>>, <<"x">>])', [L(b'\xe2', b'(', b'x')], (A('error'), NIL, L(b'\xe2(', L(b'x')))),
    ('unicode:characters_to_list([<<226>>, <<130, 40>>])', [L(b'\xe2', b'\x82(')], (A('error'), NIL, L(b'\xe2', L(b'\x82(')))),
    ('unicode:characters_to_list([1, [2, [3, 16#D800, 4], 5], 6])', [L(1, L(2, L(3, 55296, 4), 5), 6)], (A('error'), L(1, 2, 3), L(L(L(55296, 4), 5), 6))),
    ('unicode:characters_to_list([1, [2, [3, <<4, 255>>, 4], 5], 6])', [L(1, L(2, L(3, b'\x04\xff', 4), 5), 6)], (A('error'), L(1, 2, 3, 4), L(L(L(b'\xff', 4), 5), 6))),
    ('unicode:characters_to_list([1, [2, [3, <<4, 255>>, 4], 5] | <<6>>])', [L(1, L(2, L(3, b'\x04\xff', 4), 5), tail=b'\x06')], (A('error'), L(1, 2, 3, 4), L(L(L(b'\xff', 4), 5), tail=b'\x06'))),
    ('unicode:characters_to_list([1, [2, [3, <<4, 255>>, 4 | <<5>>], 5] | <<6>>])', [L(1, L(2, L(3, b'\x04\xff', 4, tail=b'\x05'), 5), tail=b'\x06')], (A('error'), L(1, 2, 3, 4), L(L(L(b'\xff', 4, tail=b'\x05'), 5), tail=b'\x06'))),
    ('unicode:characters_to_list([1 | <<4, 255>>])', [L(1, tail=b'\x04\xff')], (A('error'), L(1, 4), b'\xff')),
    ('unicode:characters_to_list([1, [2 | <<4, 255>>], 5])', [L(1, L(2, tail=b'\x04\xff'), 5)], (A('error'), L(1, 2, 4), L(b'\xff', 5))),
    ('unicode:characters_to_list([1, [2 | <<4, 195>>], 5])', [L(1, L(2, tail=b'\x04\xc3'), 5)], (A('error'), L(1, 2, 4), L(b'\xc3', L(5)))),
    ('unicode:characters_to_list([1, [2 | <<4, 195>>] | <<169>>])', [L(1, L(2, tail=b'\x04\xc3'), tail=b'\xa9')], L(1, 2, 4, 233)),
    ('unicode:characters_to_list([1, [2 | <<4, 195>>], [[]] | <<169>>])', [L(1, L(2, tail=b'\x04\xc3'), L(NIL), tail=b'\xa9')], L(1, 2, 4, 233)),
    ('unicode:characters_to_list([1, [2 | <<4, 195>>], [[]] | <<40>>])', [L(1, L(2, tail=b'\x04\xc3'), L(NIL), tail=b'(')], (A('error'), L(1, 2, 4), L(b'\xc3', b'('))),
    ('unicode:characters_to_list([1, [2 | <<4, 195>>], [[]], 3 | <<40>>])', [L(1, L(2, tail=b'\x04\xc3'), L(NIL), 3, tail=b'(')], (A('error'), L(1, 2, 4), L(b'\xc3', L(3, tail=b'(')))),
    ('unicode:characters_to_list([[1, [2, 16#D800]], 3], latin1)', [L(L(1, L(2, 55296)), 3), A('latin1')], (A('error'), L(1, 2), L(L(L(55296)), 3))),
    ('unicode:characters_to_list([[1, [2, 256 | <<"x">>]], 3], latin1)', [L(L(1, L(2, 256, tail=b'x')), 3), A('latin1')], (A('error'), L(1, 2), L(L(L(256, tail=b'x')), 3))),
    ('unicode:characters_to_nfc_list([<<"b", 255>>, $c])', [L(b'b\xff', 99)], (A('error'), S('b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([<<"b", 255, "x">>, $c])', [L(b'b\xffx', 99)], (A('error'), S('b'), L(b'\xffx', 99))),
    ('unicode:characters_to_nfc_list([[<<"b", 255>>, $d], $c])', [L(L(b'b\xff', 100), 99)], (A('error'), S('b'), L(b'\xff', S('d'), 99))),
    ('unicode:characters_to_nfc_list([$a, 16#301, <<"b", 255>>, $c])', [L(97, 769, b'b\xff', 99)], (A('error'), S('\xe1b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, <<204, 129, "b", 255>>, $c])', [L(97, b'\xcc\x81b\xff', 99)], (A('error'), S('\xe1b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_binary([<<"b", 255>>, $c])', [L(b'b\xff', 99)], (A('error'), b'b', L(b'\xff', 99))),
    ('unicode:characters_to_nfc_binary([$a, -1, $b])', [L(97, -1, 98)], Err(A('badarg'))),
    ('unicode:characters_to_nfc_list([$a, -1, $b])', [L(97, -1, 98)], L(97, -1, 98)),
    ('unicode:characters_to_nfc_list([$a, 16#D800, $b])', [L(97, 55296, 98)], L(97, 55296, 98)),
    ('unicode:characters_to_nfc_binary([$a, 16#D800, $b])', [L(97, 55296, 98)], Err(A('badarg'))),
    ('unicode:characters_to_nfc_binary([$a, 16#110000, $b])', [L(97, 1114112, 98)], Err(A('badarg'))),
    ('unicode:characters_to_nfc_list([$a | <<"b">>])', [L(97, tail=b'b')], S('ab')),
    ('unicode:characters_to_nfc_list([$a | b])', [L(97, tail=A('b'))], Err(A('badarg'))),
    ('unicode:characters_to_nfc_list(<<1:1>>)', [BitString(b'\x80', 1)], Err(A('badarg'))),
    ('unicode:characters_to_nfc_list([])', [NIL], NIL),
    ('unicode:characters_to_nfc_binary([])', [NIL], b''),
    ('unicode:characters_to_nfc_binary(<<"e", 204, 129, 204, 163>>)', [b'e\xcc\x81\xcc\xa3'], b'\xe1\xba\xb9\xcc\x81'),
    ('unicode:characters_to_nfd_binary(<<"\\303\\251">>)', [b'\xc3\xa9'], b'e\xcc\x81'),
    ('unicode:characters_to_nfkc_binary(<<"x", 255>>)', [b'x\xff'], (A('error'), b'x', b'\xff')),
    ('unicode:characters_to_nfkd_list([16#2460, 16#AC00])', [S('\u2460\uac00')], S('1\u1100\u1161')),
    ('unicode:characters_to_nfc_list([16#1100, 16#1161, 16#11A8])', [S('\u1100\u1161\u11a8')], S('\uac01')),
    ('unicode:characters_to_nfc_list([$a, 16#301, 16#302, 16#323])', [S('a\u0301\u0302\u0323')], S('\u1ea1\u0301\u0302')),
    ('unicode:characters_to_nfc_list([16#1E0A, 16#323])', [S('\u1e0a\u0323')], S('\u1e0c\u0307')),
    ('unicode:characters_to_nfc_list([$\\r, $\\n, 16#301])', [S('\x0d\x0a\u0301')], S('\x0d\x0a\u0301')),
    ('unicode:characters_to_nfd_list([16#212B, 16#2126, 16#F900])', [S('\u212b\u2126\uf900')], S('A\u030a\u03a9\u8c48')),
    ('unicode:characters_to_nfc_list([16#212B, 16#2126, 16#F900])', [S('\u212b\u2126\uf900')], S('\xc5\u03a9\u8c48')),
    ('unicode:characters_to_nfc_list([[<<"b", 255>>], $c])', [L(L(b'b\xff'), 99)], (A('error'), S('b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([[[<<"b", 255>>, 1], 2], 3])', [L(L(L(b'b\xff', 1), 2), 3)], (A('error'), S('b'), L(b'\xff', L(1), L(2), 3))),
    ('unicode:characters_to_nfc_list([[[<<"b", 255>>], 2], 3])', [L(L(L(b'b\xff'), 2), 3)], (A('error'), S('b'), L(b'\xff', L(2), 3))),
    ('unicode:characters_to_nfc_list([[[<<"b", 255>>]]])', [L(L(L(b'b\xff')))], (A('error'), S('b'), b'\xff')),
    ('unicode:characters_to_nfc_list([[[<<"b", 255>> | <<"c">>] | <<"d">>], 3])', [L(L(L(b'b\xff', tail=b'c'), tail=b'd'), 3)], (A('error'), S('b'), L(b'\xff', b'c', b'd', 3))),
    ('unicode:characters_to_nfc_list([1 | <<"b", 255>>])', [L(1, tail=b'b\xff')], (A('error'), L(1, 98), b'\xff')),
    ('unicode:characters_to_nfc_list([<<"b", 195>>, <<169>>])', [L(b'b\xc3', b'\xa9')], (A('error'), S('b'), L(b'\xc3', b'\xa9'))),
    ('unicode:characters_to_nfc_list([<<"b", 195>>])', [L(b'b\xc3')], (A('error'), S('b'), b'\xc3')),
    ('unicode:characters_to_nfc_list(<<"b", 195>>)', [b'b\xc3'], (A('error'), S('b'), b'\xc3')),
    ('unicode:characters_to_nfc_list([<<"b">>, <<204, 129>>])', [L(b'b', b'\xcc\x81')], S('b\u0301')),
    ('unicode:characters_to_nfc_list([1, [2, <<255>>, 3], 4])', [L(1, L(2, b'\xff', 3), 4)], (A('error'), L(1, 2), L(b'\xff', L(3), 4))),
    ('unicode:characters_to_nfd_list([<<"b", 255>>, $c])', [L(b'b\xff', 99)], (A('error'), S('b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfkd_list([[<<"b", 255>>, $d], $c])', [L(L(b'b\xff', 100), 99)], (A('error'), S('b'), L(b'\xff', S('d'), 99))),
    ('unicode:characters_to_nfkc_list([[<<"b", 255>>, $d], $c])', [L(L(b'b\xff', 100), 99)], (A('error'), S('b'), L(b'\xff', S('d'), 99))),
    ('unicode:characters_to_nfc_list([$a, <<"b", 255>>, $c])', [L(97, b'b\xff', 99)], (A('error'), S('ab'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, 16#301, 16#301, <<"b", 255>>, $c])', [L(97, 769, 769, b'b\xff', 99)], (A('error'), S('\xe1\u0301b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, <<16#301/utf8, "b", 255>>, $c])', [L(97, b'\xcc\x81b\xff', 99)], (A('error'), S('\xe1b'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, <<16#301/utf8, 255>>, $c])', [L(97, b'\xcc\x81\xff', 99)], (A('error'), S('\xe1'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, <<255>>, $c])', [L(97, b'\xff', 99)], (A('error'), S('a'), L(b'\xff', 99))),
    ('unicode:characters_to_nfc_list([$a, [<<255>>], $c])', [L(97, L(b'\xff'), 99)], (A('error'), S('a'), L(b'\xff', 99))),
    ('unicode:characters_to_nfd_list([$a, 1.0])', [L(97, 1.0)], L(97, 1.0)),
    ('unicode:characters_to_nfd_list([$a, <<255>> | a])', [L(97, b'\xff', tail=A('a'))], (A('error'), S('a'), L(b'\xff', tail=A('a')))),
    ('unicode:characters_to_list([[<<255>>], 1])', [L(L(b'\xff'), 1)], (A('error'), NIL, L(L(b'\xff'), 1))),
    ('unicode:characters_to_list([[<<255>>, 2], 1])', [L(L(b'\xff', 2), 1)], (A('error'), NIL, L(L(b'\xff', 2), 1))),
    ('unicode:characters_to_list([[[<<255>>]], 1])', [L(L(L(b'\xff')), 1)], (A('error'), NIL, L(L(L(b'\xff')), 1))),
    ('unicode:characters_to_list([[[<<255>>], 2], 1])', [L(L(L(b'\xff'), 2), 1)], (A('error'), NIL, L(L(L(b'\xff'), 2), 1))),
    ('unicode:characters_to_list([[[<<255>>, 3], 2], 1])', [L(L(L(b'\xff', 3), 2), 1)], (A('error'), NIL, L(L(L(b'\xff', 3), 2), 1))),
    ('unicode:characters_to_list([[[<<255>>, 3]], 1])', [L(L(L(b'\xff', 3)), 1)], (A('error'), NIL, L(L(L(b'\xff', 3)), 1))),
    ('unicode:characters_to_list([[<<255>>]])', [L(L(b'\xff'))], (A('error'), NIL, L(L(b'\xff')))),
    ('unicode:characters_to_list([[[<<255>>]]])', [L(L(L(b'\xff')))], (A('error'), NIL, L(L(L(b'\xff'))))),
    ('unicode:characters_to_list([0, [<<255>>], 1])', [L(0, L(b'\xff'), 1)], (A('error'), L(0), L(L(b'\xff'), 1))),
    ('unicode:characters_to_list([[[<<255>>], 2]])', [L(L(L(b'\xff'), 2))], (A('error'), NIL, L(L(L(b'\xff'), 2)))),
    ('unicode:characters_to_list([[16#110000], 1])', [L(L(1114112), 1)], (A('error'), NIL, L(L(1114112), 1))),
    ('unicode:characters_to_list([[[16#110000]], 1])', [L(L(L(1114112)), 1)], (A('error'), NIL, L(L(L(1114112)), 1))),
    ('unicode:characters_to_list([[[16#110000], 2], 1])', [L(L(L(1114112), 2), 1)], (A('error'), NIL, L(L(L(1114112), 2), 1))),
    ('unicode:characters_to_list([[[16#110000, 3], 2], 1])', [L(L(L(1114112, 3), 2), 1)], (A('error'), NIL, L(L(L(1114112, 3), 2), 1))),
    ('unicode:characters_to_list([<<255>> | <<1>>])', [L(b'\xff', tail=b'\x01')], (A('error'), NIL, L(b'\xff', tail=b'\x01'))),
    ('unicode:characters_to_list([[<<255>> | <<2>>], 1])', [L(L(b'\xff', tail=b'\x02'), 1)], (A('error'), NIL, L(L(b'\xff', tail=b'\x02'), 1))),
    ('unicode:characters_to_list([[[<<255>>], 2], 1, 0])', [L(L(L(b'\xff'), 2), 1, 0)], (A('error'), NIL, L(L(L(b'\xff'), 2), 1, 0))),
    ('unicode:characters_to_list([[[<<255>>], 2, 3], 1, 0])', [L(L(L(b'\xff'), 2, 3), 1, 0)], (A('error'), NIL, L(L(L(b'\xff'), 2, 3), 1, 0))),
    ('unicode:characters_to_list([[[[<<255>>], 3], 2], 1])', [L(L(L(L(b'\xff'), 3), 2), 1)], (A('error'), NIL, L(L(L(L(b'\xff'), 3), 2), 1))),
    ('unicode:characters_to_list([[[[<<255>>]], 2], 1])', [L(L(L(L(b'\xff')), 2), 1)], (A('error'), NIL, L(L(L(L(b'\xff')), 2), 1))),
    ('unicode:characters_to_list([[[[<<255>>], 3]], 1])', [L(L(L(L(b'\xff'), 3)), 1)], (A('error'), NIL, L(L(L(L(b'\xff'), 3)), 1))),
    ('unicode:characters_to_list([[[<<1, 255>>], 2], 1])', [L(L(L(b'\x01\xff'), 2), 1)], (A('error'), L(1), L(L(L(b'\xff'), 2), 1))),
    ('unicode:characters_to_list([[[<<255>>], 2] | <<1>>])', [L(L(L(b'\xff'), 2), tail=b'\x01')], (A('error'), NIL, L(L(L(b'\xff'), 2), tail=b'\x01'))),
    ('unicode:characters_to_list([[[<<255>>] | <<2>>], 1])', [L(L(L(b'\xff'), tail=b'\x02'), 1)], (A('error'), NIL, L(L(L(b'\xff'), tail=b'\x02'), 1))),
    ('unicode:characters_to_list([[[<<195>>], 2], 1])', [L(L(L(b'\xc3'), 2), 1)], (A('error'), NIL, L(b'\xc3', L(L(2), 1)))),
    ('unicode:characters_to_list([[[<<195>>, 2]], 1])', [L(L(L(b'\xc3', 2)), 1)], (A('error'), NIL, L(b'\xc3', L(L(L(2)), 1)))),
    ('unicode:characters_to_list([<<255>>])', [L(b'\xff')], (A('error'), NIL, L(b'\xff'))),
    ('unicode:characters_to_list([<<"a", 255>>])', [L(b'a\xff')], (A('error'), S('a'), L(b'\xff'))),
    ('unicode:characters_to_list([<<255, 1>>])', [L(b'\xff\x01')], (A('error'), NIL, L(b'\xff\x01'))),
    ('unicode:characters_to_list([<<1>>, <<255>>])', [L(b'\x01', b'\xff')], (A('error'), L(1), L(b'\xff'))),
    ('unicode:characters_to_list([1, <<255>>])', [L(1, b'\xff')], (A('error'), L(1), L(b'\xff'))),
    ('unicode:characters_to_list([<<191, 216>>, 1])', [L(b'\xbf\xd8', 1)], (A('error'), NIL, L(b'\xbf\xd8', 1))),
    ('unicode:characters_to_list([<<191>>, 1])', [L(b'\xbf', 1)], (A('error'), NIL, L(b'\xbf', 1))),
    ('unicode:characters_to_list([<<191, 1>>, 1])', [L(b'\xbf\x01', 1)], (A('error'), NIL, L(b'\xbf\x01', 1))),
    ('unicode:characters_to_list([<<245, 195>>, 1])', [L(b'\xf5\xc3', 1)], (A('error'), NIL, L(b'\xf5\xc3', L(1)))),
    ('unicode:characters_to_list([<<245, 195, 255>>, 1])', [L(b'\xf5\xc3\xff', 1)], (A('error'), NIL, L(b'\xf5\xc3\xff', L(1)))),
    ('unicode:characters_to_list([<<245, 195, 255, 1>>, 1])', [L(b'\xf5\xc3\xff\x01', 1)], (A('error'), NIL, L(b'\xf5\xc3\xff\x01', 1))),
    ('unicode:characters_to_list([<<245, 195, 255, 1, 2>>, 1])', [L(b'\xf5\xc3\xff\x01\x02', 1)], (A('error'), NIL, L(b'\xf5\xc3\xff\x01\x02', 1))),
    ('unicode:characters_to_list([<<195, 255>>, 1])', [L(b'\xc3\xff', 1)], (A('error'), NIL, L(b'\xc3\xff', 1))),
    ('unicode:characters_to_list([<<226, 255>>, 1])', [L(b'\xe2\xff', 1)], (A('error'), NIL, L(b'\xe2\xff', L(1)))),
    ('unicode:characters_to_list([<<226, 130, 255>>, 1])', [L(b'\xe2\x82\xff', 1)], (A('error'), NIL, L(b'\xe2\x82\xff', 1))),
    ('unicode:characters_to_list([<<226, 255, 1>>, 1])', [L(b'\xe2\xff\x01', 1)], (A('error'), NIL, L(b'\xe2\xff\x01', 1))),
    ('unicode:characters_to_list([<<240, 1, 2>>, 1])', [L(b'\xf0\x01\x02', 1)], (A('error'), NIL, L(b'\xf0\x01\x02', L(1)))),
    ('unicode:characters_to_list([<<240, 1, 2, 3>>, 1])', [L(b'\xf0\x01\x02\x03', 1)], (A('error'), NIL, L(b'\xf0\x01\x02\x03', 1))),
    ('unicode:characters_to_list([<<255, 105>>])', [L(b'\xffi')], (A('error'), NIL, L(b'\xffi'))),
    ('unicode:characters_to_list([<<216, 191>>])', [L(b'\xd8\xbf')], S('\u063f')),
    ('unicode:characters_to_list([<<191>>])', [L(b'\xbf')], (A('error'), NIL, L(b'\xbf'))),
    ('unicode:characters_to_list([<<"a">>, <<255>>])', [L(b'a', b'\xff')], (A('error'), S('a'), L(b'\xff'))),
    ('unicode:characters_to_list([<<"a">>, [<<255>>]])', [L(b'a', L(b'\xff'))], (A('error'), S('a'), L(L(b'\xff')))),
    ('unicode:characters_to_list([[<<"a">>], <<255>>])', [L(L(b'a'), b'\xff')], (A('error'), S('a'), L(b'\xff'))),
    ('unicode:characters_to_list([<<255>> | <<>>])', [L(b'\xff', tail=b'')], (A('error'), NIL, L(b'\xff', tail=b''))),
    ('unicode:characters_to_list([[1 | <<255>>]])', [L(L(1, tail=b'\xff'))], (A('error'), L(1), L(b'\xff'))),
    ('unicode:characters_to_list([[1, <<255>>]])', [L(L(1, b'\xff'))], (A('error'), L(1), L(L(b'\xff')))),
    ('unicode:characters_to_list([16#110000])', [L(1114112)], (A('error'), NIL, L(1114112))),
    ('unicode:characters_to_list([1, 16#110000])', [L(1, 1114112)], (A('error'), L(1), L(1114112))),
    ('unicode:characters_to_list([[16#110000]])', [L(L(1114112))], (A('error'), NIL, L(L(1114112)))),
    ('unicode:characters_to_list([<<128>>, 1])', [L(b'\x80', 1)], (A('error'), NIL, L(b'\x80', 1))),
    ('unicode:characters_to_list([<<128, 128>>, 1])', [L(b'\x80\x80', 1)], (A('error'), NIL, L(b'\x80\x80', 1))),
    ('unicode:characters_to_list([<<128, 128, 128>>, 1])', [L(b'\x80\x80\x80', 1)], (A('error'), NIL, L(b'\x80\x80\x80', 1))),
    ('unicode:characters_to_list([<<128, 128, 128, 128>>, 1])', [L(b'\x80\x80\x80\x80', 1)], (A('error'), NIL, L(b'\x80\x80\x80\x80', 1))),
    ('unicode:characters_to_list([<<"a", 128, 128, 128, 128>>, 1])', [L(b'a\x80\x80\x80\x80', 1)], (A('error'), S('a'), L(b'\x80\x80\x80\x80', 1))),
    ('unicode:characters_to_list([<<248>>, 1])', [L(b'\xf8', 1)], (A('error'), NIL, L(b'\xf8', 1))),
    ('unicode:characters_to_list([<<255>>, 1])', [L(b'\xff', 1)], (A('error'), NIL, L(b'\xff', 1))),
    ('unicode:characters_to_list([<<254>>, 1])', [L(b'\xfe', 1)], (A('error'), NIL, L(b'\xfe', 1))),
    ('unicode:characters_to_list([<<192, 128>>, 1])', [L(b'\xc0\x80', 1)], (A('error'), NIL, L(b'\xc0\x80', 1))),
    ('unicode:characters_to_list([<<237, 160, 128>>, 1])', [L(b'\xed\xa0\x80', 1)], (A('error'), NIL, L(b'\xed\xa0\x80', 1))),
    ('unicode:characters_to_list([<<237, 160>>, 1])', [L(b'\xed\xa0', 1)], (A('error'), NIL, L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_list([<<"abc", 237, 160>>, 1])', [L(b'abc\xed\xa0', 1)], (A('error'), S('abc'), L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_list([<<"abcd", 237, 160>>, 1])', [L(b'abcd\xed\xa0', 1)], (A('error'), S('abcd'), L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_list([<<"abcd", 128>>, 1])', [L(b'abcd\x80', 1)], (A('error'), S('abcd'), L(b'\x80', 1))),
    ('unicode:characters_to_list([<<"abcd", 128, 129, 130, 131>>, 1])', [L(b'abcd\x80\x81\x82\x83', 1)], (A('error'), S('abcd'), L(b'\x80\x81\x82\x83', 1))),
    ('unicode:characters_to_binary([<<255>>])', [L(b'\xff')], (A('error'), b'', b'\xff')),
    ('unicode:characters_to_binary([<<"a", 255>>])', [L(b'a\xff')], (A('error'), b'a', b'\xff')),
    ('unicode:characters_to_binary([<<255, 1>>])', [L(b'\xff\x01')], (A('error'), b'', b'\xff\x01')),
    ('unicode:characters_to_binary([<<1>>, <<255>>])', [L(b'\x01', b'\xff')], (A('error'), b'\x01', L(b'\xff'))),
    ('unicode:characters_to_binary([1, <<255>>])', [L(1, b'\xff')], (A('error'), b'\x01', L(b'\xff'))),
    ('unicode:characters_to_binary([<<191, 216>>, 1])', [L(b'\xbf\xd8', 1)], (A('error'), b'', L(b'\xbf\xd8', 1))),
    ('unicode:characters_to_binary([<<191>>, 1])', [L(b'\xbf', 1)], (A('error'), b'', L(b'\xbf', 1))),
    ('unicode:characters_to_binary([<<191, 1>>, 1])', [L(b'\xbf\x01', 1)], (A('error'), b'', L(b'\xbf\x01', 1))),
    ('unicode:characters_to_binary([<<245, 195>>, 1])', [L(b'\xf5\xc3', 1)], (A('error'), b'', L(b'\xf5\xc3', L(1)))),
    ('unicode:characters_to_binary([<<245, 195, 255>>, 1])', [L(b'\xf5\xc3\xff', 1)], (A('error'), b'', L(b'\xf5\xc3\xff', L(1)))),
    ('unicode:characters_to_binary([<<245, 195, 255, 1>>, 1])', [L(b'\xf5\xc3\xff\x01', 1)], (A('error'), b'', L(b'\xf5\xc3\xff\x01', 1))),
    ('unicode:characters_to_binary([<<245, 195, 255, 1, 2>>, 1])', [L(b'\xf5\xc3\xff\x01\x02', 1)], (A('error'), b'', L(b'\xf5\xc3\xff\x01\x02', 1))),
    ('unicode:characters_to_binary([<<195, 255>>, 1])', [L(b'\xc3\xff', 1)], (A('error'), b'', L(b'\xc3\xff', 1))),
    ('unicode:characters_to_binary([<<226, 255>>, 1])', [L(b'\xe2\xff', 1)], (A('error'), b'', L(b'\xe2\xff', L(1)))),
    ('unicode:characters_to_binary([<<226, 130, 255>>, 1])', [L(b'\xe2\x82\xff', 1)], (A('error'), b'', L(b'\xe2\x82\xff', 1))),
    ('unicode:characters_to_binary([<<226, 255, 1>>, 1])', [L(b'\xe2\xff\x01', 1)], (A('error'), b'', L(b'\xe2\xff\x01', 1))),
    ('unicode:characters_to_binary([<<240, 1, 2>>, 1])', [L(b'\xf0\x01\x02', 1)], (A('error'), b'', L(b'\xf0\x01\x02', L(1)))),
    ('unicode:characters_to_binary([<<240, 1, 2, 3>>, 1])', [L(b'\xf0\x01\x02\x03', 1)], (A('error'), b'', L(b'\xf0\x01\x02\x03', 1))),
    ('unicode:characters_to_binary([<<255, 105>>])', [L(b'\xffi')], (A('error'), b'', b'\xffi')),
    ('unicode:characters_to_binary([<<216, 191>>])', [L(b'\xd8\xbf')], b'\xd8\xbf'),
    ('unicode:characters_to_binary([<<191>>])', [L(b'\xbf')], (A('error'), b'', b'\xbf')),
    ('unicode:characters_to_binary([<<"a">>, <<255>>])', [L(b'a', b'\xff')], (A('error'), b'a', L(b'\xff'))),
    ('unicode:characters_to_binary([<<"a">>, [<<255>>]])', [L(b'a', L(b'\xff'))], (A('error'), b'a', L(L(b'\xff')))),
    ('unicode:characters_to_binary([[<<"a">>], <<255>>])', [L(L(b'a'), b'\xff')], (A('error'), b'a', L(b'\xff'))),
    ('unicode:characters_to_binary([<<255>> | <<>>])', [L(b'\xff', tail=b'')], (A('error'), b'', L(b'\xff', tail=b''))),
    ('unicode:characters_to_binary([[1 | <<255>>]])', [L(L(1, tail=b'\xff'))], (A('error'), b'\x01', L(b'\xff'))),
    ('unicode:characters_to_binary([[1, <<255>>]])', [L(L(1, b'\xff'))], (A('error'), b'\x01', L(L(b'\xff')))),
    ('unicode:characters_to_binary([16#110000])', [L(1114112)], (A('error'), b'', L(1114112))),
    ('unicode:characters_to_binary([1, 16#110000])', [L(1, 1114112)], (A('error'), b'\x01', L(1114112))),
    ('unicode:characters_to_binary([[16#110000]])', [L(L(1114112))], (A('error'), b'', L(L(1114112)))),
    ('unicode:characters_to_binary([<<128>>, 1])', [L(b'\x80', 1)], (A('error'), b'', L(b'\x80', 1))),
    ('unicode:characters_to_binary([<<128, 128>>, 1])', [L(b'\x80\x80', 1)], (A('error'), b'', L(b'\x80\x80', 1))),
    ('unicode:characters_to_binary([<<128, 128, 128>>, 1])', [L(b'\x80\x80\x80', 1)], (A('error'), b'', L(b'\x80\x80\x80', 1))),
    ('unicode:characters_to_binary([<<128, 128, 128, 128>>, 1])', [L(b'\x80\x80\x80\x80', 1)], (A('error'), b'', L(b'\x80\x80\x80\x80', 1))),
    ('unicode:characters_to_binary([<<"a", 128, 128, 128, 128>>, 1])', [L(b'a\x80\x80\x80\x80', 1)], (A('error'), b'a', L(b'\x80\x80\x80\x80', 1))),
    ('unicode:characters_to_binary([<<248>>, 1])', [L(b'\xf8', 1)], (A('error'), b'', L(b'\xf8', 1))),
    ('unicode:characters_to_binary([<<255>>, 1])', [L(b'\xff', 1)], (A('error'), b'', L(b'\xff', 1))),
    ('unicode:characters_to_binary([<<254>>, 1])', [L(b'\xfe', 1)], (A('error'), b'', L(b'\xfe', 1))),
    ('unicode:characters_to_binary([<<192, 128>>, 1])', [L(b'\xc0\x80', 1)], (A('error'), b'', L(b'\xc0\x80', 1))),
    ('unicode:characters_to_binary([<<237, 160, 128>>, 1])', [L(b'\xed\xa0\x80', 1)], (A('error'), b'', L(b'\xed\xa0\x80', 1))),
    ('unicode:characters_to_binary([<<237, 160>>, 1])', [L(b'\xed\xa0', 1)], (A('error'), b'', L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_binary([<<"abc", 237, 160>>, 1])', [L(b'abc\xed\xa0', 1)], (A('error'), b'abc', L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_binary([<<"abcd", 237, 160>>, 1])', [L(b'abcd\xed\xa0', 1)], (A('error'), b'abcd', L(b'\xed\xa0', L(1)))),
    ('unicode:characters_to_binary([<<"abcd", 128>>, 1])', [L(b'abcd\x80', 1)], (A('error'), b'abcd', L(b'\x80', 1))),
    ('unicode:characters_to_binary([<<"abcd", 128, 129, 130, 131>>, 1])', [L(b'abcd\x80\x81\x82\x83', 1)], (A('error'), b'abcd', L(b'\x80\x81\x82\x83', 1))),
    ('unicode:characters_to_binary([[<<255>>], 1])', [L(L(b'\xff'), 1)], (A('error'), b'', L(L(b'\xff'), 1))),
    ('unicode:characters_to_binary([[<<255>>, 2], 1])', [L(L(b'\xff', 2), 1)], (A('error'), b'', L(L(b'\xff', 2), 1))),
    ('unicode:characters_to_binary([[[<<255>>]], 1])', [L(L(L(b'\xff')), 1)], (A('error'), b'', L(L(L(b'\xff')), 1))),
    ('unicode:characters_to_binary([[[<<255>>], 2], 1])', [L(L(L(b'\xff'), 2), 1)], (A('error'), b'', L(L(L(b'\xff'), 2), 1))),
    ('unicode:characters_to_binary([[[<<255>>, 3], 2], 1])', [L(L(L(b'\xff', 3), 2), 1)], (A('error'), b'', L(L(L(b'\xff', 3), 2), 1))),
    ('unicode:characters_to_binary([[[<<255>>, 3]], 1])', [L(L(L(b'\xff', 3)), 1)], (A('error'), b'', L(L(L(b'\xff', 3)), 1))),
    ('unicode:characters_to_binary([[<<255>>]])', [L(L(b'\xff'))], (A('error'), b'', L(L(b'\xff')))),
    ('unicode:characters_to_binary([[[<<255>>]]])', [L(L(L(b'\xff')))], (A('error'), b'', L(L(L(b'\xff'))))),
    ('unicode:characters_to_binary([0, [<<255>>], 1])', [L(0, L(b'\xff'), 1)], (A('error'), b'\x00', L(L(b'\xff'), 1))),
    ('unicode:characters_to_binary([[[<<255>>], 2]])', [L(L(L(b'\xff'), 2))], (A('error'), b'', L(L(L(b'\xff'), 2)))),
    ('unicode:characters_to_binary([[16#110000], 1])', [L(L(1114112), 1)], (A('error'), b'', L(L(1114112), 1))),
    ('unicode:characters_to_binary([[[16#110000]], 1])', [L(L(L(1114112)), 1)], (A('error'), b'', L(L(L(1114112)), 1))),
    ('unicode:characters_to_binary([[[16#110000], 2], 1])', [L(L(L(1114112), 2), 1)], (A('error'), b'', L(L(L(1114112), 2), 1))),
    ('unicode:characters_to_binary([[[16#110000, 3], 2], 1])', [L(L(L(1114112, 3), 2), 1)], (A('error'), b'', L(L(L(1114112, 3), 2), 1))),
    ('unicode:characters_to_binary([<<255>> | <<1>>])', [L(b'\xff', tail=b'\x01')], (A('error'), b'', L(b'\xff', tail=b'\x01'))),
    ('unicode:characters_to_binary([[<<255>> | <<2>>], 1])', [L(L(b'\xff', tail=b'\x02'), 1)], (A('error'), b'', L(L(b'\xff', tail=b'\x02'), 1))),
    ('unicode:characters_to_binary([[[<<255>>], 2], 1, 0])', [L(L(L(b'\xff'), 2), 1, 0)], (A('error'), b'', L(L(L(b'\xff'), 2), 1, 0))),
    ('unicode:characters_to_binary([[[<<255>>], 2, 3], 1, 0])', [L(L(L(b'\xff'), 2, 3), 1, 0)], (A('error'), b'', L(L(L(b'\xff'), 2, 3), 1, 0))),
    ('unicode:characters_to_binary([[[[<<255>>], 3], 2], 1])', [L(L(L(L(b'\xff'), 3), 2), 1)], (A('error'), b'', L(L(L(L(b'\xff'), 3), 2), 1))),
    ('unicode:characters_to_binary([[[[<<255>>]], 2], 1])', [L(L(L(L(b'\xff')), 2), 1)], (A('error'), b'', L(L(L(L(b'\xff')), 2), 1))),
    ('unicode:characters_to_binary([[[[<<255>>], 3]], 1])', [L(L(L(L(b'\xff'), 3)), 1)], (A('error'), b'', L(L(L(L(b'\xff'), 3)), 1))),
    ('unicode:characters_to_binary([[[<<1, 255>>], 2], 1])', [L(L(L(b'\x01\xff'), 2), 1)], (A('error'), b'\x01', L(L(L(b'\xff'), 2), 1))),
    ('unicode:characters_to_binary([[[<<255>>], 2] | <<1>>])', [L(L(L(b'\xff'), 2), tail=b'\x01')], (A('error'), b'', L(L(L(b'\xff'), 2), tail=b'\x01'))),
    ('unicode:characters_to_binary([[[<<255>>] | <<2>>], 1])', [L(L(L(b'\xff'), tail=b'\x02'), 1)], (A('error'), b'', L(L(L(b'\xff'), tail=b'\x02'), 1))),
    ('unicode:characters_to_binary([[[<<195>>], 2], 1])', [L(L(L(b'\xc3'), 2), 1)], (A('error'), b'', L(b'\xc3', L(L(2), 1)))),
    ('unicode:characters_to_binary([[[<<195>>, 2]], 1])', [L(L(L(b'\xc3', 2)), 1)], (A('error'), b'', L(b'\xc3', L(L(L(2)), 1)))),
    ('unicode:characters_to_list([<<226>>, 1])', [L(b'\xe2', 1)], (A('error'), NIL, L(b'\xe2', L(1)))),
    ('unicode:characters_to_list([<<226>>, 1, 2])', [L(b'\xe2', 1, 2)], (A('error'), NIL, L(b'\xe2', L(1, 2)))),
    ('unicode:characters_to_list([[<<226>>, 1], 2])', [L(L(b'\xe2', 1), 2)], (A('error'), NIL, L(b'\xe2', L(L(1), 2)))),
    ('unicode:characters_to_list([<<226>>, [1]])', [L(b'\xe2', L(1))], (A('error'), NIL, L(b'\xe2', L(L(1))))),
    ('unicode:characters_to_list([<<226>>, <<>>, 1])', [L(b'\xe2', b'', 1)], (A('error'), NIL, L(b'\xe2', L(1)))),
    ('unicode:characters_to_list([<<226>>, <<130>>, 1])', [L(b'\xe2', b'\x82', 1)], (A('error'), NIL, L(b'\xe2\x82', L(1)))),
    ('unicode:characters_to_list([3, <<226>>, 1])', [L(3, b'\xe2', 1)], (A('error'), L(3), L(b'\xe2', L(1)))),
    ('unicode:characters_to_list([<<226>>, 1 | <<2>>])', [L(b'\xe2', 1, tail=b'\x02')], (A('error'), NIL, L(b'\xe2', L(1, tail=b'\x02')))),
    ('unicode:characters_to_list([<<226>>, [], 1])', [L(b'\xe2', NIL, 1)], (A('error'), NIL, L(b'\xe2', L(1)))),
    ('unicode:characters_to_list([<<226>>, <<40>>, 1])', [L(b'\xe2', b'(', 1)], (A('error'), NIL, L(b'\xe2(', L(1)))),
    ('unicode:characters_to_list([<<226>> | <<40>>])', [L(b'\xe2', tail=b'(')], (A('error'), NIL, b'\xe2(')),
    ('unicode:characters_to_list([<<226>>, <<40>>])', [L(b'\xe2', b'(')], (A('error'), NIL, b'\xe2(')),
    ('unicode:characters_to_list([<<226>>, [<<40>>]])', [L(b'\xe2', L(b'('))], (A('error'), NIL, b'\xe2(')),
    ('unicode:characters_to_list([<<226>>, [<<40>>], 1])', [L(b'\xe2', L(b'('), 1)], (A('error'), NIL, L(b'\xe2(', L(1)))),
    ('unicode:characters_to_list([<<226>>, [<<130, 40>>], 1])', [L(b'\xe2', L(b'\x82('), 1)], (A('error'), NIL, L(b'\xe2', L(L(b'\x82('), 1)))),
    ('unicode:characters_to_list([<<226>>, <<130, 40>>, 1])', [L(b'\xe2', b'\x82(', 1)], (A('error'), NIL, L(b'\xe2', L(b'\x82(', 1)))),
    ('unicode:characters_to_list([[<<226>>], 1])', [L(L(b'\xe2'), 1)], (A('error'), NIL, L(b'\xe2', L(1)))),
    ('unicode:characters_to_list([[<<226>>], [1]])', [L(L(b'\xe2'), L(1))], (A('error'), NIL, L(b'\xe2', L(L(1))))),
    ('unicode:characters_to_list([[<<226>>], [[1]]])', [L(L(b'\xe2'), L(L(1)))], (A('error'), NIL, L(b'\xe2', L(L(L(1)))))),
    ('unicode:characters_to_list([<<226>>, [[1]]])', [L(b'\xe2', L(L(1)))], (A('error'), NIL, L(b'\xe2', L(L(L(1)))))),
    ('unicode:characters_to_list([[[<<226>>, 1]]])', [L(L(L(b'\xe2', 1)))], (A('error'), NIL, L(b'\xe2', L(L(L(1)))))),
    ('unicode:characters_to_list([[[<<226>>], 1]])', [L(L(L(b'\xe2'), 1))], (A('error'), NIL, L(b'\xe2', L(L(1))))),
    ('unicode:characters_to_list([[<<226>>], <<40>>])', [L(L(b'\xe2'), b'(')], (A('error'), NIL, b'\xe2(')),
    ('unicode:characters_to_list([[<<226>>], <<130>>, 1])', [L(L(b'\xe2'), b'\x82', 1)], (A('error'), NIL, L(b'\xe2\x82', L(1)))),
    ('unicode:characters_to_binary([<<226>>, 1])', [L(b'\xe2', 1)], (A('error'), b'', L(b'\xe2', L(1)))),
    ('unicode:characters_to_binary([<<226>>, [1]])', [L(b'\xe2', L(1))], (A('error'), b'', L(b'\xe2', L(L(1))))),
    ('unicode:characters_to_binary([<<226>>, <<130, 40>>, 1])', [L(b'\xe2', b'\x82(', 1)], (A('error'), b'', L(b'\xe2', L(b'\x82(', 1)))),
    ('unicode:characters_to_binary([<<226>>])', [L(b'\xe2')], (A('incomplete'), b'', b'\xe2')),
    ('unicode:characters_to_binary([<<226, 40>>])', [L(b'\xe2(')], (A('error'), b'', b'\xe2(')),
    ('unicode:characters_to_binary([<<226, 40, 1>>])', [L(b'\xe2(\x01')], (A('error'), b'', b'\xe2(\x01')),
    ('unicode:characters_to_binary([<<97, 226, 40>>])', [L(b'a\xe2(')], (A('error'), b'a', b'\xe2(')),
    ('unicode:characters_to_binary([[<<255>>]])', [L(L(b'\xff'))], (A('error'), b'', L(L(b'\xff')))),
    ('unicode:characters_to_binary([<<255>>|<<>>])', [L(b'\xff', tail=b'')], (A('error'), b'', L(b'\xff', tail=b''))),
    ('unicode:characters_to_binary([<<255>>, []])', [L(b'\xff', NIL)], (A('error'), b'', L(b'\xff', NIL))),
    ('unicode:characters_to_binary([[], <<255>>])', [L(NIL, b'\xff')], (A('error'), b'', L(b'\xff'))),
    ('unicode:characters_to_binary([[<<255>>]|<<>>])', [L(L(b'\xff'), tail=b'')], (A('error'), b'', L(L(b'\xff'), tail=b''))),
    ('unicode:characters_to_binary([1, <<255>>])', [L(1, b'\xff')], (A('error'), b'\x01', L(b'\xff'))),
    ('unicode:characters_to_list(<<"x", 226, 40>>)', [b'x\xe2('], (A('error'), S('x'), b'\xe2(')),
    ('unicode:characters_to_list(<<"x", 240, 40, 41>>)', [b'x\xf0()'], (A('error'), S('x'), b'\xf0()')),
    ('unicode:characters_to_list(<<"x", 240, 159, 40>>)', [b'x\xf0\x9f('], (A('error'), S('x'), b'\xf0\x9f(')),
    ('unicode:characters_to_list(<<"x", 195>>)', [b'x\xc3'], (A('incomplete'), S('x'), b'\xc3')),
    ('unicode:characters_to_list(<<"x", 245>>)', [b'x\xf5'], (A('incomplete'), S('x'), b'\xf5')),
    ('unicode:characters_to_list(<<"x", 245, 128>>)', [b'x\xf5\x80'], (A('incomplete'), S('x'), b'\xf5\x80')),
    ('unicode:characters_to_list(<<"x", 192>>)', [b'x\xc0'], (A('incomplete'), S('x'), b'\xc0')),
    ('unicode:characters_to_list(<<"x", 237, 160>>)', [b'x\xed\xa0'], (A('incomplete'), S('x'), b'\xed\xa0')),
    ('unicode:characters_to_list(<<"x", 226, 40, 41>>)', [b'x\xe2()'], (A('error'), S('x'), b'\xe2()')),
    ('unicode:characters_to_binary(<<"x", 226, 40>>)', [b'x\xe2('], (A('error'), b'x', b'\xe2(')),
    ('unicode:characters_to_binary(<<"x", 240, 40, 41>>)', [b'x\xf0()'], (A('error'), b'x', b'\xf0()')),
    ('unicode:characters_to_binary(<<"x", 245>>)', [b'x\xf5'], (A('incomplete'), b'x', b'\xf5')),
    ('unicode:characters_to_binary(<<"x", 245, 128>>)', [b'x\xf5\x80'], (A('incomplete'), b'x', b'\xf5\x80')),
    ('unicode:characters_to_binary([<<"x", 226, 40>>])', [L(b'x\xe2(')], (A('error'), b'x', b'\xe2(')),
    ('unicode:characters_to_list([<<"x", 226, 40>>])', [L(b'x\xe2(')], (A('error'), S('x'), b'\xe2(')),
    ('unicode:characters_to_binary([<<"x", 226, 40>>, 1])', [L(b'x\xe2(', 1)], (A('error'), b'x', L(b'\xe2(', L(1)))),
    ('unicode:characters_to_binary([<<"x", 255>>])', [L(b'x\xff')], (A('error'), b'x', b'\xff')),
    ('unicode:characters_to_binary([<<"x", 255>>, <<>>])', [L(b'x\xff', b'')], (A('error'), b'x', L(b'\xff', b''))),
    ('unicode:bin_is_7bit(<<"abc">>)', [b'abc'], A('true')),
    ('unicode:bin_is_7bit(<<"ab", 200>>)', [b'ab\xc8'], A('false')),
    ('unicode:bin_is_7bit("abc")', [S('abc')], A('false')),
    ('unicode:bin_is_7bit(<<1:1>>)', [BitString(b'\x80', 1)], A('false')),
]


@pytest.mark.parametrize("text, args, expected", CASES, ids=[case[0][:80] for case in CASES])
def test_matches_otp(text, args, expected):
    check(text, args, expected)


def test_large_binaries_are_converted_in_8192_byte_pieces():
    """Recorded under OTP 25 (Big = binary:copy(<<"a">>, N)); the 8192-byte
    pieces of stdlib's ml_map show in the Rest (note 3 of unicode.py)."""
    head = b"a" * 8190 + b"ab"
    # characters_to_binary([Big8190, <<"ab", 16#100/utf8>>], utf8, latin1)
    assert call("unicode:characters_to_binary", [L(head + b"\xc4\x80"), A("utf8"), A("latin1")]) == (
        A("error"), head, L(b"\xc4\x80"))
    # characters_to_binary(<<Big8190/binary, "ab", 16#100/utf8, "c">>, utf8, latin1)
    assert call("unicode:characters_to_binary", [head + b"\xc4\x80c", A("utf8"), A("latin1")]) == (
        A("error"), head, L(b"\xc4\x80c"))
    # characters_to_binary(<<Big8191/binary, 16#100/utf8, "c">>, utf8, utf16): 16386 bytes
    result = call("unicode:characters_to_binary", [b"a" * 8191 + b"\xc4\x80c", A("utf8"), A("utf16")])
    assert result == ("a" * 8191 + "\u0100c").encode("utf-16-be")
    # characters_to_binary(<<Big8191/binary, 255, "c">>, utf8, utf16) -> {error, _, [<<255>>, <<"c">>]}
    result = call("unicode:characters_to_binary", [b"a" * 8191 + b"\xffc", A("utf8"), A("utf16")])
    assert result == (A("error"), ("a" * 8191).encode("utf-16-be"), L(b"\xff", b"c"))


def test_long_lists_do_not_recurse():
    codes = L(*range(1, 50000))
    assert len(call("unicode:characters_to_binary", [codes])) > 50000
    assert len(call("unicode:characters_to_binary", [codes, A("unicode"), A("utf16")])) == 2 * 49999
    deep = NIL
    for _ in range(20000):
        deep = [deep, L(97)]
    assert to_pylist(call("unicode:characters_to_list", [deep])) == [97] * 20000


ERL = shutil.which("erl")
ERLC = shutil.which("erlc")


def _random_chardata(rng, depth=0):
    """Chardata mixing valid, invalid and truncated UTF-8/16/32 bytes and code points."""
    choice = rng.random()
    if depth and choice < 0.35:
        return rng.choice([97, 233, 256, 0x20AC, 0xD800, -1, 0x110000, 0x1F600, 0, 255])
    if choice < 0.6 or depth > 3:
        return bytes(rng.choice(_BYTES) for _ in range(rng.randint(0, 4)))
    items = [_random_chardata(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    tail = bytes(rng.choice(_BYTES) for _ in range(rng.randint(0, 3))) if rng.random() < 0.15 else NIL
    return from_iterable(items, tail)


_BYTES = [0x61, 0x80, 0x82, 0xA9, 0xBF, 0xC3, 0xE2, 0xED, 0xA0, 0xF0, 0x9F, 0xF5, 0xFF, 0xC0,
          0x00, 0xD8, 0xDC, 0x01]
_ENCODINGS = [A("unicode"), A("latin1"), A("utf16"), (A("utf16"), A("little")), A("utf32"),
              (A("utf32"), A("little"))]


def _erlang_source(term):
    if type(term) is bytes:
        return "<<" + ",".join(map(str, term)) + ">>"
    if type(term) is int:
        return str(term)
    if type(term) is A:
        return term.name
    if type(term) is tuple:
        return "{" + ",".join(map(_erlang_source, term)) + "}"
    items = []
    while type(term) is list:
        items.append(_erlang_source(term[0]))
        term = term[1]
    return "[" + ",".join(items) + ("" if term is NIL else "|" + _erlang_source(term)) + "]"


@pytest.mark.skipif(ERL is None or ERLC is None, reason="needs Erlang/OTP to compare with")
def test_random_conversions_match_otp(tmp_path):
    """Both of OTP's conversion engines, on random malformed data (unicode.py notes 1-4).

    Each call runs in a fresh process, as OTP's BIF may otherwise yield part
    way and return a differently shaped Rest.
    """
    rng = random.Random(2025)
    cases = []
    for _ in range(500):
        data = _random_chardata(rng)
        shape = rng.randrange(4)
        if shape == 0:
            cases.append(("characters_to_binary", [data]))
        elif shape == 1:
            cases.append(("characters_to_list", [data, rng.choice(_ENCODINGS)]))
        else:
            cases.append(("characters_to_binary", [data, rng.choice(_ENCODINGS), rng.choice(_ENCODINGS)]))
    functions = "".join(
        f"c{i}() -> try unicode:{name}({','.join(map(_erlang_source, args))}) "
        f"catch error:E -> {{caught, E}} end.\n" for i, (name, args) in enumerate(cases))
    source = tmp_path / "unicode_cases.erl"
    source.write_text(
        "-module(unicode_cases).\n-compile([export_all, nowarn_export_all]).\n"
        "main() -> P = self(), [begin spawn(fun() -> P ! {r, ?MODULE:(list_to_atom(\"c\" ++ "
        f"integer_to_list(I)))()}} end), receive {{r, R}} -> io:format(\"~w~n\", [R]) end end "
        f"|| I <- lists:seq(0, {len(cases) - 1})].\n" + functions)
    subprocess.run([ERLC, "-o", str(tmp_path), str(source)], check=True, timeout=120)
    output = subprocess.run([ERL, "-noshell", "-pa", str(tmp_path), "-eval", "unicode_cases:main()",
                             "-s", "init", "stop"], capture_output=True, text=True,
                            timeout=120).stdout.splitlines()
    assert len(output) == len(cases)
    for (name, args), line in zip(cases, output):
        try:
            mine = call(f"unicode:{name}", args)
        except ErlangError as failure:
            mine = (A("caught"), failure.reason)
        assert _erlang_source(mine).replace(" ", "") == line, f"unicode:{name}{args}"
