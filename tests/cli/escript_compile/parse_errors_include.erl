#!/usr/bin/env escript
-module(parse_errors_include).
-mode(compile).
-export([main/1]).
main(_) -> ok.
f() -> 1 +.
g() -> $.
h( -> ok.
-include("nofile.hrl").
