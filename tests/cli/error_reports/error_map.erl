#!/usr/bin/env escript
-module(error_map).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    error(#{reason => id(bad), list => [1, 2], nested => #{k => v}}).
