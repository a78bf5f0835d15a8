"""The ``string`` module: the Unicode API of OTP 20+ and the old flat-list API.

Why Python: string work is scanning, slicing and case mapping of code points,
which Python's str does in C with full Unicode tables (upper/lower/title/
casefold, normalization) that Erlang code would have to carry as data.

Results follow string.erl of Erlang/OTP 25.

Notes
 1. Input is chardata: code points, binaries (UTF-8) and nested lists. The
    result has the input's shape where OTP's does for flat input: a binary
    in gives binaries out, a flat list gives flat lists. For nested or mixed
    input OTP returns pieces of the original structure; beamish returns flat
    lists of the same characters instead (equal after flattening).
 2. Graphemes: the new API counts and cuts in grapheme clusters. Here a
    cluster is one code point plus any following combining marks (categories
    Mn, Mc, Me), ZWJ sequences, variation selectors and emoji modifiers, a
    pair of regional indicators, or CR LF. Hangul jamo sequences are not
    joined. A multi-code-point cluster appears as a sublist where OTP shows
    one (reverse/1, next_grapheme/1).
 3. Separator arguments (trim, lexemes, take) are lists of graphemes: "ab"
    is the two separators $a and $b, [[$\\r, $\\n]] is the one CR LF cluster.
 4. The old API (to_upper, strip, tokens, substr, ...) takes flat lists only
    and works on code points; to_upper/to_lower map ISO Latin-1 letters only.
 5. A non-chardata argument to the new API fails with function_clause
    (OTP is not uniform here); invalid UTF-8 fails with {badarg, Binary}.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import ErlangError
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, exact_eq

from beamish.stdlib.bifs.erlang import build_list, list_items, parse_float
from beamish.stdlib.bifs.lists import OtpFrame

FUNCTION_CLAUSE = Atom("function_clause")
BADARG = Atom("badarg")
ERROR = Atom("error")
NOMATCH = Atom("nomatch")
NO_INTEGER = Atom("no_integer")
NO_FLOAT = Atom("no_float")
LEADING = Atom("leading")
TRAILING = Atom("trailing")
BOTH = Atom("both")
ALL = Atom("all")
LEFT = Atom("left")
RIGHT = Atom("right")
INFINITY = Atom("infinity")
NORMAL_FORMS = {Atom("nfc"): "NFC", Atom("nfd"): "NFD", Atom("nfkc"): "NFKC", Atom("nfkd"): "NFKD"}
NONE = Atom("none")

# unicode_util:whitespace() of OTP 25, CR LF included as a cluster.
WHITESPACE = frozenset([32, 9, 10, 11, 12, 13, (13, 10), 0x85, 0x200E, 0x200F, 0x2028, 0x2029])


def function_clause() -> ErlangError:
    return ErlangError(FUNCTION_CLAUSE)


# ---------------------------------------------------------------- chardata


class Text:
    """Code points of a chardata argument and whether it was one binary."""

    __slots__ = ("codes", "binary", "flat")

    def __init__(self, codes: list, binary: bool, flat: bool):
        self.codes = codes
        self.binary = binary
        self.flat = flat


def _decode(data: bytes) -> list:
    try:
        return [ord(ch) for ch in data.decode("utf-8")]
    except UnicodeDecodeError:
        raise ErlangError((BADARG, data)) from None


def chardata(term: Any) -> Text:
    """Flatten chardata with an explicit stack (note 1), or function_clause."""
    if type(term) is bytes:
        return Text(_decode(term), True, True)
    if type(term) is not list and term is not NIL:
        raise function_clause()
    codes: list = []
    flat = True
    pending = [term]
    while pending:
        term = pending.pop()
        while type(term) is list:
            head, term = term
            if type(head) is int:
                if not 0 <= head <= 0x10FFFF:
                    raise function_clause()
                codes.append(head)
            elif type(head) is bytes:
                flat = False
                codes.extend(_decode(head))
            elif type(head) is list or head is NIL:
                flat = False
                pending.append(term)
                term = head
            else:
                raise function_clause()
        if type(term) is bytes:
            flat = False
            codes.extend(_decode(term))
        elif term is not NIL:
            raise function_clause()
    return Text(codes, False, flat)


def flat_codes(term: Any) -> list:
    """Code points of a flat list (old API), or function_clause."""
    codes = []
    while type(term) is list:
        head = term[0]
        if type(head) is not int:
            raise function_clause()
        codes.append(head)
        term = term[1]
    if term is not NIL:
        raise function_clause()
    return codes


def output(codes: list, binary: bool) -> Any:
    if binary:
        return "".join(map(chr, codes)).encode("utf-8")
    return build_list(codes)


def output_clusters(clusters: list, binary: bool) -> Any:
    return output(join_clusters(clusters), binary)


def join_clusters(clusters: list) -> list:
    codes = []
    for cluster in clusters:
        if type(cluster) is int:
            codes.append(cluster)
        else:
            codes.extend(cluster)
    return codes


def cluster_term(cluster: Any) -> Any:
    """A cluster as OTP shows it: a code point, or a list of them."""
    return cluster if type(cluster) is int else build_list(list(cluster))


# ---------------------------------------------------------------- graphemes


def _extends(code: int) -> bool:
    if code == 0x200D or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF \
            or 0xE0020 <= code <= 0xE007F:
        return True
    if code < 0x300:
        return False
    return unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")


def _is_regional(code: int) -> bool:
    return 0x1F1E6 <= code <= 0x1F1FF


def _is_pictographic(code: int) -> bool:
    return 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF


def clusters_of(codes: list) -> list:
    """Grapheme clusters (note 2): ints for single code points, else tuples."""
    clusters = []
    index = 0
    count = len(codes)
    while index < count:
        code = codes[index]
        end = index + 1
        if code == 13:
            if end < count and codes[end] == 10:
                end += 1
        elif code >= 32 and code != 127:
            if _is_regional(code) and end < count and _is_regional(codes[end]):
                end += 1
            while end < count:
                following = codes[end]
                if _extends(following):
                    end += 1
                elif codes[end - 1] == 0x200D and _is_pictographic(following):
                    end += 1
                else:
                    break
        clusters.append(code if end == index + 1 else tuple(codes[index:end]))
        index = end
    return clusters


def separator_set(term: Any) -> set:
    """Separators of trim/lexemes/take (note 3)."""
    separators = set()
    for item in list_items(term) if type(term) is list or term is NIL else [term]:
        if type(item) is int:
            separators.add(item)
        else:
            inner = chardata(item).codes
            separators.add(inner[0] if len(inner) == 1 else tuple(inner))
    return separators


def clusters_against(codes: list, separators: set) -> list:
    """Clusters for matching against separators.

    OTP lets a lone LF separator match the LF of a CR LF cluster, leaving the
    CR behind (trim("a\r\n", trailing, "\n") is "a\r"), so such clusters are
    cut in two when LF is a separator but neither CR nor CR LF is.
    """
    clusters = clusters_of(codes)
    if (10 in separators and 13 not in separators and (13, 10) not in separators
            and (13, 10) in clusters):
        split_up = []
        for cluster in clusters:
            if cluster == (13, 10):
                split_up.extend((13, 10))
            else:
                split_up.append(cluster)
        return split_up
    return clusters


def pattern_clusters(term: Any) -> list:
    return clusters_of(chardata(term).codes)


def find_clusters(haystack: list, needle: list, last: bool = False) -> int:
    """Index of needle in haystack (cluster lists), -1 if absent."""
    size = len(needle)
    positions = range(len(haystack) - size, -1, -1) if last else range(len(haystack) - size + 1)
    first = needle[0]
    for start in positions:
        if haystack[start] == first and haystack[start:start + size] == needle:
            return start
    return -1


# ---------------------------------------------------------------- new API: measuring


@bif("string", "length", 1)
def length(term: Any) -> int:
    return len(clusters_of(chardata(term).codes))


@bif("string", "is_empty", 1)
def is_empty(term: Any) -> Atom:
    """True for chardata with no characters; false for anything else."""
    pending = [term]
    while pending:
        term = pending.pop()
        if type(term) is bytes:
            if term:
                return FALSE
        elif type(term) is list:
            head, rest = term
            if type(head) is int:
                return FALSE
            pending.append(rest)
            pending.append(head)
        elif term is not NIL:
            return FALSE
    return TRUE


@bif("string", "equal", 2)
def equal(a: Any, b: Any) -> Atom:
    return TRUE if chardata(a).codes == chardata(b).codes else FALSE


def _comparable(term: Any, ignore_case: bool, form: str | None) -> str:
    text = "".join(map(chr, chardata(term).codes))
    if form:
        text = unicodedata.normalize(form, text)
    if ignore_case:
        text = text.casefold()
    return text


@bif("string", "equal", 3)
def equal_3(a: Any, b: Any, ignore_case: Any) -> Atom:
    return equal_4(a, b, ignore_case, NONE)


@bif("string", "equal", 4)
def equal_4(a: Any, b: Any, ignore_case: Any, norm: Any) -> Atom:
    if ignore_case is not TRUE and ignore_case is not FALSE:
        raise function_clause()
    if norm is not NONE and (type(norm) is not Atom or norm not in NORMAL_FORMS):
        raise function_clause()
    form = NORMAL_FORMS.get(norm)
    same = _comparable(a, ignore_case is TRUE, form) == _comparable(b, ignore_case is TRUE, form)
    return TRUE if same else FALSE


# ---------------------------------------------------------------- new API: cutting


@bif("string", "reverse", 1)
def reverse(term: Any) -> Any:
    """Clusters in reverse order, always as a list (as OTP)."""
    clusters = clusters_of(chardata(term).codes)
    return build_list([cluster_term(cluster) for cluster in reversed(clusters)])


def _slice(term: Any, start: Any, count: Any) -> Any:
    if type(start) is not int or start < 0:
        raise function_clause()
    if count is not INFINITY and (type(count) is not int or count < 0):
        raise function_clause()
    text = chardata(term)
    clusters = clusters_of(text.codes)
    end = len(clusters) if count is INFINITY else start + count
    return output_clusters(clusters[start:end], text.binary)


@bif("string", "slice", 2)
def slice_2(term: Any, start: Any) -> Any:
    return _slice(term, start, INFINITY)


@bif("string", "slice", 3)
def slice_3(term: Any, start: Any, count: Any) -> Any:
    return _slice(term, start, count)


def _trim(term: Any, direction: Any, separators: set) -> Any:
    if direction is not LEADING and direction is not TRAILING and direction is not BOTH:
        raise function_clause()
    text = chardata(term)
    clusters = clusters_against(text.codes, separators)
    start, end = 0, len(clusters)
    if direction is not TRAILING:
        while start < end and clusters[start] in separators:
            start += 1
    if direction is not LEADING:
        while end > start and clusters[end - 1] in separators:
            end -= 1
    return output_clusters(clusters[start:end], text.binary)


@bif("string", "trim", 1)
def trim(term: Any) -> Any:
    return _trim(term, BOTH, WHITESPACE)


@bif("string", "trim", 2)
def trim_2(term: Any, direction: Any) -> Any:
    return _trim(term, direction, WHITESPACE)


@bif("string", "trim", 3)
def trim_3(term: Any, direction: Any, separators: Any) -> Any:
    return _trim(term, direction, separator_set(separators))


@bif("string", "chomp", 1)
def chomp(term: Any) -> Any:
    """Drop every trailing LF and CR LF."""
    return _trim(term, TRAILING, {10, (13, 10)})


def _split(term: Any, pattern: Any, where: Any) -> list:
    """The parts of term around the pattern, as Python values of term's kind."""
    if where is not LEADING and where is not TRAILING and where is not ALL:
        raise function_clause()
    text = chardata(term)
    clusters = clusters_of(text.codes)
    needle = pattern_clusters(pattern)
    binary = text.binary
    if not needle:
        return [output_clusters(clusters, binary)]
    if where is ALL:
        parts = []
        while True:
            found = find_clusters(clusters, needle)
            if found < 0:
                parts.append(output_clusters(clusters, binary))
                return parts
            parts.append(output_clusters(clusters[:found], binary))
            clusters = clusters[found + len(needle):]
    found = find_clusters(clusters, needle, last=where is TRAILING)
    if found < 0:
        return [output_clusters(clusters, binary)]
    return [output_clusters(clusters[:found], binary),
            output_clusters(clusters[found + len(needle):], binary)]


