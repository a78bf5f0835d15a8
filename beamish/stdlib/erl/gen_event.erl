%% gen_event: the event manager behaviour (OTP 25's API, callbacks and errors).
%%
%% A manager is a proc_lib process holding a list of handlers, newest first.
%% Each handler is a callback module (or {Module, Id}) with its own state;
%% an event goes to every handler in turn. A handler that crashes or returns
%% something wrong is removed (terminate/2 gets {error, ...}) and an error
%% report says so; the manager lives on.
%%
%% Notes:
%%  1. A supervised handler (add_sup_handler/3, swap_sup_handler/3) is tied
%%     to the process that added it: the manager links to that process, which
%%     is sent {gen_event_EXIT, Handler, Reason} when the handler goes
%%     (normal, shutdown, {swapped, New, Pid} or {'EXIT', Why}); when that
%%     process dies, its handlers are removed with terminate({stop, Reason}).
%%  2. The manager traps exits; an 'EXIT' from other processes is an info
%%     message for the handlers.
%%  3. sys debug options are accepted and ignored, as in gen_server.
-module(gen_event).
-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2, stop/1, stop/3,
         notify/2, sync_notify/2, call/3, call/4, send_request/3, wait_response/2,
         receive_response/2, check_response/2,
         add_handler/3, add_sup_handler/3, delete_handler/3, swap_handler/3,
         swap_sup_handler/3, which_handlers/1]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

-callback init(InitArgs :: term()) -> term().
-callback handle_event(Event :: term(), State :: term()) -> term().
-callback handle_call(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback terminate(Args :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-callback format_status(Opt :: term(), StatusData :: list()) -> term().
-optional_callbacks([handle_info/2, terminate/2, code_change/3, format_status/2]).

%% One installed handler; supervisor is the owning pid or false.
-record(h, {module, id = false, state, supervisor = false}).

-define(LABEL, '$gen_event').

%% ---- starting and stopping

start() -> gen:start(?MODULE, nolink, [], [], []).
start(Options) when is_list(Options) -> gen:start(?MODULE, nolink, [], [], Options);
start(Name) -> gen:start(?MODULE, nolink, Name, [], [], []).
start(Name, Options) -> gen:start(?MODULE, nolink, Name, [], [], Options).
start_link() -> gen:start(?MODULE, link, [], [], []).
start_link(Options) when is_list(Options) -> gen:start(?MODULE, link, [], [], Options);
start_link(Name) -> gen:start(?MODULE, link, Name, [], [], []).
start_link(Name, Options) -> gen:start(?MODULE, link, Name, [], [], Options).
start_monitor() -> gen:start(?MODULE, monitor, [], [], []).
start_monitor(Options) when is_list(Options) -> gen:start(?MODULE, monitor, [], [], Options);
start_monitor(Name) -> gen:start(?MODULE, monitor, Name, [], [], []).
start_monitor(Name, Options) -> gen:start(?MODULE, monitor, Name, [], [], Options).

stop(Manager) -> gen:stop(Manager).
stop(Manager, Reason, Timeout) -> gen:stop(Manager, Reason, Timeout).

%% ---- the client side

notify(Manager, Event) ->
    send(Manager, {notify, Event}),
    ok.

send({global, _}, _Msg) -> ok;
send({via, Module, Name}, Msg) -> catch Module:send(Name, Msg), ok;
send(Dest, Msg) -> erlang:send(Dest, Msg), ok.

sync_notify(Manager, Event) -> request(Manager, {sync_notify, Event}).

%% Only call/3,4 wrap a failure as {Reason, {gen_event, call, Args}}.
call(Manager, Handler, Query) ->
    try gen:call(Manager, ?LABEL, {call, Handler, Query}, 5000) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Manager, Handler, Query]}})
    end.
call(Manager, Handler, Query, Timeout) ->
    try gen:call(Manager, ?LABEL, {call, Handler, Query}, Timeout) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Manager, Handler, Query, Timeout]}})
    end.

