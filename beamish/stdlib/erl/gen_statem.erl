%% gen_statem: the generic state machine behaviour (OTP 25's API, callbacks and errors).
%%
%% The machine is a proc_lib process started through gen. Each event, a
%% {Type, Content} pair, goes to Module:State/3 (state_functions) or
%% Module:handle_event/4 (handle_event_function); the result and its actions
%% give the next state and data, replies, postponing, inserted events and
%% timeouts.
%%
%% Notes:
%%  1. Events waiting to be handled live in a queue in the loop: inserted
%%     next_event events first, then (after a state change) the postponed
%%     events in arrival order, then the events already queued. The mailbox is
%%     read only when the queue is empty.
%%  2. The event timeout is the receive's `after`: any event cancels it, and
%%     it is not started while events are queued. State and generic timeouts
%%     are erlang:start_timer/4 messages {timeout, Ref, Key} matched against
%%     the running timers (Key is state_timeout or {timeout, Name}); a
%%     message from a cancelled timer is flushed, so it never arrives as info.
%%     A zero-time state or generic timeout goes to the end of the queue.
%%  3. A state change cancels the state timeout before the new actions run.
%%     A state enter call (callback mode state_enter) follows the transition;
%%     its timeouts are applied after those of the event that caused it.
%%  4. sys debug options are accepted and ignored, as in gen_server.
-module(gen_statem).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/1, reply/2,
         send_request/2, wait_response/2, receive_response/2, check_response/2,
         enter_loop/4, enter_loop/5, enter_loop/6, wakeup_from_hibernate/3]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> term().
-callback terminate(Reason :: term(), State :: term(), Data :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Data :: term(), Extra :: term()) -> term().
-callback format_status(Opt :: term(), StatusData :: list()) -> term().
-optional_callbacks([terminate/3, code_change/4, format_status/2]).

%% The machine between events.
-record(m, {parent, name, module, mode, enter = false, state, data,
            postponed = [],        % newest first
            timers = #{},          % Key => {Ref, Content}
            hibernate_after = infinity}).

%% ---- starting and stopping

start(Mod, Args, Opts) -> gen:start(?MODULE, nolink, Mod, Args, Opts).
start(Name, Mod, Args, Opts) -> gen:start(?MODULE, nolink, Name, Mod, Args, Opts).
start_link(Mod, Args, Opts) -> gen:start(?MODULE, link, Mod, Args, Opts).
start_link(Name, Mod, Args, Opts) -> gen:start(?MODULE, link, Name, Mod, Args, Opts).
start_monitor(Mod, Args, Opts) -> gen:start(?MODULE, monitor, Mod, Args, Opts).
start_monitor(Name, Mod, Args, Opts) -> gen:start(?MODULE, monitor, Name, Mod, Args, Opts).

stop(Server) -> gen:stop(Server).
stop(Server, Reason, Timeout) -> gen:stop(Server, Reason, Timeout).

%% ---- the client side

call(Server, Request) -> call(Server, Request, infinity).

call(Server, Request, Timeout) ->
    Time = case Timeout of
               {dirty_timeout, T} -> T;
               {clean_timeout, T} -> T;
               T -> T
           end,
    try gen:call(Server, '$gen_call', Request, Time) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

cast(Server, Msg) ->
    send(Server, {'$gen_cast', Msg}),
    ok.

send({global, _}, _Msg) -> ok;
send({via, Module, Name}, Msg) -> catch Module:send(Name, Msg), ok;
send(Dest, Msg) -> catch erlang:send(Dest, Msg), ok.

reply({reply, From, Reply}) -> reply(From, Reply);
reply(Replies) when is_list(Replies) -> [reply(R) || R <- Replies], ok.

reply(From, Reply) -> gen:reply(From, Reply).

