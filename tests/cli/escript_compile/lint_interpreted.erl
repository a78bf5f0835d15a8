#!/usr/bin/env escript
-module(lint_interpreted).
-export([main/1]).
main(_) -> Y = 1, X.
f() -> ok.
