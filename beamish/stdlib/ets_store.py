"""The storage behind an ets table: one class per table type.

ets:new's type option picks the class. Every store keeps whole objects
(tuples) and answers by key; the ets BIFs (stdlib/bifs/ets.py) do argument
checking, access rights and errors.

Notes
 1. Key identity. set, bag and duplicate_bag tell keys apart with ``=:=``
    (1 and 1.0 are two keys): they index by ``map_key``. ordered_set uses
    ``==`` (1 and 1.0 are one key) and term order: it indexes by
    ``order_key``, a Python value whose ``<`` and ``==`` are Erlang's term
    order and ``==`` (numbers compare by value, exactly, as Python compares
    int with float).
 2. Order. An ordered_set lists its objects in key order. The hash tables list
    keys in the order they were first inserted (a key deleted and inserted
    again moves to the end), and a bag lists a key's objects in insertion
    order. OTP lists hash tables in its hash order, which beamish does not
    reproduce (DIFFERENCES.md).
 3. ordered_set keeps its keys in ``SortedKeys``, a list of sorted runs of at
    most ``2 * RUN`` keys with the last key of each run in a separate sorted
    list (the design of the sortedcontainers package): insert, delete and
    next/prev are two bisections plus a memmove of at most ``2 * RUN``
    pointers, so O(log n) comparisons however large the table grows.
 4. first/next on a hash table: keys get a slot number in insertion order;
    a deleted key leaves an empty slot, and the slots are compacted when
    more than half are empty, so a whole first/next walk is O(n).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import Any, Iterator

from beamish.vm.terms import Atom, BitString, Fun, NIL, Pid, Port, Ref, compare, exact_eq, map_key

_NIL_KEY = (8,)


class _TermOrder:
    """Wraps a term whose order Python cannot express directly (maps, funs,
    bitstrings): compares with terms.compare, that is with Erlang's ==."""

    __slots__ = ("term",)

    def __init__(self, term: Any):
        self.term = term

    @staticmethod
    def _other(other: Any) -> Any:
        return other.term if type(other) is _TermOrder else other

    def __eq__(self, other):
        return compare(self.term, self._other(other)) == 0

    def __lt__(self, other):
        return compare(self.term, self._other(other)) < 0

    def __gt__(self, other):
        return compare(self.term, self._other(other)) > 0

    def __le__(self, other):
        return compare(self.term, self._other(other)) <= 0

    def __ge__(self, other):
        return compare(self.term, self._other(other)) >= 0

    def __hash__(self):
        return hash(type(self.term).__name__)


def order_key(term: Any) -> Any:
    """A Python value ordered and compared as ``term`` is in Erlang (note 1).

    Every key is ``(rank, ...)`` with the rank of the term's type in the
    standard order, so keys of different types never compare their payloads.
    A list's key is a tuple with one ``(9, head_key)`` per cell and then its
    tail's key: a cell and a tail compare as a list and that tail would.
    """
    t = type(term)
    if t is int or t is float:
        return (0, term)
    if t is Atom:
        return (1, term.name)
    if t is tuple:
        return (6, len(term), tuple([order_key(x) for x in term]))
    if t is list:
        items = []
        while type(term) is list:
            items.append((9, order_key(term[0])))
            term = term[1]
        items.append(order_key(term))
        return (9, tuple(items))
    if term is NIL:
        return _NIL_KEY
    if t is bytes:
        return (10, term)
    if t is Ref:
        return (2, term.numbers[::-1])
    if t is Port:
        return (4, term.number)
    if t is Pid:
        return (5, (term.node, term.serial, term.number))
    if t is dict:
        return (7, _TermOrder(term))
    if t is Fun:
        return (3, _TermOrder(term))
    if t is BitString:
        return (10, _TermOrder(term))
    raise TypeError(f"not an Erlang term: {term!r}")


