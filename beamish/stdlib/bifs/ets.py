"""The ``ets`` functions that take no fun (Erlang/OTP 25, stdlib 4.2 / erts 13).

Why Python: a table is a Python dict (or a sorted index for ordered_set, see
stdlib/ets_store.py) and a lookup is one dict access. Match specifications
are compiled to closures by stdlib/match_spec.py. The functions that take a
fun (foldl, foldr) and ets:fun2ms's run-time complaint are in stdlib/erl/ets.erl;
the compile-time fun2ms is compiler/ms_transform.py.

Notes
 1. Tables. Every table has a reference as its id (what ets:new returns for an
    unnamed table); a named_table is also found by its name, which is what
    ets:new returns for it. Tables live in the runtime's registry
    (``runtime.ets_tables``) and belong to the process that created them.
 2. Ownership. When the owner terminates (a runtime exit hook), a table with a
    live heir goes to it with ``{'ETS-TRANSFER', Tab, OwnerPid, HeirData}``;
    any other table is deleted. give_away/3 sends the same message.
 3. Access. public: anyone reads and writes; protected: anyone reads, the owner
    writes; private: only the owner. A refusal is badarg with cause
    ``access``; an unknown table is badarg with cause ``id`` (``type`` when the
    argument is neither an atom nor a reference that ever named a table: OTP's
    table references are a kind of their own).
 4. Errors are badarg with OTP's ``[{error_info, #{module => erl_stdlib_errors,
    cause => C}}]`` frame info (the cause only where OTP gives one:
    already_exists, id, access, type, badkey, position, keypos, table_type,
    owner, not_owner). tab2list, select_delete and delete_all_objects fail in
    the frames OTP shows for them (match_object/2, internal_select_delete/2,
    internal_delete_all/2): as in OTP, they are Erlang wrappers (erl/ets.erl)
    of those BIFs.
 5. last/prev on a set, bag or duplicate_bag are first/next, as in OTP (such
    a table has no order to reverse). Iteration order: see ets_store.
 6. Continuations of select/3, match/3 and match_object/3 hold the remaining
    results (computed when the first chunk was asked for): a later change to
    the table does not show in them. OTP's continuations are opaque.
 7. info(Tab, memory) is an estimate in words (a base plus a per-object
    size); OTP's figure depends on its allocators.
 8. A bag given a list in one insert takes its objects last to first (so
    ``insert(B, [{k,1}, {k,2}])`` looks up as ``[{k,2}, {k,1}]``), as OTP 25
    does; separate inserts, and duplicate_bag, keep insertion order.
"""
from __future__ import annotations

from typing import Any

from beamish.vm.bif_registry import bif
from beamish.vm.errors import BADARG, ErlangError
from beamish.vm.terms import (Atom, NIL, TRUE, FALSE, UNDEFINED, Pid, Ref, from_iterable,
                              map_key)
from beamish.stdlib.ets_store import OrderedSetStore, Store, new_store
from beamish.stdlib.match_spec import MatchSpec, compile_ms, is_ground, pattern_spec

END_OF_TABLE = Atom("$end_of_table")
ALL_VARS = Atom("$$")
WHOLE = Atom("$_")
UNDERSCORE = Atom("_")
ETS_TRANSFER = Atom("ETS-TRANSFER")
NONE = Atom("none")
ERROR_INFO = Atom("error_info")
MODULE = Atom("module")
CAUSE = Atom("cause")
STDLIB_ERRORS = Atom("erl_stdlib_errors")
CONTINUATION = Atom("ets_continuation")

TYPES = {Atom(k): k for k in ("set", "ordered_set", "bag", "duplicate_bag")}
PROTECTIONS = {Atom(k): k for k in ("public", "protected", "private")}


# ---------------------------------------------------------------- errors

def _fail(cause: str | None = None) -> ErlangError:
    info = {MODULE: STDLIB_ERRORS}
    if cause is not None:
        info[CAUSE] = Atom(cause)
    return ErlangError(BADARG, error_info=[(ERROR_INFO, info), NIL])


# ---------------------------------------------------------------- tables

