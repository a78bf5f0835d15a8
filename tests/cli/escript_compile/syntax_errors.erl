#!/usr/bin/env escript
-module(syntax_errors).
-mode(compile).
-export([main/1]).
main(_) -> ?FOO.
f() -> 1 +.
g() -> "abc.
h() -> ok.
