#!/usr/bin/env escript
-module(bif_register).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {register(id("name"), id(undefined))}.