class Table:
    __slots__ = ("id", "name", "named", "kind", "keypos", "protection", "owner", "heir",
                 "heir_data", "read_concurrency", "write_concurrency",
                 "decentralized_counters", "compressed", "store")

    def __init__(self, id_: Ref, name: Atom, kind: str, keypos: int, owner: Pid):
        self.id = id_
        self.name = name
        self.named = False
        self.kind = kind
        self.keypos = keypos           # 1-based, as Erlang sees it
        self.protection = "protected"
        self.owner = owner
        self.heir: Pid | None = None
        self.heir_data: Any = None
        self.read_concurrency = FALSE
        self.write_concurrency = FALSE
        self.decentralized_counters = FALSE
        self.compressed = FALSE
        self.store: Store = new_store(kind, keypos - 1)

    @property
    def handle(self) -> Any:
        """What ets:new returned for it: its name when named, else its id."""
        return self.name if self.named else self.id


class Registry:
    """The tables of one runtime, by id and by name, and who owns which."""

    def __init__(self, runtime: Any):
        self.runtime = runtime
        self.by_id: dict[Ref, Table] = {}
        self.by_name: dict[Atom, Table] = {}
        self.issued: set[Ref] = set()   # every table id ever made (note 3)
        self.owned: dict[Pid, dict] = {}  # owner -> its tables (a dict as an ordered set)
        runtime.exit_hooks.append(self.owner_exited)

    def add(self, table: Table) -> None:
        self.by_id[table.id] = table
        self.issued.add(table.id)
        if table.named:
            self.by_name[table.name] = table
        self.owned.setdefault(table.owner, {})[table.id] = table

    def remove(self, table: Table) -> None:
        self.by_id.pop(table.id, None)
        if table.named and self.by_name.get(table.name) is table:
            del self.by_name[table.name]
        self._disown(table)

    def _disown(self, table: Table) -> None:
        tables = self.owned.get(table.owner)
        if tables is not None:
            tables.pop(table.id, None)
            if not tables:
                del self.owned[table.owner]

    def transfer(self, table: Table, new_owner: Any, gift: Any, old_owner: Pid) -> None:
        """Make ``new_owner`` (a process) the owner and tell it so (note 2)."""
        self._disown(table)
        table.owner = new_owner.pid
        self.owned.setdefault(table.owner, {})[table.id] = table
        self.runtime.deliver(new_owner, (ETS_TRANSFER, table.handle, old_owner, gift))

    def find(self, tab: Any) -> Table | None:
        if type(tab) is Ref:
            return self.by_id.get(tab)
        if type(tab) is Atom:
            return self.by_name.get(tab)
        return None

    def owner_exited(self, proc: Any) -> None:
        """Note 2: hand each table of a dead owner to its heir, or delete it."""
        for table in list(self.owned.get(proc.pid, {}).values()):
            heir = self.runtime.process_of(table.heir) if table.heir is not None else None
            if heir is not None and heir.status != "exited" and heir is not proc:
                self.transfer(table, heir, table.heir_data, proc.pid)
            else:
                self.remove(table)


def _registry(proc: Any) -> Registry:
    runtime = proc.runtime
    if runtime.ets_tables is None:
        runtime.ets_tables = Registry(runtime)
    return runtime.ets_tables


def _table(proc: Any, tab: Any, write: bool = False) -> Table:
    """The table ``tab`` names, if the caller may read it (or write, note 3)."""
    registry = _registry(proc)
    if type(tab) is not Atom and (type(tab) is not Ref or tab not in registry.issued):
        raise _fail("type")
    table = registry.find(tab)
    if table is None:
        raise _fail("id")
    if table.protection != "public" and table.owner != proc.pid:
        if write or table.protection == "private":
            raise _fail("access")
    return table


def _objects(table: Table, term: Any) -> list:
    """The objects of insert's second argument, in the order to insert them;
    badarg for a non-object. OTP puts a list into a bag last object first
    (note 8)."""
    if type(term) is tuple:
        items = [term]
    else:
        items = []
        while type(term) is list:
            items.append(term[0])
            term = term[1]
        if term is not NIL:
            raise _fail()
        if table.kind == "bag":
            items.reverse()
    for obj in items:
        if type(obj) is not tuple or len(obj) < table.keypos:
            raise _fail()
    return items


# ---------------------------------------------------------------- creating and deleting