class SortedKeys:
    """Sorted, duplicate-free keys with O(log n) add, remove, next and prev (note 3)."""

    RUN = 512

    def __init__(self):
        self.runs: list[list] = []
        self.maxes: list = []

    def add(self, key: Any) -> None:
        runs, maxes = self.runs, self.maxes
        if not runs:
            runs.append([key])
            maxes.append(key)
            return
        i = bisect_left(maxes, key)
        if i == len(maxes):
            i -= 1
            runs[i].append(key)
            maxes[i] = key
        else:
            insort(runs[i], key)
        run = runs[i]
        if len(run) > 2 * self.RUN:
            half = run[self.RUN:]
            del run[self.RUN:]
            runs.insert(i + 1, half)
            maxes[i] = run[-1]
            maxes.insert(i + 1, half[-1])

    def remove(self, key: Any) -> None:
        i = bisect_left(self.maxes, key)
        run = self.runs[i]
        del run[bisect_left(run, key)]
        if run:
            self.maxes[i] = run[-1]
        else:
            del self.runs[i]
            del self.maxes[i]

    def clear(self) -> None:
        self.runs = []
        self.maxes = []

    def first(self) -> Any:
        return self.runs[0][0] if self.runs else None

    def last(self) -> Any:
        return self.runs[-1][-1] if self.runs else None

    def after(self, key: Any) -> Any:
        """The smallest key greater than ``key``, or None."""
        i = bisect_right(self.maxes, key)
        if i == len(self.maxes):
            return None
        run = self.runs[i]
        return run[bisect_right(run, key)]

    def before(self, key: Any) -> Any:
        """The greatest key less than ``key``, or None."""
        i = bisect_left(self.maxes, key)
        if i == len(self.maxes):
            return self.runs[-1][-1] if self.runs else None
        run = self.runs[i]
        j = bisect_left(run, key)
        if j:
            return run[j - 1]
        return self.runs[i - 1][-1] if i else None

    def __iter__(self) -> Iterator:
        for run in self.runs:
            yield from run

    def reversed(self) -> Iterator:
        for run in reversed(self.runs):
            yield from reversed(run)


class Store:
    """What every table type answers; ``keypos`` is 0-based here."""

    def __init__(self, keypos: int):
        self.keypos = keypos

    def key_of(self, obj: tuple) -> Any:
        return obj[self.keypos]


class OrderedSetStore(Store):
    def __init__(self, keypos: int):
        super().__init__(keypos)
        self.objects: dict = {}     # order_key -> object
        self.keys = SortedKeys()

    def __len__(self) -> int:
        return len(self.objects)

    def insert(self, obj: tuple) -> None:
        key = order_key(obj[self.keypos])
        if key not in self.objects:
            self.keys.add(key)
        self.objects[key] = obj

    def has_key(self, key: Any) -> bool:
        return order_key(key) in self.objects

    # A sort key that puts keys in the table's order (every store has one).
    position = staticmethod(order_key)

    def lookup(self, key: Any) -> list:
        obj = self.objects.get(order_key(key))
        return [] if obj is None else [obj]

    def delete_key(self, key: Any) -> None:
        ok = order_key(key)
        if self.objects.pop(ok, None) is not None:
            self.keys.remove(ok)

    def delete_object(self, obj: tuple) -> None:
        ok = order_key(obj[self.keypos])
        stored = self.objects.get(ok)
        if stored is not None and exact_eq(stored, obj):
            del self.objects[ok]
            self.keys.remove(ok)

    def replace(self, obj: tuple) -> None:
        """Put ``obj`` where the object with its key is (update_element/counter)."""
        self.objects[order_key(obj[self.keypos])] = obj

    def clear(self) -> None:
        self.objects.clear()
        self.keys.clear()

    def all(self) -> list:
        objects = self.objects
        return [objects[k] for k in self.keys]

    def all_reversed(self) -> list:
        objects = self.objects
        return [objects[k] for k in self.keys.reversed()]

    def _key(self, ok: Any) -> Any:
        return None if ok is None else self.objects[ok][self.keypos]

    def first(self) -> Any:
        return self._key(self.keys.first())

    def last(self) -> Any:
        return self._key(self.keys.last())

    def next(self, key: Any) -> Any:
        return self._key(self.keys.after(order_key(key)))

    def prev(self, key: Any) -> Any:
        return self._key(self.keys.before(order_key(key)))


_EMPTY_SLOT = object()


