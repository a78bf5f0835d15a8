#!/usr/bin/env escript
%% terminate/2: called when a trapping server's parent exits, on stop and on errors; not without trap_exit.
-module(gen_server_terminate).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

main(_) ->
    register(main, self()),
    process_flag(trap_exit, true),
    run(trapping, true),
    run(not_trapping, false),
    {ok, P} = gen_server:start_link(?MODULE, {named, true}, []),
    gen_server:cast(P, {stop, normal}),
    receive {'EXIT', P, R1} -> io:format("exit after stop: ~p~n", [R1]) end,
    report(),
    {ok, P2} = gen_server:start_link(?MODULE, {named, true}, []),
    gen_server:cast(P2, {stop, {shutdown, bye}}),
    receive {'EXIT', P2, R2} -> io:format("exit after shutdown stop: ~p~n", [R2]) end,
    report(),
    ok.

run(Name, Trap) ->
    Parent = spawn(fun() ->
                           {ok, P} = gen_server:start_link(?MODULE, {Name, Trap}, []),
                           main ! {server, P},
                           receive die -> exit(parent_died) end
                   end),
    Server = receive {server, S} -> S end,
    Ref = monitor(process, Server),
    Parent ! die,
    receive {'DOWN', Ref, process, Server, Why} -> io:format("~p server down: ~p~n", [Name, Why]) end,
    timer:sleep(50),
    report().

report() ->
    receive {terminated, Name, Reason} -> io:format("terminate(~p) in ~p~n", [Reason, Name])
    after 100 -> io:format("no terminate~n")
    end.

init({Name, Trap}) ->
    process_flag(trap_exit, Trap),
    {ok, Name}.

handle_call(_, _From, S) -> {reply, ok, S}.

handle_cast({stop, Reason}, S) -> {stop, Reason, S}.

terminate(Reason, Name) -> main ! {terminated, Name, Reason}.
