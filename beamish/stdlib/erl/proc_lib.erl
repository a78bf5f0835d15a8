%% proc_lib: processes that follow the OTP design principles (OTP 25's proc_lib API).
%%
%% A process started here knows its parent and ancestors ('$ancestors' in its
%% dictionary) and its initial call ('$initial_call'); when it ends with an
%% exception other than exit(normal | shutdown | {shutdown, _}) it leaves a
%% crash report through the logger before it exits. start/start_link wait
%% for the child's init_ack (synchronous start), as gen_server and supervisor do.
%%
%% Notes:
%%  1. init_fail/2,3 came in OTP 26; OTP 25 has only init_ack/1,2 and so does this.
%%  2. The crash report lists no neighbours (OTP lists linked processes that
%%     are proc_lib processes not among the ancestors; it is informational).
-module(proc_lib).
-export([spawn/1, spawn/2, spawn/3, spawn/4, spawn_link/1, spawn_link/2, spawn_link/3, spawn_link/4,
         spawn_opt/2, spawn_opt/3, spawn_opt/4, spawn_opt/5,
         start/3, start/4, start/5, start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4, start_monitor/5,
         init_ack/1, init_ack/2, init_p/3, init_p/5, wake_up/3, hibernate/3,
         initial_call/1, translate_initial_call/1, stop/1, stop/3, format/1, format/2]).

%% ---- spawning

spawn(F) when is_function(F) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(Node, F) when is_function(F) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(Node, F) when is_function(F) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_opt(F, Opts) when is_function(F) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(Node, F, Opts) when is_function(F) ->
    check_node(Node),
    spawn_opt(F, Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_opt(Node, M, F, A, Opts) ->
    check_node(Node),
    spawn_opt(M, F, A, Opts).

check_node(Node) when Node =:= node() -> ok;
check_node(_) -> erlang:error(badarg).

my_name() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        List when is_list(List) -> List;
        _ -> []
    end.

%% ---- the first function of every proc_lib process

init_p(Parent, Ancestors, F) when is_function(F) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', fun_mfa(F)),
    try F()
    catch Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', translate_initial_call(M, F, A)),
    try apply(M, F, A)
    catch Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

fun_mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

%% The initial call a behaviour's process reports: its callback module's
%% init/1, not gen:init_it/6,7 (OTP's trans_init).
translate_initial_call(gen, init_it, [gen_server, _, _, supervisor, {_, Mod, _}, _]) ->
    {supervisor, Mod, 1};
translate_initial_call(gen, init_it, [gen_server, _, _, _, supervisor, {_, Mod, _}, _]) ->
    {supervisor, Mod, 1};
translate_initial_call(gen, init_it, [gen_server, _, _, supervisor_bridge, [Mod | _], _]) ->
    {supervisor_bridge, Mod, 1};
translate_initial_call(gen, init_it, [gen_server, _, _, _, supervisor_bridge, [Mod | _], _]) ->
    {supervisor_bridge, Mod, 1};
translate_initial_call(gen, init_it, [gen_event | _]) ->
    {gen_event, init_it, 6};
translate_initial_call(gen, init_it, [_GenMod, _, _, Mod, _, _]) when is_atom(Mod) ->
    {Mod, init, 1};
translate_initial_call(gen, init_it, [_GenMod, _, _, _, Mod, _, _]) when is_atom(Mod) ->
    {Mod, init, 1};
translate_initial_call(M, F, A) ->
    {M, F, length(A)}.

translate_initial_call(Pid) when is_pid(Pid) ->
    case initial_call(Pid) of
        {M, F, Args} -> {M, F, length(Args)};
        false -> {proc_lib, init_p, 5}
    end.

%% {M, F, DummyArgs} as OTP returns it, or false for a process not started here.
initial_call(Pid) when is_pid(Pid) ->
    case erlang:process_info(Pid, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind('$initial_call', 1, Dict) of
                {_, {M, F, A}} -> {M, F, dummy_args(A)};
                false -> false
            end;
        undefined -> false
    end.

dummy_args(A) -> [list_to_atom("Argument__" ++ integer_to_list(N)) || N <- lists:seq(1, A)].

exit_p(Class, Reason, Stack) ->
    crash_report(Class, Reason, Stack),
    erlang:raise(exit, exit_reason(Class, Reason, Stack), Stack).

exit_reason(error, Reason, Stack) -> {Reason, Stack};
exit_reason(exit, Reason, _Stack) -> Reason;
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

%% ---- synchronous start

start(M, F, A) -> start(M, F, A, infinity, []).
start(M, F, A, Timeout) -> start(M, F, A, Timeout, []).
start(M, F, A, Timeout, SpawnOpts) ->
    check_timeout(Timeout),
    no_monitor_option(M, F, A, Timeout, SpawnOpts),
    {Pid, Ref} = spawn_opt(M, F, A, [monitor | SpawnOpts]),
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        kill_flush(Pid),
        {error, timeout}
    end.

start_link(M, F, A) -> start_link(M, F, A, infinity, []).
start_link(M, F, A, Timeout) -> start_link(M, F, A, Timeout, []).
start_link(M, F, A, Timeout, SpawnOpts) ->
    check_timeout(Timeout),
    no_monitor_option(M, F, A, Timeout, SpawnOpts),
    Pid = spawn_opt(M, F, A, [link | SpawnOpts]),
    receive
        {ack, Pid, Return} -> Return;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity, []).
start_monitor(M, F, A, Timeout) -> start_monitor(M, F, A, Timeout, []).
start_monitor(M, F, A, Timeout, SpawnOpts) ->
    check_timeout(Timeout),
    no_monitor_option(M, F, A, Timeout, SpawnOpts),
    {Pid, Ref} = spawn_opt(M, F, A, [monitor | SpawnOpts]),
    receive
        {ack, Pid, {error, _} = Error} -> {Error, Ref};
        {ack, Pid, Return} -> {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
        kill_flush(Pid),
        {{error, timeout}, Ref}
    end.

check_timeout(infinity) -> ok;
check_timeout(T) when is_integer(T), T >= 0 -> ok;
check_timeout(T) -> erlang:error(badarg, [T]).

no_monitor_option(M, F, A, Timeout, SpawnOpts) ->
    case lists:member(monitor, SpawnOpts) of
        true -> erlang:error(badarg, [M, F, A, Timeout, SpawnOpts]);
        false -> ok
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

%% ---- hibernation keeps the crash-report wrapper
hibernate(M, F, A) ->
    erlang:hibernate(?MODULE, wake_up, [M, F, A]).

wake_up(M, F, A) ->
    try apply(M, F, A)
    catch Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

%% ---- stopping: the process is told through sys:terminate and must end with Reason
stop(Process) -> stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    Stopper = fun() ->
                  try sys:terminate(Process, Reason, infinity)
                  catch exit:Why -> exit(Why)
                  end
              end,
    {Helper, HelperRef} = erlang:spawn_monitor(Stopper),
    receive
        {'DOWN', Mref, _, _, Reason} ->
            erlang:demonitor(HelperRef, [flush]),
            ok;
        {'DOWN', Mref, _, _, Other} ->
            erlang:demonitor(HelperRef, [flush]),
            exit(Other)
    after Timeout ->
        exit(Helper, kill),
        erlang:demonitor(HelperRef, [flush]),
        erlang:demonitor(Mref, [flush]),
        exit(timeout)
    end.

%% ---- the crash report

crash_report(exit, normal, _) -> ok;
crash_report(exit, shutdown, _) -> ok;
crash_report(exit, {shutdown, _}, _) -> ok;
crash_report(Class, Reason, Stack) ->
    case logger:allow(error, ?MODULE) of
        true -> logger:'$emit_async'("CRASH", format(crasher(Class, Reason, Stack)));
        false -> ok
    end.

crasher(Class, Reason, Stack) ->
    Info = erlang:process_info(self(), [registered_name, message_queue_len, messages, links,
                                        dictionary, trap_exit, status, heap_size, stack_size,
                                        reductions]),
    {dictionary, Dict} = lists:keyfind(dictionary, 1, Info),
    Call = case lists:keyfind('$initial_call', 1, Dict) of
               {_, MFA} -> MFA;
               false -> []
           end,
    Ancestors = case lists:keyfind('$ancestors', 1, Dict) of
                    {_, As} -> As;
                    false -> []
                end,
    Visible = [KV || {K, _} = KV <- Dict, K =/= '$initial_call', K =/= '$ancestors'],
    Get = fun(K) -> {K, V} = lists:keyfind(K, 1, Info), V end,
    {[{initial_call, Call}, {pid, self()}, {registered_name, Get(registered_name)},
      {error_info, {Class, Reason, Stack}}, {ancestors, Ancestors},
      {message_queue_len, Get(message_queue_len)}, {messages, Get(messages)},
      {links, Get(links)}, {dictionary, Visible}, {trap_exit, Get(trap_exit)},
      {status, Get(status)}, {heap_size, Get(heap_size)}, {stack_size, Get(stack_size)},
      {reductions, Get(reductions)}], []}.

%% The body of a crash report, as logger's default formatter prints it.
format(CrashReport) -> format(CrashReport, latin1).

format({Crasher, Neighbours}, _Encoding) ->
    ["  crasher:\n", [format_item(Item) || Item <- Crasher],
     "  neighbours:\n", [format_neighbour(N) || N <- Neighbours]].

format_neighbour(Items) ->
    ["    neighbour:\n", [["  ", format_item(I)] || I <- Items]].

format_item({initial_call, {M, F, A}}) when is_integer(A) ->
    io_lib:format("    initial call: ~tw:~tw/~w~n", [M, F, A]);
format_item({initial_call, {M, F, Args}}) when is_list(Args) ->
    io_lib:format("    initial call: ~tw:~tw/~w~n", [M, F, length(Args)]);
format_item({error_info, {Class, Reason, Stack}}) ->
    ["    ", '$logger':format_exception(Class, Reason, Stack, 5), "\n"];
format_item({Tag, Value}) ->
    Prefix = io_lib:format("    ~tw: ", [Tag]),
    [Prefix, '$logger':print(Value, length(lists:flatten(Prefix)) + 1), "\n"].
