-module(shapes).
-export([area/1, helper_test_fun/0, failing_helper/0, more_tests/0]).
-include_lib("eunit/include/eunit.hrl").

area({square, S}) -> S * S;
area({rect, W, H}) -> W * H.

helper_test_fun() -> ?assertEqual(4, area({square, 2})).
failing_helper() -> ?assertEqual(5, area({square, 2})).

plain_test() -> ?assertEqual(6, area({rect, 2, 3})).

nested_lists_test_() ->
    [[?_assertEqual(1, area({square, 1}))],
     [[?_assertEqual(4, area({square, 2}))], []],
     fun() -> ?assertEqual(9, area({square, 3})) end].

titles_test_() ->
    [{"a titled test", ?_assert(true)},
     {"a titled group", [?_assert(true), ?_assertEqual(1, 2)]},
     {<<"binary title">>, ?_assert(true)},
     {"title", "second title", ?_assert(true)}].

line_tuples_test_() ->
    [{123, fun() -> ok end},
     {456, fun() -> erlang:error(at_456) end}].

order_test_() ->
    [{inorder, [?_assert(true), ?_assert(true)]},
     {inparallel, [?_assert(true), ?_assertEqual(a, b)]},
     {inparallel, 2, [?_assert(true), ?_assert(true), ?_assert(true)]}].

generator_test_() ->
    [{generator, fun() -> [?_assert(true), ?_assertEqual(x, y)] end},
     {generator, ?MODULE, more_tests}].

more_tests() -> [?_assertEqual(3, 1 + 2)].

spawn_test_() ->
    {spawn, [?_assertNotEqual(self(), undefined), ?_assert(false)]}.

timeout_test_() ->
    {timeout, 10, [?_assert(true), {"long", ?_assert(true)}]}.

mf_test_() ->
    [{?MODULE, helper_test_fun},
     {test, ?MODULE, failing_helper},
     {"titled mf", {?MODULE, helper_test_fun}},
     {?MODULE, no_such_function}].

with_test_() ->
    {with, {square, 3}, [fun(S) -> ?assertEqual(9, area(S)) end,
                         fun(S) -> ?assertMatch({rect, _, _}, S) end]}.

empty_generator_test_() -> [].
