#!/usr/bin/env escript
-module(bif_setelement).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {setelement(id(3), {a, b}, x)}.
