-module(compile_unsafe_var).
-export([main/1]).

main(A) ->
    case A of
        [] -> B = 1;
        _ -> ok
    end,
    B.
