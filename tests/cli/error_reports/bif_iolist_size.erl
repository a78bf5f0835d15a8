#!/usr/bin/env escript
-module(bif_iolist_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {iolist_size(id(a))}.
