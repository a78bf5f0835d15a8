#!/usr/bin/env escript
-module(scan_error_then_more).
-export([main/1]).
main(_) -> X = 1 ☃ 2, X.
f() -> 1 +.
g() -> ok.
h() -> 1e.
