#!/usr/bin/env escript
-module(error_noproc).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    error(noproc).
