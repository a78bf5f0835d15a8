#!/usr/bin/env escript
-module(error_args_reason).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1), [a, b])}.

f(A, B) when A > 0 ->
    erlang:error({too_many, A}, [A, B]);
f(A, _) ->
    A.
