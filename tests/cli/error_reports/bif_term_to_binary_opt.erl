#!/usr/bin/env escript
-module(bif_term_to_binary_opt).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {term_to_binary(x, id([bogus]))}.
