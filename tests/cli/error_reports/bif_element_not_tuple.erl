#!/usr/bin/env escript
-module(bif_element_not_tuple).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {element(1, id(a))}.