@bif("ets", "new", 2, process=True)
def new(proc, name, options):
    if type(name) is not Atom:
        raise _fail()
    kind, keypos, protection, named = "set", 1, "protected", False
    settings: dict = {}
    heir = None
    while type(options) is list:
        option = options[0]
        options = options[1]
        if type(option) is Atom:
            if option in TYPES:
                kind = TYPES[option]
            elif option in PROTECTIONS:
                protection = PROTECTIONS[option]
            elif option.name == "named_table":
                named = True
            elif option.name == "compressed":
                settings["compressed"] = TRUE
            else:
                raise _fail()
        elif type(option) is tuple and len(option) == 2 and type(option[0]) is Atom:
            key, value = option[0].name, option[1]
            if key == "keypos" and type(value) is int and value >= 1:
                keypos = value
            elif key in ("read_concurrency", "decentralized_counters") and value in (TRUE, FALSE):
                settings[key] = value
            elif key == "write_concurrency" and value in (TRUE, FALSE, Atom("auto")):
                settings[key] = value
            elif key == "heir" and value is NONE:
                heir = None
            else:
                raise _fail()
        elif (type(option) is tuple and len(option) == 3 and option[0] is Atom("heir")
              and type(option[1]) is Pid):
            heir = (option[1], option[2])
        else:
            raise _fail()
    if options is not NIL:
        raise _fail()
    registry = _registry(proc)
    if named and name in registry.by_name:
        raise _fail("already_exists")
    table = Table(proc.runtime.make_ref(), name, kind, keypos, proc.pid)
    table.named = named
    table.protection = protection
    for key, value in settings.items():
        setattr(table, key, value)
    if heir is not None:
        table.heir, table.heir_data = heir
    registry.add(table)
    return table.handle


@bif("ets", "delete", 1, process=True)
def delete_table(proc, tab):
    table = _table(proc, tab, write=True)
    _registry(proc).remove(table)
    return TRUE


@bif("ets", "internal_delete_all", 2, process=True)
def internal_delete_all(proc, tab, _undefined):
    """ets:delete_all_objects/1 (erl/ets.erl) is a call of this."""
    _table(proc, tab, write=True).store.clear()
    return TRUE


@bif("ets", "rename", 2, process=True)
def rename(proc, tab, name):
    table = _table(proc, tab, write=True)
    if type(name) is not Atom:
        raise _fail()
    registry = _registry(proc)
    if table.named:
        if name in registry.by_name and registry.by_name[name] is not table:
            raise _fail()
        del registry.by_name[table.name]
        registry.by_name[name] = table
    table.name = name
    return table.handle


@bif("ets", "give_away", 3, process=True)
def give_away(proc, tab, pid, gift):
    table = _table(proc, tab, write=True)
    if type(pid) is not Pid:
        raise _fail()
    if table.owner != proc.pid:
        raise _fail("not_owner")
    if pid == proc.pid:
        raise _fail("owner")
    target = proc.runtime.process_of(pid)
    if target is None or target.status == "exited":
        raise _fail()
    _registry(proc).transfer(table, target, gift, proc.pid)
    return TRUE


@bif("ets", "setopts", 2, process=True)
def setopts(proc, tab, options):
    table = _table(proc, tab, write=True)
    items = [options] if type(options) is tuple else None
    if items is None:
        items = []
        while type(options) is list:
            items.append(options[0])
            options = options[1]
        if options is not NIL:
            raise _fail()
    if table.owner != proc.pid:
        raise _fail()
    for option in items:
        if option == (Atom("heir"), NONE):
            table.heir = table.heir_data = None
        elif (type(option) is tuple and len(option) == 3 and option[0] is Atom("heir")
              and type(option[1]) is Pid):
            table.heir, table.heir_data = option[1], option[2]
        elif (type(option) is tuple and len(option) == 2 and option[0] is Atom("protection")
              and option[1] in PROTECTIONS):
            table.protection = PROTECTIONS[option[1]]
        else:
            raise _fail()
    return TRUE


@bif("ets", "safe_fixtable", 2, process=True)
def safe_fixtable(proc, tab, flag):
    _table(proc, tab)
    if flag is not TRUE and flag is not FALSE:
        raise _fail()
    return TRUE


@bif("ets", "whereis", 1, process=True)
def whereis(proc, name):
    if type(name) is not Atom:
        raise _fail()
    table = _registry(proc).by_name.get(name)
    return UNDEFINED if table is None else table.id


@bif("ets", "all", 0, process=True)
def all_tables(proc):
    return from_iterable([t.handle for t in _registry(proc).by_id.values()])


# ---------------------------------------------------------------- info

def _memory_words(table: Table) -> int:
    base = 171 if table.kind == "ordered_set" else 305
    return base + sum(len(obj) + 6 for obj in table.store.all())


