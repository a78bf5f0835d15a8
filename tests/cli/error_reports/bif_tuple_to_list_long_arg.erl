#!/usr/bin/env escript
-module(bif_tuple_to_list_long_arg).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {tuple_to_list(id([{some_key, "some value"}, {other_key, <<"other value">>}, {third, 3}]))}.
