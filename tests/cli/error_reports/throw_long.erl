#!/usr/bin/env escript
-module(throw_long).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    throw({error, [{file, "/some/long/path/to/a/file.erl"}, {line, 42}, {reason, lists:seq(1, 15)}]}).