@bif("string", "split", 2)
def split(term: Any, pattern: Any) -> Any:
    return build_list(_split(term, pattern, LEADING))


@bif("string", "split", 3)
def split_3(term: Any, pattern: Any, where: Any) -> Any:
    return build_list(_split(term, pattern, where))


def _join_with(parts: list, separator: Any) -> Any:
    joined = []
    for part in parts:
        if joined:
            joined.append(separator)
        joined.append(part)
    return build_list(joined)


@bif("string", "replace", 3)
def replace(term: Any, pattern: Any, replacement: Any) -> Any:
    return _join_with(_split(term, pattern, LEADING), replacement)


@bif("string", "replace", 4)
def replace_4(term: Any, pattern: Any, replacement: Any, where: Any) -> Any:
    return _join_with(_split(term, pattern, where), replacement)


def _lexemes(term: Any, separators: Any) -> tuple[list, bool]:
    text = chardata(term)
    found = separator_set(separators)
    lexemes = []
    current: list = []
    for cluster in clusters_against(text.codes, found):
        if cluster in found:
            if current:
                lexemes.append(current)
                current = []
        else:
            current.append(cluster)
    if current:
        lexemes.append(current)
    return lexemes, text.binary


@bif("string", "lexemes", 2)
def lexemes(term: Any, separators: Any) -> Any:
    parts, binary = _lexemes(term, separators)
    return build_list([output_clusters(part, binary) for part in parts])


