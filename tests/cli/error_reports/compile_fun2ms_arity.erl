#!/usr/bin/env escript
-module(compile_fun2ms_arity).
-export([main/1]).
-mode(compile).
-include_lib("stdlib/include/ms_transform.hrl").

main(_) ->
    ets:fun2ms(fun(Key, Value) -> {Key, Value} end).
