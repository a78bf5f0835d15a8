#!/usr/bin/env escript
-module(bif_element_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {element(id(50), id(list_to_tuple(lists:seq(1, 40))))}.
