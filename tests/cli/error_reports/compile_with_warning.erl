-module(compile_with_warning).
-export([main/1]).

main(Args) ->
    Unused = 1,
    {Args, Missing}.