@bif("string", "nth_lexeme", 3)
def nth_lexeme(term: Any, index: Any, separators: Any) -> Any:
    if type(index) is not int or index < 1:
        raise function_clause()
    parts, binary = _lexemes(term, separators)
    if index > len(parts):
        return output([], binary)
    return output_clusters(parts[index - 1], binary)


def _find(term: Any, pattern: Any, direction: Any) -> Any:
    if direction is not LEADING and direction is not TRAILING:
        raise function_clause()
    text = chardata(term)
    clusters = clusters_of(text.codes)
    needle = pattern_clusters(pattern)
    if not needle:
        return output_clusters(clusters, text.binary)
    found = find_clusters(clusters, needle, last=direction is TRAILING)
    if found < 0:
        return NOMATCH
    return output_clusters(clusters[found:], text.binary)


@bif("string", "find", 2)
def find(term: Any, pattern: Any) -> Any:
    return _find(term, pattern, LEADING)


@bif("string", "find", 3)
def find_3(term: Any, pattern: Any, direction: Any) -> Any:
    return _find(term, pattern, direction)


@bif("string", "prefix", 2)
def prefix(term: Any, front: Any) -> Any:
    """The rest after ``front``, compared by clusters, or nomatch."""
    text = chardata(term)
    clusters = clusters_of(text.codes)
    needle = pattern_clusters(front)
    if clusters[:len(needle)] != needle:
        return NOMATCH
    return output_clusters(clusters[len(needle):], text.binary)


