"""Tests of the binary module (beamish/stdlib/bifs/binary.py).

Each row of CASES is (call, arguments, expected). The call column is the
Erlang expression that was compiled and run under Erlang/OTP 25, each call in
a fresh process (so no BIF yields part-way), to record the expected column:
the value it returned, or Err(Reason) for the reason of the error it raised. The arguments are the same terms in beamish's
Python representation (see beamish.vm.terms).
"""
from __future__ import annotations

import random
import shutil
import subprocess

import pytest

from .otp_cases import L, S, Err, call, check
from beamish.vm.terms import Atom as A, NIL, BitString, from_iterable, to_pylist


CASES = [
    ('binary:at(<<"abc">>, 0)', [b'abc', 0], 97),
    ('binary:at(<<"abc">>, 2)', [b'abc', 2], 99),
    ('binary:at(<<"abc">>, 3)', [b'abc', 3], Err(A('badarg'))),
    ('binary:at(<<"abc">>, -1)', [b'abc', -1], Err(A('badarg'))),
    ('binary:at(<<>>, 0)', [b'', 0], Err(A('badarg'))),
    ('binary:at(<<1:7>>, 0)', [BitString(b'\x02', 7), 0], Err(A('badarg'))),
    ('binary:at(abc, 0)', [A('abc'), 0], Err(A('badarg'))),
    ('binary:at(<<"abc">>, 1.0)', [b'abc', 1.0], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abc">>)', [b'abc'], S('abc')),
    ('binary:bin_to_list(<<>>)', [b''], NIL),
    ('binary:bin_to_list(<<1:9>>)', [BitString(b'\x00\x80', 9)], Err(A('badarg'))),
    ('binary:bin_to_list("abc")', [S('abc')], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, {1, 3})', [b'abcdef', (1, 3)], S('bcd')),
    ('binary:bin_to_list(<<"abcdef">>, {3, -2})', [b'abcdef', (3, -2)], S('bc')),
    ('binary:bin_to_list(<<"abcdef">>, {6, 0})', [b'abcdef', (6, 0)], NIL),
    ('binary:bin_to_list(<<"abcdef">>, {6, -6})', [b'abcdef', (6, -6)], S('abcdef')),
    ('binary:bin_to_list(<<"abcdef">>, {6, -7})', [b'abcdef', (6, -7)], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, {0, 7})', [b'abcdef', (0, 7)], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, {7, 0})', [b'abcdef', (7, 0)], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, {1, 3, 4})', [b'abcdef', (1, 3, 4)], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, 1, 3)', [b'abcdef', 1, 3], S('bcd')),
    ('binary:bin_to_list(<<"abcdef">>, 1, -1)', [b'abcdef', 1, -1], S('a')),
    ('binary:bin_to_list(<<"abcdef">>, 0, -1)', [b'abcdef', 0, -1], Err(A('badarg'))),
    ('binary:bin_to_list(<<"abcdef">>, a, 1)', [b'abcdef', A('a'), 1], Err(A('badarg'))),
    ('binary:copy(<<"ab">>, 3)', [b'ab', 3], b'ababab'),
    ('binary:copy(<<"ab">>, 0)', [b'ab', 0], b''),
    ('binary:copy(<<"ab">>, -1)', [b'ab', -1], Err(A('badarg'))),
    ('binary:copy(<<>>, 5)', [b'', 5], b''),
    ('binary:copy(<<"ab">>)', [b'ab'], b'ab'),
    ('binary:copy(<<1:3>>)', [BitString(b' ', 3)], Err(A('badarg'))),
    ('binary:copy(<<1:3>>, 2)', [BitString(b' ', 3), 2], Err(A('badarg'))),
    ('binary:copy("ab", 2)', [S('ab'), 2], Err(A('badarg'))),
    ('binary:copy(<<"ab">>, a)', [b'ab', A('a')], Err(A('badarg'))),
    ('binary:decode_hex(<<"01abff">>)', [b'01abff'], b'\x01\xab\xff'),
    ('binary:decode_hex(<<"01ABFF">>)', [b'01ABFF'], b'\x01\xab\xff'),
    ('binary:decode_hex(<<"">>)', [b''], b''),
    ('binary:decode_hex(<<"0">>)', [b'0'], Err(A('badarg'))),
    ('binary:decode_hex(<<"0g">>)', [b'0g'], Err(A('badarg'))),
    ('binary:decode_hex(<<"0G">>)', [b'0G'], Err(A('badarg'))),
    ('binary:decode_hex("01")', [S('01')], Err(A('badarg'))),
    ('binary:decode_hex(<<1:4>>)', [BitString(b'\x10', 4)], Err(A('badarg'))),
    ('binary:encode_hex(<<1, 171, 255>>)', [b'\x01\xab\xff'], b'01ABFF'),
    ('binary:encode_hex(<<>>)', [b''], b''),
    ('binary:encode_hex("ab")', [S('ab')], Err(A('badarg'))),
    ('binary:encode_hex(<<1:4>>)', [BitString(b'\x10', 4)], Err(A('badarg'))),
    ('binary:decode_unsigned(<<1, 2>>)', [b'\x01\x02'], 258),
    ('binary:decode_unsigned(<<1, 2>>, little)', [b'\x01\x02', A('little')], 513),
    ('binary:decode_unsigned(<<1, 2>>, big)', [b'\x01\x02', A('big')], 258),
    ('binary:decode_unsigned(<<>>)', [b''], 0),
    ('binary:decode_unsigned(<<>>, little)', [b'', A('little')], 0),
    ('binary:decode_unsigned(<<0,0,0,1,2,3,4,5,6,7,8,9,10>>)', [b'\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a'], 4759477275222530853130),
    ('binary:decode_unsigned(<<1, 2>>, middle)', [b'\x01\x02', A('middle')], Err(A('badarg'))),
    ('binary:decode_unsigned(<<1:4>>)', [BitString(b'\x10', 4)], Err(A('badarg'))),
    ('binary:decode_unsigned(12)', [12], Err(A('badarg'))),
    ('binary:encode_unsigned(258)', [258], b'\x01\x02'),
    ('binary:encode_unsigned(258, little)', [258, A('little')], b'\x02\x01'),
    ('binary:encode_unsigned(258, big)', [258, A('big')], b'\x01\x02'),
    ('binary:encode_unsigned(0)', [0], b'\x00'),
    ('binary:encode_unsigned(0, little)', [0, A('little')], b'\x00'),
    ('binary:encode_unsigned(256, little)', [256, A('little')], b'\x00\x01'),
    ('binary:encode_unsigned(1 bsl 100)', [1267650600228229401496703205376], b'\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'),
    ('binary:encode_unsigned(-1)', [-1], Err(A('badarg'))),
    ('binary:encode_unsigned(1.0)', [1.0], Err(A('badarg'))),
    ('binary:encode_unsigned(1, middle)', [1, A('middle')], Err(A('badarg'))),
    ('binary:first(<<"abc">>)', [b'abc'], 97),
    ('binary:first(<<>>)', [b''], Err(A('badarg'))),
    ('binary:first(<<1:9>>)', [BitString(b'\x00\x80', 9)], Err(A('badarg'))),
    ('binary:first(a)', [A('a')], Err(A('badarg'))),
    ('binary:last(<<"abc">>)', [b'abc'], 99),
    ('binary:last(<<>>)', [b''], Err(A('badarg'))),
    ('binary:last(<<1:9>>)', [BitString(b'\x00\x80', 9)], Err(A('badarg'))),
    ('binary:list_to_bin([<<"a">>, "b", [$c]])', [L(b'a', S('b'), S('c'))], b'abc'),
    ('binary:list_to_bin([])', [NIL], b''),
    ('binary:list_to_bin([256])', [S('\u0100')], Err(A('badarg'))),
    ('binary:list_to_bin(<<"a">>)', [b'a'], Err(A('badarg'))),
    ('binary:list_to_bin([<<1:1>>])', [L(BitString(b'\x80', 1))], Err(A('badarg'))),
    ('binary:list_to_bin([a])', [L(A('a'))], Err(A('badarg'))),
    ('binary:list_to_bin([1|<<2>>])', [L(1, tail=b'\x02')], b'\x01\x02'),
    ('binary:longest_common_prefix([<<"prefix1">>, <<"prefix2">>, <<"pre">>])', [L(b'prefix1', b'prefix2', b'pre')], 3),
    ('binary:longest_common_prefix([<<"abc">>])', [L(b'abc')], 3),
    ('binary:longest_common_prefix([<<"abc">>, <<"xbc">>])', [L(b'abc', b'xbc')], 0),
    ('binary:longest_common_prefix([<<"abc">>, <<>>])', [L(b'abc', b'')], 0),
    ('binary:longest_common_prefix([])', [NIL], Err(A('badarg'))),
    ('binary:longest_common_prefix(<<"abc">>)', [b'abc'], Err(A('badarg'))),
    ('binary:longest_common_prefix([<<"abc">>, "abc"])', [L(b'abc', S('abc'))], Err(A('badarg'))),
    ('binary:longest_common_prefix([<<"abc">>, <<1:1>>])', [L(b'abc', BitString(b'\x80', 1))], Err(A('badarg'))),
    ('binary:longest_common_prefix([<<"abc">>|<<"abc">>])', [L(b'abc', tail=b'abc')], Err(A('badarg'))),
    ('binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>])', [L(b'abcxyz', b'xyz')], 3),
    ('binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>, <<"z">>])', [L(b'abcxyz', b'xyz', b'z')], 1),
    ('binary:longest_common_suffix([<<"abc">>, <<"abd">>])', [L(b'abc', b'abd')], 0),
    ('binary:longest_common_suffix([<<"abc">>])', [L(b'abc')], 3),
    ('binary:longest_common_suffix([])', [NIL], Err(A('badarg'))),
    ('binary:longest_common_suffix([a])', [L(A('a'))], Err(A('badarg'))),
    ('binary:match(<<"the cat sat">>, <<"at">>)', [b'the cat sat', b'at'], (5, 2)),
    ('binary:match(<<"the cat sat">>, <<"dog">>)', [b'the cat sat', b'dog'], A('nomatch')),
    ('binary:match(<<"the cat sat">>, [<<"sat">>, <<"cat">>])', [b'the cat sat', L(b'sat', b'cat')], (4, 3)),
    ('binary:match(<<"abcd">>, [<<"bcd">>, <<"bc">>])', [b'abcd', L(b'bcd', b'bc')], (1, 3)),
    ('binary:match(<<"abcd">>, [<<"bc">>, <<"bcd">>])', [b'abcd', L(b'bc', b'bcd')], (1, 3)),
    ('binary:match(<<"abcd">>, [<<"b">>, <<"abc">>])', [b'abcd', L(b'b', b'abc')], (0, 3)),
    ('binary:match(<<"abcd">>, <<>>)', [b'abcd', b''], Err(A('badarg'))),
    ('binary:match(<<"abcd">>, [])', [b'abcd', NIL], Err(A('badarg'))),
    ('binary:match(<<"abcd">>, [<<"a">>, <<>>])', [b'abcd', L(b'a', b'')], Err(A('badarg'))),
    ('binary:match(<<"abcd">>, "a")', [b'abcd', S('a')], Err(A('badarg'))),
    ('binary:match(<<"abcd">>, [<<"a">>|<<"b">>])', [b'abcd', L(b'a', tail=b'b')], Err(A('badarg'))),
    ('binary:match("abcd", <<"a">>)', [S('abcd'), b'a'], Err(A('badarg'))),
    ('binary:match(<<1:9>>, <<"a">>)', [BitString(b'\x00\x80', 9), b'a'], Err(A('badarg'))),
    ('binary:match(<<"abcd">>, <<1:1>>)', [b'abcd', BitString(b'\x80', 1)], Err(A('badarg'))),
    ('binary:match(<<>>, <<"a">>)', [b'', b'a'], A('nomatch')),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {1, 5}}])', [b'abcabc', b'abc', L((A('scope'), (1, 5)))], (3, 3)),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {1, 4}}])', [b'abcabc', b'abc', L((A('scope'), (1, 4)))], A('nomatch')),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {6, -6}}])', [b'abcabc', b'abc', L((A('scope'), (6, -6)))], (0, 3)),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {6, -2}}])', [b'abcabc', b'abc', L((A('scope'), (6, -2)))], A('nomatch')),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {6, 0}}])', [b'abcabc', b'abc', L((A('scope'), (6, 0)))], A('nomatch')),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {7, 0}}])', [b'abcabc', b'abc', L((A('scope'), (7, 0)))], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {0, 7}}])', [b'abcabc', b'abc', L((A('scope'), (0, 7)))], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {-1, 2}}])', [b'abcabc', b'abc', L((A('scope'), (-1, 2)))], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {0, 6}}, {scope, {3, 3}}])', [b'abcabc', b'abc', L((A('scope'), (0, 6)), (A('scope'), (3, 3)))], (3, 3)),
    ('binary:match(<<"abcabc">>, <<"abc">>, [global])', [b'abcabc', b'abc', L(A('global'))], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [])', [b'abcabc', b'abc', NIL], (0, 3)),
    ('binary:match(<<"abcabc">>, <<"abc">>, a)', [b'abcabc', b'abc', A('a')], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, {1, a}}])', [b'abcabc', b'abc', L((A('scope'), (1, A('a'))))], Err(A('badarg'))),
    ('binary:match(<<"abcabc">>, <<"abc">>, [{scope, 1}])', [b'abcabc', b'abc', L((A('scope'), 1))], Err(A('badarg'))),
    ('binary:matches(<<"the cat sat">>, <<"at">>)', [b'the cat sat', b'at'], L((5, 2), (9, 2))),
    ('binary:matches(<<"the cat sat">>, <<"dog">>)', [b'the cat sat', b'dog'], NIL),
    ('binary:matches(<<"aaaa">>, <<"aa">>)', [b'aaaa', b'aa'], L((0, 2), (2, 2))),
    ('binary:matches(<<"aaaaa">>, <<"aa">>)', [b'aaaaa', b'aa'], L((0, 2), (2, 2))),
    ('binary:matches(<<"abcd">>, [<<"bcd">>, <<"ab">>])', [b'abcd', L(b'bcd', b'ab')], L((0, 2))),
    ('binary:matches(<<"abcde">>, [<<"bcd">>, <<"abc">>, <<"de">>])', [b'abcde', L(b'bcd', b'abc', b'de')], L((0, 3), (3, 2))),
    ('binary:matches(<<"abcde">>, [<<"bcde">>, <<"abc">>, <<"c">>])', [b'abcde', L(b'bcde', b'abc', b'c')], L((0, 3))),
    ('binary:matches(<<"abcabc">>, [<<"a">>, <<"ab">>, <<"abc">>])', [b'abcabc', L(b'a', b'ab', b'abc')], L((0, 3), (3, 3))),
    ('binary:matches(<<"abcabc">>, [<<"a">>, <<"ab">>, <<"abc">>], [{scope, {1, 5}}])', [b'abcabc', L(b'a', b'ab', b'abc'), L((A('scope'), (1, 5)))], L((3, 3))),
    ('binary:matches(<<"abcabc">>, [<<"a">>, <<"ab">>, <<"abc">>], [{scope, {6, -5}}])', [b'abcabc', L(b'a', b'ab', b'abc'), L((A('scope'), (6, -5)))], L((3, 3))),
    ('binary:matches(<<"abcabc">>, <<"c">>, [{scope, {6, -6}}])', [b'abcabc', b'c', L((A('scope'), (6, -6)))], L((2, 1), (5, 1))),
    ('binary:matches(<<"abcabc">>, <<>>)', [b'abcabc', b''], Err(A('badarg'))),
    ('binary:matches(<<>>, <<"a">>)', [b'', b'a'], NIL),
    ('binary:matches(<<"xyz">>, [<<"x">>, <<"x">>])', [b'xyz', L(b'x', b'x')], L((0, 1))),
    ('binary:matches(<<"the cat sat on the mat">>, [<<"the">>, <<"on">>])', [b'the cat sat on the mat', L(b'the', b'on')], L((0, 3), (12, 2), (15, 3))),
    ('binary:part(<<"the cat">>, 4, 3)', [b'the cat', 4, 3], b'cat'),
    ('binary:part(<<"the cat">>, {7, -3})', [b'the cat', (7, -3)], b'cat'),
    ('binary:part(<<"the cat">>, {7, 0})', [b'the cat', (7, 0)], b''),
    ('binary:part(<<"the cat">>, {8, 0})', [b'the cat', (8, 0)], Err(A('badarg'))),
    ('binary:part(<<"the cat">>, {0, 8})', [b'the cat', (0, 8)], Err(A('badarg'))),
    ('binary:part(<<"the cat">>, 30, 2)', [b'the cat', 30, 2], Err(A('badarg'))),
    ('binary:part(<<"the cat">>, -1, 2)', [b'the cat', -1, 2], Err(A('badarg'))),
    ('binary:part(<<"the cat">>, 1, -2)', [b'the cat', 1, -2], Err(A('badarg'))),
    ('binary:part(<<"the cat">>, 1, -1)', [b'the cat', 1, -1], b't'),
    ('binary:part(<<"the cat">>, {1, 2, 3})', [b'the cat', (1, 2, 3)], Err(A('badarg'))),
    ('binary:part(<<1:9>>, 0, 1)', [BitString(b'\x00\x80', 9), 0, 1], b'\x00'),
    ('binary:part("abc", 0, 1)', [S('abc'), 0, 1], Err(A('badarg'))),
    ('binary:replace(<<"the cat sat">>, <<"at">>, <<"og">>)', [b'the cat sat', b'at', b'og'], b'the cog sat'),
    ('binary:replace(<<"the cat sat">>, <<"at">>, <<"og">>, [global])', [b'the cat sat', b'at', b'og', L(A('global'))], b'the cog sog'),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, 1}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), 1))], b'a[b]c'),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, [0, 1, 2]}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), L(0, 1, 2)))], b'ab[b]bc'),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, [2, 0]}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), L(2, 0)))], b'ab[]bc'),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, 3}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), 3))], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, -1}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), -1))], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, a}])', [b'abc', b'b', b'[]', L((A('insert_replaced'), A('a')))], Err(A('badarg'))),
    ('binary:replace(<<"abcb">>, <<"b">>, <<"[]">>, [{insert_replaced, 1}, global])', [b'abcb', b'b', b'[]', L((A('insert_replaced'), 1), A('global'))], b'a[b]c[b]'),
    ('binary:replace(<<"abcb">>, <<"b">>, <<"[]">>, [global, {insert_replaced, [1, 1]}])', [b'abcb', b'b', b'[]', L(A('global'), (A('insert_replaced'), L(1, 1)))], b'a[bb]c[bb]'),
    ('binary:replace(<<"abcb">>, <<"b">>, <<"x">>, [global, {scope, {2, 2}}])', [b'abcb', b'b', b'x', L(A('global'), (A('scope'), (2, 2)))], b'abcx'),
    ('binary:replace(<<"abcb">>, <<"b">>, <<"x">>, [global, {scope, {4, -3}}])', [b'abcb', b'b', b'x', L(A('global'), (A('scope'), (4, -3)))], b'axcx'),
    ('binary:replace(<<"abcb">>, [<<"b">>, <<"c">>], <<"x">>, [global])', [b'abcb', L(b'b', b'c'), b'x', L(A('global'))], b'axxx'),
    ('binary:replace(<<"abcb">>, <<"b">>, "x")', [b'abcb', b'b', S('x')], Err(A('badarg'))),
    ('binary:replace(<<"abcb">>, <<"b">>, <<1:1>>)', [b'abcb', b'b', BitString(b'\x80', 1)], Err(A('badarg'))),
    ('binary:replace(<<"abcb">>, <<>>, <<"x">>)', [b'abcb', b'', b'x'], Err(A('badarg'))),
    ('binary:replace(<<"abcb">>, <<"b">>, <<"x">>, [trim])', [b'abcb', b'b', b'x', L(A('trim'))], Err(A('badarg'))),
    ('binary:replace(<<"abcb">>, <<"z">>, <<"x">>, [global])', [b'abcb', b'z', b'x', L(A('global'))], b'abcb'),
    ('binary:replace(<<>>, <<"z">>, <<"x">>)', [b'', b'z', b'x'], b''),
    ('binary:split(<<"the cat sat">>, <<" ">>)', [b'the cat sat', b' '], L(b'the', b'cat sat')),
    ('binary:split(<<"the cat sat">>, <<" ">>, [global])', [b'the cat sat', b' ', L(A('global'))], L(b'the', b'cat', b'sat')),
    ('binary:split(<<"a,b;c">>, [<<",">>, <<";">>], [global])', [b'a,b;c', L(b',', b';'), L(A('global'))], L(b'a', b'b', b'c')),
    ('binary:split(<<",a,,b,,">>, <<",">>, [global, trim])', [b',a,,b,,', b',', L(A('global'), A('trim'))], L(b'', b'a', b'', b'b')),
    ('binary:split(<<",a,,b,,">>, <<",">>, [global, trim_all])', [b',a,,b,,', b',', L(A('global'), A('trim_all'))], L(b'a', b'b')),
    ('binary:split(<<",a,,b,,">>, <<",">>, [trim_all])', [b',a,,b,,', b',', L(A('trim_all'))], L(b'a,,b,,')),
    ('binary:split(<<",a,,b,,">>, <<",">>, [trim])', [b',a,,b,,', b',', L(A('trim'))], L(b'', b'a,,b,,')),
    ('binary:split(<<",a,,b,,">>, <<",">>, [global])', [b',a,,b,,', b',', L(A('global'))], L(b'', b'a', b'', b'b', b'', b'')),
    ('binary:split(<<",">>, <<",">>, [global, trim])', [b',', b',', L(A('global'), A('trim'))], NIL),
    ('binary:split(<<",">>, <<",">>, [global, trim_all])', [b',', b',', L(A('global'), A('trim_all'))], NIL),
    ('binary:split(<<",">>, <<",">>, [])', [b',', b',', NIL], L(b'', b'')),
    ('binary:split(<<>>, <<",">>, [])', [b'', b',', NIL], L(b'')),
    ('binary:split(<<>>, <<",">>, [trim])', [b'', b',', L(A('trim'))], NIL),
    ('binary:split(<<>>, <<",">>, [trim_all])', [b'', b',', L(A('trim_all'))], NIL),
    ('binary:split(<<"abc">>, <<",">>, [trim_all])', [b'abc', b',', L(A('trim_all'))], L(b'abc')),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [global, {scope, {2, 3}}])', [b'a,b,c,d', b',', L(A('global'), (A('scope'), (2, 3)))], L(b'a,b', b'c,d')),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [{scope, {2, 3}}])', [b'a,b,c,d', b',', L((A('scope'), (2, 3)))], L(b'a,b', b'c,d')),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [{scope, {7, -3}}])', [b'a,b,c,d', b',', L((A('scope'), (7, -3)))], L(b'a,b,c', b'd')),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [{scope, {8, 0}}])', [b'a,b,c,d', b',', L((A('scope'), (8, 0)))], Err(A('badarg'))),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [{scope, {9, 0}}])', [b'a,b,c,d', b',', L((A('scope'), (9, 0)))], Err(A('badarg'))),
    ('binary:split(<<"a,b,c,d">>, <<",">>, [bogus])', [b'a,b,c,d', b',', L(A('bogus'))], Err(A('badarg'))),
    ('binary:split(<<"a,b,c,d">>, <<>>)', [b'a,b,c,d', b''], Err(A('badarg'))),
    ('binary:split(<<"a,b,c,d">>, [])', [b'a,b,c,d', NIL], Err(A('badarg'))),
    ('binary:split(<<"a,b,c,d">>, a)', [b'a,b,c,d', A('a')], Err(A('badarg'))),
    ('binary:split("a,b", <<",">>)', [S('a,b'), b','], Err(A('badarg'))),
    ('binary:split(<<"a,b">>, <<",">>, a)', [b'a,b', b',', A('a')], Err(A('badarg'))),
    ('binary:split(<<"a,b">>, <<",">>, [global|a])', [b'a,b', b',', L(A('global'), tail=A('a'))], L(b'a', b'b')),
    ('binary:split(<<"aXbXXc">>, [<<"X">>, <<"XX">>], [global])', [b'aXbXXc', L(b'X', b'XX'), L(A('global'))], L(b'a', b'b', b'c')),
    ('binary:split(<<1:9>>, <<",">>)', [BitString(b'\x00\x80', 9), b','], Err(A('badarg'))),
    ('binary:compile_pattern(<<>>)', [b''], Err(A('badarg'))),
    ('binary:compile_pattern([])', [NIL], Err(A('badarg'))),
    ('binary:compile_pattern([<<"a">>, <<>>])', [L(b'a', b'')], Err(A('badarg'))),
    ('binary:compile_pattern(a)', [A('a')], Err(A('badarg'))),
    ('binary:compile_pattern("ab")', [S('ab')], Err(A('badarg'))),
    ('binary:match(<<"abc">>, <<"b">>, [{scope, {0, 3}}|a])', [b'abc', b'b', L((A('scope'), (0, 3)), tail=A('a'))], (1, 1)),
    ('binary:matches(<<"abc">>, <<"b">>, [{scope, {0, 3}}|a])', [b'abc', b'b', L((A('scope'), (0, 3)), tail=A('a'))], L((1, 1))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [global|a])', [b'abc', b'b', b'x', L(A('global'), tail=A('a'))], Err(A('badarg'))),
    ('binary:split(<<"abc">>, <<"b">>, [a|global])', [b'abc', b'b', L(A('a'), tail=A('global'))], Err(A('badarg'))),
    ('binary:split(<<"a,">>, <<",">>, [trim])', [b'a,', b',', L(A('trim'))], L(b'a')),
    ('binary:split(<<"a,b,">>, <<",">>, [trim])', [b'a,b,', b',', L(A('trim'))], L(b'a', b'b,')),
    ('binary:split(<<",">>, <<",">>, [trim])', [b',', b',', L(A('trim'))], NIL),
    ('binary:split(<<",">>, <<",">>, [trim_all])', [b',', b',', L(A('trim_all'))], NIL),
    ('binary:split(<<",a">>, <<",">>, [trim_all])', [b',a', b',', L(A('trim_all'))], L(b'a')),
    ('binary:split(<<"a,b,,">>, <<",">>, [global, trim, trim_all])', [b'a,b,,', b',', L(A('global'), A('trim'), A('trim_all'))], L(b'a', b'b')),
    ('binary:split(<<",a,b,,">>, <<",">>, [global, trim_all, trim])', [b',a,b,,', b',', L(A('global'), A('trim_all'), A('trim'))], L(b'a', b'b')),
    ('binary:split(<<"abc">>, <<"b">>, [{scope, {0, 3}}, {scope, {1, 1}}])', [b'abc', b'b', L((A('scope'), (0, 3)), (A('scope'), (1, 1)))], L(b'a', b'c')),
    ('binary:split(<<"abc">>, <<"b">>, [{scope, {0, 4}}])', [b'abc', b'b', L((A('scope'), (0, 4)))], Err(A('badarg'))),
    ('binary:split(<<"abc">>, <<"b">>, [global, global])', [b'abc', b'b', L(A('global'), A('global'))], L(b'a', b'c')),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{scope, {3, 1}}])', [b'abc', b'b', b'x', L((A('scope'), (3, 1)))], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, a)', [b'abc', b'b', b'x', A('a')], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{insert_replaced, [a]}])', [b'abc', b'b', b'x', L((A('insert_replaced'), L(A('a'))))], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{insert_replaced, []}])', [b'abc', b'b', b'x', L((A('insert_replaced'), NIL))], b'axc'),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{insert_replaced, [1|2]}])', [b'abc', b'b', b'x', L((A('insert_replaced'), L(1, tail=2)))], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{insert_replaced, 0}, {insert_replaced, 1}])', [b'abc', b'b', b'x', L((A('insert_replaced'), 0), (A('insert_replaced'), 1))], b'axbc'),
    ('binary:replace(<<"abc">>, <<"b">>, <<>>, [{insert_replaced, 0}])', [b'abc', b'b', b'', L((A('insert_replaced'), 0))], b'abc'),
    ('binary:replace(<<1:9>>, <<"b">>, <<"x">>)', [BitString(b'\x00\x80', 9), b'b', b'x'], Err(A('badarg'))),
    ('binary:replace("abc", <<"b">>, <<"x">>)', [S('abc'), b'b', b'x'], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, "b", <<"x">>)', [b'abc', S('b'), b'x'], Err(A('badarg'))),
    ('binary:replace(<<"abc">>, <<"b">>, <<"x">>, [{scope, {1, 1}}, global])', [b'abc', b'b', b'x', L((A('scope'), (1, 1)), A('global'))], b'axc'),
    ('binary:matches(<<"abc">>, <<"b">>, [global])', [b'abc', b'b', L(A('global'))], Err(A('badarg'))),
    ('binary:matches(<<"abc">>, <<"b">>, a)', [b'abc', b'b', A('a')], Err(A('badarg'))),
    ('binary:matches(<<"abc">>, <<"b">>, [{scope, {1, 2}}, {scope, {4, 0}}])', [b'abc', b'b', L((A('scope'), (1, 2)), (A('scope'), (4, 0)))], Err(A('badarg'))),
    ('binary:match(<<"abc">>, <<"b">>, [{scope, {4, 0}}, {scope, {1, 2}}])', [b'abc', b'b', L((A('scope'), (4, 0)), (A('scope'), (1, 2)))], Err(A('badarg'))),
    ('binary:copy(<<"ab">>, 1.0)', [b'ab', 1.0], Err(A('badarg'))),
    ('binary:at(<<"abc">>, 1 bsl 70)', [b'abc', 1180591620717411303424], Err(A('badarg'))),
    ('binary:part(<<"abc">>, 1 bsl 70, 0)', [b'abc', 1180591620717411303424, 0], Err(A('badarg'))),
    ('binary:encode_unsigned(1 bsl 70, little)', [1180591620717411303424, A('little')], b'\x00\x00\x00\x00\x00\x00\x00\x00@'),
    ('binary:decode_unsigned(<<1,0,0,0,0,0,0,0,0,0>>, little)', [b'\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00', A('little')], 1),
    ('binary:bin_to_list(<<"abcdef">>, {3, -2, 1})', [b'abcdef', (3, -2, 1)], Err(A('badarg'))),
    ('binary:bin_to_list(<<1:9>>, 0, 1)', [BitString(b'\x00\x80', 9), 0, 1], Err(A('badarg'))),
    ('binary:bin_to_list(<<1:9>>, {0, 1})', [BitString(b'\x00\x80', 9), (0, 1)], Err(A('badarg'))),
    ('binary:at(<<1:9>>, 0)', [BitString(b'\x00\x80', 9), 0], Err(A('badarg'))),
    ('binary:decode_hex(<<"aBcD">>)', [b'aBcD'], b'\xab\xcd'),
    ('binary:longest_common_prefix([<<>>])', [L(b'')], 0),
    ('binary:longest_common_prefix([<<"ab">>, <<"ab">>])', [L(b'ab', b'ab')], 2),
    ('binary:longest_common_suffix([<<"ab">>, <<"ab">>, <<"xab">>])', [L(b'ab', b'ab', b'xab')], 2),
    ('binary:longest_common_suffix([<<"abc">>|a])', [L(b'abc', tail=A('a'))], Err(A('badarg'))),
    ('binary:list_to_bin([[[<<"a">>]], $b | <<"c">>])', [L(L(L(b'a')), 98, tail=b'c')], b'abc'),
    ('binary:list_to_bin(["ab"|c])', [L(S('ab'), tail=A('c'))], Err(A('badarg'))),
]


