#!/usr/bin/env escript
%% A gen_server holding named counters: start_link, call, cast, info, sys and stop.
-module(counter_server).
-behaviour(gen_server).
-mode(compile).
-export([main/1]).
-export([start_link/0, incr/1, incr/2, value/1, reset/1, stop/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

%% ---- client API
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, #{}, []).
incr(Name) -> incr(Name, 1).
incr(Name, By) -> gen_server:call(?MODULE, {incr, Name, By}).
value(Name) -> gen_server:call(?MODULE, {value, Name}).
reset(Name) -> gen_server:cast(?MODULE, {reset, Name}).
stop() -> gen_server:stop(?MODULE).

%% ---- callbacks
init(Counters) -> {ok, Counters}.

handle_call({incr, Name, By}, _From, Counters) ->
    New = maps:get(Name, Counters, 0) + By,
    {reply, New, Counters#{Name => New}};
handle_call({value, Name}, _From, Counters) ->
    {reply, maps:get(Name, Counters, 0), Counters};
handle_call({slow, Ms}, _From, Counters) ->
    timer:sleep(Ms),
    {reply, done, Counters}.

handle_cast({reset, Name}, Counters) -> {noreply, maps:remove(Name, Counters)}.

handle_info({tick, Name}, Counters) ->
    {noreply, Counters#{Name => maps:get(Name, Counters, 0) + 1}}.

terminate(Reason, Counters) ->
    io:format("terminating (~p) with ~p~n", [Reason, lists:sort(maps:to_list(Counters))]).

code_change(_OldVsn, Counters, _Extra) -> {ok, Counters}.

%% ---- the demo
main(_) ->
    {ok, _Pid} = start_link(),
    io:format("apples: ~p~n", [[incr(apples) || _ <- lists:seq(1, 3)]]),
    io:format("pears: ~p~n", [incr(pears, 10)]),
    counter_server ! {tick, pears},
    io:format("pears after a tick: ~p~n", [value(pears)]),
    ok = reset(apples),
    io:format("apples after reset: ~p~n", [value(apples)]),
    io:format("state seen by sys: ~p~n", [sys:get_state(counter_server)]),
    Timeout = try gen_server:call(counter_server, {slow, 200}, 50)
              catch exit:{timeout, {gen_server, call, _}} -> timeout
              end,
    io:format("a 200 ms call with a 50 ms timeout: ~p~n", [Timeout]),
    ok = stop(),
    Gone = try value(apples) catch exit:{noproc, _} -> noproc end,
    io:format("after stop: ~p~n", [Gone]).
