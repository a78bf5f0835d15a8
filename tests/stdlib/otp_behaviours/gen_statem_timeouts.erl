#!/usr/bin/env escript
%% gen_statem timeouts: event, state and generic ({timeout, Name}) timeouts,
%% cancelling by events, state changes and {..., cancel}, updates, zero times.
-module(gen_statem_timeouts).
-mode(compile).
-behaviour(gen_statem).
-export([main/1, callback_mode/0, init/1, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start_link(?MODULE, self(), []),
    wait(3),
    gen_statem:cast(P, {event_timeout, 30}),
    timer:sleep(10),
    gen_statem:cast(P, poke),                   % cancels the event timeout
    timer:sleep(60),
    gen_statem:cast(P, {event_timeout, 20}),
    wait(1),
    gen_statem:cast(P, {state_timeout, 30}),
    gen_statem:cast(P, poke),                   % events do not cancel state timeouts
    wait(1),
    gen_statem:cast(P, {state_timeout, 30}),
    gen_statem:cast(P, {goto, other}),          % a state change cancels it
    timer:sleep(60),
    gen_statem:cast(P, {generic, a, 40}),
    gen_statem:cast(P, {generic, b, 20}),
    gen_statem:cast(P, {goto, first}),          % generic timeouts survive state changes
    wait(2),
    gen_statem:cast(P, {generic, c, 20}),
    gen_statem:cast(P, {cancel, c}),
    timer:sleep(50),
    gen_statem:cast(P, {generic, d, 30}),
    gen_statem:cast(P, {update, d}),
    wait(1),
    gen_statem:cast(P, zeros),
    wait(3),
    io:format("calls: ~p~n", [gen_statem:call(P, {call_with_timeout, 20})]),
    wait(1),
    ok = gen_statem:stop(P),
    io:format("done~n").

wait(0) -> ok;
wait(N) -> receive {seen, E} -> io:format("~p~n", [E]), wait(N - 1) end.

callback_mode() -> handle_event_function.

init(Parent) ->
    {ok, first, Parent, [{timeout, 0, init_zero}, {state_timeout, 10, init_state},
                         {{timeout, g}, 20, init_generic}]}.

handle_event(cast, {event_timeout, T}, _, _) -> {keep_state_and_data, [{timeout, T, fired}]};
handle_event(cast, poke, _, _) -> keep_state_and_data;
handle_event(cast, {state_timeout, T}, _, _) -> {keep_state_and_data, [{state_timeout, T, st}]};
handle_event(cast, {goto, S}, _, Parent) -> {next_state, S, Parent};
handle_event(cast, {generic, N, T}, _, _) -> {keep_state_and_data, [{{timeout, N}, T, {gen, N}}]};
handle_event(cast, {cancel, N}, _, _) -> {keep_state_and_data, [{{timeout, N}, cancel}]};
handle_event(cast, {update, N}, _, _) -> {keep_state_and_data, [{{timeout, N}, update, updated}]};
handle_event(cast, zeros, _, _) ->
    {keep_state_and_data, [{state_timeout, 0, st_zero}, {{timeout, z}, 0, gen_zero},
                           {next_event, internal, inserted}]};
handle_event({call, From}, {call_with_timeout, T}, _, _) -> {keep_state_and_data, [{reply, From, ok}, T]};
handle_event(Type, Content, State, Parent) ->
    Parent ! {seen, {State, Type, Content}},
    keep_state_and_data.

