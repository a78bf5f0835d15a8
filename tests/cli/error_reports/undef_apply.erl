#!/usr/bin/env escript
-module(undef_apply).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {apply(id(nomod), f, [1])}.