@pytest.mark.parametrize("text, args, expected", CASES, ids=[case[0][:80] for case in CASES])
def test_matches_otp(text, args, expected):
    check(text, args, expected)


def test_compiled_patterns_are_accepted_everywhere():
    # binary:match(<<"hello">>, binary:compile_pattern(<<"ll">>)) -> {2,2} in OTP 25.
    single = call("binary:compile_pattern", [b"ll"])
    assert call("binary:match", [b"hello", single]) == (2, 2)
    several = call("binary:compile_pattern", [L(b"l", b"o")])
    assert call("binary:matches", [b"hello", several]) == L((2, 1), (3, 1), (4, 1))
    assert call("binary:split", [b"hello", several, L(A("global"))]) == L(b"he", b"", b"", b"")
    assert call("binary:replace", [b"hello", several, b"_", L(A("global"))]) == b"he___"
    # compile_pattern([<<"a">>]) is a single-pattern ({bm, _}) one, as in OTP.
    assert call("binary:compile_pattern", [L(b"a")])[0] is A("bm")
    assert several[0] is A("ac")


def test_referenced_byte_size():
    # Compiled OTP 25 code: referenced_byte_size(<<"abc">>) = 3, (<<1:9>>) = 2.
    assert call("binary:referenced_byte_size", [b"abc"]) == 3
    assert call("binary:referenced_byte_size", [BitString(b"\x00\x80", 9)]) == 2


