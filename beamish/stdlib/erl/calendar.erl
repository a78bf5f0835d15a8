%% calendar: dates and times in the proleptic Gregorian calendar.
%% (Written in Erlang: it is integer arithmetic on tuples; only the clock
%% itself, erlang:localtime/0 and erlang:universaltime/0, is a BIF.)
-module(calendar).
-export([local_time/0, universal_time/0, local_time_to_universal_time/1,
         universal_time_to_local_time/1, date_to_gregorian_days/1, date_to_gregorian_days/3,
         gregorian_days_to_date/1, datetime_to_gregorian_seconds/1,
         gregorian_seconds_to_datetime/1, day_of_the_week/1, day_of_the_week/3,
         is_leap_year/1, last_day_of_the_month/2, seconds_to_time/1, time_to_seconds/1,
         seconds_to_daystime/1, time_difference/2, valid_date/1, valid_date/3,
         now_to_datetime/1, now_to_universal_time/1, now_to_local_time/1, iso_week_number/0,
         iso_week_number/1, system_time_to_universal_time/2]).

-define(SECONDS_PER_DAY, 86400).
-define(DAYS_FROM_0_TO_1970, 719528).

local_time() -> erlang:localtime().
universal_time() -> erlang:universaltime().
local_time_to_universal_time(DateTime) -> erlang:localtime_to_universaltime(DateTime).
universal_time_to_local_time(DateTime) -> erlang:universaltime_to_localtime(DateTime).

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0, is_integer(M), M >= 1, M =< 12 ->
    month_days(Y, M).

month_days(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
month_days(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
month_days(_, _) -> 31.

%% Days from year 0 to the start of year Y.
days_before_year(0) -> 0;
days_before_year(Y) ->
    P = Y - 1,
    Y * 365 + P div 4 - P div 100 + P div 400 + 1.

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(Y), Y >= 0, is_integer(M), M >= 1, M =< 12,
                                     is_integer(D), D >= 1 ->
    case D =< month_days(Y, M) of
        true -> days_before_year(Y) + days_before_month(Y, M) + D - 1;
        false -> erlang:error(function_clause, [Y, M, D])
    end.

days_before_month(Y, M) -> days_before_month(Y, M, 1, 0).

days_before_month(_, M, M, Acc) -> Acc;
days_before_month(Y, M, I, Acc) -> days_before_month(Y, M, I + 1, Acc + month_days(Y, I)).

gregorian_days_to_date(Days) when is_integer(Days), Days >= 0 ->
    Y0 = Days div 366,
    Y = find_year(Y0, Days),
    DayOfYear = Days - days_before_year(Y),
    {M, D} = month_and_day(Y, 1, DayOfYear),
    {Y, M, D}.

find_year(Y, Days) ->
    case days_before_year(Y + 1) =< Days of
        true -> find_year(Y + 1, Days);
        false -> Y
    end.

month_and_day(Y, M, Day) ->
    Len = month_days(Y, M),
    case Day < Len of
        true -> {M, Day + 1};
        false -> month_and_day(Y, M + 1, Day - Len)
    end.

datetime_to_gregorian_seconds({Date, Time}) ->
    date_to_gregorian_days(Date) * ?SECONDS_PER_DAY + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when is_integer(Secs), Secs >= 0 ->
    Days = Secs div ?SECONDS_PER_DAY,
    Rest = Secs rem ?SECONDS_PER_DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Rest)}.

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

day_of_the_week(Y, M, D) ->
    (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

seconds_to_time(Secs) when is_integer(Secs), Secs >= 0, Secs < ?SECONDS_PER_DAY ->
    {Secs div 3600, (Secs rem 3600) div 60, Secs rem 60}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_daystime(Secs) when is_integer(Secs) ->
    Days = floor_div(Secs, ?SECONDS_PER_DAY),
    {Days, seconds_to_time(Secs - Days * ?SECONDS_PER_DAY)}.

floor_div(A, B) when A >= 0 -> A div B;
floor_div(A, B) -> -((-A + B - 1) div B).

time_difference(T1, T2) ->
    seconds_to_daystime(datetime_to_gregorian_seconds(T2) - datetime_to_gregorian_seconds(T1)).

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M >= 1 andalso M =< 12 andalso D >= 1 andalso D =< month_days(Y, M).

now_to_datetime({Mega, Sec, _Micro}) ->
    gregorian_seconds_to_datetime(Mega * 1000000 + Sec + ?DAYS_FROM_0_TO_1970 * ?SECONDS_PER_DAY).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time(Now) -> erlang:universaltime_to_localtime(now_to_datetime(Now)).

system_time_to_universal_time(Time, Unit) ->
    Secs = erlang:convert_time_unit(Time, Unit, second),
    gregorian_seconds_to_datetime(Secs + ?DAYS_FROM_0_TO_1970 * ?SECONDS_PER_DAY).

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

iso_week_number({Y, _, _} = Date) ->
    D = date_to_gregorian_days(Date),
    W01_1_Year = gregorian_days_of_iso_w01_1(Y),
    W01_1_NextYear = gregorian_days_of_iso_w01_1(Y + 1),
    if
        W01_1_Year =< D andalso D < W01_1_NextYear -> {Y, (D - W01_1_Year) div 7 + 1};
        D < W01_1_Year -> {Y - 1, (D - gregorian_days_of_iso_w01_1(Y - 1)) div 7 + 1};
        true -> {Y + 1, (D - W01_1_NextYear) div 7 + 1}
    end.

gregorian_days_of_iso_w01_1(Y) ->
    D0101 = date_to_gregorian_days(Y, 1, 1),
    DOW = day_of_the_week(Y, 1, 1),
    if
        DOW =< 4 -> D0101 - DOW + 1;
        true -> D0101 + 7 - DOW + 1
    end.
