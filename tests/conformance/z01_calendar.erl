#!/usr/bin/env escript
-module(z01_calendar).
-export([main/1]).
-mode(compile).

%% beamish own case: calendar date arithmetic (golden from OTP 25 escript).
main(_) ->
    io:format("~p~n", [[calendar:gregorian_days_to_date(D) || D <- [0, 1, 365, 366, 738000, 730119, 1000000]]]),
    io:format("~p~n", [[calendar:date_to_gregorian_days(Dt) || Dt <- [{2000,1,1}, {2024,2,29}, {1970,1,1}]]]),
    io:format("~p~n", [[calendar:day_of_the_week(Dt) || Dt <- [{2024,1,1}, {2000,1,1}, {1970,1,1}]]]),
    io:format("~p~n", [{calendar:seconds_to_daystime(-100), calendar:seconds_to_daystime(100000)}]),
    io:format("~p~n", [calendar:gregorian_seconds_to_datetime(63000000000)]),
    io:format("~p~n", [[calendar:iso_week_number(D) || D <- [{2024,1,1}, {2021,1,1}, {2020,12,31}, {2026,11,25}]]]),
    io:format("~p~n", [calendar:now_to_datetime({1700, 0, 0})]),
    io:format("~p~n", [calendar:time_difference({{2024,1,1},{0,0,0}}, {{2024,3,1},{12,0,1}})]).
