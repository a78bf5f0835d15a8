"""The ``rand`` module, bit-exact with Erlang/OTP 25 (stdlib 4.2) for a seed.

Why Python: every generator step is a handful of 58- or 64-bit shifts, xors
and masked multiplies. As Python integer operations they cost a few hundred
nanoseconds per number; the same steps as interpreted Erlang bytecode would
cost tens of microseconds, and programs call rand:uniform in their inner loops.
No function here takes a fun, so nothing needs to call back into Erlang.

What is reproduced exactly, for every algorithm below: the state terms (the
exported state ``{Alg, AlgState}`` is the same term OTP exports), the SplitMix64
seeding of integer, list and triple seeds, every ``next`` step, the rejection
loop of uniform(N) (and the multi-word one for ranges wider than the
generator), uniform_real's 56-bit refills, bytes/1's choice of bits, the
polynomial jumps, and normal/0's ziggurat. The algorithms are those documented
for rand and by their authors (Vigna's xorshift116/xoroshiro116/xoroshiro928,
Marsaglia and Tsang's ziggurat); the code is beamish's own.

Notes
 1. State. OTP's state is ``{AlgHandler, AlgState}`` where AlgHandler is a map
    holding the algorithm's funs. beamish's map holds only ``type``, ``bits``
    (or ``max`` for the legacy algorithms) and ``weak_low_bits``; the funs are
    looked up by ``type``. A state from seed_s/1,2 round-trips through every
    function here; printing it shows no funs (DIFFERENCES.md).
 2. Ziggurat tables. OTP's tables for normal/0 are Marsaglia and Tsang's
    256-layer recurrence for R = 3.6541528853610088, evaluated in more than
    double precision and then rounded. ``_ziggurat_tables`` runs that recurrence
    with 40-digit decimals, which reproduces every entry (the tail area V is
    given to 40 digits; it needs erfc, which decimal lacks).
 3. Unseeded use seeds the default algorithm (exsss) from OS entropy, as OTP
    seeds it from a hash of time, node and a unique integer: neither is
    reproducible.
 4. Errors. A bad argument fails with function_clause (a bad algorithm name,
    N < 1, a non-state) or with OTP's reasons for list seeds (zero_seed,
    too_many_seed_integers, non_integer_seed); the frame is this BIF's.
"""
from __future__ import annotations

import math
import os
from decimal import Decimal, localcontext
from typing import Any, Callable

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError, FUNCTION_CLAUSE
from beamish.vm.terms import Atom, NIL, UNDEFINED, to_pylist, from_iterable

M58 = (1 << 58) - 1
M64 = (1 << 64) - 1
TWO_POW_MINUS53 = 2.0 ** -53
SEED_KEY = Atom("rand_seed")
TYPE, BITS, MAX, WEAK_LOW_BITS = Atom("type"), Atom("bits"), Atom("max"), Atom("weak_low_bits")
DEFAULT = Atom("default")


def _function_clause() -> ErlangError:
    return ErlangError(FUNCTION_CLAUSE)


# ---------------------------------------------------------------- bit helpers

def _shl(bits: int, x: int, n: int) -> int:
    """x shifted left n places inside a word of ``bits`` bits."""
    return (x & ((1 << (bits - n)) - 1)) << n


def _rotl58(x: int, n: int) -> int:
    return _shl(58, x, n) | (x >> (58 - n))


def _starstar(s: int) -> int:
    """The ** scrambler on 58 bits: ((s * 5) rotl 7) * 9."""
    a = s + _shl(58, s, 2)
    b = _shl(58, a, 7) | ((a >> 51) & 0x7F)
    return (b + _shl(58, b, 3)) & M58


# ---------------------------------------------------------------- generators
# Each ``next`` takes the Erlang AlgState term and returns (word, new AlgState).

def _xorshift116_step(s1: int, s0: int) -> int:
    """The new s1 of xorshift116 (state words already masked to 58 bits)."""
    s1_b = (s1 & M58) ^ _shl(58, s1, 24)
    return s1_b ^ s0 ^ (s1_b >> 11) ^ (s0 >> 41)


def exsss_next(state: list) -> tuple:
    s1, s0 = state
    s0 &= M58
    return _starstar(s0), [s0, _xorshift116_step(s1, s0)]