send_request(Server, Request) -> gen:send_request(Server, '$gen_call', Request).
wait_response(RequestId, Timeout) -> gen:wait_response(RequestId, Timeout).
receive_response(RequestId, Timeout) -> gen:receive_response(RequestId, Timeout).
check_response(Msg, RequestId) -> gen:check_response(Msg, RequestId).

%% ---- making the calling process a state machine

enter_loop(Mod, Opts, State, Data) -> enter_loop(Mod, Opts, State, Data, self(), []).
enter_loop(Mod, Opts, State, Data, Server = {Scope, _}) when Scope =:= local; Scope =:= global; Scope =:= via ->
    enter_loop(Mod, Opts, State, Data, Server, []);
enter_loop(Mod, Opts, State, Data, {via, _, _} = Server) ->
    enter_loop(Mod, Opts, State, Data, Server, []);
enter_loop(Mod, Opts, State, Data, Actions) ->
    enter_loop(Mod, Opts, State, Data, self(), Actions).
enter_loop(Mod, Opts, State, Data, Server, Actions) ->
    Name = gen:get_proc_name(Server),
    Parent = gen:get_parent(),
    start_machine(Parent, Name, Mod, Opts, State, Data, Actions).

%% ---- the machine process

init_it(Starter, Parent, Name0, Mod, Args, Opts) ->
    Name = gen:name(Name0),
    case init_callback(Mod, Args) of
        {ok, {ok, State, Data}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            start_machine(Parent, Name, Mod, Opts, State, Data, []);
        {ok, {ok, State, Data, Actions}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            start_machine(Parent, Name, Mod, Opts, State, Data, Actions);
        {ok, {stop, Reason}} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_from_init, Else},
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Error}),
            error_info(error, Error, [], #m{name = Name, module = Mod, mode = state_functions},
                       undefined, []),
            exit(Error);
        {'EXIT', Class, Reason, Stacktrace} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, terminate_reason(Class, Reason, Stacktrace)}),
            erlang:raise(Class, Reason, Stacktrace)
    end.

