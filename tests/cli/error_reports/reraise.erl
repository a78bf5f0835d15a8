#!/usr/bin/env escript
-module(reraise).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    try f(id(0))
    catch
        error:R:S -> erlang:raise(error, R, S)
    end.

f(X) ->
    {10 div X}.
