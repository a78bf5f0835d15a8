#!/usr/bin/env escript
-module(bif_byte_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {byte_size(id(a))}.
