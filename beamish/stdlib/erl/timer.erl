%% timer: OTP's timer module on top of erlang:send_after and receive/after.
%% (Written in Erlang: each function is a few lines of ordinary process code;
%% interval and apply timers are small processes, as the timer server's are.)
-module(timer).
-export([sleep/1, tc/1, tc/2, tc/3, seconds/1, minutes/1, hours/1, hms/3,
         send_after/2, send_after/3, apply_after/4, send_interval/2, send_interval/3,
         apply_interval/4, cancel/1, exit_after/2, exit_after/3, kill_after/1, kill_after/2]).

sleep(Time) ->
    receive
    after Time -> ok
    end.

tc(F) ->
    T0 = erlang:monotonic_time(microsecond),
    V = F(),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

tc(M, F, A) ->
    T0 = erlang:monotonic_time(microsecond),
    V = apply(M, F, A),
    {erlang:monotonic_time(microsecond) - T0, V}.

seconds(S) -> 1000 * S.
minutes(M) -> 60000 * M.
hours(H) -> 3600000 * H.
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

send_after(Time, Msg) -> send_after(Time, self(), Msg).

send_after(Time, Dest, Msg) when is_integer(Time), Time >= 0 ->
    {ok, {send_after, erlang:send_after(Time, Dest, Msg)}};
send_after(_, _, _) ->
    {error, badarg}.

apply_after(Time, M, F, A) when is_integer(Time), Time >= 0 ->
    Pid = spawn(fun() -> receive cancel -> ok after Time -> apply(M, F, A) end end),
    {ok, {once, Pid}};
apply_after(_, _, _, _) ->
    {error, badarg}.

send_interval(Time, Msg) -> send_interval(Time, self(), Msg).

send_interval(Time, Dest, Msg) when is_integer(Time), Time >= 0 ->
    Owner = self(),
    Pid = spawn(fun() -> link(Owner), interval(Time, fun() -> Dest ! Msg end) end),
    {ok, {interval, Pid}};
send_interval(_, _, _) ->
    {error, badarg}.

apply_interval(Time, M, F, A) when is_integer(Time), Time >= 0 ->
    Owner = self(),
    Pid = spawn(fun() -> link(Owner), interval(Time, fun() -> apply(M, F, A) end) end),
    {ok, {interval, Pid}};
apply_interval(_, _, _, _) ->
    {error, badarg}.

interval(Time, Action) ->
    receive
        cancel -> ok
    after Time ->
        Action(),
        interval(Time, Action)
    end.

cancel({send_after, Ref}) ->
    erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({_, Pid}) when is_pid(Pid) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) ->
    {error, badarg}.

exit_after(Time, Reason) -> exit_after(Time, self(), Reason).

exit_after(Time, Pid, Reason) -> apply_after(Time, erlang, exit, [Pid, Reason]).

kill_after(Time) -> exit_after(Time, self(), kill).

kill_after(Time, Pid) -> exit_after(Time, Pid, kill).
