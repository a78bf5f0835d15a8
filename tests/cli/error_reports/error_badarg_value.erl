#!/usr/bin/env escript
-module(error_badarg_value).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    error({badarg, id(x)}).
