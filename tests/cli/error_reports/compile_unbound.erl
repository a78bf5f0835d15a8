-module(compile_unbound).
-export([main/1]).

main(_) ->
    io:format("~p~n", [Y]).