def exsp_next(state: list) -> tuple:
    s1, s0 = state
    s0 &= M58
    new_s1 = _xorshift116_step(s1, s0)
    return (s0 + new_s1) & M58, [s0, new_s1]


def _exrop_step(s0: int, s1: int) -> list:
    s1_a = s1 ^ s0
    return [_rotl58(s0, 24) ^ s1_a ^ _shl(58, s1_a, 2), _rotl58(s1_a, 35)]


def exrop_next(state: list) -> tuple:
    s0, s1 = state
    return (s0 + s1) & M58, _exrop_step(s0, s1)


def _exro928_state_step(state: tuple) -> tuple:
    """Advance xoroshiro928 without output; returns (s0, new state)."""
    forward, reverse = state
    s15 = forward[0]
    rest = forward[1]
    if rest is NIL:
        rest = from_iterable(reversed(to_pylist(reverse)))
        reverse = NIL
    s0 = rest[0] & M58
    tail = rest[1]
    q = (s15 & M58) ^ s0
    new_s15 = _rotl58(s0, 44) ^ q ^ _shl(58, q, 9)
    new_s0 = _rotl58(q, 45)
    return rest[0], ([new_s0, tail], [new_s15, reverse])


def exro928ss_next(state: tuple) -> tuple:
    s0, new_state = _exro928_state_step(state)
    return _starstar(s0), new_state


def _exs1024_calc(s0: int, s1: int) -> tuple:
    s11 = s1 ^ _shl(64, s1, 31)
    s12 = s11 ^ (s11 >> 11)
    s01 = s0 ^ (s0 >> 30)
    new_s1 = s01 ^ s12
    return (new_s1 * 1181783497276652981) & M64, new_s1


def exs1024_next(state: tuple) -> tuple:
    forward, reverse = state
    if forward[1] is NIL:
        forward = [forward[0], from_iterable(reversed(to_pylist(reverse)))]
        reverse = NIL
    s0 = forward[0]
    rest = forward[1]
    word, new_s1 = _exs1024_calc(s0, rest[0])
    return word, ([new_s1, rest[1]], [s0, reverse])


def exs64_next(r: int) -> tuple:
    r1 = r ^ (r >> 12)
    r2 = r1 ^ _shl(64, r1, 25)
    r3 = r2 ^ (r2 >> 27)
    return (r3 * 2685821657736338717) & M64, r3


# ---------------------------------------------------------------- seeding

def splitmix64_next(x: int) -> tuple:
    x = (x + 0x9E3779B97F4A7C15) & M64
    z = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31), x


def _seed58_one(x: int) -> tuple:
    while True:
        z, x = splitmix64_next(x)
        if z & M58:
            return z & M58, x


def _seed58(n: int, x: int) -> list:
    out = []
    for _ in range(n):
        z, x = _seed58_one(x)
        out.append(z)
    return out


def _seed64_one(x: int) -> tuple:
    while True:
        z, x = splitmix64_next(x)
        if z:
            return z, x


def _seed64(n: int, x: int) -> list:
    out = []
    for _ in range(n):
        z, x = _seed64_one(x)
        out.append(z)
    return out


def _seed_nonzero(n: int, seeds: Any, bits: int) -> list:
    """A list seed: n words masked to ``bits``, zero-filled, not all zero."""
    out: list = []
    nonzero = False
    mask = (1 << bits) - 1
    while True:
        if seeds is NIL and not nonzero:
            raise ErlangError(Atom("zero_seed"))
        if n == 0:
            if type(seeds) is list:
                raise ErlangError(Atom("too_many_seed_integers"))
            return out
        if seeds is NIL:
            out.append(0)
        elif type(seeds) is list:
            if type(seeds[0]) is not int:
                raise ErlangError(Atom("non_integer_seed"))
            word = seeds[0] & mask
            out.append(word)
            nonzero = nonzero or word != 0
            seeds = seeds[1]
        else:
            raise _function_clause()
        n -= 1


def _triple(seed: Any) -> tuple | None:
    if type(seed) is tuple and len(seed) == 3 and all(type(a) is int for a in seed):
        return seed
    return None


