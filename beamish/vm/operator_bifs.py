"""Erlang's operators as BIFs of the erlang module (``erlang:'+'/2`` ...).

The compiler emits these for operators without an instruction of their own,
and ``fun erlang:'<'/2`` or apply reach them too; arith.py holds the semantics.
"""
from __future__ import annotations

from .arith import OPERATORS
from .bif_registry import bif

for (_name, _arity), _func in OPERATORS.items():
    bif("erlang", _name, _arity, guard=True)(_func)
