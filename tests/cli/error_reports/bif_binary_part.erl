#!/usr/bin/env escript
-module(bif_binary_part).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_part(<<1, 2>>, id(1), id(5))}.
