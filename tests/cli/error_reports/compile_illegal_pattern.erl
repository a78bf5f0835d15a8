-module(compile_illegal_pattern).
-export([main/1]).

main(_) ->
    f(1).

f(X + 1) -> X.
