-module(compile_format_warning).
-export([main/1]).

main(_) ->
    io:format("~p ~p~n", [only_one]),
    undefined_call().
