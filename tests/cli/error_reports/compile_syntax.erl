-module(compile_syntax).
-export([main/1]).

main(_) ->
    X = [1, 2,
    ok.
