#!/usr/bin/env escript
-module(badarg_explicit).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {check(id(-1))}.

check(N) when N >= 0 -> N;
check(_) -> erlang:error(badarg).
