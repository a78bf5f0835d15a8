#!/usr/bin/env escript
-module(bif_hd).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {hd(id([]))}.
