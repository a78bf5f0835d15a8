-module(debugging).
-include_lib("eunit/include/eunit.hrl").

debug_test() ->
    ?debugMsg("a debug message"),
    ?debugFmt("formatted ~p and ~s", [42, "text"]),
    ?assertEqual(7, ?debugVal(3 + 4)),
    ?assertEqual([1, 2, 3], ?debugVal(lists:seq(1, 3), 2)),
    ?debugHere.