class _HashStore(Store):
    """Keys by ``=:=`` in insertion order, with slots for first/next (note 4)."""

    def __init__(self, keypos: int):
        super().__init__(keypos)
        self.entries: dict = {}     # map_key(key) -> object (set) or list of objects
        self.slots: list = []
        self.slot_of: dict = {}
        self.empty_slots = 0

    def _new_key(self, mk: Any) -> None:
        self.slot_of[mk] = len(self.slots)
        self.slots.append(mk)

    def _forget_key(self, mk: Any) -> None:
        del self.entries[mk]
        self.slots[self.slot_of.pop(mk)] = _EMPTY_SLOT
        self.empty_slots += 1
        if self.empty_slots > 32 and self.empty_slots * 2 > len(self.slots):
            self.slots = list(self.entries)
            self.slot_of = {mk: i for i, mk in enumerate(self.slots)}
            self.empty_slots = 0

    def has_key(self, key: Any) -> bool:
        return map_key(key) in self.entries

    def position(self, key: Any) -> int:
        return self.slot_of.get(map_key(key), len(self.slots))

    def clear(self) -> None:
        self.entries.clear()
        self.slots = []
        self.slot_of = {}
        self.empty_slots = 0

    def delete_key(self, key: Any) -> None:
        mk = map_key(key)
        if mk in self.entries:
            self._forget_key(mk)

    def _slot_key(self, start: int, step: int) -> Any:
        slots = self.slots
        i = start
        while 0 <= i < len(slots):
            mk = slots[i]
            if mk is not _EMPTY_SLOT:
                return self._first_object(mk)[self.keypos]
            i += step
        return None

    def _first_object(self, mk: Any) -> tuple:
        return self.entries[mk]

    def first(self) -> Any:
        return self._slot_key(0, 1)

    def last(self) -> Any:
        return self._slot_key(len(self.slots) - 1, -1)

    def next(self, key: Any) -> Any:
        """The key after ``key``; KeyError when ``key`` is not in the table."""
        return self._slot_key(self.slot_of[map_key(key)] + 1, 1)

    def prev(self, key: Any) -> Any:
        return self._slot_key(self.slot_of[map_key(key)] - 1, -1)

    def all_reversed(self) -> list:
        return self.all()[::-1]


class SetStore(_HashStore):
    def __len__(self) -> int:
        return len(self.entries)

    def insert(self, obj: tuple) -> None:
        mk = map_key(obj[self.keypos])
        if mk not in self.entries:
            self._new_key(mk)
        self.entries[mk] = obj

    replace = insert

    def lookup(self, key: Any) -> list:
        obj = self.entries.get(map_key(key))
        return [] if obj is None else [obj]

    def delete_object(self, obj: tuple) -> None:
        mk = map_key(obj[self.keypos])
        stored = self.entries.get(mk)
        if stored is not None and exact_eq(stored, obj):
            self._forget_key(mk)

    def all(self) -> list:
        return list(self.entries.values())


class BagStore(_HashStore):
    """bag (no two =:= objects) and, with ``duplicates``, duplicate_bag."""

    def __init__(self, keypos: int, duplicates: bool):
        super().__init__(keypos)
        self.duplicates = duplicates
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def _first_object(self, mk: Any) -> tuple:
        return self.entries[mk][0]

    def insert(self, obj: tuple) -> None:
        mk = map_key(obj[self.keypos])
        objects = self.entries.get(mk)
        if objects is None:
            self._new_key(mk)
            self.entries[mk] = [obj]
        elif self.duplicates or not any(exact_eq(o, obj) for o in objects):
            objects.append(obj)
        else:
            return
        self.count += 1

    def lookup(self, key: Any) -> list:
        return list(self.entries.get(map_key(key), ()))

    def delete_key(self, key: Any) -> None:
        mk = map_key(key)
        objects = self.entries.get(mk)
        if objects is not None:
            self.count -= len(objects)
            self._forget_key(mk)

    def delete_object(self, obj: tuple) -> None:
        mk = map_key(obj[self.keypos])
        objects = self.entries.get(mk)
        if objects is None:
            return
        kept = [o for o in objects if not exact_eq(o, obj)]
        self.count -= len(objects) - len(kept)
        if kept:
            self.entries[mk] = kept
        else:
            self._forget_key(mk)

    def clear(self) -> None:
        super().clear()
        self.count = 0

    def all(self) -> list:
        return [obj for objects in self.entries.values() for obj in objects]


def new_store(kind: str, keypos: int) -> Store:
    if kind == "set":
        return SetStore(keypos)
    if kind == "ordered_set":
        return OrderedSetStore(keypos)
    return BagStore(keypos, duplicates=kind == "duplicate_bag")
