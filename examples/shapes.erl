#!/usr/bin/env escript
%% Records, maps, pattern matching and list comprehensions.
-module(shapes).
-export([main/1]).
-mode(compile).

-record(circle, {r = 1.0}).
-record(rect, {w, h}).

area(#circle{r = R}) -> 3.14159 * R * R;
area(#rect{w = W, h = H}) -> W * H.

main(_Args) ->
    Shapes = [#circle{r = 2.0}, #rect{w = 3, h = 4}, #circle{}],
    Areas = [{element(1, S), area(S)} || S <- Shapes],
    io:format("~p~n", [Areas]),
    Totals = lists:foldl(fun({Kind, A}, Acc) ->
                                 maps:update_with(Kind, fun(T) -> T + A end, A, Acc)
                         end, #{}, Areas),
    io:format("~p~n", [Totals]).
