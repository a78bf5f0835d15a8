#!/usr/bin/env escript
-module(badmatch_binary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    <<"abc">> = id(<<"hello world">>),
    ok.
