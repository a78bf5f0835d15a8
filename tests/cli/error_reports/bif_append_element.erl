#!/usr/bin/env escript
-module(bif_append_element).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {erlang:append_element(id(a), 1)}.