def _info_item(proc: Any, table: Table, item: Atom) -> Any:
    name = item.name
    if name == "id":
        return table.id
    if name == "name":
        return table.name
    if name == "named_table":
        return TRUE if table.named else FALSE
    if name == "type":
        return Atom(table.kind)
    if name == "keypos":
        return table.keypos
    if name == "protection":
        return Atom(table.protection)
    if name == "size":
        return len(table.store)
    if name == "owner":
        return table.owner
    if name == "heir":
        return NONE if table.heir is None else table.heir
    if name == "node":
        return Atom("nonode@nohost")
    if name == "memory":
        return _memory_words(table)
    if name in ("read_concurrency", "write_concurrency", "decentralized_counters", "compressed"):
        return getattr(table, name)
    if name in ("fixed", "safe_fixed", "safe_fixed_monotonic_time"):
        return FALSE
    raise _fail()


_INFO_ORDER = [Atom(k) for k in (
    "id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed",
    "memory", "owner", "heir", "name", "size", "node", "named_table", "type", "keypos",
    "protection")]


def _info_table(proc: Any, tab: Any) -> Table | None:
    registry = _registry(proc)
    if type(tab) is not Atom and (type(tab) is not Ref or tab not in registry.issued):
        raise _fail("type")
    return registry.find(tab)


@bif("ets", "info", 1, process=True)
def info_1(proc, tab):
    table = _info_table(proc, tab)
    if table is None:
        return UNDEFINED
    return from_iterable([(item, _info_item(proc, table, item)) for item in _INFO_ORDER])


@bif("ets", "info", 2, process=True)
def info_2(proc, tab, item):
    table = _info_table(proc, tab)
    if type(item) is not Atom:
        raise _fail()
    if table is None:
        return UNDEFINED
    return _info_item(proc, table, item)


# ---------------------------------------------------------------- writing

@bif("ets", "insert", 2, process=True)
def insert(proc, tab, objects):
    table = _table(proc, tab, write=True)
    store = table.store
    for obj in _objects(table, objects):
        store.insert(obj)
    return TRUE


@bif("ets", "insert_new", 2, process=True)
def insert_new(proc, tab, objects):
    table = _table(proc, tab, write=True)
    items = _objects(table, objects)
    store = table.store
    position = table.keypos - 1
    if any(store.has_key(obj[position]) for obj in items):
        return FALSE
    for obj in items:
        store.insert(obj)
    return TRUE


@bif("ets", "delete", 2, process=True)
def delete_key(proc, tab, key):
    _table(proc, tab, write=True).store.delete_key(key)
    return TRUE


@bif("ets", "delete_object", 2, process=True)
def delete_object(proc, tab, obj):
    table = _table(proc, tab, write=True)
    if type(obj) is not tuple or len(obj) < table.keypos:
        raise _fail()
    table.store.delete_object(obj)
    return TRUE


@bif("ets", "take", 2, process=True)
def take(proc, tab, key):
    store = _table(proc, tab, write=True).store
    found = store.lookup(key)
    if found:
        store.delete_key(key)
    return from_iterable(found)


def _single_object_table(table: Table) -> None:
    if table.kind not in ("set", "ordered_set"):
        raise _fail("table_type")


def _counter_ops(op: Any, keypos: int) -> tuple[list, bool]:
    """update_counter's operations as (position, incr, threshold, set_value)."""
    if type(op) is int:
        return [(keypos + 1, op, None, None)], False
    single = type(op) is tuple
    items = [op] if single else []
    if not single:
        while type(op) is list:
            items.append(op[0])
            op = op[1]
        if op is not NIL:
            raise _fail()
    ops = []
    for item in items:
        if type(item) is tuple and len(item) == 2 and type(item[0]) is int and type(item[1]) is int:
            ops.append((item[0], item[1], None, None))
        elif (type(item) is tuple and len(item) == 4 and all(type(x) is int for x in item)):
            ops.append(item)
        else:
            raise _fail()
    return ops, single


def _update_counter(proc: Any, tab: Any, key: Any, op: Any, default: Any) -> Any:
    table = _table(proc, tab, write=True)
    _single_object_table(table)
    found = table.store.lookup(key)
    if not found and default is None:
        raise _fail("badkey")
    ops, single = _counter_ops(op, table.keypos)
    if found:
        obj = found[0]
    else:
        if type(default) is not tuple or len(default) < table.keypos:
            raise _fail()
        obj = default[:table.keypos - 1] + (key,) + default[table.keypos:]
    values = list(obj)
    results = []
    for position, incr, threshold, set_value in ops:
        if position == table.keypos:
            raise _fail("keypos")
        if position < 1 or position > len(values):
            raise _fail("position")
        current = values[position - 1]
        if type(current) is not int:
            raise _fail()
        value = current + incr
        if threshold is not None:
            if (incr >= 0 and value > threshold) or (incr < 0 and value < threshold):
                value = set_value
        values[position - 1] = value
        results.append(value)
    if found:
        table.store.replace(tuple(values))
    else:
        table.store.insert(tuple(values))
    if type(op) is int or single:
        return results[0]
    return from_iterable(results)


