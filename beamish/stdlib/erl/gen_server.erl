%% gen_server: the generic server behaviour (OTP 25's API, callbacks and errors).
%%
%% The server is a proc_lib process started through gen; its loop takes calls
%% ({'$gen_call', From, Request}), casts ({'$gen_cast', Request}), system
%% messages (sys) and everything else as info. A server that ends abnormally
%% leaves the logger's "Generic server ... terminating" report, then
%% proc_lib's crash report as it exits.
%%
%% Notes:
%%  1. The loop's timeout slot holds infinity, a time in ms, hibernate or
%%     {continue, Term}, as the callbacks return them.
%%  2. sys debug options (trace, log, statistics) are accepted and ignored:
%%     the Debug list threaded through the loop is always [].
%%  3. {global, Name} needs distribution and is refused (see gen.erl);
%%     multi_call/abcast reach the local node only.
-module(gen_server).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/2,
         send_request/2, wait_response/2, receive_response/2, check_response/2,
         abcast/2, abcast/3, multi_call/2, multi_call/3, multi_call/4,
         enter_loop/3, enter_loop/4, enter_loop/5, wake_hib/6]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-callback format_status(Opt :: term(), StatusData :: list()) -> term().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2, code_change/3,
                     format_status/2]).

%% ---- starting and stopping

start(Mod, Args, Options) -> gen:start(?MODULE, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) -> gen:start(?MODULE, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) -> gen:start(?MODULE, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) -> gen:start(?MODULE, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) -> gen:start(?MODULE, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) -> gen:start(?MODULE, monitor, Name, Mod, Args, Options).

stop(Server) -> gen:stop(Server).
stop(Server, Reason, Timeout) -> gen:stop(Server, Reason, Timeout).

%% ---- the client side

call(Server, Request) ->
    try gen:call(Server, '$gen_call', Request) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request]}})
    end.

call(Server, Request, Timeout) ->
    try gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Reply} -> Reply
    catch exit:Reason -> exit({Reason, {?MODULE, call, [Server, Request, Timeout]}})
    end.

cast(Server, Request) ->
    send(Server, {'$gen_cast', Request}),
    ok.

send({global, _}, _Msg) -> ok;
send({via, Module, Name}, Msg) -> catch Module:send(Name, Msg), ok;
send({Name, Node}, Msg) when is_atom(Name), is_atom(Node) -> catch erlang:send({Name, Node}, Msg), ok;
send(Dest, Msg) when is_atom(Dest); is_pid(Dest) -> catch erlang:send(Dest, Msg), ok;
send(_, _) -> ok.

reply(From, Reply) -> gen:reply(From, Reply).

send_request(Server, Request) -> gen:send_request(Server, '$gen_call', Request).
wait_response(RequestId, Timeout) -> gen:wait_response(RequestId, Timeout).
receive_response(RequestId, Timeout) -> gen:receive_response(RequestId, Timeout).
check_response(Msg, RequestId) -> gen:check_response(Msg, RequestId).

abcast(Name, Request) -> abcast([node()], Name, Request).
abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    [send(Name, {'$gen_cast', Request}) || Node <- Nodes, Node =:= node()],
    abcast.

multi_call(Name, Request) -> multi_call([node()], Name, Request, infinity).
multi_call(Nodes, Name, Request) -> multi_call(Nodes, Name, Request, infinity).
multi_call(Nodes, Name, Request, Timeout) when is_list(Nodes), is_atom(Name) ->
    lists:foldr(
      fun(Node, {Replies, Bad}) when Node =:= node() ->
              try gen:call(Name, '$gen_call', Request, Timeout) of
                  {ok, Reply} -> {[{Node, Reply} | Replies], Bad}
              catch exit:_ -> {Replies, [Node | Bad]}
              end;
         (Node, {Replies, Bad}) -> {Replies, [Node | Bad]}
      end, {[], []}, Nodes).

%% ---- making the calling process a server (it was started by proc_lib)

enter_loop(Mod, Options, State) ->
    enter_loop(Mod, Options, State, self(), infinity).

enter_loop(Mod, Options, State, ServerName = {Scope, _}) when Scope =:= local; Scope =:= global ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, ServerName = {via, _, _}) ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, Timeout) ->
    enter_loop(Mod, Options, State, self(), Timeout).

