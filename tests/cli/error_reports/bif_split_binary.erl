#!/usr/bin/env escript
-module(bif_split_binary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {split_binary(<<1, 2>>, id(5))}.
