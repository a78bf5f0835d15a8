#!/usr/bin/env escript
-module(undef_local_module).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    M = id(undef_local_module),
    {M:nope(id(1))}.
