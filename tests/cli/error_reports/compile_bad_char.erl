-module(compile_bad_char).
-export([main/1]).

main(_) ->
    X = 1 \ 2,
    X.
