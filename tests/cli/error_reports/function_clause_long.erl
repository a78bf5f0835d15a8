#!/usr/bin/env escript
-module(function_clause_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(lists:seq(1, 20)), id([{alpha, beta}, {gamma, delta}, {epsilon, zeta}]))}.

f(a, _) -> 1.
