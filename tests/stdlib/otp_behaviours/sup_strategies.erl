#!/usr/bin/env escript
%% one_for_all, rest_for_one and simple_one_for_one restarts, counted by the children's starts.
-module(sup_strategies).
-behaviour(supervisor).
-mode(compile).
-export([main/1, init/1, start_worker/1, start_dynamic/1, loop/1]).

main(_) ->
    logger:set_primary_config(level, none),
    register(main, self()),
    [strategy(S) || S <- [one_for_all, rest_for_one]],
    dynamic().

strategy(Strategy) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    io:format("~p started ~p~n", [Strategy, starts()]),
    [begin
         exit(whereis(Name), kill),
         io:format("~p killed ~p: restarted ~p~n", [Strategy, Name, starts()])
     end || Name <- [a, b, c]],
    io:format("~p children ~p~n", [Strategy, [Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
    unlink(Sup),
    exit(Sup, shutdown),
    timer:sleep(50).

dynamic() ->
    {ok, Sup} = supervisor:start_link(?MODULE, dynamic),
    Pids = [element(2, supervisor:start_child(Sup, [N])) || N <- [1, 2, 3]],
    io:format("dynamic started ~p~n", [starts()]),
    io:format("dynamic counts ~p~n", [supervisor:count_children(Sup)]),
    exit(lists:nth(2, Pids), kill),
    io:format("dynamic restarted ~p~n", [starts()]),
    lists:nth(3, Pids) ! stop,
    timer:sleep(50),
    io:format("dynamic counts ~p~n", [supervisor:count_children(Sup)]),
    [{undefined, P1, worker, _} | _] = supervisor:which_children(Sup),
    io:format("terminate_child ~p~n", [supervisor:terminate_child(Sup, P1)]),
    io:format("terminate_child again ~p~n", [supervisor:terminate_child(Sup, P1)]),
    io:format("dynamic counts ~p~n", [supervisor:count_children(Sup)]),
    io:format("restart_child ~p~n", [supervisor:restart_child(Sup, P1)]),
    io:format("delete_child ~p~n", [supervisor:delete_child(Sup, P1)]),
    io:format("start_child error ~p~n", [supervisor:start_child(Sup, [bad])]),
    unlink(Sup),
    exit(Sup, shutdown),
    timer:sleep(50).

starts() -> receive {started, N} -> [N | starts()] after 100 -> [] end.

init(dynamic) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5, period => 10},
          [#{id => dyn, start => {?MODULE, start_dynamic, []}, restart => transient}]}};
init(Strategy) ->
    {ok, {{Strategy, 10, 10}, [spec(a), spec(b), spec(c)]}}.

spec(Name) -> #{id => Name, start => {?MODULE, start_worker, [Name]}, shutdown => brutal_kill}.

start_worker(Name) ->
    Pid = spawn_link(?MODULE, loop, [Name]),
    register(Name, Pid),
    main ! {started, Name},
    {ok, Pid}.

start_dynamic(bad) -> {error, bad_arg};
start_dynamic(N) ->
    main ! {started, N},
    {ok, spawn_link(?MODULE, loop, [N])}.

loop(Name) -> receive stop -> ok; _ -> loop(Name) end.
