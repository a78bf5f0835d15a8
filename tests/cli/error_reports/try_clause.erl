#!/usr/bin/env escript
-module(try_clause).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    try id(b) of
        a -> ok
    catch
        _:_ -> error
    end.
