-module(compile_string).
-export([main/1]).

main(_) ->
    io:format("unterminated).