def test_encode_hex_2_as_in_otp_26():
    assert call("binary:encode_hex", [b"\x01\xab", A("lowercase")]) == b"01ab"
    assert call("binary:encode_hex", [b"\x01\xab", A("uppercase")]) == b"01AB"
    check("binary:encode_hex", [b"\x01", A("mixed")], Err(A("badarg")))


def test_large_inputs_are_fast():
    subject = b"field," * 50000
    parts = call("binary:split", [subject, b",", L(A("global"))])
    assert len(to_pylist(parts)) == 50001
    assert len(to_pylist(call("binary:matches", [subject, L(b"fi", b"d,")]))) == 100000
    assert call("binary:replace", [subject, b",", b";", L(A("global"))]) == b"field;" * 50000


ERL = shutil.which("erl")


@pytest.mark.skipif(ERL is None, reason="needs Erlang/OTP to compare with")
def test_random_searches_match_otp(tmp_path):
    """Leftmost-longest matching of several overlapping patterns, against OTP."""
    rng = random.Random(25)
    cases = []
    for _ in range(400):
        subject = bytes(rng.choice(b"ab") for _ in range(rng.randint(0, 12)))
        patterns = sorted({bytes(rng.choice(b"ab") for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 4))})
        low = rng.randint(0, len(subject))
        cases.append((subject, patterns, low, rng.randint(-low, len(subject) - low)))

    def erl_binary(data):
        return "<<" + ",".join(map(str, data)) + ">>"

    exprs = []
    for subject, patterns, low, length in cases:
        s, p = erl_binary(subject), "[" + ",".join(map(erl_binary, patterns)) + "]"
        exprs.append(f"{{binary:matches({s},{p},[{{scope,{{{low},{length}}}}}]),"
                     f"binary:split({s},{p},[global,trim]),"
                     f"binary:replace({s},{p},<<\"X\">>,[global,{{insert_replaced,1}}])}}")
    program = "[io:format(\"~w~n\", [T]) || T <- [" + ",".join(exprs) + "]]"
    output = subprocess.run([ERL, "-noshell", "-eval", program, "-s", "init", "stop"],
                            capture_output=True, text=True, timeout=120).stdout.splitlines()

    def write(term):
        if type(term) is bytes:
            return erl_binary(term)
        if type(term) is int:
            return str(term)
        if type(term) is tuple:
            return "{" + ",".join(map(write, term)) + "}"
        return "[" + ",".join(map(write, to_pylist(term))) + "]"

    for (subject, patterns, low, length), line in zip(cases, output, strict=True):
        p = from_iterable(patterns)
        mine = (call("binary:matches", [subject, p, L((A("scope"), (low, length)))]),
                call("binary:split", [subject, p, L(A("global"), A("trim"))]),
                call("binary:replace", [subject, p, b"X", L(A("global"), (A("insert_replaced"), 1))]))
        assert write(mine) == line, (subject, patterns, low, length)