def _take(term: Any, characters: Any, complement: Any, direction: Any) -> tuple:
    if complement is not TRUE and complement is not FALSE:
        raise function_clause()
    if direction is not LEADING and direction is not TRAILING:
        raise function_clause()
    text = chardata(term)
    members = separator_set(characters)
    clusters = clusters_against(text.codes, members)
    wanted = complement is FALSE
    if direction is LEADING:
        cut = 0
        while cut < len(clusters) and (clusters[cut] in members) == wanted:
            cut += 1
        return (output_clusters(clusters[:cut], text.binary),
                output_clusters(clusters[cut:], text.binary))
    cut = len(clusters)
    while cut > 0 and (clusters[cut - 1] in members) == wanted:
        cut -= 1
    return (output_clusters(clusters[:cut], text.binary),
            output_clusters(clusters[cut:], text.binary))


@bif("string", "take", 2)
def take(term: Any, characters: Any) -> tuple:
    return _take(term, characters, FALSE, LEADING)


@bif("string", "take", 3)
def take_3(term: Any, characters: Any, complement: Any) -> tuple:
    return _take(term, characters, complement, LEADING)


@bif("string", "take", 4)
def take_4(term: Any, characters: Any, complement: Any, direction: Any) -> tuple:
    return _take(term, characters, complement, direction)


