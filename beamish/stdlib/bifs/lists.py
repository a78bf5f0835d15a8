"""The ``lists`` functions that take no fun.

Why Python: these walk whole lists doing nothing but comparisons and
rebuilding, which Python's list and sort machinery does in C. They are also
what the higher-order functions in ``stdlib/erl/lists.erl`` lean on.

Results and errors follow lists.erl of Erlang/OTP 25, including which errors
a misuse produces: functions that are BIFs in OTP (reverse/2, member/2,
keyfind/3, keymember/3, keysearch/3) fail with badarg, while those written in
Erlang there fail with function_clause, except where OTP's code calls a BIF or
raises badarg itself (split/2, seq/3, append/2, suffix/2, keysort/2).

Notes
 1. Sorting compares in standard term order, and the order of terms that
    compare equal but differ (1 and 1.0, {1} and {1.0}) is OTP's exactly.
    OTP's sort/1 is not stable: it cuts the list into ascending or
    descending runs (descending runs reverse equal terms) and merges them in
    alternating passes; natural_runs/merge_runs replay that (checked against
    OTP 25 on thousands of random lists). keysort/2 is stable but for one
    quirk (see _key_sorted). usort/ukeysort/umerge keep the first of each
    run of equal (==) terms.
 2. ``key*`` functions compare keys with ``==`` (keyfind(1, 1, [{1.0}])
    finds {1.0}); member/2, delete/2 and uniq/1 use ``=:=`` (matching).
 3. Each function checks properness with a loop before building its result,
    so an improper list fails the same way however long it is.
"""
from __future__ import annotations

import functools
from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import BADARITH, ErlangError, badarg
from beamish.vm.terms import Atom, NIL, TRUE, FALSE, compare, exact_eq, map_key

from beamish.vm.arith import plus
from beamish.stdlib.bifs.erlang import (
    build_list, codes_to_list, float_to_list, integer_to_list, list_items,
    subtract as list_subtract,
)

FUNCTION_CLAUSE = Atom("function_clause")
CASE_CLAUSE = Atom("case_clause")
VALUE = Atom("value")

_term_key = functools.cmp_to_key(compare)


def function_clause() -> ErlangError:
    return ErlangError(FUNCTION_CLAUSE)


def proper_items(term: Any) -> list:
    """Elements of a proper list; function_clause otherwise (OTP's Erlang code)."""
    out = []
    append = out.append
    while type(term) is list:
        append(term[0])
        term = term[1]
    if term is not NIL:
        raise function_clause()
    return out


def equal(a: Any, b: Any) -> bool:
    """Erlang ``==`` with a fast path for identical or simple terms."""
    if a is b:
        return True
    kind = type(a)
    if kind is type(b) and (kind is int or kind is Atom or kind is bytes):
        return a == b
    return compare(a, b) == 0


def is_tuple_with(term: Any, index: int) -> bool:
    return type(term) is tuple and len(term) >= index


# ---------------------------------------------------------------- reverse, seq


@bif("lists", "reverse", 1)
def reverse(items: Any) -> Any:
    """lists:reverse/1: short or non-list input fails in its clauses."""
    if items is NIL:
        return NIL
    if type(items) is not list:
        raise function_clause()
    rest = items[1]
    if rest is NIL:
        return items
    if type(rest) is not list:
        raise function_clause()
    result = NIL
    while type(items) is list:
        result = [items[0], result]
        items = items[1]
    if items is not NIL:
        raise badarg()
    return result


@bif("lists", "reverse", 2)
def reverse_2(items: Any, tail: Any) -> Any:
    result = tail
    while type(items) is list:
        result = [items[0], result]
        items = items[1]
    if items is not NIL:
        raise badarg()
    return result


def _seq(first: int, count: int, step: int) -> Any:
    result = NIL
    value = first + (count - 1) * step
    for _ in range(count):
        result = [value, result]
        value -= step
    return result


@bif("lists", "seq", 2)
def seq(first: Any, last: Any) -> Any:
    if type(first) is not int or type(last) is not int or first - 1 > last:
        raise function_clause()
    return _seq(first, last - first + 1, 1)


