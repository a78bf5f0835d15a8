%% supervisor: the supervisor behaviour (OTP 25's API, child specs, reports and exit reasons).
%%
%% A supervisor is a gen_server (this module is its callback module) that
%% traps exits, starts its children in order, restarts them by its strategy
%% when they end (one_for_one, one_for_all, rest_for_one, simple_one_for_one)
%% and gives up, ending with reason shutdown, when more than Intensity restarts
%% happen within Period seconds. Children end in the reverse of their start order.
%%
%% Notes:
%%  1. Children are kept newest first, the order which_children/1 shows.
%%  2. A child whose restart fails is marked restarting and tried again
%%     through a try_again_restart cast; each try counts as a restart.
%%  3. significant children and auto_shutdown (OTP 24) are accepted and checked,
%%     and auto_shutdown other than never makes the supervisor stop when a
%%     significant child ends by itself.
-module(supervisor).
-behaviour(gen_server).
-export([start_link/2, start_link/3, start_child/2, restart_child/2, delete_child/2,
         terminate_child/2, which_children/1, count_children/1, check_childspecs/1,
         check_childspecs/2, get_childspec/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3,
         format_status/2]).

-callback init(Args :: term()) -> term().

-record(child, {pid = undefined, id, mfargs, restart_type = permanent, significant = false,
                shutdown, child_type = worker, modules}).
-record(state, {name, strategy, children = [], dynamics = #{}, intensity = 1, period = 5,
                restarts = [], auto_shutdown = never, module, args}).

%% ---- API

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpecOrArgs) -> call(Sup, {start_child, ChildSpecOrArgs}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, Id) -> call(Sup, {terminate_child, Id}).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case check_auto_shutdown(AutoShutdown) of
        ok ->
            case check_startspec(Specs) of
                {ok, _} -> ok;
                Error -> {error, Error}
            end;
        Error -> Error
    end;
check_childspecs(X, _) -> {error, {badarg, X}}.

check_auto_shutdown(undefined) -> ok;
check_auto_shutdown(never) -> ok;
check_auto_shutdown(any_significant) -> ok;
check_auto_shutdown(all_significant) -> ok;
check_auto_shutdown(X) -> {error, {badarg, X}}.

%% ---- gen_server callbacks

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    Name = case SupName of
               self -> {self(), Mod};
               _ -> SupName
           end,
    case Mod:init(Args) of
        {ok, {SupFlags, StartSpec}} ->
            case init_state(Name, SupFlags, Mod, Args) of
                {ok, State} when State#state.strategy =:= simple_one_for_one ->
                    init_dynamic(State, StartSpec);
                {ok, State} ->
                    init_children(State, StartSpec);
                Error ->
                    {stop, {supervisor_data, Error}}
            end;
        ignore -> ignore;
        Error -> {stop, {bad_return, {Mod, init, Error}}}
    end.

