#!/usr/bin/env escript
-module(lint_compile_mode).
-mode(compile).
-export([main/1]).
main(_) -> Y = 1, X.
f() -> ok.
