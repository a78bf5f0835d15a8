#!/usr/bin/env escript
-module(badarith_bnot).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {bnot id(1.5)}.