def _exsss_seed(seed: Any) -> Any:
    if type(seed) is list or seed is NIL:
        return _seed_nonzero(2, seed, 58)
    if type(seed) is int:
        return _seed58(2, seed)
    triple = _triple(seed)
    if triple is None:
        raise _function_clause()
    a1, a2, a3 = triple
    _, x0 = _seed58_one(a1)
    s0, x1 = _seed58_one(a2 ^ x0)
    s1, _ = _seed58_one(a3 ^ x1)
    return [s0, s1]


def _exsplus_seed(seed: Any) -> Any:
    triple = _triple(seed)
    if triple is None:
        return _exsss_seed(seed)
    a1, a2, a3 = triple
    _, r1 = exsp_next([(a1 * 4294967197 + 1) & M58, (a2 * 4294967231 + 1) & M58])
    _, r2 = exsp_next([(a3 * 4294967279 + 1) & M58, r1[1]])
    return r2


def _exrop_seed(seed: Any) -> Any:
    triple = _triple(seed)
    if triple is None:
        return _exsss_seed(seed)
    a1, a2, a3 = triple
    _, s1 = _exrop_step((a1 * 4294967197 + 1) & M58, (a2 * 4294967231 + 1) & M58)
    return _exrop_step((a3 * 4294967279 + 1) & M58, s1)


def _exro928_seed(seed: Any) -> Any:
    if type(seed) is list or seed is NIL:
        words = _seed_nonzero(16, seed, 58)
    elif type(seed) is int:
        words = _seed58(16, seed)
    else:
        triple = _triple(seed)
        if triple is None:
            raise _function_clause()
        a1, a2, a3 = triple
        s0, x0 = _seed58_one(a1)
        s1, x1 = _seed58_one(a2 ^ x0)
        s2, x2 = _seed58_one(a3 ^ x1)
        words = [s0, s1, s2] + _seed58(13, x2)
    return (from_iterable(words), NIL)


def _exs1024_seed(seed: Any) -> Any:
    if type(seed) is list or seed is NIL:
        words = _seed_nonzero(16, seed, 64)
    elif type(seed) is int:
        words = _seed64(16, seed)
    else:
        triple = _triple(seed)
        if triple is None:
            raise _function_clause()
        m21 = (1 << 21) - 1
        b1 = (((triple[0] & m21) + 1) * 2097131) & m21
        b2 = (((triple[1] & m21) + 1) * 2097133) & m21
        b3 = (((triple[2] & m21) + 1) * 2097143) & m21
        r = (b1 << 43) | (b2 << 22) | (b3 << 1) | 1
        words = []
        for _ in range(16):
            x, r = exs64_next(r)
            words.append(x)
        words.reverse()
    return (from_iterable(words), NIL)


def _exs64_seed(seed: Any) -> Any:
    if type(seed) is list or seed is NIL:
        return _seed_nonzero(1, seed, 64)[0]
    if type(seed) is int:
        return _seed64(1, seed)[0]
    triple = _triple(seed)
    if triple is None:
        raise _function_clause()
    m32 = (1 << 32) - 1
    v1, _ = exs64_next((triple[0] & m32) * 4294967197 + 1)
    v2, _ = exs64_next((triple[1] & m32) * 4294967231 + 1)
    v3, _ = exs64_next((triple[2] & m32) * 4294967279 + 1)
    return ((v1 * v2 * v3) % (M64 - 1)) + 1


# ---------------------------------------------------------------- jumps

def _xorshift116_jump(state: list) -> list:
    """2^64 steps ahead: the xorshift116 jump polynomial, low bit first."""
    jump = (0x345D2A0F85F788C << 58) | 0x02F8EA6BC32C797
    acc0 = acc1 = 0
    while jump:
        if jump & 1:
            acc0 ^= state[0]
            acc1 ^= state[1]
        _, state = exsp_next(state)
        jump >>= 1
    return [acc0, acc1]


def _exrop_jump(state: list) -> list:
    jump = 0x9863200F83FCD4A11293241FCB12A
    acc0 = acc1 = 0
    while jump:
        if jump & 1:
            acc0 ^= state[0]
            acc1 ^= state[1]
        state = _exrop_step(state[0], state[1])
        jump >>= 1
    return [acc0, acc1]