@bif("lists", "seq", 3)
def seq_3(first: Any, last: Any, step: Any) -> Any:
    if type(first) is not int or type(last) is not int or type(step) is not int:
        raise badarg()
    if (step > 0 and first - step <= last) or (step < 0 and first - step >= last):
        return _seq(first, (last - first + step) // step, step)
    if step == 0 and first == last:
        return [first, NIL]
    raise badarg()


# ---------------------------------------------------------------- sorting


def natural_runs(values: list, keys: list) -> tuple[list, bool]:
    """Cut values into the sorted runs OTP 25's lists:sort/1 and keysort/2 find.

    ``keys[i]`` is what values[i] is sorted by (the value itself for sort/1).
    Returns runs of indices, each in ascending key order, and whether OTP
    collects them in ascending mode, which the first two elements decide
    (after a prefix of equal elements, compared whole with ==).

    The detection follows OTP step by step: an element at or beyond the end
    of the current run extends it; one between the run's last two elements is
    slotted in between them; one beyond the other end is held back and starts
    the next run together with its successor. In descending mode the run is
    collected back to front, which reverses elements with equal keys; this
    is why neither sort is stable for terms such as 1 and 1.0.
    """
    count = len(values)
    runs = []
    position = 2
    if compare(keys[0], keys[1]) <= 0:
        if compare(values[0], values[1]) == 0:
            prefix = [0, 1]
            while position < count and compare(values[position], values[prefix[-1]]) == 0:
                prefix.append(position)
                position += 1
            if position == count:
                return [prefix], True
            following = position
            position += 1
            if compare(keys[prefix[-1]], keys[following]) <= 0:
                run, ascending = prefix + [following], True
            else:
                run, ascending = [following] + prefix[::-1], False
        else:
            run, ascending = [0, 1], True
    else:
        run, ascending = [1, 0], False
    held = None
    while position < count:
        item = position
        key = keys[item]
        position += 1
        if ascending:
            if compare(key, keys[run[-1]]) >= 0:
                run.append(item)
            elif compare(key, keys[run[-2]]) >= 0:
                run.insert(len(run) - 1, item)
            elif held is None and len(run) == 2:
                run.insert(0, item)
            elif held is None:
                held = item
            else:
                runs.append(run)
                run = [held, item] if compare(keys[held], key) <= 0 else [item, held]
                held = None
        else:
            if compare(key, keys[run[0]]) <= 0:
                run.insert(0, item)
            elif compare(key, keys[run[1]]) <= 0:
                run.insert(1, item)
            elif held is None and len(run) == 2:
                run.append(item)
            elif held is None:
                held = item
            else:
                runs.append(run)
                run = [item, held] if compare(keys[held], key) > 0 else [held, item]
                held = None
    runs.append(run)
    if held is not None:
        runs.append([held])
    return runs, ascending


def merge_runs(runs: list, ascending: bool, keys: list) -> list:
    """Replay OTP's merge passes over runs of indices; returns the sorted indices.

    OTP keeps its runs latest first and merges three at a time, alternating
    between passes over ascending and descending runs. In the first kind the
    first of the three wins ties, in the second kind the last one does; the
    kind flips every round, and an ascending collection starts with the
    second kind. Only the tie-breaking matters here, so each merge is a stable
    sort of the runs concatenated in winning order.
    """
    def merged(parts: list) -> list:
        indices = [index for part in parts for index in part]
        indices.sort(key=lambda index: _term_key(keys[index]))
        return indices

    pending = runs[::-1]
    accumulated: list = []
    forward = not ascending
    while True:
        while len(pending) >= 3:
            a, b, c = pending[0], pending[1], pending[2]
            del pending[:3]
            accumulated.insert(0, merged([a, b, c] if forward else [c, b, a]))
        if len(pending) == 2:
            a, b = pending
            pending = [merged([a, b] if forward else [b, a])] + accumulated
        elif len(pending) == 1:
            if forward and not accumulated:
                return pending[0]
            pending = pending + accumulated
        else:
            if forward and not accumulated:
                return []
            pending = accumulated
        accumulated = []
        forward = not forward


def otp_sorted(values: list, keys: list) -> list:
    """values ordered by keys exactly as OTP's lists:sort/keysort order them."""
    if len(values) <= 3:
        order = sorted(range(len(values)), key=lambda index: _term_key(keys[index]))
    else:
        runs, ascending = natural_runs(values, keys)
        order = merge_runs(runs, ascending, keys)
    return [values[index] for index in order]


def _same_simple_type(values: list) -> bool:
    """All integers, all atoms or all binaries: equal means identical here,
    and Python's own ordering of them is Erlang's."""
    kind = type(values[0])
    if kind is not int and kind is not Atom and kind is not bytes:
        return False
    for value in values:
        if type(value) is not kind:
            return False
    return True


def _python_sorted(values: list) -> list:
    if type(values[0]) is Atom:
        return sorted(values, key=lambda a: a.name)
    return sorted(values)


@bif("lists", "sort", 1)
def sort(items: Any) -> Any:
    """Same order as OTP's lists:sort/1, including among equal terms."""
    values = proper_items(items)
    if not values:
        return NIL
    if _same_simple_type(values):
        return build_list(_python_sorted(values))
    ordered = sorted(values, key=_term_key)
    for previous, current in zip(ordered, ordered[1:]):
        if compare(previous, current) == 0 and not exact_eq(previous, current):
            # Distinguishable equal terms: their order is OTP's run order.
            return build_list(otp_sorted(values, values))
    return build_list(ordered)


@bif("lists", "usort", 1)
def usort(items: Any) -> Any:
    values = proper_items(items)
    if not values:
        return NIL
    if _same_simple_type(values):
        return build_list(_python_sorted(list(set(values))))
    values.sort(key=_term_key)
    return build_list(_unique_runs(values))


def _unique_runs(values: list, key=None) -> list:
    """Keep the first of each run of equal (==) neighbours in a sorted list."""
    kept = []
    previous = None
    for value in values:
        probe = value if key is None else key(value)
        if kept and compare(previous, probe) == 0:
            continue
        kept.append(value)
        previous = probe
    return kept


def _key_sorted(index: Any, items: Any, unique: bool = False) -> list:
    """Tuples sorted by element ``index`` in keysort/2's order, with OTP's errors.

    keysort/2 is stable but for one quirk kept here (see below); ukeysort/2
    is plainly stable and then keeps the first tuple of each key.
    """
    if type(index) is not int or index <= 0:
        raise function_clause()
    if items is NIL:
        return []
    if type(items) is not list or (type(items[1]) is not list and items[1] is not NIL):
        raise ErlangError((CASE_CLAUSE, items))
    values = proper_items(items)
    if len(values) == 1:
        return values
    for value in values:
        if not is_tuple_with(value, index):
            raise badarg()
    position = index - 1
    if not unique and len(values) >= 4 and compare(values[0], values[1]) == 0:
        # OTP collects a prefix of equal tuples back to front when the next
        # key is smaller; everything else keysort/2 keeps stable.
        end = 2
        while end < len(values) and compare(values[end], values[end - 1]) == 0:
            end += 1
        if end < len(values) and compare(values[end - 1][position], values[end][position]) > 0:
            values[:end] = values[end - 1::-1]
    values.sort(key=lambda t: _term_key(t[position]))
    return values


@bif("lists", "keysort", 2)
def keysort(index: Any, items: Any) -> Any:
    return build_list(_key_sorted(index, items))


@bif("lists", "ukeysort", 2)
def ukeysort(index: Any, items: Any) -> Any:
    values = _key_sorted(index, items, unique=True)
    if len(values) < 2:
        return items
    return build_list(_unique_runs(values, key=lambda t: t[index - 1]))


def _merge_two(left: list, right: list, key=None, unique: bool = False) -> list:
    """Merge two lists; on equal keys the left element goes first (or alone)."""
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        a, b = left[i], right[j]
        order = compare(a if key is None else key(a), b if key is None else key(b))
        if order <= 0:
            out.append(a)
            i += 1
            if unique and order == 0:
                j += 1
        else:
            out.append(b)
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


@bif("lists", "merge", 2)
def merge(left: Any, right: Any) -> Any:
    return build_list(_merge_two(proper_items(left), proper_items(right)))


@bif("lists", "umerge", 2)
def umerge(left: Any, right: Any) -> Any:
    return build_list(_merge_two(proper_items(left), proper_items(right), unique=True))


class OtpFrame:
    """Names an OTP-internal function for the top frame of a stack trace."""

    def __init__(self, module: str, name: str):
        self.module = module
        self.name = name


def clause_in(name: str, *args: Any) -> ErlangError:
    """function_clause raised, as in OTP, by the lists.erl helper ``name``."""
    return ErlangError(FUNCTION_CLAUSE, args_for_trace=(OtpFrame("lists", name), args))


def _mergel_clause(lists_term: Any, unique: bool) -> ErlangError:
    if unique:
        return clause_in("umergel", lists_term, NIL, Atom("asc"))
    return clause_in("mergel", lists_term, NIL)


def _merge_all(lists_term: Any, unique: bool) -> Any:
    """merge/1, umerge/1: earlier lists win ties.

    As OTP's mergel/umergel, empty lists are skipped first and a lone
    remaining element is returned as it is, list or not.
    """
    try:
        parts = [part for part in proper_items(lists_term) if part is not NIL]
    except ErlangError:
        raise _mergel_clause(lists_term, unique) from None
    if len(parts) == 1:
        return parts[0]
    if any(type(part) is not list for part in parts):
        raise _mergel_clause(lists_term, unique)
    merged: list = []
    for part in reversed(parts):
        merged = _merge_two(proper_items(part), merged, unique=unique)
    return build_list(merged)


@bif("lists", "merge", 1)
def merge_1(lists_term: Any) -> Any:
    return _merge_all(lists_term, unique=False)


@bif("lists", "umerge", 1)
def umerge_1(lists_term: Any) -> Any:
    return _merge_all(lists_term, unique=True)


def _reversed_merge(lists_terms: list, unique: bool, key=None) -> Any:
    """The r*merge functions: merge lists sorted in descending order.

    Merging the reversed inputs and reversing the result gives OTP's tie
    order (the later list's element first; with unique, the first list's).
    """
    merged: list = []
    for part in reversed(lists_terms):
        merged = _merge_two(proper_items(part)[::-1], merged, key=key, unique=unique)
    return build_list(merged[::-1])


@bif("lists", "rmerge", 2)
def rmerge(left: Any, right: Any) -> Any:
    return _reversed_merge([left, right], unique=False)


@bif("lists", "rumerge", 2)
def rumerge(left: Any, right: Any) -> Any:
    return _reversed_merge([left, right], unique=True)


@bif("lists", "rmerge3", 3)
def rmerge3(first: Any, second: Any, third: Any) -> Any:
    return _reversed_merge([first, second, third], unique=False)


@bif("lists", "rumerge3", 3)
def rumerge3(first: Any, second: Any, third: Any) -> Any:
    return _reversed_merge([first, second, third], unique=True)


def _key_of(index: Any, lists_terms: list):
    if type(index) is not int or index < 1:
        raise function_clause()
    for part in lists_terms:
        for item in proper_items(part):
            if not is_tuple_with(item, index):
                raise function_clause()
    return lambda t: t[index - 1]


@bif("lists", "rkeymerge", 3)
def rkeymerge(index: Any, left: Any, right: Any) -> Any:
    return _reversed_merge([left, right], unique=False, key=_key_of(index, [left, right]))


@bif("lists", "rukeymerge", 3)
def rukeymerge(index: Any, left: Any, right: Any) -> Any:
    return _reversed_merge([left, right], unique=True, key=_key_of(index, [left, right]))


@bif("lists", "merge3", 3)
def merge3(first: Any, second: Any, third: Any) -> Any:
    return merge_1(build_list([first, second, third]))


@bif("lists", "umerge3", 3)
def umerge3(first: Any, second: Any, third: Any) -> Any:
    return umerge_1(build_list([first, second, third]))


@bif("lists", "keymerge", 3)
def keymerge(index: Any, left: Any, right: Any) -> Any:
    if type(index) is not int or index <= 0:
        raise function_clause()
    a, b = proper_items(left), proper_items(right)
    for value in a + b:
        if not is_tuple_with(value, index):
            raise badarg()
    return build_list(_merge_two(a, b, key=lambda t: t[index - 1]))


@bif("lists", "ukeymerge", 3)
def ukeymerge(index: Any, left: Any, right: Any) -> Any:
    if type(index) is not int or index <= 0:
        raise function_clause()
    a, b = proper_items(left), proper_items(right)
    for value in a + b:
        if not is_tuple_with(value, index):
            raise badarg()
    return build_list(_merge_two(a, b, key=lambda t: t[index - 1], unique=True))


# ---------------------------------------------------------------- key functions


def _check_key_bif(index: Any) -> int:
    if type(index) is not int or index <= 0:
        raise badarg()
    return index


def _keyfind(key: Any, index: int, items: Any) -> Any:
    """The first tuple whose element ``index`` == key, or None (BIF: badarg)."""
    position = index - 1
    while type(items) is list:
        value = items[0]
        if type(value) is tuple and len(value) > position and equal(value[position], key):
            return value
        items = items[1]
    if items is not NIL:
        raise badarg()
    return None


@bif("lists", "keyfind", 3)
def keyfind(key: Any, index: Any, items: Any) -> Any:
    found = _keyfind(key, _check_key_bif(index), items)
    return FALSE if found is None else found


@bif("lists", "keymember", 3)
def keymember(key: Any, index: Any, items: Any) -> Atom:
    return FALSE if _keyfind(key, _check_key_bif(index), items) is None else TRUE


@bif("lists", "keysearch", 3)
def keysearch(key: Any, index: Any, items: Any) -> Any:
    found = _keyfind(key, _check_key_bif(index), items)
    return FALSE if found is None else (VALUE, found)


def _key_position(key: Any, index: Any, items: Any) -> tuple[list, int]:
    """(elements, position of the first matching tuple or -1); Erlang-side errors."""
    if type(index) is not int or index <= 0:
        raise function_clause()
    values = []
    found = -1
    position = index - 1
    while type(items) is list:
        value = items[0]
        if (found < 0 and type(value) is tuple and len(value) > position
                and equal(value[position], key)):
            found = len(values)
        values.append(value)
        items = items[1]
        if found >= 0:
            return values, found
    if items is not NIL:
        raise function_clause()
    return values, found


def _rebuild(values: list, found: int, replacement: list, items: Any) -> Any:
    """Elements before ``found``, then replacement, then the original tail."""
    tail = items
    for _ in range(found + 1):
        tail = tail[1]
    return build_list(values[:found] + replacement, tail)


@bif("lists", "keydelete", 3)
def keydelete(key: Any, index: Any, items: Any) -> Any:
    values, found = _key_position(key, index, items)
    if found < 0:
        return items
    return _rebuild(values, found, [], items)


@bif("lists", "keyreplace", 4)
def keyreplace(key: Any, index: Any, items: Any, new: Any) -> Any:
    if type(new) is not tuple:
        raise function_clause()
    values, found = _key_position(key, index, items)
    if found < 0:
        return items
    return _rebuild(values, found, [new], items)


@bif("lists", "keystore", 4)
def keystore(key: Any, index: Any, items: Any, new: Any) -> Any:
    if type(new) is not tuple:
        raise function_clause()
    values, found = _key_position(key, index, items)
    if found < 0:
        return build_list(values + [new])
    return _rebuild(values, found, [new], items)


@bif("lists", "keytake", 3)
def keytake(key: Any, index: Any, items: Any) -> Any:
    values, found = _key_position(key, index, items)
    if found < 0:
        return FALSE
    return (VALUE, values[found], _rebuild(values, found, [], items))


# ---------------------------------------------------------------- positions


@bif("lists", "member", 2)
def member(value: Any, items: Any) -> Atom:
    kind = type(value)
    simple = kind is int or kind is Atom or kind is bytes
    while type(items) is list:
        head = items[0]
        if head is value:
            return TRUE
        if simple:
            if type(head) is kind and head == value:
                return TRUE
        elif exact_eq(head, value):
            return TRUE
        items = items[1]
    if items is not NIL:
        raise badarg()
    return FALSE


@bif("lists", "nth", 2)
def nth(index: Any, items: Any) -> Any:
    if type(index) is int and index >= 1:
        for left in range(index, 1, -1):
            if type(items) is not list:
                raise clause_in("nth", left, items)
            items = items[1]
        if type(items) is not list:
            raise clause_in("nth", 1, items)
        return items[0]
    # OTP's second clause tests N > 1 in term order, so an atom gets to N - 1.
    while type(items) is list and compare(index, 1) > 0:
        if type(index) is not int and type(index) is not float:
            raise ErlangError(BADARITH, args_for_trace=(OtpFrame("lists", "nth"), 2))
        index -= 1
        items = items[1]
    raise clause_in("nth", index, items)


@bif("lists", "nthtail", 2)
def nthtail(count: Any, items: Any) -> Any:
    if type(count) is not int or count < 0:
        raise function_clause()
    if count == 0:
        if type(items) is not list and items is not NIL:
            raise function_clause()
        return items
    for left in range(count, 0, -1):
        if type(items) is not list:
            raise clause_in("nthtail", left, items)
        items = items[1]
    return items


@bif("lists", "sublist", 2)
def sublist(items: Any, count: Any) -> Any:
    if type(count) is not int or (type(items) is not list and items is not NIL):
        raise function_clause()
    if count < 0:
        raise clause_in("sublist_2", items, count)
    taken = []
    while count > 0 and type(items) is list:
        taken.append(items[0])
        items = items[1]
        count -= 1
    if count > 0 and items is not NIL:
        raise function_clause()
    return build_list(taken)


@bif("lists", "sublist", 3)
def sublist_3(items: Any, start: Any, count: Any) -> Any:
    """Skip start-1 elements; running out early gives [] (OTP 25 clauses)."""
    if type(start) is not int or start < 1:
        raise function_clause()
    while start > 1:
        if items is NIL:
            return NIL
        if type(items) is not list:
            raise function_clause()
        items = items[1]
        start -= 1
    if type(count) is not int or count < 0 or (type(items) is not list and items is not NIL):
        raise function_clause()
    return sublist(items, count)


@bif("lists", "last", 1)
def last(items: Any) -> Any:
    if type(items) is not list:
        raise function_clause()
    while True:
        rest = items[1]
        if rest is NIL:
            return items[0]
        if type(rest) is not list:
            raise function_clause()
        items = rest


@bif("lists", "droplast", 1)
def droplast(items: Any) -> Any:
    values = proper_items(items)
    if not values:
        raise function_clause()
    return build_list(values[:-1])


@bif("lists", "split", 2)
def split(count: Any, items: Any) -> tuple:
    if type(count) is not int or count < 0 or (type(items) is not list and items is not NIL):
        raise badarg()
    taken = []
    for _ in range(count):
        if type(items) is not list:
            if items is NIL:
                raise badarg()
            raise function_clause()
        taken.append(items[0])
        items = items[1]
    return build_list(taken), items


@bif("lists", "prefix", 2)
def prefix(front: Any, items: Any) -> Atom:
    while type(front) is list and type(items) is list and exact_eq(front[0], items[0]):
        front, items = front[1], items[1]
    if type(items) is not list and items is not NIL:
        raise function_clause()
    if front is NIL:
        return TRUE
    if type(front) is list:
        return FALSE
    raise function_clause()


@bif("lists", "suffix", 2)
def suffix(back: Any, items: Any) -> Atom:
    values = list_items(items)
    tail_values = list_items(back)
    delta = len(values) - len(tail_values)
    if delta < 0:
        return FALSE
    tail = items
    for _ in range(delta):
        tail = tail[1]
    return TRUE if exact_eq(tail, back) else FALSE


# ---------------------------------------------------------------- folds without funs


@bif("lists", "max", 1)
def list_max(items: Any) -> Any:
    values = proper_items(items)
    if not values:
        raise function_clause()
    best = values[0]
    for value in values:
        if compare(value, best) > 0:
            best = value
    return best


@bif("lists", "min", 1)
def list_min(items: Any) -> Any:
    values = proper_items(items)
    if not values:
        raise function_clause()
    best = values[0]
    for value in values:
        if compare(value, best) < 0:
            best = value
    return best


@bif("lists", "sum", 1)
def list_sum(items: Any) -> Any:
    """Adds front to back, so a bad element fails with badarith before a bad tail."""
    total = 0
    while type(items) is list:
        try:
            total = plus(total, items[0])
        except ErlangError:
            raise ErlangError(BADARITH, args_for_trace=(OtpFrame("erlang", "+"), (total, items[0])))
        items = items[1]
    if items is not NIL:
        raise clause_in("sum", items, total)
    return total


@bif("lists", "flatlength", 1)
def flatlength(items: Any) -> int:
    count = 0
    pending = [items]
    while pending:
        items = pending.pop()
        while type(items) is list:
            head = items[0]
            if type(head) is list:
                pending.append(items[1])
                items = head
                continue
            if head is not NIL:
                count += 1
            items = items[1]
        if items is not NIL:
            raise function_clause()
    return count


# ---------------------------------------------------------------- building


@bif("lists", "append", 2)
def append(front: Any, back: Any) -> Any:
    return build_list(list_items(front), back)


@bif("lists", "append", 1)
def append_1(lists_term: Any) -> Any:
    """Concatenate a list of lists; the last one is used as the tail as is."""
    parts = proper_items(lists_term)
    if not parts:
        return NIL
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = build_list(list_items(part), result)
    return result


@bif("lists", "concat", 1)
def concat(things: Any) -> Any:
    parts = []
    for thing in proper_items(things):
        kind = type(thing)
        if kind is Atom:
            parts.append(codes_to_list(thing.name))
        elif kind is int:
            parts.append(integer_to_list(thing))
        elif kind is float:
            parts.append(float_to_list(thing))
        elif kind is list or thing is NIL:
            parts.append(thing)
        else:
            raise clause_in("thing_to_list", thing)
    return append_1(build_list(parts))


def _flatten(items: Any, tail: Any) -> Any:
    if type(items) is not list and items is not NIL:
        raise function_clause()
    flat = []
    pending = [items]
    while pending:
        items = pending.pop()
        while type(items) is list:
            head = items[0]
            if type(head) is list:
                pending.append(items[1])
                items = head
                continue
            if head is not NIL:
                flat.append(head)
            items = items[1]
        if items is not NIL:
            raise function_clause()
    return build_list(flat, tail)


@bif("lists", "flatten", 1)
def flatten(items: Any) -> Any:
    return _flatten(items, NIL)


@bif("lists", "flatten", 2)
def flatten_2(items: Any, tail: Any) -> Any:
    if type(tail) is not list and tail is not NIL:
        raise function_clause()
    return _flatten(items, tail)


@bif("lists", "duplicate", 2)
def duplicate(count: Any, value: Any) -> Any:
    if type(count) is not int or count < 0:
        raise function_clause()
    result = NIL
    for _ in range(count):
        result = [value, result]
    return result


@bif("lists", "delete", 2)
def delete(value: Any, items: Any) -> Any:
    kept = []
    while type(items) is list:
        if exact_eq(items[0], value):
            return build_list(kept, items[1])
        kept.append(items[0])
        items = items[1]
    if items is not NIL:
        raise function_clause()
    return build_list(kept)


@bif("lists", "subtract", 2)
def subtract(front: Any, back: Any) -> Any:
    """OTP compiles lists:subtract/2 to ``--``, whose frame a badarg shows."""
    try:
        return list_subtract(front, back)
    except ErlangError as e:
        raise ErlangError(e.reason, args_for_trace=(OtpFrame("erlang", "--"), (front, back))) from None


@bif("lists", "zip", 2)
def zip_2(left: Any, right: Any) -> Any:
    pairs = []
    while type(left) is list and type(right) is list:
        pairs.append((left[0], right[0]))
        left, right = left[1], right[1]
    if left is not NIL or right is not NIL:
        raise clause_in("zip", left, right)
    return build_list(pairs)


@bif("lists", "zip3", 3)
def zip3(first: Any, second: Any, third: Any) -> Any:
    triples = []
    while type(first) is list and type(second) is list and type(third) is list:
        triples.append((first[0], second[0], third[0]))
        first, second, third = first[1], second[1], third[1]
    if first is not NIL or second is not NIL or third is not NIL:
        raise clause_in("zip3", first, second, third)
    return build_list(triples)


def _unzip(items: Any, width: int) -> tuple:
    columns = [[] for _ in range(width)]
    for value in proper_items(items):
        if type(value) is not tuple or len(value) != width:
            raise function_clause()
        for column, element in zip(columns, value):
            column.append(element)
    return tuple(build_list(column) for column in columns)


@bif("lists", "unzip", 1)
def unzip(items: Any) -> tuple:
    return _unzip(items, 2)


@bif("lists", "unzip3", 1)
def unzip3(items: Any) -> tuple:
    return _unzip(items, 3)


@bif("lists", "enumerate", 1)
def enumerate_1(items: Any) -> Any:
    return enumerate_2(1, items)


@bif("lists", "enumerate", 2)
def enumerate_2(start: Any, items: Any) -> Any:
    if type(start) is not int or (type(items) is not list and items is not NIL):
        raise function_clause()
    return build_list([(start + i, value) for i, value in enumerate(proper_items(items))])


@bif("lists", "join", 2)
def join(separator: Any, items: Any) -> Any:
    values = proper_items(items)
    joined = []
    for value in values:
        if joined:
            joined.append(separator)
        joined.append(value)
    return build_list(joined)


@bif("lists", "uniq", 1)
def uniq(items: Any) -> Any:
    seen = set()
    kept = []
    for value in proper_items(items):
        key = map_key(value)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return build_list(kept)
