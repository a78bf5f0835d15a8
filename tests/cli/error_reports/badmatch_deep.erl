#!/usr/bin/env escript
-module(badmatch_deep).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    ok = id(nest(60)),
    ok.

nest(0) -> leaf;
nest(N) -> {N, nest(N - 1)}.
