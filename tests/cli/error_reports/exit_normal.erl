#!/usr/bin/env escript
-module(exit_normal).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(normal))}.

f(R) when is_atom(R) ->
    exit(R);
f(R) ->
    R.