@bif("ets", "update_counter", 3, process=True)
def update_counter_3(proc, tab, key, op):
    return _update_counter(proc, tab, key, op, None)


@bif("ets", "update_counter", 4, process=True)
def update_counter_4(proc, tab, key, op, default):
    return _update_counter(proc, tab, key, op, default)


@bif("ets", "update_element", 3, process=True)
def update_element(proc, tab, key, changes):
    table = _table(proc, tab, write=True)
    if table.kind not in ("set", "ordered_set"):
        raise _fail()
    found = table.store.lookup(key)
    if not found:
        return FALSE
    items = [changes] if type(changes) is tuple else []
    if not items:
        while type(changes) is list:
            items.append(changes[0])
            changes = changes[1]
        if changes is not NIL:
            raise _fail()
    for item in items:
        if type(item) is not tuple or len(item) != 2 or type(item[0]) is not int:
            raise _fail()
    values = list(found[0])
    for position, value in items:
        if position == table.keypos:
            raise _fail("keypos")
        if position < 1 or position > len(values):
            raise _fail()
        values[position - 1] = value
    table.store.replace(tuple(values))
    return TRUE


# ---------------------------------------------------------------- reading

@bif("ets", "lookup", 2, process=True)
def lookup(proc, tab, key):
    return from_iterable(_table(proc, tab).store.lookup(key))


@bif("ets", "member", 2, process=True)
def member(proc, tab, key):
    return TRUE if _table(proc, tab).store.has_key(key) else FALSE


@bif("ets", "lookup_element", 3, process=True)
def lookup_element(proc, tab, key, position):
    table = _table(proc, tab)
    if type(position) is not int or position < 1:
        raise _fail()
    found = table.store.lookup(key)
    if not found:
        raise _fail("badkey")
    if any(len(obj) < position for obj in found):
        raise _fail()
    if table.kind in ("set", "ordered_set"):
        return found[0][position - 1]
    return from_iterable([obj[position - 1] for obj in found])


def _key_or_end(key: Any) -> Any:
    return END_OF_TABLE if key is None else key


@bif("ets", "first", 1, process=True)
def first(proc, tab):
    return _key_or_end(_table(proc, tab).store.first())


@bif("ets", "last", 1, process=True)
def last(proc, tab):
    store = _table(proc, tab).store
    return _key_or_end(store.last() if type(store) is OrderedSetStore else store.first())


def _step(proc: Any, tab: Any, key: Any, forward: bool) -> Any:
    store = _table(proc, tab).store
    if type(store) is OrderedSetStore:
        return _key_or_end(store.next(key) if forward else store.prev(key))
    try:
        return _key_or_end(store.next(key))
    except KeyError:
        raise _fail() from None


@bif("ets", "next", 2, process=True)
def next_(proc, tab, key):
    return _step(proc, tab, key, True)


@bif("ets", "prev", 2, process=True)
def prev(proc, tab, key):
    return _step(proc, tab, key, False)


# ---------------------------------------------------------------- matching

def _candidates(table: Table, spec: MatchSpec, reverse: bool = False) -> list:
    """The objects a spec can match: by key when every head fixes the key."""
    position = table.keypos - 1
    keys = []
    for head in spec.heads:
        if type(head) is not tuple or len(head) <= position or not is_ground(head[position]):
            return table.store.all_reversed() if reverse else table.store.all()
        keys.append(head[position])
    seen = set()
    objects = []
    for key in sorted(keys, key=table.store.position) if len(keys) > 1 else keys:
        mk = map_key(key)
        if mk not in seen:
            seen.add(mk)
            objects.extend(table.store.lookup(key))
    return objects[::-1] if reverse else objects


def _compile(spec: Any) -> MatchSpec:
    try:
        return compile_ms(spec)
    except ErlangError:
        raise _fail() from None


def _select(proc: Any, table: Table, spec: MatchSpec, reverse: bool = False) -> list:
    no_match = MatchSpec.NO_MATCH
    out = []
    for obj in _candidates(table, spec, reverse):
        result = spec.run(obj, proc)
        if result is not no_match:
            out.append(result)
    return out