add_handler(Manager, Handler, Args) -> request(Manager, {add_handler, Handler, Args, false}).
add_sup_handler(Manager, Handler, Args) -> request(Manager, {add_handler, Handler, Args, self()}).
delete_handler(Manager, Handler, Args) -> request(Manager, {delete_handler, Handler, Args}).

swap_handler(Manager, {H1, A1}, {H2, A2}) ->
    request(Manager, {swap_handler, H1, A1, H2, A2, false}).
swap_sup_handler(Manager, {H1, A1}, {H2, A2}) ->
    request(Manager, {swap_handler, H1, A1, H2, A2, self()}).

which_handlers(Manager) -> request(Manager, which_handlers).

send_request(Manager, Handler, Query) -> gen:send_request(Manager, ?LABEL, {call, Handler, Query}).
wait_response(RequestId, Timeout) -> gen:wait_response(RequestId, Timeout).
receive_response(RequestId, Timeout) -> gen:receive_response(RequestId, Timeout).
check_response(Msg, RequestId) -> gen:check_response(Msg, RequestId).

request(Manager, Request) ->
    {ok, Reply} = gen:call(Manager, ?LABEL, Request, infinity),
    Reply.

%% ---- the manager process

init_it(Starter, Parent, Name0, _, _, Options) ->
    process_flag(trap_exit, true),
    Name = gen:name(Name0),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, [], gen:hibernate_after(Options)).

loop(Parent, Name, Handlers, HibernateAfter) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, Handlers, HibernateAfter)
    after HibernateAfter ->
        proc_lib:hibernate(?MODULE, system_continue, [Parent, [], [Name, Handlers, HibernateAfter]])
    end.