# xoroshiro928's 2^512 jump polynomial in 58-bit words, lowest first.
_EXRO928_JUMP_WORDS = (
    0x085302F77130CA, 0x14E07F7F4524091, 0x1E1D7D6813D2BA0, 0x0687ACEF8644287,
    0x0567FD9F0B83FE5, 0x03E6D27EA06C024, 0x241E015AC26D5D2, 0x2CD61377663B92F,
    0x30A0657E19F00D4, 0x03C0BDDE15CF3C3, 0x345A3A8A3CEF3CC, 0x18A8CF308C8E0C6,
    0x3B7C4CC049C536E, 0x031801F9DB3AF2C, 0x01A1504ACD83F24, 0x2C41DCF2F867D7F,
)


def _queue_items(state: tuple) -> list:
    return to_pylist(state[0]) + to_pylist(state[1])[::-1]


def _exro928_jump(state: tuple) -> tuple:
    acc = [0] * 16
    for word in _EXRO928_JUMP_WORDS:
        for _ in range(58):
            if word & 1:
                acc = [a ^ s for a, s in zip(acc, _queue_items(state))]
            _, state = _exro928_state_step(state)
            word >>= 1
    return (from_iterable(acc), NIL)


_EXS1024_JUMP_WORDS = (
    0x00242F96ECA9C41D, 0x0196E1DDBE5A1561, 0x0239F070B5837A3C, 0x03F393CC68796CD2,
    0x0248316F404489AF, 0x039A30088BFFBAC2, 0x02FEA70DC2D9891F, 0x032AE0D9644CAEC4,
    0x0313AAC17D8EFA43, 0x02F132E055642626, 0x01EE975283D71C93, 0x00552321B06F5501,
    0x00C41D10A1E6A569, 0x019158ECF8AA1E44, 0x004E9FC949D0B5FC, 0x0363DA172811FDDA,
    0x030E38C3B99181F2, 0x0000000A118038FC,
)


def _exs1024_jump(state: tuple) -> tuple:
    position = len(to_pylist(state[1]))
    acc = [0] * 16
    remaining = 1024
    for word in _EXS1024_JUMP_WORDS:
        for _ in range(min(58, remaining)):
            if word & 1:
                acc = [a ^ s for a, s in zip(acc, _queue_items(state))]
            _, state = exs1024_next(state)
            word >>= 1
        remaining -= 58
        if remaining <= 0:
            break
    split = 16 - position
    return (from_iterable(acc[:split]), from_iterable(acc[split:][::-1]))


# ---------------------------------------------------------------- algorithms

class Algorithm:
    """One generator: its handler-map fields, next step, seeding and jump."""

    def __init__(self, name: str, next_: Callable, seed: Callable, bits: int = 0,
                 max_: int = 0, weak_low_bits: int = 0, jump: Callable | None = None):
        self.name = Atom(name)
        self.next = next_
        self.seed = seed
        self.bits = bits          # 0 for the legacy algorithms, which have ``max``
        self.max = max_
        self.weak_low_bits = weak_low_bits
        self.jump = jump
        handler = {TYPE: self.name}
        if bits:
            handler[BITS] = bits
        else:
            handler[MAX] = max_
        if weak_low_bits:
            handler[WEAK_LOW_BITS] = weak_low_bits
        self.handler = handler


ALGORITHMS: dict[Atom, Algorithm] = {a.name: a for a in (
    Algorithm("exsss", exsss_next, _exsss_seed, bits=58, jump=_xorshift116_jump),
    Algorithm("exsp", exsp_next, _exsplus_seed, bits=58, weak_low_bits=1,
              jump=_xorshift116_jump),
    Algorithm("exsplus", exsp_next, _exsplus_seed, max_=M58, jump=_xorshift116_jump),
    Algorithm("exrop", exrop_next, _exrop_seed, bits=58, weak_low_bits=1, jump=_exrop_jump),
    Algorithm("exro928ss", exro928ss_next, _exro928_seed, bits=58, jump=_exro928_jump),
    Algorithm("exs1024s", exs1024_next, _exs1024_seed, bits=64, weak_low_bits=3,
              jump=_exs1024_jump),
    Algorithm("exs1024", exs1024_next, _exs1024_seed, max_=M64, jump=_exs1024_jump),
    Algorithm("exs64", exs64_next, _exs64_seed, max_=M64),
)}