@bif("ets", "select", 2, process=True)
def select(proc, tab, spec):
    table = _table(proc, tab)
    return from_iterable(_select(proc, table, _compile(spec)))


@bif("ets", "select_reverse", 2, process=True)
def select_reverse(proc, tab, spec):
    table = _table(proc, tab)
    return from_iterable(_select(proc, table, _compile(spec), reverse=True))


@bif("ets", "match", 2, process=True)
def match(proc, tab, pattern):
    table = _table(proc, tab)
    return from_iterable(_select(proc, table, _pattern(pattern, ALL_VARS)))


@bif("ets", "match_object", 2, process=True)
def match_object(proc, tab, pattern):
    table = _table(proc, tab)
    if pattern is UNDERSCORE:   # tab2list/1
        return from_iterable(table.store.all())
    return from_iterable(_select(proc, table, _pattern(pattern, WHOLE)))


def _pattern(pattern: Any, body: Atom) -> MatchSpec:
    try:
        return pattern_spec(pattern, body)
    except ErlangError:
        # a head that is no tuple, variable or '_' matches no object
        return compile_ms(NIL)


@bif("ets", "select_count", 2, process=True)
def select_count(proc, tab, spec):
    table = _table(proc, tab)
    compiled = _compile(spec)
    return sum(1 for obj in _candidates(table, compiled) if compiled.run(obj, proc) is TRUE)


@bif("ets", "internal_select_delete", 2, process=True)
def internal_select_delete(proc, tab, spec):
    """ets:select_delete/2 (erl/ets.erl) is a call of this."""
    table = _table(proc, tab, write=True)
    compiled = _compile(spec)
    doomed = [obj for obj in _candidates(table, compiled) if compiled.run(obj, proc) is TRUE]
    for obj in doomed:
        table.store.delete_object(obj)
    return len(doomed)


@bif("ets", "match_delete", 2, process=True)
def match_delete(proc, tab, pattern):
    table = _table(proc, tab, write=True)
    for obj in _select(proc, table, _pattern(pattern, WHOLE)):
        table.store.delete_object(obj)
    return TRUE


# ---- chunked results (note 6)

def _chunk(results: list, limit: int) -> Any:
    if not results:
        return END_OF_TABLE
    rest = results[limit:]
    continuation = (CONTINUATION, from_iterable(rest), limit) if rest else END_OF_TABLE
    return (from_iterable(results[:limit]), continuation)


def _limit(limit: Any) -> int:
    if type(limit) is not int or limit < 1:
        raise _fail()
    return limit


@bif("ets", "select", 3, process=True)
def select_3(proc, tab, spec, limit):
    table = _table(proc, tab)
    return _chunk(_select(proc, table, _compile(spec)), _limit(limit))


@bif("ets", "match", 3, process=True)
def match_3(proc, tab, pattern, limit):
    table = _table(proc, tab)
    return _chunk(_select(proc, table, _pattern(pattern, ALL_VARS)), _limit(limit))


@bif("ets", "match_object", 3, process=True)
def match_object_3(proc, tab, pattern, limit):
    table = _table(proc, tab)
    return _chunk(_select(proc, table, _pattern(pattern, WHOLE)), _limit(limit))


def _continue(continuation: Any) -> Any:
    if continuation is END_OF_TABLE:
        return END_OF_TABLE
    if (type(continuation) is not tuple or len(continuation) != 3
            or continuation[0] is not CONTINUATION or type(continuation[2]) is not int):
        raise _fail()
    rest = []
    term = continuation[1]
    while type(term) is list:
        rest.append(term[0])
        term = term[1]
    return _chunk(rest, continuation[2])


@bif("ets", "select", 1)
def select_1(continuation):
    return _continue(continuation)


@bif("ets", "match", 1)
def match_1(continuation):
    return _continue(continuation)


@bif("ets", "match_object", 1)
def match_object_1(continuation):
    return _continue(continuation)


@bif("ets", "test_ms", 2, process=True)
def test_ms(proc, obj, spec):
    try:
        compiled = compile_ms(spec)
    except ErlangError:
        message = from_iterable([ord(c) for c in "invalid match specification"])
        return (Atom("error"), from_iterable([(Atom("error"), message)]))
    result = compiled.run(obj, proc)
    return (Atom("ok"), FALSE if result is MatchSpec.NO_MATCH else result)
