"""The compiler's front door: source file to CompiledModule, with a disk cache.

The cache entry for a file is keyed by the hash of its source text, the
include path and beamish's version; it records the files the source included
with their hashes, and is used only while those are unchanged.
"""
from __future__ import annotations

import hashlib
import os
import pickle

from ..cache import cache_dir, write_atomically
from ..grammar.errors import ErlangSyntaxError
from ..vm.code import CompiledModule
from .errors import CompileError

# The front end (Lark, the lexer's tables, the code generator) is imported on
# the first cache miss only: a warm start never pays for it.

__all__ = ["compile_file", "compile_source", "CompileError", "ErlangSyntaxError"]


def compile_source(text: str, file: str, include_path=(), tokens=None,
                   predefined: dict | None = None) -> CompiledModule:
    """Compile Erlang source text; raises ErlangSyntaxError or CompileError.

    ``predefined`` holds macros defined before the first line, as erlc's -D
    (see grammar.preprocessor.preprocess)."""
    from ..grammar.lexer import tokenize
    from ..grammar.parser import parse_tokens
    from ..grammar.preprocessor import preprocess
    from .module import ModuleCompiler
    if tokens is None:
        tokens = tokenize(text, file)
    tokens = preprocess(tokens, file, list(include_path), predefined)
    forms, syntax_errors = parse_tokens(tokens, file)
    default = os.path.splitext(os.path.basename(file))[0]
    lint = ModuleCompiler(forms, file, default)
    try:
        compiled = lint.compile_with_warnings()
    except CompileError as e:
        e.diagnostics[:0] = [(x.file or file, x.line, x.col, x.message) for x in syntax_errors]
        raise
    if syntax_errors:
        raise CompileError([(x.file or file, x.line, x.col, x.message) for x in syntax_errors],
                           lint.warnings)
    compiled.includes = sorted({t.file for t in tokens if getattr(t, "file", None)})
    return compiled


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_fingerprint: str | None = None


def compiler_fingerprint() -> str:
    """Identifies the code that produces bytecode, so an edited compiler never
    reads entries written by an older one (the version alone would not change)."""
    global _fingerprint
    if _fingerprint is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        parts = []
        for sub in ("grammar", "compiler", "vm"):
            directory = os.path.join(root, sub)
            for name in sorted(os.listdir(directory)):
                if name.endswith((".py", ".lark")):
                    st = os.stat(os.path.join(directory, name))
                    parts.append(f"{sub}/{name}:{st.st_mtime_ns}:{st.st_size}")
        _fingerprint = _digest("\n".join(parts).encode())
    return _fingerprint


def compile_file(path: str, include_path=(), use_cache: bool = True,
                 predefined: dict | None = None) -> CompiledModule:
    with open(path, "rb") as f:
        raw = f.read()
    macros = sorted((predefined or {}).items())
    key = _digest(raw + repr((path, list(include_path), macros,
                              compiler_fingerprint())).encode())
    entry = None
    if use_cache:
        entry = os.path.join(cache_dir(), key[:2], key + ".pickle")
        try:
            with open(entry, "rb") as f:
                compiled, deps = pickle.load(f)
            if all(_file_digest(p) == d for p, d in deps):
                return compiled
        except (OSError, pickle.PickleError, EOFError, ValueError, AttributeError, TypeError):
            pass
    from ..grammar.lexer import scan_file
    tokens, text = scan_file(path)
    compiled = compile_source(text, path, include_path, tokens=tokens, predefined=predefined)
    if entry is not None:
        deps = [(p, _file_digest(p)) for p in getattr(compiled, "includes", [])]
        try:
            os.makedirs(os.path.dirname(entry), exist_ok=True)
            write_atomically(entry, pickle.dumps((compiled, deps), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass
    return compiled


def _file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return _digest(f.read())
    except OSError:
        return None
