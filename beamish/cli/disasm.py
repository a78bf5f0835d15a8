"""``beamish disasm FILE.erl``: a module's bytecode, named by the opcode table."""
from __future__ import annotations

import sys

from ..compiler import CompileError, ErlangSyntaxError, compile_file
from ..vm.disassembler import disassemble_module
from .run import report_compile_error


def disasm_file(path: str, include_path=()) -> int:
    try:
        compiled = compile_file(path, include_path, use_cache=False)
    except (ErlangSyntaxError, CompileError) as exc:
        report_compile_error(exc)
        return 127
    except OSError as exc:
        sys.stderr.write(f"beamish: {exc}\n")
        return 1
    sys.stdout.write(disassemble_module(compiled))
    return 0
