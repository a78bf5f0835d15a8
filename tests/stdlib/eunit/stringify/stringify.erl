-module(stringify).
-include_lib("eunit/include/eunit.hrl").
-record(point, {x = 0, y = 0}).

%% Each failure shows ??Expr: the expression's tokens as epp writes them.
literals_test_() ->
    [?_assertEqual(x, 1.5),
     ?_assertEqual(x, -2.0e-3),
     ?_assertEqual(x, $a),
     ?_assertEqual(x, $\n),
     ?_assertEqual(x, "line\nbreak \"quoted\""),
     ?_assertEqual(x, 'hello world'),
     ?_assertEqual(x, <<"bin", 0, 255>>),
     ?_assertEqual(x, 16#ff),
     ?_assertEqual(x, [a | b])].

expressions_test_() -> expressions(#point{x = 1}).

expressions(P) ->
    [?_assertEqual(x, P#point.x),
     ?_assertEqual(x, #{a => 1, "b" => [2]}),
     ?_assertEqual(x, (fun(N) when N > 0 -> N; (_) -> 0 end)(3)),
     ?_assertEqual(x, [N * 2 || N <- [1, 2], N =/= 3]),
     ?_assertEqual(x, begin A = 1, A + 1 end),
     ?_assertEqual(x, ?MODULE),
     ?_assertEqual(x, ?LINE),
     ?_assert(1 =:= 1.0 andalso not false),
     ?_assertMatch(#point{x = X} when X > 5, P)].