def _algorithm_named(name: Any) -> Algorithm:
    algorithm = ALGORITHMS.get(name) if type(name) is Atom else None
    if algorithm is None:
        raise _function_clause()
    return algorithm


def _unpack(state: Any) -> tuple:
    """(Algorithm, AlgState) of a state term; function_clause otherwise."""
    if type(state) is tuple and len(state) == 2 and type(state[0]) is dict:
        algorithm = ALGORITHMS.get(state[0].get(TYPE))
        if algorithm is not None:
            return algorithm, state[1]
    raise _function_clause()


def _pack(algorithm: Algorithm, alg_state: Any) -> tuple:
    return (algorithm.handler, alg_state)


# ---------------------------------------------------------------- drawing numbers

def _uniform_float(algorithm: Algorithm, alg_state: Any) -> tuple:
    word, alg_state = algorithm.next(alg_state)
    if algorithm.bits:
        return (word >> (algorithm.bits - 53)) * TWO_POW_MINUS53, alg_state
    return word / (algorithm.max + 1), alg_state


def _uniform_int(n: int, algorithm: Algorithm, alg_state: Any) -> tuple:
    """1..n; rejection sampling that matches OTP draw for draw."""
    next_ = algorithm.next
    bits = algorithm.bits
    if not bits:
        word, alg_state = next_(alg_state)
        if n <= algorithm.max:
            return word % n + 1, alg_state
        return math.trunc(word / (algorithm.max + 1) * n) + 1, alg_state
    slack = (1 << bits) - n
    while True:
        word, alg_state = next_(alg_state)
        if slack < 0:
            return _uniform_wide(n, algorithm, alg_state, word)
        if word < n:
            return word + 1, alg_state
        low = word % n
        if word - low <= slack:
            return low + 1, alg_state


def _uniform_wide(n: int, algorithm: Algorithm, alg_state: Any, word: int) -> tuple:
    """1..n for n wider than one generator word: shift in more words."""
    next_ = algorithm.next
    bits = algorithm.bits
    shift = bits - algorithm.weak_low_bits
    keep = -(1 << algorithm.weak_low_bits)
    while True:
        power_of_two = n & (n - 1) == 0
        span = n >> bits if power_of_two else n >> (bits - 2)
        width = bits
        while span > 1:
            more, alg_state = next_(alg_state)
            word = ((word & keep) << shift) | more
            span >>= shift
            width += shift
        if power_of_two:
            return (word & (n - 1)) + 1, alg_state
        low = word % n
        if word - low <= (1 << width) - n:
            return low + 1, alg_state
        word, alg_state = next_(alg_state)


def _uniform_real(algorithm: Algorithm, alg_state: Any) -> tuple:
    """(0.0, 1.0]: 53 significant random bits at any magnitude."""
    word, alg_state = algorithm.next(alg_state)
    if algorithm.bits:
        bits = algorithm.bits
        top = word >> (bits - 56)
    else:
        bits = 56
        top = word & ((1 << 56) - 1)
    for used in (56, 55, 54, 53):
        if top >= 1 << (used - 1):
            return (top >> (used - 53)) * 2.0 ** (used - 109), alg_state
    exponent = -56
    while True:
        word, alg_state = algorithm.next(alg_state)
        if not algorithm.bits and exponent != -56:
            word &= (1 << 56) - 1  # OTP leaves the first refill of a legacy generator unmasked
        if exponent == -1064:
            missing = 53 - top.bit_length()
            return ((top << missing) | (word >> (bits - missing))) * 2.0 ** (exponent - missing), alg_state
        if top != 0:
            missing = 53 - top.bit_length()
            return ((top << missing) | (word >> (bits - missing))) * 2.0 ** (exponent - missing), alg_state
        fresh = word >> (bits - 56)
        for used in (56, 55, 54, 53):
            if fresh >= 1 << (used - 1):
                return (fresh >> (used - 53)) * 2.0 ** (exponent + used - 109), alg_state
        if exponent == -1008 and fresh < 1 << 42:
            return _uniform_real(algorithm, alg_state)
        top = fresh
        exponent -= 56


