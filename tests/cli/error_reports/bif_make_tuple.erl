#!/usr/bin/env escript
-module(bif_make_tuple).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {erlang:make_tuple(id(-1), a)}.