enter_loop(Mod, Options, State, ServerName, Timeout) ->
    Name = gen:get_proc_name(ServerName),
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    HibernateAfter = gen:hibernate_after(Options),
    loop(Parent, Name, State, Mod, Timeout, HibernateAfter, Debug).

%% ---- the server process

init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibernateAfter = gen:hibernate_after(Options),
    case init_callback(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity, HibernateAfter, Debug);
        {ok, {ok, State, Timeout}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, Timeout, HibernateAfter, Debug);
        {ok, {stop, Reason}} ->
            % unregister first, so a parent that retries at once is not told already_started
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_value, Else},
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Error}),
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

loop(Parent, Name, State, Mod, {continue, Continue} = Msg, HibernateAfter, Debug) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State, Debug);
loop(Parent, Name, State, Mod, hibernate, HibernateAfter, Debug) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, State, Mod, HibernateAfter, Debug]);
loop(Parent, Name, State, Mod, infinity, HibernateAfter, Debug) when HibernateAfter =/= infinity ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod, infinity, HibernateAfter, Debug, false)
    after HibernateAfter ->
        loop(Parent, Name, State, Mod, hibernate, HibernateAfter, Debug)
    end;
loop(Parent, Name, State, Mod, Time, HibernateAfter, Debug) ->
    Msg = receive
              Input -> Input
          after Time -> timeout
          end,
    decode_msg(Msg, Parent, Name, State, Mod, Time, HibernateAfter, Debug, false).

wake_hib(Parent, Name, State, Mod, HibernateAfter, Debug) ->
    Msg = receive Input -> Input end,
    decode_msg(Msg, Parent, Name, State, Mod, hibernate, HibernateAfter, Debug, true).

decode_msg(Msg, Parent, Name, State, Mod, Time, HibernateAfter, Debug, Hib) ->
    case Msg of
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug,
                                  [Name, State, Mod, Time, HibernateAfter], Hib);
        {'EXIT', Parent, Reason} ->
            terminate(exit, Reason, [], Name, undefined, Msg, Mod, State, Debug);
        _ ->
            handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter, Debug)
    end.

handle_msg({'$gen_call', From, Request} = Msg, Parent, Name, State, Mod, HibernateAfter, Debug) ->
    case try_handle_call(Mod, Request, From, State) of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, Debug);
        {ok, {reply, Reply, NState, Time}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, Debug);
        {ok, {stop, Reason, Reply, NState}} ->
            % terminate/2 runs before the caller gets its reply, as on OTP
            try terminate(exit, Reason, [], Name, From, Request, Mod, NState, Debug)
            after reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibernateAfter, State, Debug)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibernateAfter, Debug) ->
    Reply = case Msg of
                {'$gen_cast', Request} -> try_dispatch(Mod, handle_cast, Request, State);
                _ -> try_handle_info(Mod, Msg, State)
            end,
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfter, State, Debug).

