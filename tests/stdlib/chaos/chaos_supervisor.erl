#!/usr/bin/env escript
%% Chaos: a one_for_one supervisor over 100 counter workers (gen_servers) while
%% a killer process kills random workers for the given number of seconds.
%% Every kill must be followed by a restart and a supervisor report; the
%% supervisor must stay up (its intensity is set far above the kill rate).
%% Prints the figures: kills, restarts, max and mean restart latency.
%% The killer kills one worker every ?INTERVAL ms (about 100 a second) and
%% casts an increment to another: a steady load, not a flood whose queue
%% would be all the latency measures.
-module(chaos_supervisor).
-behaviour(supervisor).
-mode(compile).
-export([main/1, init/1, start_worker/1, handle_call/3, handle_cast/2]).

-define(WORKERS, 100).
-define(INTERVAL, 10).

main([Seconds]) ->
    register(chaos_main, self()),
    {ok, Sup} = supervisor:start_link({local, chaos_sup}, ?MODULE, top),
    Starts = collect_starts(?WORKERS, #{}),
    io:format("started ~p workers~n", [maps:size(Starts)]),
    Killer = spawn_link(fun() -> killer(list_to_integer(Seconds) * 1000) end),
    Figures = receive {done, Killer, F} -> F end,
    timer:sleep(200),
    {Kills, Restarts, MaxLatency, TotalLatency, Increments} = Figures,
    Counts = supervisor:count_children(chaos_sup),
    Alive = length([P || {_, P, _, _} <- supervisor:which_children(chaos_sup), is_pid(P),
                         is_process_alive(P)]),
    io:format("kills ~p~nrestarts ~p~nmax restart latency ~p ms~n", [Kills, Restarts, MaxLatency]),
    io:format("mean restart latency ~.2f ms~n", [TotalLatency / max(Restarts, 1)]),
    io:format("counter increments ~p~n", [Increments]),
    io:format("supervisor alive ~p, same pid ~p~n", [is_process_alive(Sup), whereis(chaos_sup) =:= Sup]),
    io:format("children ~p, alive ~p~n", [Counts, Alive]).

collect_starts(0, Acc) -> Acc;
collect_starts(N, Acc) ->
    receive {started, Id, _} -> collect_starts(N - 1, Acc#{Id => true}) end.

%% ---- the killer: kill a random worker not being restarted, count restarts
%% (each worker tells chaos_main when it starts; the killer takes those over)
killer(Duration) ->
    register(chaos_killer, self()),
    chaos_main ! {killer_ready, self()},
    Deadline = erlang:monotonic_time(millisecond) + Duration,
    Stats = loop(Deadline, 12345, #{}, {0, 0, 0, 0, 0}),
    chaos_main ! {done, self(), drain(Stats)}.

loop(Deadline, Seed, Pending, Stats) ->
    Now = erlang:monotonic_time(millisecond),
    case Now >= Deadline of
        true -> {Pending, Stats};
        false ->
            {Id, Seed1} = random(Seed, ?WORKERS),
            {Pending1, Stats1} = case maps:is_key(Id, Pending) of
                                     true -> {Pending, Stats};
                                     false -> kill(Id, Now, Pending, Stats)
                                 end,
            {Other, Seed2} = random(Seed1, ?WORKERS),
            gen_server:cast(name(Other), incr),
            {Pending2, Stats2} = pause(Now + ?INTERVAL, Pending1, Stats1),
            loop(Deadline, Seed2, Pending2, setelement(5, Stats2, element(5, Stats2) + 1))
    end.

kill(Id, Now, Pending, {Kills, R, Max, Total, Inc}) ->
    case whereis(name(Id)) of
        undefined -> {Pending, {Kills, R, Max, Total, Inc}};
        Pid ->
            exit(Pid, kill),
            {Pending#{Id => Now}, {Kills + 1, R, Max, Total, Inc}}
    end.

%% Take the start notices that came; wait up to Timeout ms for the first.
restarts(Pending, Stats, Timeout) ->
    receive
        {started, Id, When} ->
            restarts_more(restarted(Id, When, Pending, Stats))
    after Timeout -> {Pending, Stats}
    end.

restarts_more({Pending, Stats}) -> restarts(Pending, Stats, 0).

%% Take start notices until the time Until (milliseconds).
pause(Until, Pending, Stats) ->
    Left = Until - erlang:monotonic_time(millisecond),
    case Left > 0 of
        true ->
            receive
                {started, Id, When} ->
                    {Pending1, Stats1} = restarted(Id, When, Pending, Stats),
                    pause(Until, Pending1, Stats1)
            after Left -> {Pending, Stats}
            end;
        false -> restarts(Pending, Stats, 0)
    end.

restarted(Id, When, Pending, {Kills, R, Max, Total, Inc} = Stats) ->
    case maps:find(Id, Pending) of
        {ok, Killed} ->
            Latency = When - Killed,
            {maps:remove(Id, Pending), {Kills, R + 1, max(Max, Latency), Total + Latency, Inc}};
        error -> {Pending, Stats}
    end.

drain({Pending, Stats}) when map_size(Pending) =:= 0 -> Stats;
drain({Pending, Stats}) ->
    receive
        {started, Id, When} -> drain(restarted(Id, When, Pending, Stats))
    after 5000 -> Stats
    end.

random(Seed, N) ->
    Next = (Seed * 1103515245 + 12345) band 16#7FFFFFFF,
    {(Next bsr 8) rem N + 1, Next}.

name(Id) -> list_to_atom("chaos_worker_" ++ integer_to_list(Id)).

%% ---- supervisor and worker callbacks
init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 1000000, period => 1},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- lists:seq(1, ?WORKERS)]}};
init({worker, Id}) ->
    Target = case whereis(chaos_killer) of
                 undefined -> chaos_main;
                 Killer -> Killer
             end,
    Target ! {started, Id, erlang:monotonic_time(millisecond)},
    {ok, 0}.

start_worker(Id) -> gen_server:start_link({local, name(Id)}, ?MODULE, {worker, Id}, []).

handle_call(get, _From, N) -> {reply, N, N}.

handle_cast(incr, N) -> {noreply, N + 1}.
