#!/usr/bin/env escript
-module(bif_apply_args).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {apply(lists, reverse, id(a))}.
