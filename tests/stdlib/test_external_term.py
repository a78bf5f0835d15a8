"""Tests of the external term format and term hashing
(beamish/stdlib/bifs/external_term.py).

Each row of CASES is (call, arguments, expected). The call column is the
Erlang expression that was compiled and run under Erlang/OTP 25, each call in
a fresh process, to record the expected column: the value it returned, or
Err(Reason) for the reason of the error it raised. The arguments are the same
terms in beamish's Python representation (see beamish.vm.terms).

test_random_terms_match_otp compares term_to_binary (every minor version and
compression), binary_to_term, phash2 and phash with a live OTP on random
terms when `erl` is installed.
"""
from __future__ import annotations

import random
import shutil
import struct
import subprocess

import pytest

from .otp_cases import L, M, S, Err, call, check
from beamish.vm.terms import (
    Atom as A, NIL, BitString, Fun, Pid, Port, Ref, exact_eq, from_iterable, map_key, to_pylist,
    unmap_key,
)


CASES = [
    ('erlang:binary_to_term(<<131,97,1,0>>)', [b'\x83a\x01\x00'], 1),
    ('erlang:binary_to_term(<<131,97,1,0>>, [used])', [b'\x83a\x01\x00', L(A('used'))], (1, 3)),
    ('erlang:binary_to_term(<<131,97,1>>, [used])', [b'\x83a\x01', L(A('used'))], (1, 3)),
    ('erlang:binary_to_term(<<131,97,1>>, [safe])', [b'\x83a\x01', L(A('safe'))], 1),
    ('erlang:binary_to_term(<<131,97,1>>, [bogus])', [b'\x83a\x01', L(A('bogus'))], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,97,1>>, bogus)', [b'\x83a\x01', A('bogus')], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,97>>)', [b'\x83a'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131>>)', [b'\x83'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<>>)', [b''], Err(A('badarg'))),
    ('erlang:binary_to_term(<<130,97,1>>)', [b'\x82a\x01'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,100,0,3,97,98,99>>)', [b'\x83d\x00\x03abc'], A('abc')),
    ('erlang:binary_to_term(<<131,100,0,3,97,98>>)', [b'\x83d\x00\x03ab'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,115,3,97,98,99>>)', [b'\x83s\x03abc'], A('abc')),
    ('erlang:binary_to_term(<<131,118,0,2,195,169>>)', [b'\x83v\x00\x02\xc3\xa9'], A('\xe9')),
    ('erlang:binary_to_term(<<131,119,2,195,169>>)', [b'\x83w\x02\xc3\xa9'], A('\xe9')),
    ('erlang:binary_to_term(<<131,119,1,255>>)', [b'\x83w\x01\xff'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,119,2,195,169>>, [safe])', [b'\x83w\x02\xc3\xa9', L(A('safe'))], A('\xe9')),
    ('erlang:binary_to_term(<<131,100,0,12,122,122,122,110,111,116,101,120,105,115,116,115>>, [safe])', [b'\x83d\x00\x0czzznotexists', L(A('safe'))], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,99,49,46,53,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,101,43,48,48,0,0,0,0,0>>)', [b'\x83c1.50000000000000000000e+00\x00\x00\x00\x00\x00'], 1.5),
    ('erlang:binary_to_term(<<131,70,127,240,0,0,0,0,0,0>>)', [b'\x83F\x7f\xf0\x00\x00\x00\x00\x00\x00'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,70,127,248,0,0,0,0,0,0>>)', [b'\x83F\x7f\xf8\x00\x00\x00\x00\x00\x00'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,110,0,0>>)', [b'\x83n\x00\x00'], 0),
    ('erlang:binary_to_term(<<131,110,1,1,5>>)', [b'\x83n\x01\x01\x05'], -5),
    ('erlang:binary_to_term(<<131,110,2,0,5,0>>)', [b'\x83n\x02\x00\x05\x00'], 5),
    ('erlang:binary_to_term(<<131,111,0,0,0,1,0,7>>)', [b'\x83o\x00\x00\x00\x01\x00\x07'], 7),
    ('erlang:binary_to_term(<<131,104,2,97,1>>)', [b'\x83h\x02a\x01'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,108,0,0,0,2,97,1,97,2,106>>)', [b'\x83l\x00\x00\x00\x02a\x01a\x02j'], L(1, 2)),
    ('erlang:binary_to_term(<<131,108,0,0,0,0,106>>)', [b'\x83l\x00\x00\x00\x00j'], NIL),
    ('erlang:binary_to_term(<<131,108,0,0,0,0,97,1>>)', [b'\x83l\x00\x00\x00\x00a\x01'], 1),
    ('erlang:binary_to_term(<<131,107,0,0>>)', [b'\x83k\x00\x00'], NIL),
    ('erlang:binary_to_term(<<131,116,0,0,0,2,97,1,97,2,97,1,97,3>>)', [b'\x83t\x00\x00\x00\x02a\x01a\x02a\x01a\x03'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,116,0,0,0,2,97,2,97,2,97,1,97,3>>)', [b'\x83t\x00\x00\x00\x02a\x02a\x02a\x01a\x03'], M((1, 3), (2, 2))),
    ('erlang:binary_to_term(<<131,77,0,0,0,1,8,255>>)', [b'\x83M\x00\x00\x00\x01\x08\xff'], b'\xff'),
    ('erlang:binary_to_term(<<131,77,0,0,0,1,0,255>>)', [b'\x83M\x00\x00\x00\x01\x00\xff'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,77,0,0,0,1,3,255>>)', [b'\x83M\x00\x00\x00\x01\x03\xff'], BitString(b'\xe0', 3)),
    ('erlang:binary_to_term(<<131,77,0,0,0,0,0>>)', [b'\x83M\x00\x00\x00\x00\x00'], b''),
    ('erlang:binary_to_term(<<131,77,0,0,0,0,3>>)', [b'\x83M\x00\x00\x00\x00\x03'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,80,0,0,0,5,120,156,203,97,96,96,16,73,97,96,76,164,38,206,2,0,173,210,16,99>>)', [b'\x83P\x00\x00\x00\x05x\x9c\xcba``\x10Ia`L\xa4&\xce\x02\x00\xad\xd2\x10c'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,80,0,0,0,86,120,156,203,97,96,96,16,73,97,96,76,164,38,206,2,0,173,210,16,99>>)', [b'\x83P\x00\x00\x00Vx\x9c\xcba``\x10Ia`L\xa4&\xce\x02\x00\xad\xd2\x10c'], L(A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'))),
    ('erlang:binary_to_term(<<131,113,100,0,5,108,105,115,116,115,100,0,3,109,97,112,97,2>>)', [b'\x83qd\x00\x05listsd\x00\x03mapa\x02'], Fun(A('lists'), A('map'), 2, None, ())),
    ('erlang:binary_to_term(<<131,104,1,97,1>>, [safe, used])', [b'\x83h\x01a\x01', L(A('safe'), A('used'))], ((1,), 5)),
    ('erlang:binary_to_term(a)', [A('a')], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,97,1,1:1>>)', [BitString(b'\x83a\x01\x80', 25)], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [bogus])', [A('a'), L(A('bogus'))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [{compressed, 10}])', [A('a'), L((A('compressed'), 10))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [{compressed, 0}])', [A('a'), L((A('compressed'), 0))], b'\x83d\x00\x01a'),
    ('erlang:term_to_binary(a, [{minor_version, 3}])', [A('a'), L((A('minor_version'), 3))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, bogus)', [A('a'), A('bogus')], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [deterministic])', [A('a'), L(A('deterministic'))], b'\x83d\x00\x01a'),
    ('erlang:term_to_binary(a, [compressed|a])', [A('a'), L(A('compressed'), tail=A('a'))], Err(A('badarg'))),
    ('erlang:term_to_binary(#{b => 1, a => 2, 1 => x, 1.0 => y, {} => z, [] => w, <<>> => v})', [M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((), A('z')), (NIL, A('w')), (b'', A('v')))], b'\x83t\x00\x00\x00\x07a\x01d\x00\x01xF?\xf0\x00\x00\x00\x00\x00\x00d\x00\x01yd\x00\x01aa\x02d\x00\x01ba\x01h\x00d\x00\x01zjd\x00\x01wm\x00\x00\x00\x00d\x00\x01v'),
    ('erlang:term_to_binary(#{1.0 => a, 1 => b, 2 => c, -1 => d})', [M((-1, A('d')), (1.0, A('a')), (1, A('b')), (2, A('c')))], b'\x83t\x00\x00\x00\x04b\xff\xff\xff\xffd\x00\x01da\x01d\x00\x01ba\x02d\x00\x01cF?\xf0\x00\x00\x00\x00\x00\x00d\x00\x01a'),
    ('erlang:external_size(a, [compressed])', [A('a'), L(A('compressed'))], Err(A('badarg'))),
    ('erlang:external_size(lists:seq(1, 300), [compressed])', [L(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300), L(A('compressed'))], Err(A('badarg'))),
    ('erlang:external_size(lists:seq(1, 300))', [L(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300)], 742),
    ('erlang:external_size(lists:seq(1, 300), [{minor_version, 0}])', [L(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300), L((A('minor_version'), 0))], 742),
    ('erlang:external_size(1.5, [{minor_version, 0}])', [1.5, L((A('minor_version'), 0))], 33),
    ('erlang:external_size(a, [bogus])', [A('a'), L(A('bogus'))], Err(A('badarg'))),
    ('erlang:phash2(a, 0)', [A('a'), 0], Err(A('badarg'))),
    ('erlang:phash2(a, 1 bsl 32)', [A('a'), 4294967296], 97),
    ('erlang:phash2(a, (1 bsl 32) + 1)', [A('a'), 4294967297], Err(A('badarg'))),
    ('erlang:phash2(a, -1)', [A('a'), -1], Err(A('badarg'))),
    ('erlang:phash2(a, 1.0)', [A('a'), 1.0], Err(A('badarg'))),
    ('erlang:phash(a, 0)', [A('a'), 0], Err(A('badarg'))),
    ('erlang:phash(a, 1 bsl 32)', [A('a'), 4294967296], 98),
    ('erlang:phash(a, 100)', [A('a'), 100], 98),
    ('erlang:phash([], 1 bsl 32)', [NIL, 4294967296], 2),
    ('erlang:phash({1, 2.5, "ab", <<1,2,3>>, [a|b]}, 1 bsl 32)', [(1, 2.5, S('ab'), b'\x01\x02\x03', L(A('a'), tail=A('b'))), 4294967296], 1655408839),
    ('erlang:term_to_binary(0)', [0], b'\x83a\x00'),
    ('erlang:term_to_binary(255)', [255], b'\x83a\xff'),
    ('erlang:term_to_binary(256)', [256], b'\x83b\x00\x00\x01\x00'),
    ('erlang:term_to_binary(-1)', [-1], b'\x83b\xff\xff\xff\xff'),
    ('erlang:term_to_binary(2147483647)', [2147483647], b'\x83b\x7f\xff\xff\xff'),
    ('erlang:term_to_binary(2147483648)', [2147483648], b'\x83n\x04\x00\x00\x00\x00\x80'),
    ('erlang:term_to_binary(-2147483648)', [-2147483648], b'\x83b\x80\x00\x00\x00'),
    ('erlang:term_to_binary(-2147483649)', [-2147483649], b'\x83n\x04\x01\x01\x00\x00\x80'),
    ('erlang:term_to_binary(1 bsl 40)', [1099511627776], b'\x83n\x06\x00\x00\x00\x00\x00\x00\x01'),
    ('erlang:term_to_binary(-(1 bsl 64))', [-18446744073709551616], b'\x83n\x09\x01\x00\x00\x00\x00\x00\x00\x00\x00\x01'),
    ('erlang:term_to_binary(1 bsl 2039)', [63119152483029311134208743532558499922742388026788054750254580913134092068101349400775784006880690358767027267425582069324452263965802580263844047629781802969982182358009757991699604981229789271086050074968881969290609802036366711253590028004836270450354777054758408286889796663166144157436625779538926534222488932401695981290400341380008924794640968818996722769683214178380910532633711551074723814187845931105358601012620815151559279594339152157038471900846264123490479852950820722119447464310412741151715903477845113154386713414751950465264697590604369795983597920768026571572887653525297164440538776584100773888], b'\x83n\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80'),
    ('erlang:term_to_binary(1.5)', [1.5], b'\x83F?\xf8\x00\x00\x00\x00\x00\x00'),
    ('erlang:term_to_binary(-0.0)', [-0.0], b'\x83F\x80\x00\x00\x00\x00\x00\x00\x00'),
    ('erlang:term_to_binary(1.0e300)', [1.0e300], b'\x83F~7\xe4<\x88\x00u\x9c'),
    ('erlang:term_to_binary(a)', [A('a')], b'\x83d\x00\x01a'),
    ('erlang:term_to_binary(\'\')', [A('')], b'\x83d\x00\x00'),
    ('erlang:term_to_binary(\'h\xe9llo\')', [A('h\xe9llo')], b'\x83d\x00\x05h\xe9llo'),
    ('erlang:term_to_binary(list_to_atom([16#3A9]))', [A('\u03a9')], b'\x83w\x02\xce\xa9'),
    ('erlang:term_to_binary(list_to_atom(lists:duplicate(255, 16#3A9)))', [A('\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9\u03a9')], b'\x83v\x01\xfe\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9\xce\xa9'),
    ('erlang:term_to_binary(list_to_atom(lists:duplicate(255, $x)))', [A('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')], b'\x83d\x00\xffxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
    ('erlang:term_to_binary([])', [NIL], b'\x83j'),
    ('erlang:term_to_binary("ab")', [S('ab')], b'\x83k\x00\x02ab'),
    ('erlang:term_to_binary([1, 2])', [L(1, 2)], b'\x83k\x00\x02\x01\x02'),
    ('erlang:term_to_binary([256])', [S('\u0100')], b'\x83l\x00\x00\x00\x01b\x00\x00\x01\x00j'),
    ('erlang:term_to_binary([a | b])', [L(A('a'), tail=A('b'))], b'\x83l\x00\x00\x00\x01d\x00\x01ad\x00\x01b'),
    ('erlang:term_to_binary([1, 2 | 3])', [L(1, 2, tail=3)], b'\x83l\x00\x00\x00\x02a\x01a\x02a\x03'),
    ('erlang:term_to_binary([[]])', [L(NIL)], b'\x83l\x00\x00\x00\x01jj'),
    ('erlang:term_to_binary(lists:seq(1, 5) ++ [300])', [L(1, 2, 3, 4, 5, 300)], b'\x83l\x00\x00\x00\x06a\x01a\x02a\x03a\x04a\x05b\x00\x00\x01,j'),
    ('erlang:term_to_binary({})', [()], b'\x83h\x00'),
    ('erlang:term_to_binary({1, a})', [(1, A('a'))], b'\x83h\x02a\x01d\x00\x01a'),
    ('erlang:term_to_binary(erlang:make_tuple(256, x))', [(A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'), A('x'))], b'\x83i\x00\x00\x01\x00d\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01xd\x00\x01x'),
    ('erlang:term_to_binary(<<>>)', [b''], b'\x83m\x00\x00\x00\x00'),
    ('erlang:term_to_binary(<<1, 2>>)', [b'\x01\x02'], b'\x83m\x00\x00\x00\x02\x01\x02'),
    ('erlang:term_to_binary(<<1:3>>)', [BitString(b' ', 3)], b'\x83M\x00\x00\x00\x01\x03 '),
    ('erlang:term_to_binary(<<255, 7:5>>)', [BitString(b'\xff8', 13)], b'\x83M\x00\x00\x00\x02\x05\xff8'),
    ('erlang:term_to_binary(#{})', [M()], b'\x83t\x00\x00\x00\x00'),
    ('erlang:term_to_binary(#{a => 1})', [M((A('a'), 1))], b'\x83t\x00\x00\x00\x01d\x00\x01aa\x01'),
    ('erlang:term_to_binary(#{b => 1, a => 2, 1 => x, 1.0 => y, {} => z, [] => w, <<>> => v})', [M((1, A('x')), (1.0, A('y')), (A('a'), 2), (A('b'), 1), ((), A('z')), (NIL, A('w')), (b'', A('v')))], b'\x83t\x00\x00\x00\x07a\x01d\x00\x01xF?\xf0\x00\x00\x00\x00\x00\x00d\x00\x01yd\x00\x01aa\x02d\x00\x01ba\x01h\x00d\x00\x01zjd\x00\x01wm\x00\x00\x00\x00d\x00\x01v'),
    ('erlang:term_to_binary(#{1.0 => a, 1 => b, 2 => c, -1 => d, 1 bsl 70 => e})', [M((-1, A('d')), (1.0, A('a')), (1, A('b')), (2, A('c')), (1180591620717411303424, A('e')))], b'\x83t\x00\x00\x00\x05b\xff\xff\xff\xffd\x00\x01da\x01d\x00\x01ba\x02d\x00\x01cn\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00@d\x00\x01eF?\xf0\x00\x00\x00\x00\x00\x00d\x00\x01a'),
    ('erlang:term_to_binary(#{{1, 2} => a, {1, 1.0} => b, {1, 1} => c, [1] => d, [1.0] => e})', [M(((1, 1.0), A('b')), ((1, 1), A('c')), ((1, 2), A('a')), (L(1), A('d')), (L(1.0), A('e')))], b'\x83t\x00\x00\x00\x05h\x02a\x01a\x01d\x00\x01ch\x02a\x01a\x02d\x00\x01ah\x02a\x01F?\xf0\x00\x00\x00\x00\x00\x00d\x00\x01bk\x00\x01\x01d\x00\x01dl\x00\x00\x00\x01F?\xf0\x00\x00\x00\x00\x00\x00jd\x00\x01e'),
    ('erlang:term_to_binary({1.5, "x"}, [{minor_version, 0}])', [(1.5, S('x')), L((A('minor_version'), 0))], b'\x83h\x02c1.50000000000000000000e+00\x00\x00\x00\x00\x00k\x00\x01x'),
    ('erlang:term_to_binary(abc, [{minor_version, 0}])', [A('abc'), L((A('minor_version'), 0))], b'\x83d\x00\x03abc'),
    ('erlang:term_to_binary(list_to_atom([233]), [{minor_version, 2}])', [A('\xe9'), L((A('minor_version'), 2))], b'\x83w\x02\xc3\xa9'),
    ('erlang:term_to_binary(list_to_atom([233]), [{minor_version, 1}])', [A('\xe9'), L((A('minor_version'), 1))], b'\x83d\x00\x01\xe9'),
    ('erlang:term_to_binary(lists:duplicate(20, a), [compressed])', [L(A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a')), L(A('compressed'))], b'\x83P\x00\x00\x00Vx\x9c\xcba``\x10Ia`L\xa4&\xce\x02\x00\xad\xd2\x10c'),
    ('erlang:term_to_binary(lists:duplicate(20, a), [{compressed, 9}])', [L(A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a')), L((A('compressed'), 9))], b'\x83P\x00\x00\x00Vx\xda\xcba``\x10Ia`L\xa4&\xce\x02\x00\xad\xd2\x10c'),
    ('erlang:term_to_binary(lists:duplicate(20, a), [{compressed, 1}, {minor_version, 2}])', [L(A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a'), A('a')), L((A('compressed'), 1), (A('minor_version'), 2))], b'\x83P\x00\x00\x00Bx\x01\xcba``\x10)gL$\x1be\x01\x0098\x11\xdf'),
    ('erlang:term_to_binary(a, [compressed])', [A('a'), L(A('compressed'))], b'\x83d\x00\x01a'),
    ('erlang:term_to_binary(a, [{compressed, -1}])', [A('a'), L((A('compressed'), -1))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [{minor_version, -1}])', [A('a'), L((A('minor_version'), -1))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [{minor_version, a}])', [A('a'), L((A('minor_version'), A('a')))], Err(A('badarg'))),
    ('erlang:term_to_binary(a, [{minor_version, 1, 2}])', [A('a'), L((A('minor_version'), 1, 2))], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,98,255,255,255,255>>)', [b'\x83b\xff\xff\xff\xff'], -1),
    ('erlang:binary_to_term(<<131,110,6,0,0,0,0,0,0,1>>)', [b'\x83n\x06\x00\x00\x00\x00\x00\x00\x01'], 1099511627776),
    ('erlang:binary_to_term(<<131,107,0,2,97,98>>)', [b'\x83k\x00\x02ab'], S('ab')),
    ('erlang:binary_to_term(<<131,104,2,97,1,100,0,1,97>>)', [b'\x83h\x02a\x01d\x00\x01a'], (1, A('a'))),
    ('erlang:binary_to_term(<<131,105,0,0,0,2,97,1,97,2>>)', [b'\x83i\x00\x00\x00\x02a\x01a\x02'], (1, 2)),
    ('erlang:binary_to_term(<<131,116,0,0,0,1,100,0,1,97,97,1>>)', [b'\x83t\x00\x00\x00\x01d\x00\x01aa\x01'], M((A('a'), 1))),
    ('erlang:binary_to_term(<<131,119,2,206,169>>)', [b'\x83w\x02\xce\xa9'], A('\u03a9')),
    ('erlang:binary_to_term(<<131,119,2,206,169>>, [safe])', [b'\x83w\x02\xce\xa9', L(A('safe'))], A('\u03a9')),
    ('erlang:binary_to_term(<<131,99,45,49,46,48,101,43,51,48,48,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0>>)', [b'\x83c-1.0e+300\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'], -1.0e300),
    ('erlang:binary_to_term(<<131,99,120,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0>>)', [b'\x83cx\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,80,0,0,0,0,120,156,3,0,0,0,0,1>>)', [b'\x83P\x00\x00\x00\x00x\x9c\x03\x00\x00\x00\x00\x01'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,80,0,0,0,3>>)', [b'\x83P\x00\x00\x00\x03'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,80,0,0>>)', [b'\x83P\x00\x00'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,200>>)', [b'\x83\xc8'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,109,0,0,0,5,1,2>>)', [b'\x83m\x00\x00\x00\x05\x01\x02'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,108,0,0,0,1,97,1>>)', [b'\x83l\x00\x00\x00\x01a\x01'], Err(A('badarg'))),
    ('erlang:binary_to_term(<<131,100,1,0,97>>)', [b'\x83d\x01\x00a'], Err(A('badarg'))),
    ('erlang:external_size({a, 1})', [(A('a'), 1)], 9),
    ('erlang:external_size([1, 2, 3])', [L(1, 2, 3)], 7),
    ('erlang:external_size(list_to_atom([233]))', [A('\xe9')], 5),
    ('erlang:external_size(list_to_atom([233]), [{minor_version, 2}])', [A('\xe9'), L((A('minor_version'), 2))], Err(A('badarg'))),
    ('erlang:external_size(1.5)', [1.5], 10),
    ('erlang:external_size(1.5, [{minor_version, 0}])', [1.5, L((A('minor_version'), 0))], 33),
    ('erlang:external_size(<<1:3>>)', [BitString(b' ', 3)], 8),
    ('erlang:external_size(#{a => 1})', [M((A('a'), 1))], 12),
    ('erlang:external_size(a, [deterministic])', [A('a'), L(A('deterministic'))], Err(A('badarg'))),
    ('erlang:external_size(a, bogus)', [A('a'), A('bogus')], Err(A('badarg'))),
    ('erlang:external_size(a, [{minor_version, 1}, {minor_version, 0}])', [A('a'), L((A('minor_version'), 1), (A('minor_version'), 0))], 5),
    ('erlang:phash2(0)', [0], 88723725),
    ('erlang:phash2(1)', [1], 2614250),
    ('erlang:phash2(-1)', [-1], 44071773),
    ('erlang:phash2(134217727)', [134217727], 112602999),
    ('erlang:phash2(134217728)', [134217728], 12354923),
    ('erlang:phash2(-134217728)', [-134217728], 69672967),
    ('erlang:phash2(-134217729)', [-134217729], 76739502),
    ('erlang:phash2(1 bsl 64)', [18446744073709551616], 103122609),
    ('erlang:phash2(-(1 bsl 200))', [-1606938044258990275541962092341162602522202993782792835301376], 7052001),
    ('erlang:phash2(1.0)', [1.0], 77147068),
    ('erlang:phash2(-0.0)', [-0.0], 20875736),
    ('erlang:phash2(0.0)', [0.0], 20875736),
    ('erlang:phash2(3.141592653589793)', [3.141592653589793], 93376775),
    ('erlang:phash2(a)', [A('a')], 97),
    ('erlang:phash2(abc)', [A('abc')], 26499),
    ('erlang:phash2(\'\')', [A('')], 0),
    ('erlang:phash2(\'h\xe9llo\')', [A('h\xe9llo')], 7799599),
    ('erlang:phash2(list_to_atom([16#3A9, 16#1F600]))', [A('\u03a9\U0001f600')], 93890816),
    ('erlang:phash2(list_to_atom(lists:duplicate(200, $z)))', [A('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')], 107124634),
    ('erlang:phash2([])', [NIL], 113427502),
    ('erlang:phash2("abc")', [S('abc')], 117343302),
    ('erlang:phash2("abcd")', [S('abcd')], 7922743),
    ('erlang:phash2("abcde")', [S('abcde')], 71169904),
    ('erlang:phash2([1, 2, 3, 4, 5, 6, 7, 8, 9])', [L(1, 2, 3, 4, 5, 6, 7, 8, 9)], 3752561),
    ('erlang:phash2([256, 1])', [L(256, 1)], 111460725),
    ('erlang:phash2([a | b])', [L(A('a'), tail=A('b'))], 74710280),
    ('erlang:phash2([1, 2 | 3])', [L(1, 2, tail=3)], 8851781),
    ('erlang:phash2([[]])', [L(NIL)], 96416884),
    ('erlang:phash2({})', [()], 87486268),
    ('erlang:phash2({1, 2})', [(1, 2)], 91564110),
    ('erlang:phash2({a, {b, [c]}})', [(A('a'), (A('b'), L(A('c'))))], 107837290),
    ('erlang:phash2(<<>>)', [b''], 13708901),
    ('erlang:phash2(<<"x">>)', [b'x'], 125354872),
    ('erlang:phash2(<<"hello world, hello!">>)', [b'hello world, hello!'], 95333357),
    ('erlang:phash2(<<1:3>>)', [BitString(b' ', 3)], 73037028),
    ('erlang:phash2(<<1, 2, 3:4>>)', [BitString(b'\x01\x020', 20)], 11286013),
    ('erlang:phash2(#{})', [M()], 39679005),
    ('erlang:phash2(#{a => 1})', [M((A('a'), 1))], 59617982),
    ('erlang:phash2(#{a => 1, b => 2})', [M((A('a'), 1), (A('b'), 2))], 103634663),
    ('erlang:phash2(#{b => 2, a => 1})', [M((A('a'), 1), (A('b'), 2))], 103634663),
    ('erlang:phash2(maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]))', [M((1, 1), (2, 4), (3, 9), (4, 16), (5, 25), (6, 36), (7, 49), (8, 64), (9, 81), (10, 100), (11, 121), (12, 144), (13, 169), (14, 196), (15, 225), (16, 256), (17, 289), (18, 324), (19, 361), (20, 400), (21, 441), (22, 484), (23, 529), (24, 576), (25, 625), (26, 676), (27, 729), (28, 784), (29, 841), (30, 900), (31, 961), (32, 1024), (33, 1089), (34, 1156), (35, 1225), (36, 1296), (37, 1369), (38, 1444), (39, 1521), (40, 1600))], 37357662),
    ('erlang:phash2(fun lists:map/2)', [Fun(A('lists'), A('map'), 2, None, ())], 34981515),
    ('erlang:phash2({x, [1]}, 100)', [(A('x'), L(1)), 100], 55),
    ('erlang:phash2(a, 1)', [A('a'), 1], 0),
    ('erlang:phash2(lists:seq(1, 1000), 7)', [L(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999, 1000), 7], 4),
    ('erlang:phash2(a, 4294967296)', [A('a'), 4294967296], 97),
    ('erlang:phash2(a, 4294967295)', [A('a'), 4294967295], 97),
    ('erlang:phash2(a, a)', [A('a'), A('a')], Err(A('badarg'))),
    ('erlang:phash(a, 1)', [A('a'), 1], 1),
    ('erlang:phash(0, 4294967296)', [0, 4294967296], 1),
    ('erlang:phash(-1, 4294967296)', [-1, 4294967296], 1680185270),
    ('erlang:phash(1 bsl 40, 4294967296)', [1099511627776, 4294967296], 1920229268),
    ('erlang:phash(1 bsl 100, 4294967296)', [1267650600228229401496703205376, 4294967296], 1672701873),
    ('erlang:phash(-(1 bsl 100), 4294967296)', [-1267650600228229401496703205376, 4294967296], 1113160529),
    ('erlang:phash(1.5, 4294967296)', [1.5, 4294967296], 1073217537),
    ('erlang:phash("abc", 4294967296)', [S('abc'), 4294967296], 3654580166),
    ('erlang:phash([a, "bc" | d], 4294967296)', [L(A('a'), S('bc'), tail=A('d')), 4294967296], 1350027526),
    ('erlang:phash({}, 4294967296)', [(), 4294967296], 1),
    ('erlang:phash({a, b}, 4294967296)', [(A('a'), A('b')), 4294967296], 1904799770),
    ('erlang:phash(<<1, 2, 3>>, 4294967296)', [b'\x01\x02\x03', 4294967296], 687692590),
    ('erlang:phash(<<1, 2, 3:5>>, 4294967296)', [BitString(b'\x01\x02\x18', 21), 4294967296], 2282888502),
    ('erlang:phash(#{a => 1}, 4294967296)', [M((A('a'), 1)), 4294967296], 1670235874),
    ('erlang:phash(fun lists:map/2, 4294967296)', [Fun(A('lists'), A('map'), 2, None, ()), 4294967296], 904024396),
    ('erlang:phash(a, 4294967297)', [A('a'), 4294967297], Err(A('badarg'))),
    ('erlang:phash(a, -5)', [A('a'), -5], Err(A('badarg'))),
    ('erlang:term_to_binary(fun lists:map/2)', [Fun(A('lists'), A('map'), 2, None, ())], b'\x83qd\x00\x05listsd\x00\x03mapa\x02'),
    ('erlang:term_to_binary(fun \'\xe9\':foo/0)', [Fun(A('\xe9'), A('foo'), 0, None, ())], b'\x83qd\x00\x01\xe9d\x00\x03fooa\x00'),
    ('erlang:term_to_binary(list_to_pid("<0.85.3>"))', [Pid(85, 3)], b'\x83Xd\x00\x0dnonode@nohost\x00\x00\x00U\x00\x00\x00\x03\x00\x00\x00\x00'),
    ('erlang:term_to_binary(list_to_port("#Port<0.7>"))', [Port(7)], b'\x83Yd\x00\x0dnonode@nohost\x00\x00\x00\x07\x00\x00\x00\x00'),
    ('erlang:term_to_binary([list_to_pid("<0.85.3>")], [{minor_version, 2}])', [L(Pid(85, 3)), L((A('minor_version'), 2))], b'\x83l\x00\x00\x00\x01Xw\x0dnonode@nohost\x00\x00\x00U\x00\x00\x00\x03\x00\x00\x00\x00j'),
    ('erlang:binary_to_term(<<131,113,100,0,5,108,105,115,116,115,100,0,3,109,97,112,97,2>>)', [b'\x83qd\x00\x05listsd\x00\x03mapa\x02'], Fun(A('lists'), A('map'), 2, None, ())),
    ('erlang:binary_to_term(<<131,113,100,0,5,108,105,115,116,115,100,0,3,109,97,112,98,0,0,0,2>>)', [b'\x83qd\x00\x05listsd\x00\x03mapb\x00\x00\x00\x02'], Fun(A('lists'), A('map'), 2, None, ())),
    ('erlang:binary_to_term(<<131,88,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,85,0,0,0,3,0,0,0,0>>)', [b'\x83Xd\x00\x0dnonode@nohost\x00\x00\x00U\x00\x00\x00\x03\x00\x00\x00\x00'], Pid(85, 3)),
    ('erlang:binary_to_term(<<131,103,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,85,0,0,0,3,0>>)', [b'\x83gd\x00\x0dnonode@nohost\x00\x00\x00U\x00\x00\x00\x03\x00'], Pid(85, 3)),
    ('erlang:binary_to_term(<<131,89,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,7,0,0,0,0>>)', [b'\x83Yd\x00\x0dnonode@nohost\x00\x00\x00\x07\x00\x00\x00\x00'], Port(7)),
    ('erlang:phash2(list_to_pid("<0.85.3>"))', [Pid(85, 3)], 59032525),
    ('erlang:phash2(list_to_port("#Port<0.7>"))', [Port(7)], 101549390),
    ('erlang:phash(list_to_pid("<0.85.3>"), 4294967296)', [Pid(85, 3), 4294967296], 525994470),
    ('erlang:phash(list_to_port("#Port<0.7>"), 4294967296)', [Port(7), 4294967296], 134293116),
]


@pytest.mark.parametrize("text, args, expected", CASES, ids=[case[0][:80] for case in CASES])
def test_matches_otp(text, args, expected):
    check(text, args, expected)


def test_golden_terms_round_trip():
    terms = [0, 255, 256, -1, 1 << 40, -(1 << 100), 1.5, A("a"), A("héllo"), NIL, S("ab"),
             L(1, 2), L(A("a"), tail=A("b")), (), (1, A("a")), b"", b"\x01\x02",
             BitString(b"\xe0", 3), {}, M((A("a"), 1)), Pid(85, 3), Port(7),
             Ref((3943201331, 2969567233, 75549)), Fun(A("lists"), A("map"), 2, None, ())]
    for term in terms:
        encoded = call("erlang:term_to_binary", [term])
        assert exact_eq(call("erlang:binary_to_term", [encoded]), term), term
        assert call("erlang:external_size", [term]) == len(encoded)


def test_references():
    # OTP 25: R = #Ref<0.3943201331.2969567233.75549> (a make_ref() result)
    # term_to_binary(R) writes its words last-printed first; phash2(R) = 37020629.
    ref = Ref((3943201331, 2969567233, 75549))
    encoded = call("erlang:term_to_binary", [ref])
    assert encoded == (b"\x83Z\x00\x03d\x00\x0dnonode@nohost\x00\x00\x00\x00"
                       + struct.pack(">III", 75549, 2969567233, 3943201331))
    assert call("erlang:phash2", [ref]) == 37020629
    assert exact_eq(call("erlang:binary_to_term", [encoded]), ref)


def test_closures_round_trip_within_the_vm():
    code = object()
    closure = Fun(A("m"), A("-f/1-fun-0-"), 1, code, (1, A("x")), 3)
    back = call("erlang:binary_to_term", [call("erlang:term_to_binary", [closure])])
    assert back.code is code and exact_eq(back.env, closure.env)
    assert call("erlang:phash2", [closure]) == call("erlang:phash2", [back])
    # A closure written by another VM cannot be rebuilt: OTP's bytes for fun(X) -> X end.
    foreign = bytes([131, 112, 0, 0, 0, 75, 1]) + bytes(16) + bytes([0, 0, 0, 0, 0, 0, 0, 0]) + (
        b"d\x00\x01ma\x00a\x00Xd\x00\x0dnonode@nohost\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00")
    check("erlang:binary_to_term", [foreign], Err(A("badarg")))


def test_long_and_deep_terms_do_not_recurse():
    long_list = from_iterable(range(100000))
    encoded = call("erlang:term_to_binary", [long_list])
    assert to_pylist(call("erlang:binary_to_term", [encoded])) == list(range(100000))
    deep = NIL
    for _ in range(50000):
        deep = (deep,)
    encoded = call("erlang:term_to_binary", [deep])
    assert len(encoded) == 1 + 2 * 50000 + 1
    assert call("erlang:phash2", [call("erlang:binary_to_term", [encoded])]) == call("erlang:phash2", [deep])
    call("erlang:phash", [deep, 1 << 32])


def test_maps_as_map_keys_are_ordered_like_otp():
    # erlang:term_to_binary(#{#{1 => a, 2 => b} => x, #{0 => a, 3 => b} => y}) in OTP 25:
    # the key map whose first key is smaller (0 < 1) comes first.
    first, second = M((1, A("a")), (2, A("b"))), M((0, A("a")), (3, A("b")))
    encoded = call("erlang:term_to_binary", [M((first, A("x")), (second, A("y")))])
    assert encoded == bytes([131, 116, 0, 0, 0, 2, 116, 0, 0, 0, 2, 97, 0, 100, 0, 1, 97, 97, 3,
                             100, 0, 1, 98, 100, 0, 1, 121, 116, 0, 0, 0, 2, 97, 1, 100, 0, 1, 97,
                             97, 2, 100, 0, 1, 98, 100, 0, 1, 120])


# ---------------------------------------------------------------- random terms against OTP

ERL = shutil.which("erl")
ERLC = shutil.which("erlc")
_ATOMS = ["a", "ok", "", "é", "héllo", "Ω", "😀x", "x" * 255, "ÿ" * 200, "Ω" * 100, "A b"]


def _random_term(rng, depth=0):
    if depth > 3 or rng.random() < 0.4:
        choice = rng.randrange(9)
        if choice == 0:
            return rng.choice([rng.randint(0, 255), rng.randint(-2**31, 2**31 - 1),
                               rng.choice([1, -1]) * rng.randint(2**26, 2**29),
                               rng.choice([1, -1]) * rng.getrandbits(rng.randint(30, 300))])
        if choice == 1:
            bits = rng.getrandbits(64) & ~(0x7FF << 52) | (rng.randint(1, 2046) << 52)
            return rng.choice([0.0, -0.0, 1.5, struct.unpack("<d", struct.pack("<Q", bits))[0]])
        if choice == 2:
            return A(rng.choice(_ATOMS))
        if choice == 3:
            return bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 3, 11, 12, 13, 25])))
        if choice == 4:
            size = rng.randint(1, 40)
            value = rng.getrandbits(size)
            pad = -size % 8
            data = (value << pad).to_bytes((size + pad) // 8, "big")
            return BitString(data, size) if size % 8 else data
        if choice == 5:
            return NIL
        if choice == 6:
            return Pid(rng.randint(0, 2**15), rng.randint(0, 8191))
        if choice == 7:
            return Port(rng.randint(0, 2**20))
        return Fun(A(rng.choice(["lists", "é"])), A("map"), rng.randint(0, 5), None, ())
    choice = rng.randrange(5)
    if choice == 0:
        return tuple(_random_term(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 3, 5])))
    if choice == 1:
        tail = rng.choice([NIL, NIL, 5, _random_term(rng, depth + 1)])
        return from_iterable([rng.randint(0, 255) for _ in range(rng.randint(1, 9))], tail)
    if choice == 2:
        return from_iterable([_random_term(rng, depth + 1) for _ in range(rng.randint(1, 5))],
                             rng.choice([NIL, NIL, _random_term(rng, depth + 1)]))
    if choice == 3:
        # keys never contain maps: see test_maps_as_map_keys_are_ordered_like_otp
        keys = [_random_term(rng, 4) for _ in range(rng.choice([0, 1, 2, 5]))]
        return {map_key(key): _random_term(rng, depth + 1) for key in keys}
    return from_iterable([rng.randint(0, 300) for _ in range(rng.randint(1, 6))])


def _source(term):
    kind = type(term)
    if kind is int:
        return f"({term})"
    if kind is float:
        return f"f({struct.unpack('>Q', struct.pack('>d', term))[0]})"
    if kind is A:
        return f"la([{','.join(str(ord(c)) for c in term.name)}])"
    if kind is bytes:
        return "<<" + ",".join(map(str, term)) + ">>"
    if kind is BitString:
        return f"<<{int.from_bytes(term.data, 'big') >> (len(term.data) * 8 - term.bits)}:{term.bits}>>"
    if term is NIL:
        return "[]"
    if kind is tuple:
        return "{" + ",".join(map(_source, term)) + "}"
    if kind is list:
        items = []
        while type(term) is list:
            items.append(_source(term[0]))
            term = term[1]
        return "[" + ",".join(items) + ("" if term is NIL else "|" + _source(term)) + "]"
    if kind is dict:
        return "#{" + ",".join(f"{_source(unmap_key(k))} => {_source(v)}" for k, v in term.items()) + "}"
    if kind is Pid:
        return f'list_to_pid("<0.{term.number}.{term.serial}>")'
    if kind is Port:
        return f'list_to_port("#Port<0.{term.number}>")'
    return f"erlang:make_fun({_source(term.module)},{_source(term.name)},{term.arity})"


@pytest.mark.skipif(ERL is None or ERLC is None, reason="needs Erlang/OTP to compare with")
def test_random_terms_match_otp(tmp_path):
    rng = random.Random(131)
    terms = [_random_term(rng) for _ in range(400)]
    source = tmp_path / "ext_cases.erl"
    source.write_text(
        "-module(ext_cases).\n-export([main/0]).\n"
        "f(B) -> <<F/float>> = <<B:64>>, F.\nla(L) -> list_to_atom(L).\n"
        "p(T) -> io:format(\"~w ~w ~w ~w ~w ~w~n\", [term_to_binary(T), erlang:phash2(T), "
        "erlang:phash(T, 1 bsl 32), term_to_binary(T, [compressed]), "
        "term_to_binary(T, [{minor_version, 0}]), term_to_binary(T, [{minor_version, 2}])]).\n"
        "main() ->\n" + ",\n".join(f"p({_source(term)})" for term in terms) + ".\n")
    subprocess.run([ERLC, "-o", str(tmp_path), str(source)], check=True, capture_output=True,
                   timeout=120)
    output = subprocess.run([ERL, "-noshell", "-pa", str(tmp_path), "-eval", "ext_cases:main()",
                             "-s", "init", "stop"], capture_output=True, text=True,
                            timeout=120).stdout.splitlines()
    assert len(output) == len(terms)

    def write(data):
        return "<<" + ",".join(map(str, data)) + ">>"

    for term, line in zip(terms, output):
        expected = line.split(" ")
        mine = [write(call("erlang:term_to_binary", [term])), str(call("erlang:phash2", [term])),
                str(call("erlang:phash", [term, 1 << 32])),
                write(call("erlang:term_to_binary", [term, L(A("compressed"))])),
                write(call("erlang:term_to_binary", [term, L((A("minor_version"), 0))])),
                write(call("erlang:term_to_binary", [term, L((A("minor_version"), 2))]))]
        assert mine == expected, _source(term)
        otp_bytes = bytes(int(b) for b in expected[0][2:-2].split(","))
        assert exact_eq(call("erlang:binary_to_term", [otp_bytes]), term), _source(term)