init_callback(Mod, Args) ->
    try {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

%% The first "event" is the init itself: its actions run like a transition
%% into State, with a state enter call when the mode asks for one.
start_machine(Parent, Name, Mod, Opts, State, Data, Actions) ->
    M0 = #m{parent = Parent, name = Name, module = Mod, state = State, data = Data,
            hibernate_after = gen:hibernate_after(Opts)},
    Init = {internal, init_state},
    case callback_mode(Mod) of
        {ok, Mode, Enter} ->
            M = M0#m{mode = Mode, enter = Enter},
            transition(M, Init, [], State, Data, listify(Actions), false, true);
        {error, Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, M0#m{mode = undefined}, Init, [])
    end.

callback_mode(Mod) ->
    try Mod:callback_mode() of
        Result ->
            case parse_mode(listify(Result), undefined, false) of
                {ok, _, _} = Ok -> Ok;
                error -> {error, error, {bad_callback_mode, Result}, []}
            end
    catch Class:Reason:Stacktrace -> {error, Class, Reason, Stacktrace}
    end.

parse_mode([], undefined, _) -> error;
parse_mode([], Mode, Enter) -> {ok, Mode, Enter};
parse_mode([state_enter | Rest], Mode, _) -> parse_mode(Rest, Mode, true);
parse_mode([Mode | Rest], undefined, Enter)
  when Mode =:= state_functions; Mode =:= handle_event_function ->
    parse_mode(Rest, Mode, Enter);
parse_mode(_, _, _) -> error.

listify(List) when is_list(List) -> List;
listify(Item) -> [Item].

%% ---- the loop: queued events first, then the mailbox (note 1)

loop(M, [Event | Queue], _EventTimeout) ->
    handle_event(M, Event, Queue);
loop(M, [], hibernate) ->
    proc_lib:hibernate(?MODULE, wakeup_from_hibernate, [M, [], infinity]);
loop(M, [], EventTimeout) ->
    {Time, Content} = case EventTimeout of
                          infinity -> {M#m.hibernate_after, hibernate};
                          _ -> EventTimeout
                      end,
    receive
        Msg -> decode_msg(M, Msg, EventTimeout)
    after Time ->
        case EventTimeout of
            infinity -> loop(M, [], hibernate);
            _ -> handle_event(M, {timeout, Content}, [])
        end
    end.

wakeup_from_hibernate(M, Queue, EventTimeout) ->
    loop(M, Queue, EventTimeout).

decode_msg(#m{parent = Parent, timers = Timers} = M, Msg, EventTimeout) ->
    case Msg of
        {system, From, Request} ->
            sys:handle_system_msg(Request, From, Parent, ?MODULE, [], {M, EventTimeout});
        {'EXIT', Parent, Reason} ->
            terminate(exit, Reason, [], M, {info, Msg}, []);
        {timeout, Ref, Key} ->
            case Timers of
                #{Key := {Ref, Content}} ->
                    handle_event(M#m{timers = maps:remove(Key, Timers)}, {Key, Content}, []);
                _ ->
                    handle_event(M, {info, Msg}, [])
            end;
        {'$gen_call', From, Request} -> handle_event(M, {{call, From}, Request}, []);
        {'$gen_cast', Request} -> handle_event(M, {cast, Request}, []);
        _ -> handle_event(M, {info, Msg}, [])
    end.

%% ---- one event

handle_event(#m{state = State, data = Data} = M, {Type, Content} = Event, Queue) ->
    case call_state_function(M, Type, Content, State, Data) of
        {ok, Result} -> event_result(M, Event, Queue, Result);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, M, Event, Queue)
    end.

call_state_function(#m{module = Mod, mode = Mode}, Type, Content, State, Data) ->
    try
        case Mode of
            state_functions -> {ok, Mod:State(Type, Content, Data)};
            handle_event_function -> {ok, Mod:handle_event(Type, Content, State, Data)}
        end
    catch
        throw:Thrown -> {ok, Thrown};
        Class:Reason:Stacktrace -> {'EXIT', Class, Reason, Stacktrace}
    end.

event_result(#m{state = State, data = Data} = M, Event, Queue, Result) ->
    case Result of
        {next_state, Next, NewData} -> transition(M, Event, Queue, Next, NewData, [], false, false);
        {next_state, Next, NewData, Actions} ->
            transition(M, Event, Queue, Next, NewData, listify(Actions), false, false);
        {keep_state, NewData} -> transition(M, Event, Queue, State, NewData, [], false, false);
        {keep_state, NewData, Actions} ->
            transition(M, Event, Queue, State, NewData, listify(Actions), false, false);
        keep_state_and_data -> transition(M, Event, Queue, State, Data, [], false, false);
        {keep_state_and_data, Actions} ->
            transition(M, Event, Queue, State, Data, listify(Actions), false, false);
        {repeat_state, NewData} -> transition(M, Event, Queue, State, NewData, [], true, false);
        {repeat_state, NewData, Actions} ->
            transition(M, Event, Queue, State, NewData, listify(Actions), true, false);
        repeat_state_and_data -> transition(M, Event, Queue, State, Data, [], true, false);
        {repeat_state_and_data, Actions} ->
            transition(M, Event, Queue, State, Data, listify(Actions), true, false);
        _ -> stop_result(M, Event, Queue, Result, bad_return_from_state_function)
    end.

stop_result(M, Event, Queue, Result, BadTag) ->
    case Result of
        {stop, Reason} -> terminate(exit, Reason, [], M, Event, Queue);
        {stop, Reason, NewData} -> terminate(exit, Reason, [], M#m{data = NewData}, Event, Queue);
        {stop_and_reply, Reason, Replies} ->
            reply_all(listify(Replies)),
            terminate(exit, Reason, [], M, Event, Queue);
        {stop_and_reply, Reason, Replies, NewData} ->
            reply_all(listify(Replies)),
            terminate(exit, Reason, [], M#m{data = NewData}, Event, Queue);
        _ -> terminate(error, {BadTag, Result}, [], M, Event, Queue)
    end.

reply_all(Replies) ->
    [gen:reply(From, Reply) || {reply, From, Reply} <- Replies],
    ok.

%% ---- a transition: actions, postponing, the new queue, enter call, timeouts

transition(M, Event, Queue, Next, NewData, Actions, Repeat, IsInit) ->
    case parse_actions(Actions, false, [], [], false) of
        {ok, Postpone, NextEvents, Timeouts, Hibernate} when not IsInit; not Postpone ->
            #m{state = State, postponed = Postponed0} = M,
            Postponed1 = case Postpone of
                             true -> [Event | Postponed0];
                             false -> Postponed0
                         end,
            Changed = Next =/= State,
            {Queue1, Postponed} =
                case Changed of
                    true -> {NextEvents ++ lists:reverse(Postponed1) ++ Queue, []};
                    false -> {NextEvents ++ Queue, Postponed1}
                end,
            M1 = case Changed of
                     true -> cancel_timer(state_timeout, M#m{state = Next, data = NewData,
                                                             postponed = Postponed});
                     false -> M#m{data = NewData, postponed = Postponed}
                 end,
            case M1#m.enter andalso (Changed orelse Repeat orelse IsInit) of
                true -> enter_call(M1, Event, Queue1, State, IsInit, Timeouts, Hibernate);
                false -> settle(M1, Queue1, Timeouts, Hibernate)
            end;
        {ok, true, _, _, _} ->
            terminate(error, {bad_action_from_state_function, postpone}, [], M, Event, Queue);
        {bad, Action} ->
            terminate(error, {bad_action_from_state_function, Action}, [], M, Event, Queue)
    end.

%% The state enter call: Module:State(enter, OldState, Data); it may keep
%% or repeat the state, not change it, and may not postpone or insert events.
enter_call(#m{state = State, data = Data} = M, Event, Queue, OldState0, IsInit, Timeouts, Hibernate) ->
    OldState = case IsInit of
                   true -> State;
                   false -> OldState0
               end,
    case call_state_function(M, enter, OldState, State, Data) of
        {ok, Result} ->
            case enter_result(Result, State, Data) of
                {ok, NewData, Actions, Repeat} ->
                    case parse_actions(Actions, false, [], [], false) of
                        {ok, false, [], EnterTimeouts, EnterHibernate} ->
                            M1 = M#m{data = NewData},
                            case Repeat of
                                true ->
                                    enter_call(M1, Event, Queue, OldState, IsInit,
                                               Timeouts ++ EnterTimeouts, Hibernate or EnterHibernate);
                                false ->
                                    settle(M1, Queue, Timeouts ++ EnterTimeouts,
                                           Hibernate or EnterHibernate)
                            end;
                        {ok, _, _, _, _} ->
                            terminate(error, {bad_state_enter_action_from_state_function,
                                              bad_enter_action(Actions)}, [], M, Event, Queue);
                        {bad, Action} ->
                            terminate(error, {bad_state_enter_action_from_state_function, Action},
                                      [], M, Event, Queue)
                    end;
                stop ->
                    stop_result(M, Event, Queue, Result, bad_state_enter_return_from_state_function);
                bad ->
                    terminate(error, {bad_state_enter_return_from_state_function, Result}, [],
                              M, Event, Queue)
            end;
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, M, Event, Queue)
    end.

bad_enter_action(Actions) ->
    hd([A || A <- Actions, is_postpone_or_next_event(A)]).

is_postpone_or_next_event(postpone) -> true;
is_postpone_or_next_event({postpone, true}) -> true;
is_postpone_or_next_event({next_event, _, _}) -> true;
is_postpone_or_next_event(_) -> false.

enter_result(Result, State, Data) ->
    case Result of
        {next_state, State, NewData} -> {ok, NewData, [], false};
        {next_state, State, NewData, Actions} -> {ok, NewData, listify(Actions), false};
        {keep_state, NewData} -> {ok, NewData, [], false};
        {keep_state, NewData, Actions} -> {ok, NewData, listify(Actions), false};
        keep_state_and_data -> {ok, Data, [], false};
        {keep_state_and_data, Actions} -> {ok, Data, listify(Actions), false};
        {repeat_state, NewData} -> {ok, NewData, [], true};
        {repeat_state, NewData, Actions} -> {ok, NewData, listify(Actions), true};
        repeat_state_and_data -> {ok, Data, [], true};
        {repeat_state_and_data, Actions} -> {ok, Data, listify(Actions), true};
        {stop, _} -> stop;
        {stop, _, _} -> stop;
        {stop_and_reply, _, _} -> stop;
        {stop_and_reply, _, _, _} -> stop;
        _ -> bad
    end.

%% Actions: {ok, Postpone, NextEvents, Timeouts, Hibernate} (in order) or
%% {bad, Action}. Replies are sent as they are met.
parse_actions([], Postpone, NextEvents, Timeouts, Hibernate) ->
    {ok, Postpone, lists:reverse(NextEvents), lists:reverse(Timeouts), Hibernate};
parse_actions([Action | Rest], Postpone, NextEvents, Timeouts, Hibernate) ->
    case Action of
        {reply, From, Reply} ->
            gen:reply(From, Reply),
            parse_actions(Rest, Postpone, NextEvents, Timeouts, Hibernate);
        postpone -> parse_actions(Rest, true, NextEvents, Timeouts, Hibernate);
        {postpone, P} when is_boolean(P) -> parse_actions(Rest, P, NextEvents, Timeouts, Hibernate);
        hibernate -> parse_actions(Rest, Postpone, NextEvents, Timeouts, true);
        {hibernate, H} when is_boolean(H) -> parse_actions(Rest, Postpone, NextEvents, Timeouts, H);
        {next_event, Type, Content} ->
            case event_type(Type) of
                true -> parse_actions(Rest, Postpone, [{Type, Content} | NextEvents], Timeouts, Hibernate);
                false -> {bad, Action}
            end;
        _ ->
            case timeout_action(Action) of
                {ok, Timeout} -> parse_actions(Rest, Postpone, NextEvents, [Timeout | Timeouts], Hibernate);
                bad -> {bad, Action}
            end
    end;
parse_actions(_, _, _, _, _) -> {bad, []}.

event_type({call, {Pid, _}}) when is_pid(Pid) -> true;
event_type(cast) -> true;
event_type(info) -> true;
event_type(internal) -> true;
event_type(timeout) -> true;
event_type(state_timeout) -> true;
event_type({timeout, _}) -> true;
event_type(_) -> false.

%% A timeout action as {Key, Time, Content, Absolute}, {Key, cancel} or
%% {Key, update, Content}; Key is timeout, state_timeout or {timeout, Name}.
timeout_action(Time) when is_integer(Time), Time >= 0; Time =:= infinity ->
    {ok, {timeout, Time, Time, false}};
timeout_action({Key, cancel}) ->
    timeout_key(Key, {Key, cancel});
timeout_action({Key, update, Content}) ->
    timeout_key(Key, {Key, update, Content});
timeout_action({Key, Time, Content}) ->
    timeout_action({Key, Time, Content, []});
timeout_action({Key, Time, Content, Opts}) when is_list(Opts) ->
    Absolute = proplists:get_value(abs, Opts, false),
    case valid_time(Time, Absolute) of
        true -> timeout_key(Key, {Key, Time, Content, Absolute});
        false -> bad
    end;
timeout_action(_) -> bad.

timeout_key(timeout, Timeout) -> {ok, Timeout};
timeout_key(state_timeout, Timeout) -> {ok, Timeout};
timeout_key({timeout, _}, Timeout) -> {ok, Timeout};
timeout_key(_, _) -> bad.

valid_time(infinity, _) -> true;
valid_time(Time, false) -> is_integer(Time) andalso Time >= 0;
valid_time(Time, true) -> is_integer(Time).

%% Apply the timeouts (note 2) and go back to the loop.
settle(M, Queue, Timeouts, Hibernate) ->
    {M1, Queue1, EventTimeout} = apply_timeouts(Timeouts, M, Queue, infinity),
    EventTimeout1 = case {Queue1, EventTimeout} of
                        {[], {0, Content}} -> {[{timeout, Content}], infinity};
                        {[], _} -> {[], EventTimeout};
                        _ -> {Queue1, infinity}
                    end,
    {Queue2, Timeout2} = EventTimeout1,
    case Hibernate andalso Queue2 =:= [] andalso Timeout2 =:= infinity of
        true -> loop(M1, [], hibernate);
        false -> loop(M1, Queue2, Timeout2)
    end.

apply_timeouts([], M, Queue, EventTimeout) ->
    {M, Queue, EventTimeout};
apply_timeouts([{timeout, cancel} | Rest], M, Queue, _) ->
    apply_timeouts(Rest, M, Queue, infinity);
apply_timeouts([{timeout, update, Content} | Rest], M, Queue, EventTimeout) ->
    New = case EventTimeout of
              {Time, _} -> {Time, Content};
              infinity -> {0, Content}
          end,
    apply_timeouts(Rest, M, Queue, New);
apply_timeouts([{timeout, infinity, _, _} | Rest], M, Queue, _) ->
    apply_timeouts(Rest, M, Queue, infinity);
apply_timeouts([{timeout, Time, Content, Absolute} | Rest], M, Queue, _) ->
    apply_timeouts(Rest, M, Queue, {relative(Time, Absolute), Content});
apply_timeouts([{Key, cancel} | Rest], M, Queue, EventTimeout) ->
    apply_timeouts(Rest, cancel_timer(Key, M), Queue, EventTimeout);
apply_timeouts([{Key, update, Content} | Rest], #m{timers = Timers} = M, Queue, EventTimeout) ->
    case Timers of
        #{Key := {Ref, _}} ->
            apply_timeouts(Rest, M#m{timers = Timers#{Key := {Ref, Content}}}, Queue, EventTimeout);
        _ ->
            apply_timeouts(Rest, M, Queue ++ [{Key, Content}], EventTimeout)
    end;
apply_timeouts([{Key, infinity, _, _} | Rest], M, Queue, EventTimeout) ->
    apply_timeouts(Rest, cancel_timer(Key, M), Queue, EventTimeout);
apply_timeouts([{Key, Time, Content, Absolute} | Rest], M, Queue, EventTimeout) ->
    M1 = cancel_timer(Key, M),
    case relative(Time, Absolute) of
        0 ->
            apply_timeouts(Rest, M1, Queue ++ [{Key, Content}], EventTimeout);
        Delay ->
            Ref = erlang:start_timer(Delay, self(), Key),
            Timers = M1#m.timers,
            apply_timeouts(Rest, M1#m{timers = Timers#{Key => {Ref, Content}}}, Queue, EventTimeout)
    end.

relative(Time, false) -> Time;
relative(Time, true) -> max(0, Time - erlang:monotonic_time(millisecond)).

cancel_timer(Key, #m{timers = Timers} = M) ->
    case Timers of
        #{Key := {Ref, _}} ->
            case erlang:cancel_timer(Ref) of
                false -> receive {timeout, Ref, _} -> ok after 0 -> ok end;
                _ -> ok
            end,
            M#m{timers = maps:remove(Key, Timers)};
        _ ->
            M
    end.

%% ---- ending: terminate/3 (given the bare reason, whatever the class), the
%% error report, then exit with the same exception

terminate(Class, Reason, Stacktrace, #m{module = Mod, state = State, data = Data} = M, Event, Queue) ->
    case try_terminate(Mod, Reason, State, Data) of
        {'EXIT', C, R, S} ->
            error_info(C, R, S, M, Event, Queue),
            erlang:raise(C, R, S);
        _ ->
            case Class =:= exit andalso quiet_reason(Reason) of
                true -> ok;
                false -> error_info(Class, Reason, Stacktrace, M, Event, Queue)
            end
    end,
    case Stacktrace of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, Stacktrace)
    end.

quiet_reason(normal) -> true;
quiet_reason(shutdown) -> true;
quiet_reason({shutdown, _}) -> true;
quiet_reason(_) -> false.

terminate_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
terminate_reason(exit, Reason, _Stacktrace) -> Reason;
terminate_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

try_terminate(Mod, Reason, State, Data) ->
    try {ok, Mod:terminate(Reason, State, Data)}
    catch
        throw:R -> {ok, R};
        Class:R:S ->
            case {Class, R, S} of
                {error, undef, [{Mod, terminate, [_, _, _], _} | _]} -> {ok, ok};
                _ -> {'EXIT', Class, R, S}
            end
    end.

error_info(Class, Reason, Stacktrace, #m{name = Name, module = Mod, mode = Mode, enter = Enter,
                                         state = State, data = Data, postponed = Postponed},
           Event, Queue) ->
    case logger:allow(error, ?MODULE) of
        true ->
            ModeTerm = case Enter of
                           true -> [Mode, state_enter];
                           false -> Mode
                       end,
            logger:'$emit'("ERROR",
                           [io_lib:format("** State machine ~tp terminating~n", [Name]),
                            case Event of
                                undefined -> [];
                                _ -> io_lib:format("** Last event = ~tp~n", [Event])
                            end,
                            io_lib:format("** When server state  = ~tp~n"
                                          "** Reason for termination = ~w:~tp~n"
                                          "** Callback modules = ~tp~n"
                                          "** Callback mode = ~tp~n",
                                          [{State, Data}, Class, Reason, [Mod], ModeTerm]),
                            case Queue of
                                [] -> [];
                                _ -> io_lib:format("** Queued = ~tp~n", [Queue])
                            end,
                            case Postponed of
                                [] -> [];
                                _ -> io_lib:format("** Postponed = ~tp~n", [Postponed])
                            end,
                            case Stacktrace of
                                [] -> [];
                                _ -> io_lib:format("** Stacktrace =~n**  ~tp~n", [Stacktrace])
                            end]);
        false -> ok
    end.

%% ---- sys callbacks (Misc = {Machine, EventTimeout})

system_continue(_Parent, _Debug, {M, EventTimeout}) ->
    loop(M, [], EventTimeout).

system_terminate(Reason, _Parent, _Debug, {M, _EventTimeout}) ->
    terminate(exit, Reason, [], M, undefined, []).

system_code_change({#m{module = Mod, state = State, data = Data} = M, EventTimeout},
                   _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Data, Extra) of
        {ok, NewState, NewData} ->
            {ok, {M#m{state = NewState, data = NewData}, EventTimeout}};
        Else -> Else
    end.

system_get_state({#m{state = State, data = Data}, _}) ->
    {ok, {State, Data}}.

system_replace_state(StateFun, {#m{state = State, data = Data} = M, EventTimeout}) ->
    {NewState, NewData} = Result = StateFun({State, Data}),
    {ok, Result, {M#m{state = NewState, data = NewData}, EventTimeout}}.

%% sys:get_status/1's view of a machine.
format_status(_Opt, [_PDict, SysState, Parent, Debug, {#m{name = Name, state = State, data = Data,
                                                          postponed = Postponed}, _}]) ->
    Header = gen:format_status_header("Status for state machine", Name),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged Events", Debug},
             {"Postponed", Postponed}]},
     {data, [{"State", {State, Data}}]}].
