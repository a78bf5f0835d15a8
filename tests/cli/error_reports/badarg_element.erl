#!/usr/bin/env escript
-module(badarg_element).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {element(id(5), id({a}))}.
