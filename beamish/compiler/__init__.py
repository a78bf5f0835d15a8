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
                   scan_errors: list | None = None, predefined: dict | None = None
                   ) -> CompiledModule:
    """Compile Erlang source text; raises CompileError.

    As erlc does, scanning, preprocessing and parsing go on past an error so
    that every syntax error is reported; the module is then linted for the
    rest. ``CompileError.syntax_errors`` counts the leading diagnostics that
    came before linting (escript reports only those), and ``attributes`` holds
    the module attributes seen (escript's ``-mode``).
    """
    from ..grammar.lexer import tokenize_recovering
    from ..grammar.parser import parse_tokens
    from ..grammar.preprocessor import preprocess
    from .module import ModuleCompiler
    syntax = list(scan_errors or ())
    if tokens is None:
        tokens = tokenize_recovering(text, file, syntax)
    tokens = preprocess(tokens, file, list(include_path), predefined, errors=syntax)
    forms, parse_errors = parse_tokens(tokens, file)
    syntax.extend(parse_errors)
    syntax.sort(key=lambda x: (x.line or 0, x.col or 0))
    syntax_diagnostics = [(x.file or file, x.line, x.col, x.message) for x in syntax]
    default = os.path.splitext(os.path.basename(file))[0]
    lint = ModuleCompiler(forms, file, default)
    try:
        compiled = lint.compile_with_warnings()
    except CompileError as e:
        e.diagnostics[:0] = syntax_diagnostics
        e.syntax_errors = len(syntax_diagnostics)
        e.attributes = lint.attributes
        raise
    if syntax:
        raise CompileError(syntax_diagnostics, lint.warnings, syntax_errors=len(syntax),
                           attributes=lint.attributes)
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
                 escript: bool = False) -> CompiledModule:
    """Compile a source file, through the disk cache; ``escript`` reads it as
    escript does (see :func:`beamish.grammar.lexer.scan_file`)."""
    with open(path, "rb") as f:
        raw = f.read()
    key = _digest(raw + repr((path, list(include_path), escript,
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
    scan_errors: list = []
    tokens, text = scan_file(path, scan_errors, escript)
    predefined = None
    if escript:
        # escript names a script without -module itself (note: OTP's name
        # holds a timestamp; beamish uses the file's), and ?MODULE works.
        from ..grammar.tokens import Token
        name = os.path.splitext(os.path.basename(path))[0]
        predefined = {"MODULE": [Token("atom", name, 1, 1)],
                      "MODULE_STRING": [Token("string", name, 1, 1)]}
    compiled = compile_source(text, path, include_path, tokens=tokens, scan_errors=scan_errors,
                              predefined=predefined)
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
