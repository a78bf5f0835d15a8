-module(leap).
-export([leap_year/1]).
-include_lib("eunit/include/eunit.hrl").

leap_year(Year) ->
    (Year rem 4 =:= 0 andalso Year rem 100 =/= 0) orelse Year rem 400 =:= 0.

-ifdef(TEST).
leap_test() ->
    ?assert(leap_year(2000)),
    ?assertNot(leap_year(1900)),
    ?assert(leap_year(1996)).
-endif.
