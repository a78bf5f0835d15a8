#!/usr/bin/env escript
%% gen_server calls: timeouts, dead and missing servers, deferred replies, hibernate, continue, timeouts in the loop.
-module(gen_server_calls).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_server:start(?MODULE, [], []),
    show(timeout, catch gen_server:call(P, {sleep, 300}, 30)),
    timer:sleep(300),
    show(no_late_reply, receive M -> M after 0 -> none end),
    show(deferred, gen_server:call(P, deferred)),
    show(continue, gen_server:call(P, continue)),
    show(hibernate, gen_server:call(P, hibernate)),
    show(after_hibernate, gen_server:call(P, get)),
    show(idle_timeout, gen_server:call(P, {idle, 20})),
    timer:sleep(100),
    show(after_idle, gen_server:call(P, get)),
    show(throw_reply, gen_server:call(P, throw_reply)),
    show(missing, catch gen_server:call(no_such, ping)),
    show(missing3, catch gen_server:call(no_such, ping, 100)),
    show(cast_missing, gen_server:cast(no_such, ping)),
    {ok, N} = gen_server:start({local, named}, ?MODULE, [], []),
    show(already_started, gen_server:start({local, named}, ?MODULE, [], []) =:= {error, {already_started, N}}),
    show(stop_reason, gen_server:stop(named, {shutdown, done}, 1000)),
    show(stop_missing, catch gen_server:stop(named)),
    show(crash, try gen_server:call(P, crash) catch exit:{{Why, [_ | _]}, Call} -> {Why, Call} end),
    show(dead, catch gen_server:call(P, get)),
    {ok, P2} = gen_server:start(?MODULE, [], []),
    show(exit_in_call, catch gen_server:call(P2, {exit, bye})),
    {ok, P3} = gen_server:start(?MODULE, [], []),
    show(multi, gen_server:abcast(nowhere, x)),
    show(reqid, gen_server:receive_response(gen_server:send_request(P3, get), 1000)),
    ok.

show(Tag, Value) -> io:format("~p: ~p~n", [Tag, Value]).

init([]) -> {ok, []}.

handle_call({sleep, T}, _From, S) -> timer:sleep(T), {reply, slept, S};
handle_call(deferred, From, S) -> spawn(fun() -> gen_server:reply(From, later) end), {noreply, S};
handle_call(continue, _From, S) -> {reply, ok, S, {continue, more}};
handle_call(hibernate, _From, S) -> {reply, ok, [hibernated | S], hibernate};
handle_call({idle, T}, _From, S) -> {reply, ok, S, T};
handle_call(throw_reply, _From, S) -> throw({reply, thrown, S});
handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call(crash, _From, _S) -> error(crashed);
handle_call({exit, R}, _From, _S) -> exit(R).

handle_cast(_, S) -> {noreply, S}.

handle_info(timeout, S) -> {noreply, [timeout | S]};
handle_info(_, S) -> {noreply, S}.

handle_continue(more, S) -> {noreply, [continued | S]}.
