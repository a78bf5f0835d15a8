-module(compile_undefined_function).
-export([main/1]).

main(Args) ->
    helper(Args, 1).
