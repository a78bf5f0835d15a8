#!/usr/bin/env escript
-module(bif_phash2).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {erlang:phash2(x, id(0))}.
