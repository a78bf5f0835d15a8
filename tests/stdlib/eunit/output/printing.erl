-module(printing).
-include_lib("eunit/include/eunit.hrl").

quiet_pass_test() ->
    io:format("this output is not shown~n").

noisy_failure_test() ->
    io:format("line one~n"),
    io:put_chars("line two\n"),
    io:format("~p~n", [{a, "tuple"}]),
    ?assertEqual(yes, no).

spawned_output_test() ->
    Self = self(),
    spawn(fun() -> io:format("from a child~n"), Self ! done end),
    receive done -> ok end,
    ?assert(false).
