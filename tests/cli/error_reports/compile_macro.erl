-module(compile_macro).
-export([main/1]).

main(_) ->
    ?NOT_DEFINED + 1.