def _pad(term: Any, width: Any, direction: Any, pad_char: Any) -> Any:
    """Padding as OTP builds it: the original term plus lists of pad chars."""
    if type(width) is not int:
        raise function_clause()
    if direction is not LEADING and direction is not TRAILING and direction is not BOTH:
        raise function_clause()
    missing = max(width - length(term), 0)
    if direction is TRAILING:
        return [term, build_list([pad_char] * missing)]
    if direction is LEADING:
        return build_list([build_list([pad_char] * missing), term])
    half = build_list([pad_char] * (missing // 2))
    tail = [pad_char, NIL] if missing % 2 else NIL
    return [half, [term, [half, tail]]]


@bif("string", "pad", 2)
def pad(term: Any, width: Any) -> Any:
    return _pad(term, width, TRAILING, 32)


@bif("string", "pad", 3)
def pad_3(term: Any, width: Any, direction: Any) -> Any:
    return _pad(term, width, direction, 32)


@bif("string", "pad", 4)
def pad_4(term: Any, width: Any, direction: Any, pad_char: Any) -> Any:
    return _pad(term, width, direction, pad_char)


@bif("string", "next_grapheme", 1)
def next_grapheme(term: Any) -> Any:
    """[Cluster | Rest], [] at the end; Rest keeps a binary a binary."""
    text = chardata(term)
    if not text.codes:
        return NIL
    clusters = clusters_of(text.codes)
    first = clusters[0]
    return [cluster_term(first), output_clusters(clusters[1:], text.binary)]


@bif("string", "next_codepoint", 1)
def next_codepoint(term: Any) -> Any:
    text = chardata(term)
    if not text.codes:
        return NIL
    return [text.codes[0], output(text.codes[1:], text.binary)]


# ---------------------------------------------------------------- new API: case


def _case(term: Any, convert) -> Any:
    try:
        text = chardata(term)
    except ErlangError:
        raise ErlangError((BADARG, term)) from None
    converted = convert("".join(map(chr, text.codes)))
    return output([ord(ch) for ch in converted], text.binary)


@bif("string", "uppercase", 1)
def uppercase(term: Any) -> Any:
    return _case(term, str.upper)


@bif("string", "lowercase", 1)
def lowercase(term: Any) -> Any:
    return _case(term, str.lower)


@bif("string", "casefold", 1)
def casefold(term: Any) -> Any:
    return _case(term, str.casefold)


@bif("string", "titlecase", 1)
def titlecase(term: Any) -> Any:
    """Title-case the first character only."""
    return _case(term, lambda text: text[:1].title() + text[1:])


# ---------------------------------------------------------------- new API: numbers


def _number_rest(text: Text, used: int) -> Any:
    return output(text.codes[used:], text.binary)


def _digits_end(codes: list, start: int) -> int:
    end = start
    while end < len(codes) and 48 <= codes[end] <= 57:
        end += 1
    return end


@bif("string", "to_integer", 1)
def to_integer(term: Any) -> tuple:
    """{Integer, Rest} from a leading [+-]digits, else {error, Reason}."""
    try:
        text = chardata(term)
    except ErlangError:
        return (ERROR, BADARG)
    codes = text.codes
    start = 1 if codes[:1] in ([43], [45]) else 0
    end = _digits_end(codes, start)
    if end == start:
        return (ERROR, NO_INTEGER)
    value = int("".join(map(chr, codes[start:end])))
    return (-value if codes[0] == 45 else value, _number_rest(text, end))


@bif("string", "to_float", 1)
def to_float(term: Any) -> tuple:
    """{Float, Rest} from [+-]digits(.|,)digits[(e|E)[+-]digits], else {error, Reason}."""
    try:
        text = chardata(term)
    except ErlangError:
        return (ERROR, BADARG)
    codes = text.codes
    start = 1 if codes[:1] in ([43], [45]) else 0
    whole_end = _digits_end(codes, start)
    if whole_end == start or whole_end >= len(codes) or codes[whole_end] not in (46, 44):
        return (ERROR, NO_FLOAT)
    fraction_end = _digits_end(codes, whole_end + 1)
    if fraction_end == whole_end + 1:
        return (ERROR, NO_FLOAT)
    end = fraction_end
    if end < len(codes) and codes[end] in (101, 69):
        exponent_start = end + 1
        if exponent_start < len(codes) and codes[exponent_start] in (43, 45):
            exponent_start += 1
        exponent_end = _digits_end(codes, exponent_start)
        if exponent_end > exponent_start:
            end = exponent_end
    literal = "".join(map(chr, codes[:end])).replace(",", ".")
    try:
        value = parse_float(literal)
    except ErlangError:
        return (ERROR, NO_FLOAT)
    return (value, _number_rest(text, end))


# ---------------------------------------------------------------- old API


def _latin1_upper(code: int) -> int:
    if 97 <= code <= 122 or (224 <= code <= 254 and code != 247):
        return code - 32
    return code


def _latin1_lower(code: int) -> int:
    if 65 <= code <= 90 or (192 <= code <= 222 and code != 215):
        return code + 32
    return code


@bif("string", "to_upper", 1)
def to_upper(term: Any) -> Any:
    if type(term) is int:
        return _latin1_upper(term)
    return build_list([_latin1_upper(code) for code in flat_codes(term)])


@bif("string", "to_lower", 1)
def to_lower(term: Any) -> Any:
    if type(term) is int:
        return _latin1_lower(term)
    return build_list([_latin1_lower(code) for code in flat_codes(term)])


@bif("string", "len", 1)
def len_(term: Any) -> int:
    return len(list_items(term))


@bif("string", "concat", 2)
def concat(a: Any, b: Any) -> Any:
    return build_list(list_items(a), b)


@bif("string", "join", 2)
def join(items: Any, separator: Any) -> Any:
    """H ++ Sep ++ X2 ++ Sep ++ X3 ..., with ++'s rules for improper tails."""
    parts = list_items(items)
    if not parts:
        return NIL
    separator_items = list_items(separator)
    result = build_list(separator_items, parts[-1]) if len(parts) > 1 else parts[-1]
    for part in reversed(parts[1:-1]):
        result = build_list(separator_items + list_items(part), result)
    if len(parts) > 1:
        result = build_list(list_items(parts[0]), result)
    return result


@bif("string", "copies", 2)
def copies(term: Any, count: Any) -> Any:
    if type(count) is not int or count < 0:
        raise function_clause()
    return build_list(flat_codes(term) * count)


@bif("string", "chr", 2)
def chr_(term: Any, character: Any) -> int:
    codes = list_items(term)
    for index, code in enumerate(codes):
        if exact_eq(code, character):
            return index + 1
    return 0


@bif("string", "rchr", 2)
def rchr(term: Any, character: Any) -> int:
    codes = list_items(term)
    for index in range(len(codes) - 1, -1, -1):
        if exact_eq(codes[index], character):
            return index + 1
    return 0


def _sub_index(codes: list, sub: list, last: bool) -> int:
    if not sub:
        return 0
    size = len(sub)
    positions = range(len(codes) - size, -1, -1) if last else range(len(codes) - size + 1)
    for start in positions:
        if codes[start:start + size] == sub:
            return start + 1
    return 0


@bif("string", "str", 2)
def str_(term: Any, sub: Any) -> int:
    return _sub_index(flat_codes(term), flat_codes(sub), last=False)


@bif("string", "rstr", 2)
def rstr(term: Any, sub: Any) -> int:
    return _sub_index(flat_codes(term), flat_codes(sub), last=True)


def _split_on(codes: list, separators: set) -> list:
    words = []
    current: list = []
    for code in codes:
        if code in separators:
            if current:
                words.append(current)
                current = []
        else:
            current.append(code)
    if current:
        words.append(current)
    return words


@bif("string", "tokens", 2)
def tokens(term: Any, separators: Any) -> Any:
    words = _split_on(flat_codes(term), set(flat_codes(separators)))
    return build_list([build_list(word) for word in words])


def _strip(codes: list, direction: Any, character: Any) -> list:
    if direction is not LEFT and direction is not RIGHT and direction is not BOTH:
        raise function_clause()
    start, end = 0, len(codes)
    if direction is not RIGHT:
        while start < end and codes[start] == character:
            start += 1
    if direction is not LEFT:
        while end > start and codes[end - 1] == character:
            end -= 1
    return codes[start:end]


@bif("string", "strip", 1)
def strip(term: Any) -> Any:
    return build_list(_strip(flat_codes(term), BOTH, 32))


@bif("string", "strip", 2)
def strip_2(term: Any, direction: Any) -> Any:
    return build_list(_strip(flat_codes(term), direction, 32))


@bif("string", "strip", 3)
def strip_3(term: Any, direction: Any, character: Any) -> Any:
    return build_list(_strip(flat_codes(term), direction, character))


@bif("string", "substr", 2)
def substr(term: Any, start: Any) -> Any:
    codes = flat_codes(term)
    if type(start) is not int or not 1 <= start <= len(codes) + 1:
        raise function_clause()
    return build_list(codes[start - 1:])


@bif("string", "substr", 3)
def substr_3(term: Any, start: Any, count: Any) -> Any:
    codes = flat_codes(term)
    if type(start) is not int or not 1 <= start <= len(codes) + 1:
        raise function_clause()
    if type(count) is not int or count < 0:
        raise function_clause()
    return build_list(codes[start - 1:start - 1 + count])


@bif("string", "sub_string", 2)
def sub_string(term: Any, start: Any) -> Any:
    return substr(term, start)


@bif("string", "sub_string", 3)
def sub_string_3(term: Any, start: Any, stop: Any) -> Any:
    codes = flat_codes(term)
    if type(start) is not int or not 1 <= start <= len(codes) + 1 or type(stop) is not int:
        raise function_clause()
    return build_list(codes[start - 1:max(stop, start - 1)])


def _check_width(width: Any) -> int:
    if type(width) is not int or width < 0:
        raise function_clause()
    return width


@bif("string", "left", 2)
def left(term: Any, width: Any) -> Any:
    return left_3(term, width, 32)


@bif("string", "left", 3)
def left_3(term: Any, width: Any, character: Any) -> Any:
    codes = flat_codes(term)
    width = _check_width(width)
    return build_list(codes[:width] + [character] * (width - len(codes)))


@bif("string", "right", 2)
def right(term: Any, width: Any) -> Any:
    return right_3(term, width, 32)


@bif("string", "right", 3)
def right_3(term: Any, width: Any, character: Any) -> Any:
    codes = flat_codes(term)
    width = _check_width(width)
    if len(codes) >= width:
        return build_list(codes[len(codes) - width:])
    return build_list([character] * (width - len(codes)) + codes)


@bif("string", "centre", 2)
def centre(term: Any, width: Any) -> Any:
    return centre_3(term, width, 32)


@bif("string", "centre", 3)
def centre_3(term: Any, width: Any, character: Any) -> Any:
    codes = flat_codes(term)
    width = _check_width(width)
    size = len(codes)
    if size > width:
        start = (size - width) // 2
        return build_list(codes[start:start + width])
    before = (width - size) // 2
    return build_list([character] * before + codes + [character] * (width - size - before))


@bif("string", "span", 2)
def span(term: Any, characters: Any) -> int:
    codes, members = flat_codes(term), set(flat_codes(characters))
    count = 0
    while count < len(codes) and codes[count] in members:
        count += 1
    return count


@bif("string", "cspan", 2)
def cspan(term: Any, characters: Any) -> int:
    codes, members = flat_codes(term), set(flat_codes(characters))
    count = 0
    while count < len(codes) and codes[count] not in members:
        count += 1
    return count


@bif("string", "words", 1)
def words(term: Any) -> int:
    return words_2(term, 32)


@bif("string", "words", 2)
def words_2(term: Any, character: Any) -> int:
    """One more than the runs of separators inside the stripped string (OTP)."""
    codes = _strip(flat_codes(term), BOTH, character)
    count = 1
    previous_separator = False
    for code in codes:
        is_separator = code == character
        if is_separator and not previous_separator:
            count += 1
        previous_separator = is_separator
    return count


@bif("string", "sub_word", 2)
def sub_word(term: Any, index: Any) -> Any:
    return sub_word_3(term, index, 32)


@bif("string", "sub_word", 3)
def sub_word_3(term: Any, index: Any, character: Any) -> Any:
    if type(index) is not int or index < 1 or type(character) is not int:
        raise function_clause()
    found = _split_on(flat_codes(term), {character})
    return build_list(found[index - 1]) if index <= len(found) else NIL


# ---------------------------------------------------------------- to_graphemes, chars, list_to_*


@bif("string", "to_graphemes", 1)
def to_graphemes(term: Any) -> Any:
    return build_list([cluster_term(cluster) for cluster in clusters_of(chardata(term).codes)])


@bif("string", "chars", 2)
def chars(char: Any, count: Any) -> Any:
    return chars_3(char, count, NIL)


@bif("string", "chars", 3)
def chars_3(char: Any, count: Any, tail: Any) -> Any:
    if type(count) is not int or count < 0:
        raise ErlangError(FUNCTION_CLAUSE, args_for_trace=(OtpFrame("string", "chars"),
                                                           (char, count, tail)))
    result = tail
    for _ in range(count):
        result = [char, result]
    return result


@bif("string", "list_to_integer", 1)
def list_to_integer(term: Any) -> tuple:
    """The obsolete form of to_integer/1: lists only."""
    if type(term) is not list and term is not NIL:
        return (ERROR, Atom("not_a_list"))
    return to_integer(term)


@bif("string", "list_to_float", 1)
def list_to_float(term: Any) -> tuple:
    if type(term) is not list and term is not NIL:
        return (ERROR, Atom("not_a_list"))
    return to_float(term)
