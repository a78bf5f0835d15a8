-module(compile_record).
-export([main/1]).

main(_) ->
    #point{x = 1}.
