"""Heap accounting: the size of terms in machine words, as the BEAM counts them.

Immediates (small integers, atoms, pids, nil) live in the word that refers to
them and cost nothing extra; a cons cell is 2 words, a tuple its arity + 1, a
float 3 (boxed, 64-bit), a bignum 1 + its 64-bit digits, a binary up to 64
bytes is stored on the heap (3 words + data), a larger one is a 6-word
reference to a shared off-heap binary. The walk uses an explicit stack.
"""
from __future__ import annotations

import sys
from typing import Any

from .terms import BitString, Fun, Ref

_SMALL = 1 << 59


def term_words(term: Any, seen: set | None = None) -> int:
    """Words of a term, each shared sub-term counted once (as on a BEAM heap,
    where ``[L|L]`` stores L once); ``seen`` lets several roots share the count."""
    words = 0
    if seen is None:
        seen = set()
    stack = [term]
    pop, push = stack.pop, stack.append
    while stack:
        t = pop()
        k = type(t)
        if k is list:
            if id(t) in seen:
                continue
            seen.add(id(t))
            words += 2
            push(t[1])
            push(t[0])
        elif k is tuple:
            if not t or id(t) in seen:
                continue
            seen.add(id(t))
            words += len(t) + 1
            stack.extend(t)
        elif k is int:
            if not -_SMALL <= t < _SMALL:
                words += 1 + (t.bit_length() + 63) // 64
        elif k is float:
            words += 3
        elif k is bytes:
            words += 3 + (len(t) + 7) // 8 if len(t) <= 64 else 6
        elif k is BitString:
            words += 3 + (len(t.data) + 7) // 8 if len(t.data) <= 64 else 6
        elif k is dict:
            if id(t) in seen:
                continue
            seen.add(id(t))
            words += 3 + 2 * len(t)
            for key, value in t.items():
                push(getattr(key, "term", key))
                push(value)
        elif k is Fun:
            words += 4 + len(t.env)
            stack.extend(t.env)
        elif k is Ref:
            words += 4
    return words


# A process's share of the runtime's tables (process table slot, its pid's
# number object, run-queue slot), measured with tracemalloc over 20,000 processes.
PROCESS_TABLE_ENTRY = 190


def process_bytes(proc) -> int:
    """What a process really occupies in this Python process, in bytes.

    The process object and the containers it owns are measured with
    sys.getsizeof; the terms it holds are counted in BEAM words (8 bytes),
    which is close to what they cost here and is what a program can reason
    about. Terms shared with other processes (constants of the code) are not
    counted, as literals are not counted on the BEAM.
    """
    getsizeof = sys.getsizeof
    size = getsizeof(proc) + PROCESS_TABLE_ENTRY
    for container in (proc.r, proc.stack, proc.handlers, proc.mailbox, proc.dictionary,
                      proc.links, proc.monitors, proc.monitored_by):
        if container:
            size += getsizeof(container)
    size += getsizeof(proc.pid)
    for frame in proc.stack:
        size += getsizeof(frame) + getsizeof(frame[2])
    tail = proc.fc.tail if proc.fc is not None else ()
    for i, value in enumerate(proc.r):
        if value is not None and (i < len(proc.r) - len(tail) or value is not tail[i - len(proc.r) + len(tail)]):
            size += 8 * term_words(value)
    for message in proc.mailbox:
        size += 8 * (1 + term_words(message))
    for key, value in proc.dictionary.values():
        size += 8 * (2 + term_words(key) + term_words(value))
    return size


def process_heap_words(proc) -> int:
    """The words of terms a process holds: registers, stack frames, mailbox,
    dictionary (what max_heap_size is checked against)."""
    seen: set = set()
    words = 233  # the BEAM's minimum heap
    roots = [v for v in proc.r if v is not None]
    for frame in proc.stack:
        roots.extend(v for v in frame[2] if v is not None)
    roots.extend(proc.mailbox)
    for key, value in proc.dictionary.values():
        roots.append(key)
        roots.append(value)
    for root in roots:
        words += term_words(root, seen)
    return words
