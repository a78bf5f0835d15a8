#!/usr/bin/env escript
-module(bif_binary_to_list_order).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_list(<<1, 2, 3>>, id(3), id(1))}.
