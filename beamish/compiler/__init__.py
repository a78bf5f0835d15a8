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
from ..grammar.lexer import scan_file, tokenize
from ..grammar.parser import parse_tokens
from ..grammar.preprocessor import preprocess
from ..vm.code import CompiledModule
from .errors import CompileError
from .module import ModuleCompiler

__all__ = ["compile_file", "compile_source", "CompileError", "ErlangSyntaxError"]


def compile_source(text: str, file: str, include_path=(), tokens=None) -> CompiledModule:
    """Compile Erlang source text; raises ErlangSyntaxError or CompileError."""
    if tokens is None:
        tokens = tokenize(text, file)
    tokens = preprocess(tokens, file, list(include_path))
    forms, errors = parse_tokens(tokens, file)
    if errors:
        raise errors[0]
    default = os.path.splitext(os.path.basename(file))[0]
    compiled = ModuleCompiler(forms, file, default).compile_with_warnings()
    compiled.includes = sorted({t.file for t in tokens if getattr(t, "file", None)})
    return compiled


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def compile_file(path: str, include_path=(), use_cache: bool = True) -> CompiledModule:
    with open(path, "rb") as f:
        raw = f.read()
    key = _digest(raw + repr((path, list(include_path))).encode())
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
    tokens, text = scan_file(path)
    compiled = compile_source(text, path, include_path, tokens=tokens)
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