try_handle_call(Mod, Request, From, State) ->
    try {ok, Mod:handle_call(Request, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

try_dispatch(Mod, Callback, Msg, State) ->
    try {ok, Mod:Callback(Msg, State)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

%% A server without handle_info/2 logs what it could not handle and goes on.
try_handle_info(Mod, Msg, State) ->
    case try_optional(Mod, handle_info, [Msg, State]) of
        missing ->
            case logger:allow(warning, ?MODULE) of
                true ->
                    logger:'$emit'("WARNING",
                                   io_lib:format("** Undefined handle_info in ~p~n"
                                                 "** Unhandled message: ~tp~n", [Mod, Msg]));
                false -> ok
            end,
            {ok, {noreply, State}};
        Result -> Result
    end.

%% {ok, Value}, {'EXIT', Class, Reason, Stack}, or missing when Mod does not
%% export the callback (the undef is about this very call, not a deeper one).
try_optional(Mod, Callback, Args) ->
    try {ok, apply(Mod, Callback, Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S ->
            case {Class, R, S} of
                {error, undef, [{Mod, Callback, Args, _} | _]} -> missing;
                _ -> {'EXIT', Class, R, S}
            end
    end.

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibernateAfter, State, Debug) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, HibernateAfter, Debug);
        {ok, {noreply, NState, Time}} ->
            loop(Parent, Name, NState, Mod, Time, HibernateAfter, Debug);
        {ok, {stop, Reason, NState}} ->
            terminate(exit, Reason, [], Name, From, Msg, Mod, NState, Debug);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug);
        {ok, BadReply} ->
            terminate(exit, {bad_return_value, BadReply}, [], Name, From, Msg, Mod, State, Debug)
    end.

%% ---- ending: terminate/2, the error report, then exit with the same exception

terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
    ExitReason = terminate_reason(Class, Reason, Stacktrace),
    case try_terminate(Mod, ExitReason, State) of
        {'EXIT', C, R, S} ->
            error_info(terminate_reason(C, R, S), Name, From, Msg, Mod, State, Debug),
            erlang:raise(C, R, S);
        _ ->
            case Class =:= exit andalso quiet_reason(Reason) of
                true -> ok;
                false -> error_info(ExitReason, Name, From, Msg, Mod, State, Debug)
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

try_terminate(Mod, Reason, State) ->
    case try_optional(Mod, terminate, [Reason, State]) of
        missing -> {ok, ok};
        Result -> Result
    end.

error_info(Reason, Name, From, Msg, Mod, State, _Debug) ->
    case logger:allow(error, ?MODULE) of
        true ->
            {FmtState, FmtMsg, FmtReason} = format_for_log(Mod, State, Msg, Reason),
            logger:'$emit'("ERROR",
                           [io_lib:format("** Generic server ~tp terminating \n"
                                          "** Last message in was ~tp~n"
                                          "** When Server state == ~tp~n"
                                          "** Reason for termination ==~n"
                                          "** ~tp~n", [Name, FmtMsg, FmtState, FmtReason]),
                            client_info(From)]);
        false -> ok
    end.

client_info({Pid, _Tag}) when is_pid(Pid) ->
    case erlang:process_info(Pid, current_stacktrace) of
        undefined -> io_lib:format("** Client ~tp is dead~n", [Pid]);
        {current_stacktrace, Stack} ->
            io_lib:format("** Client ~tp stacktrace~n** ~tp~n", [Pid, Stack])
    end;
client_info(_) -> [].

%% What the report shows of the state: format_status/1 (a map) or /2 when the
%% callback module has one.
format_for_log(Mod, State, Msg, Reason) ->
    Status = #{state => State, message => Msg, reason => Reason, log => []},
    case try_optional(Mod, format_status, [Status]) of
        {ok, #{} = New} ->
            {maps:get(state, New, State), maps:get(message, New, Msg), maps:get(reason, New, Reason)};
        missing -> {format_state(terminate, Mod, State), Msg, Reason};
        _ -> {State, Msg, Reason}
    end.

format_state(Opt, Mod, State) ->
    case try_optional(Mod, format_status, [Opt, [get(), State]]) of
        {ok, Formatted} -> Formatted;
        _ -> State
    end.

%% ---- sys callbacks (Misc = [Name, State, Mod, Time, HibernateAfter])

system_continue(Parent, Debug, [Name, State, Mod, Time, HibernateAfter]) ->
    loop(Parent, Name, State, Mod, Time, HibernateAfter, Debug).

system_terminate(Reason, _Parent, Debug, [Name, State, Mod, _Time, _HibernateAfter]) ->
    terminate(exit, Reason, [], Name, undefined, [], Mod, State, Debug).

system_code_change([Name, State, Mod, Time, HibernateAfter], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time, HibernateAfter]};
        Else -> Else
    end.

system_get_state([_Name, State, _Mod, _Time, _HibernateAfter]) ->
    {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time, HibernateAfter]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time, HibernateAfter]}.

%% sys:get_status/1's view of a server.
format_status(Opt, [PDict, SysState, Parent, Debug, [Name, State, Mod, _Time, _HibernateAfter]]) ->
    Header = gen:format_status_header("Status for generic server", Name),
    Specific = case format_state(Opt, Mod, State) of
                   S when is_list(S) -> S;
                   S -> [{data, [{"State", S}]}]
               end,
    _ = PDict,
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent}, {"Logged events", Debug}]} | Specific].
