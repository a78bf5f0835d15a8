#!/usr/bin/env escript
-module(bif_bit_size).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {bit_size(id(a))}.