def _bytes(n: int, algorithm: Algorithm, alg_state: Any) -> tuple:
    if algorithm.bits:
        bits, weak = algorithm.bits, algorithm.weak_low_bits
    else:
        bits, weak = 58, 2
    good_bytes = (bits - weak) >> 3
    good_bits = good_bytes << 3
    shift = bits - good_bits
    out = bytearray()
    next_ = algorithm.next
    while n > good_bytes:
        word, alg_state = next_(alg_state)
        out += ((word >> shift) & ((1 << good_bits) - 1)).to_bytes(good_bytes, "big")
        n -= good_bytes
    word, alg_state = next_(alg_state)
    if n:
        out += ((word >> (good_bits - n * 8)) & ((1 << (n * 8)) - 1)).to_bytes(n, "big")
    return bytes(out), alg_state


# ---------------------------------------------------------------- normal distribution

_NOR_R = 3.6541528853610087963519472518
_NOR_V = "0.004928673233974654931590913431847148883305"


def _ziggurat_tables() -> tuple:
    """(k, w, f) of the 256-layer ziggurat, as OTP's normal_kiwi/normal_fi (note 2)."""
    with localcontext() as context:
        context.prec = 40
        r = Decimal(_NOR_R)
        v = Decimal(_NOR_V)
        scale = Decimal(2) ** 51
        half = Decimal("0.5")
        k = [0] * 256
        w = [0.0] * 256
        f = [0.0] * 256
        dn = tn = r
        q = v / (-half * dn * dn).exp()
        k[0] = int(dn / q * scale)
        w[0] = float(q / scale)
        w[255] = float(dn / scale)
        f[0] = 1.0
        f[255] = float((-half * dn * dn).exp())
        for i in range(254, 0, -1):
            dn = (-2 * (v / dn + (-half * dn * dn).exp()).ln()).sqrt()
            k[i + 1] = int(dn / tn * scale)
            tn = dn
            f[i] = float((-half * dn * dn).exp())
            w[i] = float(dn / scale)
    return k, w, f


_KI, _WI, _FI = _ziggurat_tables()


def _normal(algorithm: Algorithm, alg_state: Any) -> tuple:
    while True:
        word, alg_state = algorithm.next(alg_state)
        if algorithm.bits:
            negative = word & (1 << (algorithm.bits - 52))
            r = word >> (algorithm.bits - 51)
        else:
            negative = word & (1 << 51)
            r = word & ((1 << 51) - 1)
        index = r & 0xFF
        x = r * _WI[index]
        if negative:
            x = -x
        if r < _KI[index]:
            return x, alg_state
        if index == 0:
            while True:
                u0, alg_state = _uniform_float(algorithm, alg_state)
                tail = -1 / _NOR_R * _log(u0)
                u1, alg_state = _uniform_float(algorithm, alg_state)
                y = -_log(u1)
                if y + y > tail * tail:
                    return (-_NOR_R - tail if negative else _NOR_R + tail), alg_state
        upper = _FI[index]
        u0, alg_state = _uniform_float(algorithm, alg_state)
        if (_FI[index - 1] - upper) * u0 + upper < math.exp(-0.5 * x * x):
            return x, alg_state


def _log(x: float) -> float:
    if x <= 0.0:
        raise ErlangError(Atom("badarith"))
    return math.log(x)


# ---------------------------------------------------------------- the process's state

def _entropy_seed() -> tuple:
    return tuple(int.from_bytes(os.urandom(8), "big") for _ in range(3))


def _seed_state(name: Any, seed: Any) -> tuple:
    if name is DEFAULT:
        name = Atom("exsss")
    algorithm = _algorithm_named(name)
    return _pack(algorithm, algorithm.seed(seed))


def _seed_s1(arg: Any) -> tuple:
    if type(arg) is tuple and len(arg) == 2:
        if type(arg[0]) is dict:
            return arg
        if type(arg[0]) is Atom:
            return _pack(_algorithm_named(arg[0]), arg[1])
    return _seed_state(arg, _entropy_seed())


def _get_state(proc: Any) -> tuple:
    entry = proc.dictionary.get(SEED_KEY)
    if entry is None:
        return _put_state(proc, _seed_state(Atom("exsss"), _entropy_seed()))
    return _unpack(entry[1])


