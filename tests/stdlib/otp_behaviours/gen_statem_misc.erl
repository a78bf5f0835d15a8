#!/usr/bin/env escript
%% gen_statem: init results, call timeouts, sys:get_state/replace_state and
%% change_code (code_change/4), hibernate, stop/3, enter_loop, repeat_state with
%% handle_event_function, and a bad enter call result.
-module(gen_statem_misc).
-mode(compile).
-behaviour(gen_statem).
-export([main/1, callback_mode/0, init/1, handle_event/4, code_change/4, terminate/3]).

main(_) ->
    %% no reports: their stack traces show OTP's internal functions
    logger:set_primary_config(level, none),
    io:format("~p~n", [gen_statem:start(?MODULE, {stop, no_way}, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, ignore, [])]),
    io:format("~p~n", [gen_statem:start(?MODULE, {bad, 1}, [])]),
    {ok, P} = gen_statem:start(?MODULE, ok, []),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [catch gen_statem:call(P, slow, 20)]),
    timer:sleep(60),
    io:format("~p~n", [catch gen_statem:call(P, slow, {dirty_timeout, 20})]),
    timer:sleep(60),
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [sys:replace_state(P, fun({S, D}) -> {S, D + 100} end)]),
    ok = sys:suspend(P),
    io:format("~p~n", [sys:change_code(P, ?MODULE, old_vsn, extra)]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, sleep)]),
    timer:sleep(20),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, repeat)]),
    io:format("~p~n", [gen_statem:call(P, get)]),
    ok = gen_statem:stop(P, {shutdown, bye}, infinity),
    Self = self(),
    Q = proc_lib:spawn(fun() ->
                               gen_statem:enter_loop(?MODULE, [], entered, 7,
                                                     [{next_event, internal, hello}])
                       end),
    timer:sleep(20),
    io:format("~p~n", [gen_statem:call(Q, get)]),
    Q ! {tell, Self},
    receive {told, Info} -> io:format("~p~n", [Info]) end,
    gen_statem:cast(Q, bad_enter),
    timer:sleep(20),
    io:format("alive ~p~n", [is_process_alive(Q)]),
    ok.

callback_mode() -> [handle_event_function, state_enter].

init({stop, R}) -> {stop, R};
init(ignore) -> ignore;
init({bad, _} = B) -> B;
init(ok) -> {ok, ready, 0}.

handle_event(enter, Old, State, Data) ->
    io:format("enter ~p from ~p with ~p~n", [State, Old, Data]),
    case State of
        wrong -> {next_state, elsewhere, Data};
        _ -> {keep_state, Data + 1}
    end;
handle_event({call, From}, get, State, Data) -> {keep_state_and_data, [{reply, From, {State, Data}}]};
handle_event({call, _}, slow, _, _) -> timer:sleep(40), keep_state_and_data;
handle_event({call, From}, sleep, _, _) -> {keep_state_and_data, [{reply, From, zzz}, hibernate]};
handle_event({call, From}, repeat, _, Data) -> {repeat_state, Data * 2, {reply, From, again}};
handle_event(internal, hello, entered, Data) -> {keep_state, Data + 1000};
handle_event(info, {tell, Pid}, State, Data) -> Pid ! {told, {State, Data}}, keep_state_and_data;
handle_event(cast, bad_enter, _, Data) -> {next_state, wrong, Data};
handle_event(info, Msg, _, _) -> io:format("info ~p~n", [Msg]), keep_state_and_data.

code_change(OldVsn, State, Data, Extra) ->
    io:format("code_change ~p ~p~n", [OldVsn, Extra]),
    {ok, State, Data + 10}.

terminate(Reason, State, Data) -> io:format("terminate ~p ~p ~p~n", [Reason, State, Data]).
