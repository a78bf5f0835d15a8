#!/usr/bin/env escript
-module(undef_tail).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    nomod:nofun().