def _put_state(proc: Any, state: tuple) -> tuple:
    proc.writable_dictionary()[SEED_KEY] = (SEED_KEY, state)
    return _unpack(state)


def _store(proc: Any, algorithm: Algorithm, alg_state: Any) -> None:
    proc.writable_dictionary()[SEED_KEY] = (SEED_KEY, _pack(algorithm, alg_state))


def _check_range(n: Any) -> int:
    if type(n) is not int or n < 1:
        raise _function_clause()
    return n


# ---------------------------------------------------------------- the API

@bif("rand", "seed", 1, process=True)
def seed_1(proc, arg):
    state = _seed_s1(arg)
    _put_state(proc, state)
    return state


@bif("rand", "seed", 2, process=True)
def seed_2(proc, name, seed):
    state = _seed_state(name, seed)
    _put_state(proc, state)
    return state


@bif("rand", "seed_s", 1)
def seed_s_1(arg):
    return _seed_s1(arg)


@bif("rand", "seed_s", 2)
def seed_s_2(name, seed):
    return _seed_state(name, seed)


@bif("rand", "export_seed", 0, process=True)
def export_seed(proc):
    entry = proc.dictionary.get(SEED_KEY)
    if entry is None or type(entry[1]) is not tuple or type(entry[1][0]) is not dict:
        return UNDEFINED
    return (entry[1][0].get(TYPE), entry[1][1])


@bif("rand", "export_seed_s", 1)
def export_seed_s(state):
    algorithm, alg_state = _unpack(state)
    return (algorithm.name, alg_state)


@bif("rand", "uniform", 0, process=True)
def uniform_0(proc):
    algorithm, alg_state = _get_state(proc)
    x, alg_state = _uniform_float(algorithm, alg_state)
    _store(proc, algorithm, alg_state)
    return x


@bif("rand", "uniform", 1, process=True)
def uniform_1(proc, n):
    algorithm, alg_state = _get_state(proc)
    x, alg_state = _uniform_int(_check_range(n), algorithm, alg_state)
    _store(proc, algorithm, alg_state)
    return x


@bif("rand", "uniform_s", 1)
def uniform_s_1(state):
    algorithm, alg_state = _unpack(state)
    x, alg_state = _uniform_float(algorithm, alg_state)
    return (x, _pack(algorithm, alg_state))


@bif("rand", "uniform_s", 2)
def uniform_s_2(n, state):
    algorithm, alg_state = _unpack(state)
    x, alg_state = _uniform_int(_check_range(n), algorithm, alg_state)
    return (x, _pack(algorithm, alg_state))


@bif("rand", "uniform_real", 0, process=True)
def uniform_real_0(proc):
    algorithm, alg_state = _get_state(proc)
    x, alg_state = _uniform_real(algorithm, alg_state)
    _store(proc, algorithm, alg_state)
    return x


@bif("rand", "uniform_real_s", 1)
def uniform_real_s(state):
    algorithm, alg_state = _unpack(state)
    x, alg_state = _uniform_real(algorithm, alg_state)
    return (x, _pack(algorithm, alg_state))


def _check_count(n: Any) -> int:
    if type(n) is not int or n < 0:
        raise _function_clause()
    return n


@bif("rand", "bytes", 1, process=True)
def bytes_1(proc, n):
    algorithm, alg_state = _get_state(proc)
    data, alg_state = _bytes(_check_count(n), algorithm, alg_state)
    _store(proc, algorithm, alg_state)
    return data


@bif("rand", "bytes_s", 2)
def bytes_s(n, state):
    algorithm, alg_state = _unpack(state)
    data, alg_state = _bytes(_check_count(n), algorithm, alg_state)
    return (data, _pack(algorithm, alg_state))


def _jump(algorithm: Algorithm, alg_state: Any) -> tuple:
    if algorithm.jump is None:
        raise ErlangError(Atom("not_implemented"))
    return _pack(algorithm, algorithm.jump(alg_state))


@bif("rand", "jump", 0, process=True)
def jump_0(proc):
    state = _jump(*_get_state(proc))
    _put_state(proc, state)
    return state


