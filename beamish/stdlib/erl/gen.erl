%% gen: what gen_server, gen_statem and gen_event share (OTP 25's gen API).
%%
%% Starting (name registration, synchronous start through proc_lib), calling
%% (a monitor that is also an alias, so a reply after a timeout is dropped,
%% as on OTP 24+), replying and stopping. Errors leave here as plain exit
%% reasons (noproc, timeout, the server's exit reason); the behaviour module
%% that was called wraps them in {Reason, {Module, call, Args}}.
%%
%% Notes:
%%  1. {global, Name} needs distribution: starting or calling with it fails
%%     with {error, {global_names_not_supported, Name}} / exit of the same.
%%  2. {via, Module, Name} works through Module:register_name/2,
%%     unregister_name/1, whereis_name/1 and send/2.
-module(gen).
-export([start/5, start/6, init_it/6, init_it/7, call/3, call/4, reply/2, stop/1, stop/3,
         send_request/3, wait_response/2, receive_response/2, check_response/2,
         where/1, name/1, get_parent/0, get_proc_name/1, unregister_name/1,
         spawn_opts/1, timeout/1, hibernate_after/1, debug_options/2,
         format_status_header/2]).

%% ---- start

start(GenMod, LinkP, Name, Mod, Args, Options) ->
    case where(Name) of
        undefined -> do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, Mod, Args, Options).

do_spawn(GenMod, link, Mod, Args, Options) ->
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Mod, Args, Options) ->
    proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self(), Mod, Args, Options],
                           timeout(Options), spawn_opts(Options));
do_spawn(GenMod, _, Mod, Args, Options) ->
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

do_spawn(GenMod, link, Name, Mod, Args, Options) ->
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Name, Mod, Args, Options) ->
    proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                           timeout(Options), spawn_opts(Options));
do_spawn(GenMod, _, Name, Mod, Args, Options) ->
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Name, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

%% The new process: register the name (losing a race gives already_started),
%% then hand over to the behaviour's init_it/6.
init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true -> init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options);
        {false, Pid} -> proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

init_it2(GenMod, Starter, self, Name, Mod, Args, Options) ->
    init_it2(GenMod, Starter, self(), Name, Mod, Args, Options);
init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, Parent, Name, Mod, Args, Options).

register_name({local, Name} = LN) ->
    try register(Name, self()) of
        true -> true
    catch error:_ -> {false, where(LN)}
    end;
register_name({global, Name}) ->
    exit({global_names_not_supported, Name});
register_name({via, Module, Name} = Via) ->
    case Module:register_name(Name, self()) of
        yes -> true;
        no -> {false, where(Via)}
    end.

unregister_name({local, Name}) ->
    try unregister(Name) of _ -> ok catch _:_ -> ok end;
unregister_name({via, Module, Name}) ->
    try Module:unregister_name(Name) of _ -> ok catch _:_ -> ok end;
unregister_name(_) -> ok.

where({local, Name}) -> erlang:whereis(Name);
where({global, Name}) -> exit({global_names_not_supported, Name});
where({via, Module, Name}) -> Module:whereis_name(Name).

name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

get_proc_name(Pid) when is_pid(Pid) -> Pid;
get_proc_name({local, Name}) ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> exit(process_not_registered)
    end;
get_proc_name({via, Module, Name}) ->
    case Module:whereis_name(Name) of
        Pid when Pid =:= self() -> Name;
        _ -> exit(process_not_registered_via)
    end.

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) ->
            case whereis(Parent) of
                undefined -> exit(could_not_find_registered_name);
                Pid -> Pid
            end;
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

timeout(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {_, Time} -> Time;
        false -> infinity
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {_, Opts} -> Opts;
        false -> []
    end.

hibernate_after(Options) ->
    case lists:keyfind(hibernate_after, 1, Options) of
        {_, Time} -> Time;
        false -> infinity
    end.

debug_options(Name, Options) ->
    case lists:keyfind(debug, 1, Options) of
        {_, Opts} ->
            try sys:debug_options(Opts)
            catch _:_ ->
                io:format("~tp: ignoring erroneous debug options - ~tp~n", [Name, Opts]),
                []
            end;
        false -> []
    end.

format_status_header(Tag, Pid) when is_pid(Pid) -> lists:concat([Tag, " ", pid_to_list(Pid)]);
format_status_header(Tag, RegName) when is_atom(RegName) -> lists:concat([Tag, " ", RegName]);
format_status_header(Tag, Name) -> {Tag, Name}.

%% ---- call: {ok, Reply} or exit(Reason)

call(Process, Label, Request) -> call(Process, Label, Request, 5000).

call(Process, Label, Request, Timeout)
  when is_pid(Process), Timeout =:= infinity orelse is_integer(Timeout) andalso Timeout >= 0 ->
    do_call(Process, Label, Request, Timeout);
call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    case whereis_process(Process) of
        undefined -> exit(noproc);
        Pid -> do_call(Pid, Label, Request, Timeout)
    end.

whereis_process(Name) when is_atom(Name) -> whereis(Name);
whereis_process({Name, Node}) when is_atom(Name), Node =:= node() -> whereis(Name);
whereis_process({Name, Node}) when is_atom(Name), is_atom(Node) -> exit({nodedown, Node});
whereis_process({global, Name}) -> exit({global_names_not_supported, Name});
whereis_process({via, Module, Name}) -> Module:whereis_name(Name);
whereis_process({local, Name}) when is_atom(Name) -> whereis(Name).

do_call(Pid, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
    Tag = [alias | Mref],
    Pid ! {Label, {self(), Tag}, Request},
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 -> exit(timeout)
        end
    end.

reply({_To, [alias | Alias] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    try To ! {Tag, Reply}, ok
    catch _:_ -> ok
    end.

%% ---- asynchronous requests (gen_server:send_request/2 and friends)

send_request(Process, Label, Request) ->
    Pid = case is_pid(Process) of
              true -> Process;
              false -> whereis_process(Process)
          end,
    case Pid of
        undefined ->
            Mref = make_ref(),
            self() ! {'DOWN', Mref, process, Process, noproc},
            Mref;
        _ ->
            Mref = erlang:monitor(process, Pid, [{alias, demonitor}]),
            Pid ! {Label, {self(), [alias | Mref]}, Request},
            Mref
    end.

wait_response(Mref, Timeout) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
        timeout
    end.

receive_response(Mref, Timeout) ->
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {reply, Reply};
        {'DOWN', Mref, _, Object, Reason} ->
            {error, {Reason, Object}}
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {reply, Reply}
        after 0 -> timeout
        end
    end.

check_response({[alias | Mref], Reply}, Mref) ->
    erlang:demonitor(Mref, [flush]),
    {reply, Reply};
check_response({'DOWN', Mref, _, Object, Reason}, Mref) ->
    {error, {Reason, Object}};
check_response(_, _) ->
    no_reply.

%% ---- stop: the process ends through sys:terminate with Reason (proc_lib:stop)

stop(Process) -> stop(Process, normal, infinity).

stop(Process, Reason, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    Target = case Process of
                 Pid when is_pid(Pid) -> Pid;
                 Name ->
                     case whereis_process(Name) of
                         undefined -> exit(noproc);
                         Pid -> Pid
                     end
             end,
    proc_lib:stop(Target, Reason, Timeout).
