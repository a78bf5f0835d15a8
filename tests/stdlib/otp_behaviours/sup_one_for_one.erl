#!/usr/bin/env escript
%% one_for_one: a crashing gen_server child is restarted, with the reports OTP prints.
-module(sup_one_for_one).
-behaviour(supervisor).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, start_worker/1]).

main(_) ->
    {ok, _} = supervisor:start_link({local, sup}, ?MODULE, sup),
    show(),
    gen_server:cast(w1, crash),
    timer:sleep(100),
    show(),
    io:format("w1 state after restart: ~p~n", [gen_server:call(w1, get)]),
    gen_server:cast(w2, crash),
    timer:sleep(100),
    show(),
    io:format("terminate_child w2: ~p~n", [supervisor:terminate_child(sup, w2)]),
    show(),
    io:format("restart_child w2: ~p~n", [element(1, supervisor:restart_child(sup, w2))]),
    show().

show() ->
    io:format("children: ~p~ncounts: ~p~n",
              [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(sup)],
               supervisor:count_children(sup)]).

init(sup) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => w1, start => {?MODULE, start_worker, [w1]}},
           {w2, {?MODULE, start_worker, [w2]}, transient, 2000, worker, [?MODULE]}]}};
init({worker, N}) -> {ok, {N, 0}}.

start_worker(Name) -> gen_server:start_link({local, Name}, ?MODULE, {worker, Name}, []).

handle_call(get, _From, S) -> {reply, S, S}.

handle_cast(crash, S) -> {stop, {crashed, S}, S}.
