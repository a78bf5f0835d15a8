#!/usr/bin/env escript
%% More restarts than intensity allows within period: the supervisor gives up with reason shutdown.
-module(sup_intensity).
-behaviour(supervisor).
-mode(compile).
-export([main/1, init/1, start_worker/0, loop/0]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, fragile}, ?MODULE, []),
    kill_child(Sup, 1),
    kill_child(Sup, 2),
    kill_child(Sup, 3),
    receive
        {'EXIT', Sup, Reason} -> io:format("supervisor exited: ~p~n", [Reason])
    after 1000 -> io:format("supervisor alive~n")
    end,
    io:format("registered: ~p~n", [whereis(fragile)]).

kill_child(Sup, N) ->
    [{worker, Pid, worker, _}] = supervisor:which_children(Sup),
    exit(Pid, {boom, N}),
    timer:sleep(100),
    Children = try [is_pid(P) || {_, P, _, _} <- supervisor:which_children(Sup)]
               catch exit:{Reason, _} -> Reason
               end,
    io:format("after kill ~p: ~p~n", [N, Children]).

init([]) ->
    {ok, {{one_for_one, 2, 60},
          [#{id => worker, start => {?MODULE, start_worker, []}, shutdown => 500}]}}.

start_worker() -> {ok, spawn_link(?MODULE, loop, [])}.

loop() -> receive _ -> loop() end.