init_children(State, StartSpec) ->
    case check_startspec(StartSpec) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Started, Reason} ->
                    terminate_children(Started, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

init_dynamic(State, [StartSpec]) ->
    case check_startspec([StartSpec]) of
        {ok, Children} -> {ok, State#state{children = Children}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, StartSpec) ->
    {stop, {bad_start_spec, StartSpec}}.

%% Children in start order (the spec list's order); the result is newest first.
start_children(Children, SupName) -> start_children(Children, [], SupName).

start_children([Child | Rest], Started, SupName) ->
    case do_start_child(SupName, Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, Started, SupName);
        {ok, Pid} ->
            start_children(Rest, [Child#child{pid = Pid} | Started], SupName);
        {ok, Pid, _Extra} ->
            start_children(Rest, [Child#child{pid = Pid} | Started], SupName);
        {error, Reason} ->
            report_error(start_error, Reason, Child, SupName),
            {error, Started, {failed_to_start_child, Child#child.id, Reason}}
    end;
start_children([], Started, _SupName) ->
    {ok, Started}.

do_start_child(_SupName, #child{mfargs = {M, F, Args}}) ->
    do_start_child_i(M, F, Args).

do_start_child_i(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, Error} -> {error, Error};
        What -> {error, What}
    end.

%% ---- calls

handle_call({start_child, EArgs}, _From, State) when State#state.strategy =:= simple_one_for_one ->
    [Template] = State#state.children,
    {M, F, A} = Template#child.mfargs,
    Args = A ++ EArgs,
    case do_start_child_i(M, F, Args) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} -> {reply, {ok, Pid}, add_dynamic(Pid, Args, State)};
        {ok, Pid, Extra} -> {reply, {ok, Pid, Extra}, add_dynamic(Pid, Args, State)};
        Error -> {reply, Error, State}
    end;
handle_call({start_child, ChildSpec}, _From, State) ->
    case check_childspec(ChildSpec) of
        {ok, Child} ->
            {Reply, NState} = handle_start_child(Child, State),
            {reply, Reply, NState};
        Error ->
            {reply, Error, State}
    end;
handle_call({terminate_child, Pid}, _From, State) when State#state.strategy =:= simple_one_for_one ->
    case maps:is_key(Pid, State#state.dynamics) of
        true ->
            [Template] = State#state.children,
            shutdown_child(Template#child{pid = Pid}, State#state.name),
            {reply, ok, State#state{dynamics = maps:remove(Pid, State#state.dynamics)}};
        false ->
            % a child that is gone already counts as terminated (OTP 25 does the same)
            case is_pid(Pid) andalso not is_process_alive(Pid) of
                true -> {reply, ok, State};
                false -> {reply, {error, not_found}, State}
            end
    end;
handle_call({terminate_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} ->
            shutdown_child(Child, State#state.name),
            NState = case Child#child.restart_type of
                         temporary -> remove_child(Id, State);
                         _ -> replace_child(Child#child{pid = undefined}, State)
                     end,
            {reply, ok, NState};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({restart_child, _Id}, _From, State) when State#state.strategy =:= simple_one_for_one ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case do_start_child(State#state.name, Child) of
                {ok, Pid} -> {reply, {ok, Pid}, replace_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} -> {reply, {ok, Pid, Extra}, replace_child(Child#child{pid = Pid}, State)};
                Error -> {reply, Error, State}
            end;
        {ok, #child{pid = {restarting, _}}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;
handle_call({delete_child, _Id}, _From, State) when State#state.strategy =:= simple_one_for_one ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} -> {reply, ok, remove_child(Id, State)};
        {ok, #child{pid = {restarting, _}}} -> {reply, {error, restarting}, State};
        {ok, _} -> {reply, {error, running}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call({get_childspec, Id}, _From, State) when State#state.strategy =:= simple_one_for_one ->
    [Template] = State#state.children,
    case is_pid(Id) andalso maps:is_key(Id, State#state.dynamics) of
        true -> {reply, {ok, child_to_spec(Template)}, State};
        false -> {reply, {error, not_found}, State}
    end;
handle_call({get_childspec, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} -> {reply, {ok, child_to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;
handle_call(which_children, _From, State) when State#state.strategy =:= simple_one_for_one ->
    [#child{child_type = Type, modules = Mods}] = State#state.children,
    Reply = [{undefined, Pid, Type, Mods} || Pid <- dynamic_pids(State)],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    Reply = [{Id, which_pid(Pid), Type, Mods}
             || #child{pid = Pid, id = Id, child_type = Type, modules = Mods} <- State#state.children],
    {reply, Reply, State};
handle_call(count_children, _From, State) when State#state.strategy =:= simple_one_for_one ->
    [#child{child_type = Type}] = State#state.children,
    N = maps:size(State#state.dynamics),
    Active = length([P || P <- dynamic_pids(State), is_process_alive(P)]),
    {Supervisors, Workers} = case Type of
                                 supervisor -> {N, 0};
                                 worker -> {0, N}
                             end,
    {reply, [{specs, 1}, {active, Active}, {supervisors, Supervisors}, {workers, Workers}], State};
handle_call(count_children, _From, State) ->
    Children = State#state.children,
    Reply = [{specs, length(Children)},
             {active, length([C || #child{pid = P} = C <- Children, is_pid(P)])},
             {supervisors, length([C || #child{child_type = supervisor} = C <- Children])},
             {workers, length([C || #child{child_type = worker} = C <- Children])}],
    {reply, Reply, State}.

which_pid({restarting, _}) -> restarting;
which_pid(Pid) -> Pid.

dynamic_pids(State) ->
    [Pid || {Pid, _} <- lists:keysort(1, maps:to_list(State#state.dynamics))].

add_dynamic(Pid, Args, State) ->
    State#state{dynamics = maps:put(Pid, Args, State#state.dynamics)}.

handle_start_child(Child, State) ->
    case find_child(Child#child.id, State) of
        error ->
            case do_start_child(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} ->
                    {{ok, Pid}, add_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {{ok, Pid, Extra}, add_child(Child#child{pid = Pid}, State)};
                {error, What} ->
                    {{error, {What, Child}}, State}
            end;
        {ok, #child{pid = undefined}} ->
            {{error, already_present}, State};
        {ok, #child{pid = Pid}} ->
            {{error, {already_started, Pid}}, State}
    end.

handle_cast({try_again_restart, Id}, State) when State#state.strategy =:= simple_one_for_one ->
    %% Id is the old pid of a dynamic child whose restart failed
    case maps:find(Id, State#state.dynamics) of
        {ok, _} -> restart_result(restart(Id, State));
        error -> {noreply, State}
    end;
handle_cast({try_again_restart, Id}, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = {restarting, _}} = Child} -> restart_result(restart(Child, State));
        _ -> {noreply, State}
    end;
handle_cast(_Msg, State) ->
    {noreply, State}.

restart_result({ok, NState}) -> {noreply, NState};
restart_result({shutdown, NState}) -> {stop, shutdown, NState}.

%% ---- a child ended

handle_info({'EXIT', Pid, Reason}, State) ->
    case child_exited(Pid, Reason, State) of
        {ok, NState} -> {noreply, NState};
        {shutdown, NState} -> {stop, shutdown, NState}
    end;
handle_info(Msg, State) ->
    case logger:allow(error, ?MODULE) of
        true ->
            logger:'$emit'("ERROR", io_lib:format("Supervisor received unexpected message: ~tp~n",
                                                  [Msg]));
        false -> ok
    end,
    {noreply, State}.

child_exited(Pid, Reason, State) when State#state.strategy =:= simple_one_for_one ->
    case maps:find(Pid, State#state.dynamics) of
        {ok, Args} ->
            [Template] = State#state.children,
            Child = Template#child{pid = Pid, mfargs = setelement(3, Template#child.mfargs, Args)},
            do_restart(Child#child.restart_type, Reason, Child, State);
        error -> {ok, State}
    end;
child_exited(Pid, Reason, State) ->
    case lists:keyfind(Pid, #child.pid, State#state.children) of
        #child{} = Child -> do_restart(Child#child.restart_type, Reason, Child, State);
        false -> {ok, State}
    end.

do_restart(permanent, Reason, Child, State) ->
    report_error(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Type, Reason, Child, State) ->
    case quiet_reason(Reason) of
        true ->
            ended(Child, State);
        false when Type =:= transient ->
            report_error(child_terminated, Reason, Child, State#state.name),
            restart(Child, State);
        false ->
            report_error(child_terminated, Reason, Child, State#state.name),
            ended(Child, State)
    end.

quiet_reason(normal) -> true;
quiet_reason(shutdown) -> true;
quiet_reason({shutdown, _}) -> true;
quiet_reason(_) -> false.

%% A child that is not restarted: a temporary one is forgotten, another keeps
%% its spec; a significant one may end the supervisor (auto_shutdown).
ended(Child, State) ->
    NState = forget(Child, State),
    case Child#child.significant andalso auto_shutdown(NState) of
        true -> {shutdown, NState};
        false -> {ok, NState}
    end.

forget(#child{pid = Pid}, State) when State#state.strategy =:= simple_one_for_one ->
    State#state{dynamics = maps:remove(Pid, State#state.dynamics)};
forget(#child{restart_type = temporary, id = Id}, State) ->
    remove_child(Id, State);
forget(Child, State) ->
    replace_child(Child#child{pid = undefined}, State).

auto_shutdown(#state{auto_shutdown = never}) -> false;
auto_shutdown(#state{auto_shutdown = any_significant}) -> true;
auto_shutdown(#state{auto_shutdown = all_significant, children = Children}) ->
    not lists:any(fun(#child{significant = S, pid = P}) -> S andalso is_pid(P) end, Children).

%% ---- restarting: count it, then restart by the strategy

restart(Child, State) ->
    case add_restart(State) of
        {ok, NState} ->
            case restart_by_strategy(Child, NState) of
                {ok, NState2} -> {ok, NState2};
                {try_again, NState2, Again} ->
                    gen_server:cast(self(), {try_again_restart, Again}),
                    {ok, NState2}
            end;
        {terminate, NState} ->
            report_error(shutdown, reached_max_restart_intensity, Child, State#state.name),
            {shutdown, forget(Child, NState)}
    end.

add_restart(#state{intensity = Intensity, period = Period, restarts = Restarts} = State) ->
    Now = erlang:monotonic_time(second),
    Recent = [Now | [T || T <- Restarts, Now - T < Period]],
    NState = State#state{restarts = Recent},
    case length(Recent) =< Intensity of
        true -> {ok, NState};
        false -> {terminate, NState}
    end.

%% A dynamic child's Id in try_again_restart is the pid it had.
restart_by_strategy(OldPid, State) when is_pid(OldPid) ->
    [Template] = State#state.children,
    Args = maps:get(OldPid, State#state.dynamics),
    restart_dynamic(Template#child{pid = OldPid, mfargs = setelement(3, Template#child.mfargs, Args)},
                    State);
restart_by_strategy(Child, State) when State#state.strategy =:= simple_one_for_one ->
    restart_dynamic(Child, State);
restart_by_strategy(Child, #state{strategy = one_for_one, name = Name} = State) ->
    case do_start_child(Name, Child) of
        {ok, Pid} -> {ok, replace_child(Child#child{pid = Pid}, State)};
        {ok, Pid, _Extra} -> {ok, replace_child(Child#child{pid = Pid}, State)};
        {error, Reason} ->
            report_error(start_error, Reason, Child, Name),
            {try_again, replace_child(Child#child{pid = {restarting, Child#child.pid}}, State),
             Child#child.id}
    end;
restart_by_strategy(Child, #state{strategy = one_for_all} = State) ->
    restart_group(Child, State#state.children, State);
restart_by_strategy(Child, #state{strategy = rest_for_one, children = Children} = State) ->
    %% Children are newest first: the ones started after Child come before it.
    {Younger, _} = lists:splitwith(fun(#child{id = Id}) -> Id =/= Child#child.id end, Children),
    restart_group(Child, Younger ++ [Child], State).

restart_dynamic(#child{pid = OldPid, mfargs = {M, F, Args}} = Child, State) ->
    Dynamics = maps:remove(OldPid, State#state.dynamics),
    case do_start_child_i(M, F, Args) of
        {ok, undefined} -> {ok, State#state{dynamics = Dynamics}};
        {ok, Pid} -> {ok, State#state{dynamics = maps:put(Pid, Args, Dynamics)}};
        {ok, Pid, _Extra} -> {ok, State#state{dynamics = maps:put(Pid, Args, Dynamics)}};
        {error, Reason} ->
            report_error(start_error, Reason, Child, State#state.name),
            {try_again, State, OldPid}
    end.

%% Stop the running members of Group (newest first), then start all of them
%% again in start order. Group holds the failed child itself.
restart_group(Failed, Group, #state{name = Name} = State) ->
    GroupIds = [Id || #child{id = Id} <- Group],
    Stopped = [case C#child.id =:= Failed#child.id of
                   true -> C#child{pid = undefined};
                   false -> shutdown_child(C, Name), C#child{pid = undefined}
               end || C <- Group],
    State1 = lists:foldl(fun(C, S) -> replace_child(C, S) end, State, Stopped),
    %% temporary children of the group are not restarted: they go
    Restartable = [C || C <- Stopped, C#child.restart_type =/= temporary orelse
                                          C#child.id =:= Failed#child.id andalso false],
    State2 = lists:foldl(fun(#child{restart_type = temporary, id = Id}, S) -> remove_child(Id, S);
                            (_, S) -> S
                         end, State1, Stopped),
    start_group(lists:reverse(Restartable), GroupIds, Failed, State2).

start_group([], _GroupIds, _Failed, State) ->
    {ok, State};
start_group([Child | Rest], GroupIds, Failed, #state{name = Name} = State) ->
    case do_start_child(Name, Child) of
        {ok, Pid} -> start_group(Rest, GroupIds, Failed, replace_child(Child#child{pid = Pid}, State));
        {ok, Pid, _} -> start_group(Rest, GroupIds, Failed, replace_child(Child#child{pid = Pid}, State));
        {error, Reason} ->
            report_error(start_error, Reason, Child, Name),
            {try_again, replace_child(Child#child{pid = {restarting, undefined}}, State),
             Child#child.id}
    end.

%% ---- ending children

terminate(_Reason, #state{strategy = simple_one_for_one, children = [Template]} = State) ->
    terminate_dynamic(Template, dynamic_pids(State), State#state.name);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name).

terminate_children(Children, SupName) ->
    [shutdown_child(C, SupName) || C <- Children, is_pid(C#child.pid)],
    ok.

%% Every dynamic child is told at once; then the supervisor waits for them all.
terminate_dynamic(_Template, [], _SupName) -> ok;
terminate_dynamic(Template, Pids, SupName) ->
    Monitored = [{Pid, monitor_child(Pid)} || Pid <- Pids],
    Signal = case Template#child.shutdown of
                 brutal_kill -> kill;
                 _ -> shutdown
             end,
    [exit(Pid, Signal) || {Pid, ok} <- Monitored],
    Timer = case Template#child.shutdown of
                T when is_integer(T) -> erlang:start_timer(T, self(), kill);
                _ -> undefined
            end,
    wait_dynamic([Pid || {Pid, ok} <- Monitored], Template, SupName, Timer),
    ok.

wait_dynamic([], _Template, _SupName, Timer) ->
    case Timer of
        undefined -> ok;
        _ -> erlang:cancel_timer(Timer), receive {timeout, Timer, kill} -> ok after 0 -> ok end
    end;
wait_dynamic(Pids, Template, SupName, Timer) ->
    receive
        {'DOWN', _, process, Pid, Reason} ->
            case lists:member(Pid, Pids) of
                true ->
                    expected_shutdown(Reason, Template#child{pid = Pid}, SupName),
                    wait_dynamic(lists:delete(Pid, Pids), Template, SupName, Timer);
                false ->
                    wait_dynamic(Pids, Template, SupName, Timer)
            end;
        {timeout, Timer, kill} ->
            [exit(P, kill) || P <- Pids],
            wait_dynamic(Pids, Template#child{shutdown = brutal_kill}, SupName, undefined)
    end.

%% Stop one child as its shutdown says; a child that ends for another reason
%% than the one it was told gets a shutdown_error report.
shutdown_child(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case monitor_child(Pid) of
        ok ->
            Reason = case Child#child.shutdown of
                         brutal_kill ->
                             exit(Pid, kill),
                             receive {'DOWN', _, process, Pid, R} -> R end;
                         infinity ->
                             exit(Pid, shutdown),
                             receive {'DOWN', _, process, Pid, R} -> R end;
                         Time ->
                             exit(Pid, shutdown),
                             receive {'DOWN', _, process, Pid, R} -> R
                             after Time ->
                                 exit(Pid, kill),
                                 receive {'DOWN', _, process, Pid, R} -> R end
                             end
                     end,
            expected_shutdown(Reason, Child, SupName);
        {error, normal} when Child#child.restart_type =/= permanent ->
            ok;
        {error, Reason} ->
            report_error(shutdown_error, Reason, Child, SupName)
    end,
    ok;
shutdown_child(_Child, _SupName) ->
    ok.

expected_shutdown(killed, #child{shutdown = brutal_kill}, _SupName) -> ok;
expected_shutdown(shutdown, #child{shutdown = Shutdown}, _SupName) when Shutdown =/= brutal_kill -> ok;
expected_shutdown(Reason, Child, SupName) -> report_error(shutdown_error, Reason, Child, SupName).

%% Monitor the child and drop the link; if it already ended, its exit is taken here.
monitor_child(Pid) ->
    erlang:monitor(process, Pid),
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} ->
            receive {'DOWN', _, process, Pid, _} -> {error, Reason} end
    after 0 -> ok
    end.

code_change(_, State, _) -> {ok, State}.

format_status(terminate, [_PDict, State]) -> State;
format_status(_, [_PDict, State]) ->
    [{data, [{"State", State}]}, {supervisor, [{"Callback", State#state.module}]}].

%% ---- the children list (newest first)

find_child(Id, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        false -> error;
        Child -> {ok, Child}
    end.

add_child(Child, State) ->
    State#state{children = [Child | State#state.children]}.

replace_child(Child, State) ->
    State#state{children = lists:keyreplace(Child#child.id, #child.id, State#state.children, Child)}.

remove_child(Id, State) ->
    State#state{children = lists:keydelete(Id, #child.id, State#state.children)}.

%% ---- supervisor flags and child specs

init_state(Name, Flags, Mod, Args) ->
    case check_flags(Flags) of
        {ok, Strategy, Intensity, Period, AutoShutdown} ->
            {ok, #state{name = Name, strategy = Strategy, intensity = Intensity,
                        period = Period, auto_shutdown = AutoShutdown,
                        module = Mod, args = Args}};
        Error -> Error
    end.

check_flags(Flags) when is_map(Flags) ->
    check_flags({maps:get(strategy, Flags, one_for_one), maps:get(intensity, Flags, 1),
                 maps:get(period, Flags, 5), maps:get(auto_shutdown, Flags, never)});
check_flags({Strategy, Intensity, Period}) ->
    check_flags({Strategy, Intensity, Period, never});
check_flags({Strategy, Intensity, Period, AutoShutdown}) ->
    if
        Strategy =/= one_for_one, Strategy =/= one_for_all, Strategy =/= rest_for_one,
        Strategy =/= simple_one_for_one ->
            {invalid_strategy, Strategy};
        not is_integer(Intensity); Intensity < 0 -> {invalid_intensity, Intensity};
        not is_integer(Period); Period < 1 -> {invalid_period, Period};
        AutoShutdown =/= never, AutoShutdown =/= any_significant,
        AutoShutdown =/= all_significant ->
            {invalid_auto_shutdown, AutoShutdown};
        true -> {ok, Strategy, Intensity, Period, AutoShutdown}
    end;
check_flags(What) ->
    {bad_flags, What}.

check_startspec(Specs) -> check_startspec(Specs, [], []).

check_startspec([Spec | Rest], Ids, Acc) ->
    case check_childspec(Spec) of
        {ok, #child{id = Id} = Child} ->
            case lists:member(Id, Ids) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(Rest, [Id | Ids], [Child | Acc])
            end;
        {error, Error} -> Error
    end;
check_startspec([], _Ids, Acc) ->
    {ok, lists:reverse(Acc)};
check_startspec(Bad, _Ids, _Acc) ->
    {invalid_child_spec, Bad}.

check_childspec({Id, MFA, Restart, Shutdown, Type, Modules}) ->
    check_childspec(#{id => Id, start => MFA, restart => Restart, shutdown => Shutdown,
                      type => Type, modules => Modules});
check_childspec(#{} = Spec) ->
    try
        Id = case maps:find(id, Spec) of
                 {ok, I} -> I;
                 error -> throw(missing_id)
             end,
        MFA = case maps:find(start, Spec) of
                  {ok, S} -> valid_mfa(S);
                  error -> throw(missing_start)
              end,
        Type = valid_type(maps:get(type, Spec, worker)),
        DefaultShutdown = case Type of
                              worker -> 5000;
                              supervisor -> infinity
                          end,
        {M, _, _} = MFA,
        {ok, #child{id = Id, mfargs = MFA,
                    restart_type = valid_restart(maps:get(restart, Spec, permanent)),
                    significant = valid_significant(maps:get(significant, Spec, false)),
                    shutdown = valid_shutdown(maps:get(shutdown, Spec, DefaultShutdown)),
                    child_type = Type,
                    modules = valid_modules(maps:get(modules, Spec, [M]))}}
    catch throw:Error -> {error, Error}
    end;
check_childspec(X) ->
    {error, {invalid_child_spec, X}}.

valid_mfa({M, F, A} = MFA) when is_atom(M), is_atom(F), is_list(A) -> MFA;
valid_mfa(X) -> throw({invalid_mfa, X}).

valid_type(worker) -> worker;
valid_type(supervisor) -> supervisor;
valid_type(X) -> throw({invalid_child_type, X}).

valid_restart(R) when R =:= permanent; R =:= transient; R =:= temporary -> R;
valid_restart(X) -> throw({invalid_restart_type, X}).

valid_significant(S) when is_boolean(S) -> S;
valid_significant(X) -> throw({invalid_significant, X}).

valid_shutdown(brutal_kill) -> brutal_kill;
valid_shutdown(infinity) -> infinity;
valid_shutdown(T) when is_integer(T), T >= 0 -> T;
valid_shutdown(X) -> throw({invalid_shutdown, X}).

valid_modules(dynamic) -> dynamic;
valid_modules(Mods) when is_list(Mods) ->
    case lists:all(fun erlang:is_atom/1, Mods) of
        true -> Mods;
        false -> throw({invalid_modules, Mods})
    end;
valid_modules(X) -> throw({invalid_modules, X}).

child_to_spec(#child{id = Id, mfargs = MFA, restart_type = Restart, significant = Significant,
                     shutdown = Shutdown, child_type = Type, modules = Mods}) ->
    #{id => Id, start => MFA, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Mods}.

%% ---- supervisor reports

report_error(Context, Reason, Child, SupName) ->
    case logger:allow(error, ?MODULE) of
        true ->
            logger:'$emit'("SUPERVISOR",
                           logger:format_report([{supervisor, SupName}, {errorContext, Context},
                                                 {reason, Reason},
                                                 {offender, offender(Child)}]) ++ "\n");
        false -> ok
    end.

offender(#child{pid = Pid, id = Id, mfargs = MFA, restart_type = Restart,
                significant = Significant, shutdown = Shutdown, child_type = Type}) ->
    [{pid, report_pid(Pid)}, {id, Id}, {mfargs, MFA}, {restart_type, Restart},
     {significant, Significant}, {shutdown, Shutdown}, {child_type, Type}].

report_pid({restarting, Pid}) -> Pid;
report_pid(Pid) -> Pid.
