#!/usr/bin/env escript
-module(bif_link).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {link(id(a))}.
