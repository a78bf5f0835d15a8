#!/usr/bin/env escript
%% gen_statem with state_functions and state_enter: enter calls on start,
%% change and repeat_state, postponed events retried after a state change in
%% arrival order, next_event ordering, keep/repeat forms, stop_and_reply,
%% terminate/3 and an error report for a bad return.
-module(gen_statem_postpone_enter).
-mode(compile).
-behaviour(gen_statem).
-export([main/1, callback_mode/0, init/1, idle/3, busy/3, terminate/3]).

main(_) ->
    {ok, P} = gen_statem:start({local, machine}, ?MODULE, self(), []),
    flush(),
    gen_statem:cast(machine, {job, 1}),
    gen_statem:cast(machine, {job, 2}),
    io:format("call in busy: ~p~n", [gen_statem:call(machine, which)]),
    flush(),
    gen_statem:cast(machine, {job, 3}),
    io:format("~p~n", [gen_statem:call(machine, finish)]),
    flush(),
    io:format("~p~n", [gen_statem:call(machine, which)]),
    io:format("~p~n", [gen_statem:call(machine, repeat)]),
    flush(),
    Chained = gen_statem:call(machine, chain),
    {idle, #{done := Done}} = sys:get_state(machine),
    io:format("~p, done ~p~n", [Chained, Done]),
    flush(),
    io:format("~p~n", [gen_statem:call(machine, {stop_and_reply, normal})]),
    timer:sleep(20),
    io:format("alive: ~p~n", [is_process_alive(P)]),
    logger:set_primary_config(level, none),   % the report's stack shows OTP's internals
    {ok, P2} = gen_statem:start(?MODULE, self(), []),
    Ref = monitor(process, P2),
    gen_statem:cast(P2, bad_return),
    receive {'DOWN', Ref, process, P2, {Why, _}} -> io:format("down: ~p~n", [Why]) end,
    flush(),
    timer:sleep(20),
    io:format("~p~n", [catch gen_statem:call(P2, which)]),
    io:format("~p~n", [catch gen_statem:call(nobody, which, 100)]),
    ok.

callback_mode() -> [state_functions, state_enter].

init(Parent) -> {ok, idle, #{parent => Parent, done => [], log => []}}.

idle(enter, Old, Data) -> log({enter, idle, from, Old}, Data), keep_state_and_data;
idle(cast, {job, N}, Data) -> {next_state, busy, Data#{current => N}};
idle({call, From}, which, _) -> {keep_state_and_data, [{reply, From, idle}]};
idle({call, From}, finish, #{done := Done}) -> {keep_state_and_data, [{reply, From, {finished, Done}}]};
idle({call, From}, repeat, Data) -> {repeat_state, Data, [{reply, From, repeated}]};
idle({call, From}, chain, _) ->
    {keep_state_and_data, [{next_event, internal, one}, {next_event, internal, two},
                           {reply, From, chained}]};
idle(internal, Step, Data) -> log({internal, Step}, Data), keep_state_and_data;
idle({call, From}, {stop_and_reply, Reason}, Data) ->
    {stop_and_reply, Reason, [{reply, From, stopping}], Data#{stopped => true}};
idle(cast, bad_return, _) -> {this_is, not_a_result}.

busy(enter, Old, #{current := N} = Data) ->
    log({enter, busy, from, Old, job, N}, Data),
    {keep_state, Data, [{state_timeout, 10, done}]};
busy(state_timeout, done, #{current := N, done := Done} = Data) ->
    {next_state, idle, maps:remove(current, Data#{done := [N | Done]})};
busy(cast, {job, _}, _) -> {keep_state_and_data, [postpone]};
busy({call, _}, finish, _) -> {keep_state_and_data, [postpone]};
busy({call, From}, which, #{current := N}) -> {keep_state_and_data, [{reply, From, {busy, N}}]}.

terminate(Reason, State, Data) ->
    io:format("terminate ~p in ~p, stopped: ~p~n", [Reason, State, maps:get(stopped, Data, false)]).

log(Item, #{parent := Parent}) -> Parent ! {log, Item}.

%% What the machine logged so far (the call before made sure it is all sent).
flush() ->
    receive {log, Item} -> io:format("  ~p~n", [Item]), flush()
    after 0 -> ok
    end.