@bif("rand", "jump", 1)
def jump_1(state):
    return _jump(*_unpack(state))


@bif("rand", "normal", 0, process=True)
def normal_0(proc):
    algorithm, alg_state = _get_state(proc)
    x, alg_state = _normal(algorithm, alg_state)
    _store(proc, algorithm, alg_state)
    return x


def _sqrt(variance: Any) -> float:
    if type(variance) not in (int, float) or variance < 0:
        raise ErlangError(Atom("badarith"))
    return math.sqrt(variance)


@bif("rand", "normal", 2, process=True)
def normal_2(proc, mean, variance):
    root = _sqrt(variance)
    if type(mean) not in (int, float):
        raise ErlangError(Atom("badarith"))
    return mean + root * normal_0(proc)


@bif("rand", "normal_s", 1)
def normal_s_1(state):
    algorithm, alg_state = _unpack(state)
    x, alg_state = _normal(algorithm, alg_state)
    return (x, _pack(algorithm, alg_state))


@bif("rand", "normal_s", 3)
def normal_s_3(mean, variance, state):
    if type(variance) not in (int, float) or not variance > 0:
        raise _function_clause()
    algorithm, alg_state = _unpack(state)
    x, alg_state = _normal(algorithm, alg_state)
    if type(mean) not in (int, float):
        raise ErlangError(Atom("badarith"))
    return (mean + math.sqrt(variance) * x, _pack(algorithm, alg_state))


# ---------------------------------------------------------------- exported utilities
# OTP 25 exports the building blocks too: the MWC59 generator (whose state the
# caller keeps as a plain integer), SplitMix64 and the xorshift116+ step/jump.
# As in OTP 25, only mwc59_seed/1 checks its argument; the others fail where
# their arithmetic does (badarith on a non-integer).

MWC59_A = 0x7FA6502


def _integer(x: Any) -> int:
    if type(x) is not int:
        raise ErlangError(Atom("badarith"))
    return x


def _hash58(x: int) -> int:
    x &= M58
    x = ((x ^ (x >> 29)) * 0x351AFD7ED558CCD) & M58
    x = ((x ^ (x >> 29)) * 0x0CEB9FE1A85EC53) & M58
    return x ^ (x >> 29)


@bif("rand", "mwc59", 1)
def mwc59(cx):
    cx = _integer(cx)
    return MWC59_A * (cx & 0xFFFFFFFF) + (cx >> 32)


@bif("rand", "mwc59_value32", 1)
def mwc59_value32(cx):
    cx = _integer(cx) & 0xFFFFFFFF
    return cx ^ _shl(32, cx, 8)


@bif("rand", "mwc59_value", 1)
def mwc59_value(cx):
    cx = _integer(cx) & ((1 << 59) - 1)
    cx2 = cx ^ _shl(59, cx, 4)
    return cx2 ^ _shl(59, cx2, 27)


@bif("rand", "mwc59_float", 1)
def mwc59_float(cx):
    cx = _integer(cx) & ((1 << 53) - 1)
    cx2 = cx ^ _shl(53, cx, 4)
    cx3 = cx2 ^ _shl(53, cx2, 27)
    return cx3 * TWO_POW_MINUS53


@bif("rand", "mwc59_seed", 0)
def mwc59_seed_0():
    a1, a2, a3 = _entropy_seed()
    return (_hash58(a1) ^ _hash58(a2) ^ _hash58(a3)) + 1


@bif("rand", "mwc59_seed", 1)
def mwc59_seed_1(seed):
    if type(seed) is not int or not 0 <= seed <= M58:
        raise _function_clause()
    return _hash58(seed) + 1


@bif("rand", "splitmix64_next", 1)
def splitmix64_next_bif(x):
    return splitmix64_next(_integer(x))


@bif("rand", "exsp_next", 1)
def exsp_next_bif(state):
    if type(state) is not list or type(state[0]) is not int or type(state[1]) is not int:
        raise _function_clause()
    return exsp_next(state)


@bif("rand", "exsp_jump", 1)
def exsp_jump_bif(state):
    if type(state) is not list or type(state[0]) is not int or type(state[1]) is not int:
        raise _function_clause()
    return _xorshift116_jump(state)
