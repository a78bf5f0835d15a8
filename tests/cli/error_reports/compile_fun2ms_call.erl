#!/usr/bin/env escript
-module(compile_fun2ms_call).
-export([main/1]).
-mode(compile).
-include_lib("stdlib/include/ms_transform.hrl").

main(_) ->
    ets:fun2ms(fun({Key, Value}) when Value > 0 -> helper(Key) end).

helper(X) -> X.
