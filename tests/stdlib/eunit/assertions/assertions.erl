-module(assertions).
-include_lib("eunit/include/eunit.hrl").

%% Every assertion macro, passing.
passing_test() ->
    X = 3,
    ?assert(X > 2),
    ?assert(X > 2, "three is big"),
    ?assertNot(X < 2),
    ?assertNot(X < 2, "three is not small"),
    ?assertEqual(3, X),
    ?assertEqual(3, X, "equal"),
    ?assertNotEqual(4, X),
    ?assertNotEqual(4, X, "not equal"),
    ?assertMatch({ok, N} when N > 1, {ok, X}),
    ?assertMatch([_ | _], [X], "a list"),
    ?assertNotMatch({error, _}, {ok, X}),
    ?assertNotMatch({error, _}, {ok, X}, "not an error"),
    ?assertError(badarith, X / 0),
    ?assertError({badmatch, _}, begin 4 = X end, "bad match"),
    ?assertExit(gone, exit(gone)),
    ?assertThrow({oops, 3}, throw({oops, X})),
    ?assertException(error, function_clause, lists:nth(0, [])),
    ?assertNotException(error, badarg, X + 1),
    ?assertNotException(throw, x, throw(y)),
    ?assertEqual(4, ?LET(Y, X + 1, Y)),
    ?assertEqual(small, ?IF(X < 10, small, big)).

assert_test() -> ?assert(length([1, 2]) =:= 3).
assert_not_boolean_test() -> ?assert(lists:reverse([1])).
assert_comment_test() -> ?assert(1 > 2, "one is not more than two").
assert_not_test() -> ?assertNot(is_list([])).
assert_not_not_boolean_test() -> ?assertNot(maybe).
assert_equal_test() -> ?assertEqual([1, 2, 3], lists:sort([3, 1, 2, 4])).
assert_equal_comment_test() -> ?assertEqual(1, 2, {some, comment}).
assert_not_equal_test() -> ?assertNotEqual(ok, element(1, {ok, 1})).
assert_match_test() -> ?assertMatch({ok, _}, lists:keyfind(b, 1, [{a, 1}])).
assert_match_guard_test() ->
    ?assertMatch(#{size := S} when S > 10, #{size => 3}).
assert_not_match_test() -> ?assertNotMatch([_, _], "ab").
assert_error_success_test() -> ?assertError(badarg, atom_to_list(ok)).
assert_error_other_test() -> ?assertError(badarg, erlang:error({other, reason})).
assert_exit_test() -> ?assertExit(normal, exit(abnormal)).
assert_throw_test() -> ?assertThrow(ball, erlang:error(ball)).
assert_exception_test() -> ?assertException(throw, {a, _}, throw({b, 1})).
assert_not_exception_test() -> ?assertNotException(error, badarith, erlang:error(badarith)).
plain_error_test() -> [] = lists:seq(1, 2).
nested_call_test() -> helper(5).

helper(N) when N > 3 -> deeper(N).
deeper(N) -> N + undefined_value().
undefined_value() -> list_to_atom("x").

generated_test_() ->
    [?_assert(false),
     ?_assertNot(true),
     ?_assertEqual(1, 2),
     ?_assertNotEqual(1, 1),
     ?_assertMatch({_}, {1, 2}),
     ?_assertNotMatch({_}, {1}),
     ?_assertError(badarg, ok),
     ?_assertExit(x, ok),
     ?_assertThrow(x, ok),
     ?_assertException(error, x, ok),
     ?_assertNotException(throw, x, throw(x)),
     ?_test(?assertEqual(a, b)),
     ?_assert(true),
     ?_assertEqual(2, 1 + 1)].