decode_msg(Msg, Parent, Name, Handlers, HibernateAfter) ->
    case Msg of
        {system, From, Request} ->
            sys:handle_system_msg(Request, From, Parent, ?MODULE, [], [Name, Handlers, HibernateAfter]);
        {'EXIT', Parent, Reason} ->
            terminate_server(Reason, Name, Handlers);
        {?LABEL, From, Request} ->
            {Reply, Handlers1} = handle_request(Request, Name, Handlers),
            gen:reply(From, Reply),
            loop(Parent, Name, Handlers1, HibernateAfter);
        {notify, Event} ->
            loop(Parent, Name, notify_all(handle_event, Event, Name, Handlers), HibernateAfter);
        {'EXIT', Pid, Reason} ->
            case [H || H <- Handlers, H#h.supervisor =:= Pid] of
                [] ->
                    loop(Parent, Name, notify_all(handle_info, Msg, Name, Handlers), HibernateAfter);
                Owned ->
                    [remove(H, {stop, Reason}, Name, none) || H <- Owned],
                    loop(Parent, Name, Handlers -- Owned, HibernateAfter)
            end;
        _ ->
            loop(Parent, Name, notify_all(handle_info, Msg, Name, Handlers), HibernateAfter)
    end.

handle_request({sync_notify, Event}, Name, Handlers) ->
    {ok, notify_all(handle_event, Event, Name, Handlers)};
handle_request({add_handler, Handler, Args, Sup}, _Name, Handlers) ->
    add(Handler, Args, Sup, Handlers);
handle_request({delete_handler, Handler, Args}, Name, Handlers) ->
    case find(Handler, Handlers) of
        false -> {{error, module_not_found}, Handlers};
        H -> {remove(H, Args, Name, normal), lists:delete(H, Handlers)}
    end;
handle_request({swap_handler, H1, A1, H2, A2, Sup}, Name, Handlers) ->
    swap(H1, A1, H2, A2, Sup, Name, Handlers);
handle_request(which_handlers, _Name, Handlers) ->
    {[handler_id(H) || H <- Handlers], Handlers};
handle_request({call, Handler, Query}, Name, Handlers) ->
    case find(Handler, Handlers) of
        false -> {{error, bad_module}, Handlers};
        H -> call_handler(H, Query, Name, Handlers)
    end.

%% ---- installing and removing handlers

split({Module, Id}) -> {Module, Id};
split(Module) -> {Module, false}.

handler_id(#h{module = Module, id = false}) -> Module;
handler_id(#h{module = Module, id = Id}) -> {Module, Id}.

find(Handler, Handlers) ->
    {Module, Id} = split(Handler),
    case [H || H = #h{module = M, id = I} <- Handlers, M =:= Module, I =:= Id] of
        [H | _] -> H;
        [] -> false
    end.

%% As OTP 25, a handler with the same id as an installed one is added too.
add(Handler, Args, Sup, Handlers) ->
    {Module, Id} = split(Handler),
    case catch_callback(Module, init, [Args]) of
        {ok, {ok, State}} -> installed(#h{module = Module, id = Id, state = State, supervisor = Sup}, Handlers);
        {ok, {ok, State, hibernate}} -> installed(#h{module = Module, id = Id, state = State, supervisor = Sup}, Handlers);
        {ok, Other} -> {Other, Handlers};
        {'EXIT', Why} -> {{'EXIT', Why}, Handlers}
    end.

installed(#h{supervisor = Sup} = H, Handlers) ->
    case Sup of
        false -> ok;
        _ -> link(Sup)
    end,
    {ok, [H | Handlers]}.

%% Call Module:terminate/2 (when it exists), tell the owner, return the result.
remove(#h{module = Module, state = State, supervisor = Sup} = H, Args, _Name, OwnerReason) ->
    Result = case catch_callback(Module, terminate, [Args, State]) of
                 {ok, R} -> R;
                 {'EXIT', {undef, [{Module, terminate, [_, _], _} | _]}} -> ok;
                 {'EXIT', Why} -> {'EXIT', Why}
             end,
    case {Sup, OwnerReason} of
        {false, _} -> ok;
        {_, none} -> ok;
        _ -> Sup ! {gen_event_EXIT, handler_id(H), OwnerReason}
    end,
    Result.

swap(H1, A1, H2, A2, Sup, Name, Handlers) ->
    {Old, Rest} = case find(H1, Handlers) of
                      false -> {false, Handlers};
                      Found -> {Found, lists:delete(Found, Handlers)}
                  end,
    NewSup = case {Sup, Old} of
                 {false, #h{supervisor = OldSup}} -> OldSup;
                 _ -> Sup
             end,
    Result = case Old of
                 false -> error;
                 _ -> remove(Old, A1, Name, {swapped, H2, NewSup})
             end,
    case add(H2, {A2, Result}, NewSup, Rest) of
        {ok, Handlers1} -> {ok, Handlers1};
        {Error, Handlers1} -> {{error, Error}, Handlers1}
    end.

%% ---- dispatching

notify_all(Callback, Event, Name, Handlers) ->
    lists:reverse(
      lists:foldl(fun(H, Acc) ->
                          case dispatch(H, Callback, Event, Name) of
                              {keep, H1} -> [H1 | Acc];
                              {swap, NewHandlers} -> lists:reverse(NewHandlers) ++ Acc;
                              removed -> Acc
                          end
                  end, [], Handlers)).

%% One handler's reaction to an event or info message.
dispatch(#h{module = Module, state = State} = H, Callback, Event, Name) ->
    case catch_optional(Module, Callback, [Event, State]) of
        missing -> {keep, H};
        {ok, {ok, State1}} -> {keep, H#h{state = State1}};
        {ok, {ok, State1, hibernate}} -> {keep, H#h{state = State1}};
        {ok, {swap_handler, A1, State1, H2, A2}} ->
            {_, Handlers} = swap(handler_id(H), A1, H2, A2, false, Name, [H#h{state = State1}]),
            {swap, Handlers};
        {ok, remove_handler} ->
            remove(H, remove_handler, Name, normal),
            removed;
        {ok, Other} ->
            crashed(H, Event, Name, {error, Other}, Other),
            removed;
        {'EXIT', Why} ->
            crashed(H, Event, Name, {error, {'EXIT', Why}}, Why),
            removed
    end.

call_handler(#h{module = Module, state = State} = H, Query, Name, Handlers) ->
    case catch_callback(Module, handle_call, [Query, State]) of
        {ok, {ok, Reply, State1}} -> {Reply, replace(H, H#h{state = State1}, Handlers)};
        {ok, {ok, Reply, State1, hibernate}} -> {Reply, replace(H, H#h{state = State1}, Handlers)};
        {ok, {swap_handler, Reply, A1, State1, H2, A2}} ->
            {_, Handlers1} = swap(handler_id(H), A1, H2, A2, false, Name,
                                  replace(H, H#h{state = State1}, Handlers)),
            {Reply, Handlers1};
        {ok, {remove_handler, Reply}} ->
            remove(H, remove_handler, Name, normal),
            {Reply, lists:delete(H, Handlers)};
        {ok, Other} ->
            crashed(H, Query, Name, {error, Other}, Other),
            {{error, Other}, lists:delete(H, Handlers)};
        {'EXIT', Why} ->
            crashed(H, Query, Name, {error, {'EXIT', Why}}, Why),
            {{error, {'EXIT', Why}}, lists:delete(H, Handlers)}
    end.

replace(Old, New, Handlers) ->
    [case H of Old -> New; _ -> H end || H <- Handlers].

%% The handler failed: terminate/2, the owner's message, the error report.
crashed(#h{state = State} = H, Event, Name, TerminateArg, Reason) ->
    remove(H, TerminateArg, Name, {'EXIT', Reason}),
    case logger:allow(error, ?MODULE) of
        true ->
            logger:'$emit'("ERROR",
                           io_lib:format("** gen_event handler ~p crashed.~n"
                                         "** Was installed in ~tp~n"
                                         "** Last event was: ~tp~n"
                                         "** When handler state == ~tp~n"
                                         "** Reason == ~tp~n",
                                         [handler_id(H), Name, Event, State, Reason]));
        false -> ok
    end.

%% {ok, Result} or {'EXIT', Why} as catch would give it; a throw is a result.
catch_callback(Module, Function, Args) ->
    try {ok, apply(Module, Function, Args)}
    catch
        throw:Thrown -> {ok, Thrown};
        exit:Why -> {'EXIT', Why};
        error:Why:Stacktrace -> {'EXIT', {Why, Stacktrace}}
    end.

catch_optional(Module, Function, Args) ->
    case catch_callback(Module, Function, Args) of
        {'EXIT', {undef, [{Module, Function, Args, _} | _]}} when Function =:= handle_info -> missing;
        Result -> Result
    end.

terminate_server(Reason, Name, Handlers) ->
    [remove(H, stop, Name, shutdown) || H <- Handlers],
    exit(Reason).

%% ---- sys callbacks (Misc = [Name, Handlers, HibernateAfter])

system_continue(Parent, _Debug, [Name, Handlers, HibernateAfter]) ->
    loop(Parent, Name, Handlers, HibernateAfter).

system_terminate(Reason, _Parent, _Debug, [Name, Handlers, _HibernateAfter]) ->
    terminate_server(Reason, Name, Handlers).

system_code_change([Name, Handlers, HibernateAfter], Module, OldVsn, Extra) ->
    Changed = [case H of
                   #h{module = Module, state = State} ->
                       {ok, State1} = Module:code_change(OldVsn, State, Extra),
                       H#h{state = State1};
                   _ -> H
               end || H <- Handlers],
    {ok, [Name, Changed, HibernateAfter]}.

system_get_state([_Name, Handlers, _HibernateAfter]) ->
    {ok, [{M, I, S} || #h{module = M, id = I, state = S} <- Handlers]}.

system_replace_state(StateFun, [Name, Handlers, HibernateAfter]) ->
    Handlers1 = [begin
                     {M, I, S1} = StateFun({M, I, S}),
                     H#h{state = S1}
                 end || H = #h{module = M, id = I, state = S} <- Handlers],
    {ok, [{M, I, S} || #h{module = M, id = I, state = S} <- Handlers1],
     [Name, Handlers1, HibernateAfter]}.

format_status(_Opt, [_PDict, SysState, Parent, Debug, [Name, Handlers, _HibernateAfter]]) ->
    Header = gen:format_status_header("Status for event handler", Name),
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged Events", Debug}]},
     {items, {"Installed handlers", [handler_id(H) || H <- Handlers]}}].
