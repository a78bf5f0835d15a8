#!/usr/bin/env escript
-module(bif_binary_to_list_range).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_list(<<1, 2, 3>>, id(2), id(9))}.
