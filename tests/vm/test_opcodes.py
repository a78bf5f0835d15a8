"""The opcode table is the one definition: every op is handled and disassembled."""
from __future__ import annotations

import inspect

from beamish.vm import interp
from beamish.vm.code import CompiledFunction
from beamish.vm.disassembler import disassemble_function
from beamish.vm.opcodes import BY_NAME, TABLE

SAMPLE = {"label": 3, "reg": 1, "regs": (1, 2), "int": 2, "lit": 7, "local": ("f", 1),
          "mfa": ("m", "f", 1), "bif": ("erlang", "+", 2), "types": (int,), "spec": (),
          "code": 0}


def test_numbers_are_unique_and_names_regular():
    assert len(BY_NAME) == len(TABLE)
    for op in TABLE:
        assert op.operands.count("label") <= 1
        if "label" in op.operands:
            assert op.operands[0] == "label", f"{op.name}: the fail label comes first"


def test_every_live_opcode_has_a_handler_in_the_loop():
    source = inspect.getsource(interp.run)
    for op in TABLE:
        if op.retired:
            continue
        constant = op.name.upper()
        if op.name == "badmatch":
            constant = "BADMATCH_OP"
        assert f"op == {constant}" in source, f"no handler for {op.name}"


def test_every_opcode_disassembles_with_its_table_name():
    for number, op in enumerate(TABLE):
        ins = (number, *(SAMPLE[k] for k in op.operands))
        cf = CompiledFunction("f", 0, 0, 0, [ins], [1], [])
        text = disassemble_function(cf)
        assert op.name in text
