%% application: loading, starting and stopping applications, and their environment (OTP 25's API).
%%
%% An application is described by App.app on the code path ({application,
%% App, Props}). The controller, a system process registered as
%% application_controller, keeps what is loaded and running; starting an
%% application with {mod, {Mod, Args}} runs it under an application_master.
%% The controller answers while a start or stop is under way, so the
%% application's own code may call get_env/2 meanwhile.
%%
%% Notes:
%%  1. kernel and stdlib count as loaded and started, as in an escript.
%%  2. The start type is recorded and reported, but a permanent or transient
%%     application that ends does not stop the node (there is no node).
%%  3. Included applications, start phases, config files and distributed
%%     applications are not supported.
-module(application).
-export([load/1, unload/1, start/1, start/2, stop/1, ensure_started/1, ensure_started/2,
         ensure_all_started/1, ensure_all_started/2,
         get_env/1, get_env/2, get_env/3, get_all_env/0, get_all_env/1,
         set_env/3, set_env/4, unset_env/2, unset_env/3, get_key/1, get_key/2,
         get_all_key/0, get_all_key/1, get_application/0, get_application/1,
         which_applications/0, which_applications/1, loaded_applications/0]).
-export([controller_loop/1]).

-callback start(StartType :: term(), StartArgs :: term()) -> term().
-callback stop(State :: term()) -> term().

%% What an escript has running already (OTP 25.2's kernel and stdlib).
-define(BUILTIN, [{kernel, "ERTS  CXC 138 10", "8.5.3"}, {stdlib, "ERTS  CXC 138 10", "4.2"}]).

%% ---- API

load(App) when is_atom(App) -> call({load, App});
load({application, App, Props} = Spec) when is_atom(App), is_list(Props) -> call({load_spec, Spec});
load(Bad) -> {error, {bad_application, Bad}}.

unload(App) -> call({unload, App}).

start(App) -> start(App, temporary).
start(App, Type) when Type =:= temporary; Type =:= transient; Type =:= permanent ->
    call({start, App, Type}).

stop(App) -> call({stop, App}).

ensure_started(App) -> ensure_started(App, temporary).
ensure_started(App, Type) ->
    case start(App, Type) of
        ok -> ok;
        {error, {already_started, App}} -> ok;
        Error -> Error
    end.

ensure_all_started(App) -> ensure_all_started(App, temporary).
ensure_all_started(App, Type) ->
    case ensure_all(App, Type, []) of
        {ok, Started} -> {ok, lists:reverse(Started)};
        {error, Reason, Started} ->
            [stop(A) || A <- Started],
            {error, Reason}
    end.

%% Started is newest first.
ensure_all(App, Type, Started) ->
    case start(App, Type) of
        ok -> {ok, [App | Started]};
        {error, {already_started, App}} -> {ok, Started};
        {error, {not_started, Dep}} ->
            case ensure_all(Dep, Type, Started) of
                {ok, NStarted} -> ensure_all(App, Type, NStarted);
                Error -> Error
            end;
        {error, Reason} -> {error, {App, Reason}, Started}
    end.

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) -> call({get_env, App, Key}).

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, Value} -> Value;
        undefined -> Default
    end.

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

get_all_env(App) -> call({get_all_env, App}).

set_env(App, Key, Value) -> set_env(App, Key, Value, []).
set_env(App, Key, Value, _Opts) -> call({set_env, App, Key, Value}).

unset_env(App, Key) -> unset_env(App, Key, []).
unset_env(App, Key, _Opts) -> call({unset_env, App, Key}).

get_key(Key) ->
    case get_application() of
        {ok, App} -> get_key(App, Key);
        undefined -> undefined
    end.

get_key(App, Key) -> call({get_key, App, Key}).

get_all_key() ->
    case get_application() of
        {ok, App} -> get_all_key(App);
        undefined -> undefined
    end.

get_all_key(App) -> call({get_all_key, App}).

get_application() -> get_application(self()).

%% The application a process belongs to: it is, or descends from, the
%% application's master (OTP asks the group leader; there is one here).
get_application(Pid) when is_pid(Pid) ->
    case erlang:process_info(Pid, dictionary) of
        {dictionary, Dict} ->
            Ancestors = case lists:keyfind('$ancestors', 1, Dict) of
                            {_, As} -> As;
                            false -> []
                        end,
            call({get_application, [Pid | Ancestors]});
        undefined -> undefined
    end;
get_application(Module) when is_atom(Module) ->
    call({get_application_of_module, Module}).

which_applications() -> call(which_applications).
which_applications(_Timeout) -> which_applications().

loaded_applications() -> call(loaded_applications).

call(Request) ->
    Controller = '$system':whereis_or_start(application_controller, ?MODULE, controller_loop,
                                            [initial_state()], normal),
    {ok, Reply} = gen:call(Controller, '$application_call', Request, infinity),
    Reply.

%% ---- the controller
%% loaded: App => #{description, vsn, applications, mod, env (a map), props};
%% running: App => {Master | undefined, Type}; order: running apps, newest first;
%% pending: Master => {start, From, App, Type} | {stop, From, App}.

initial_state() ->
    #{loaded => #{}, running => #{}, order => [], pending => #{}}.

controller_loop(State) ->
    process_flag(trap_exit, true),
    controller(State).

controller(State) ->
    receive
        {'$application_call', From, Request} ->
            case handle(Request, From, State) of
                {reply, Reply, NState} ->
                    gen:reply(From, Reply),
                    controller(NState);
                {noreply, NState} ->
                    controller(NState)
            end;
        {Master, start_result, Result} ->
            controller(start_result(Master, Result, State));
        {'EXIT', Pid, Reason} ->
            controller(master_exited(Pid, Reason, State));
        _ ->
            controller(State)
    end.

handle({load, App}, _From, State) ->
    case is_loaded(App, State) of
        true -> {reply, {error, {already_loaded, App}}, State};
        false ->
            case '$application':read_app_file(App) of
                {ok, {application, App, Props}} when is_list(Props) ->
                    {reply, ok, do_load(App, Props, State)};
                {ok, Other} -> {reply, {error, {bad_application, Other}}, State};
                {error, _} = Error -> {reply, Error, State}
            end
    end;
handle({load_spec, {application, App, Props}}, _From, State) ->
    case is_loaded(App, State) of
        true -> {reply, {error, {already_loaded, App}}, State};
        false -> {reply, ok, do_load(App, Props, State)}
    end;
handle({unload, App}, _From, #{loaded := Loaded, running := Running} = State) ->
    case {maps:is_key(App, Running), maps:is_key(App, Loaded)} of
        {true, _} -> {reply, {error, {running, App}}, State};
        {false, false} -> {reply, {error, {not_loaded, App}}, State};
        {false, true} -> {reply, ok, State#{loaded := maps:remove(App, Loaded)}}
    end;
handle({start, App, Type}, From, State) ->
    case ensure_loaded(App, State) of
        {error, _} = Error -> {reply, Error, State};
        {ok, State1} -> start_app(App, Type, From, State1)
    end;
handle({stop, App}, From, #{running := Running} = State) ->
    case maps:find(App, Running) of
        {ok, {undefined, Type}} ->
            gen:reply(From, ok),
            report_exit(App, stopped, Type),
            {noreply, forget_running(App, State)};
        {ok, {Master, _Type}} ->
            Master ! {stop, self()},
            {noreply, add_pending(Master, {stop, From, App}, State)};
        error ->
            {reply, {error, {not_started, App}}, State}
    end;
handle({get_env, App, Key}, _From, State) ->
    case maps:find(App, maps:get(loaded, State)) of
        {ok, #{env := Env}} ->
            case maps:find(Key, Env) of
                {ok, Value} -> {reply, {ok, Value}, State};
                error -> {reply, undefined, State}
            end;
        error -> {reply, undefined, State}
    end;
handle({get_all_env, App}, _From, State) ->
    case maps:find(App, maps:get(loaded, State)) of
        {ok, #{env_order := Order, env := Env}} ->
            {reply, [{K, maps:get(K, Env)} || K <- Order, maps:is_key(K, Env)], State};
        error -> {reply, [], State}
    end;
handle({set_env, App, Key, Value}, _From, State) ->
    {reply, ok, update_env(App, State, fun(Env, Order) ->
                                               {maps:put(Key, Value, Env), add_key(Key, Order)}
                                       end)};
handle({unset_env, App, Key}, _From, State) ->
    {reply, ok, update_env(App, State, fun(Env, Order) ->
                                               {maps:remove(Key, Env), lists:delete(Key, Order)}
                                       end)};
handle({get_key, App, Key}, _From, State) ->
    case maps:find(App, maps:get(loaded, State)) of
        {ok, #{props := Props}} ->
            case lists:keyfind(Key, 1, all_keys(App, Props)) of
                {Key, Value} -> {reply, {ok, Value}, State};
                false -> {reply, undefined, State}
            end;
        error -> {reply, undefined, State}
    end;
handle({get_all_key, App}, _From, State) ->
    case maps:find(App, maps:get(loaded, State)) of
        {ok, #{props := Props}} -> {reply, {ok, all_keys(App, Props)}, State};
        error -> {reply, undefined, State}
    end;
handle({get_application, Pids}, _From, #{running := Running, pending := Pending} = State) ->
    Masters = [{Master, App} || {App, {Master, _}} <- maps:to_list(Running), is_pid(Master)]
        ++ [{Master, App} || {Master, {start, _, App, _}} <- maps:to_list(Pending)],
    Found = [App || P <- Pids, {Master, App} <- Masters, P =:= Master],
    case Found of
        [App | _] -> {reply, {ok, App}, State};
        [] -> {reply, undefined, State}
    end;
handle({get_application_of_module, Module}, _From, #{loaded := Loaded} = State) ->
    Found = [App || {App, #{props := Props}} <- maps:to_list(Loaded),
                    lists:member(Module, proplists:get_value(modules, Props, []))],
    case Found of
        [App | _] -> {reply, {ok, App}, State};
        [] -> {reply, undefined, State}
    end;
handle(which_applications, _From, #{order := Order, loaded := Loaded} = State) ->
    Mine = [{App, description(App, Loaded), vsn(App, Loaded)} || App <- Order],
    {reply, Mine ++ lists:reverse(?BUILTIN), State};
handle(loaded_applications, _From, #{loaded := Loaded} = State) ->
    Mine = [{App, description(App, Loaded), vsn(App, Loaded)}
            || App <- lists:sort(maps:keys(Loaded))],
    {reply, Mine ++ ?BUILTIN, State}.

all_keys(App, Props) ->
    Defaults = [{description, ""}, {id, []}, {vsn, ""}, {modules, []}, {maxP, infinity},
                {maxT, infinity}, {registered, []}, {included_applications, []},
                {optional_applications, []}, {applications, []}, {env, []}, {mod, []},
                {start_phases, undefined}],
    _ = App,
    [case lists:keyfind(K, 1, Props) of
         {K, V} -> {K, V};
         false -> {K, D}
     end || {K, D} <- Defaults].

is_builtin(App) -> lists:keymember(App, 1, ?BUILTIN).

is_loaded(App, #{loaded := Loaded}) -> is_builtin(App) orelse maps:is_key(App, Loaded).

ensure_loaded(App, State) ->
    case is_loaded(App, State) of
        true -> {ok, State};
        false ->
            case handle({load, App}, undefined, State) of
                {reply, ok, NState} -> {ok, NState};
                {reply, Error, _} -> Error
            end
    end.

do_load(App, Props, #{loaded := Loaded} = State) ->
    EnvList = proplists:get_value(env, Props, []),
    Env = maps:from_list(EnvList),
    Order = lists:foldl(fun({K, _}, Acc) -> add_key(K, Acc) end, [], EnvList),
    Spec = #{description => proplists:get_value(description, Props, ""),
             vsn => proplists:get_value(vsn, Props, ""),
             applications => proplists:get_value(applications, Props, []),
             mod => proplists:get_value(mod, Props, []),
             env => Env, env_order => Order, props => Props},
    State#{loaded := maps:put(App, Spec, Loaded)}.

add_key(Key, Order) ->
    case lists:member(Key, Order) of
        true -> Order;
        false -> Order ++ [Key]
    end.

update_env(App, #{loaded := Loaded} = State, Fun) ->
    Spec = case maps:find(App, Loaded) of
               {ok, S} -> S;
               error -> #{description => "", vsn => "", applications => [], mod => [],
                          env => #{}, env_order => [], props => []}
           end,
    {Env, Order} = Fun(maps:get(env, Spec), maps:get(env_order, Spec)),
    State#{loaded := maps:put(App, Spec#{env := Env, env_order := Order}, Loaded)}.

description(App, Loaded) -> maps:get(description, maps:get(App, Loaded)).
vsn(App, Loaded) -> maps:get(vsn, maps:get(App, Loaded)).

start_app(App, _Type, _From, State) when App =:= kernel; App =:= stdlib ->
    {reply, {error, {already_started, App}}, State};
start_app(App, Type, From, #{loaded := Loaded, running := Running} = State) ->
    #{applications := Deps, mod := ModSpec} = maps:get(App, Loaded),
    Missing = [D || D <- Deps, not is_builtin(D), not maps:is_key(D, Running)],
    case {maps:is_key(App, Running), Missing, ModSpec} of
        {true, _, _} -> {reply, {error, {already_started, App}}, State};
        {false, [Dep | _], _} -> {reply, {error, {not_started, Dep}}, State};
        {false, [], []} -> {reply, ok, add_running(App, undefined, Type, State)};
        {false, [], {Mod, Args}} ->
            Master = proc_lib:spawn_link(application_master, init, [self(), App, Mod, Args]),
            {noreply, add_pending(Master, {start, From, App, Type}, State)}
    end.

add_pending(Master, What, #{pending := Pending} = State) ->
    State#{pending := maps:put(Master, What, Pending)}.

add_running(App, Master, Type, #{running := Running, order := Order} = State) ->
    State#{running := maps:put(App, {Master, Type}, Running), order := [App | Order]}.

forget_running(App, #{running := Running, order := Order} = State) ->
    State#{running := maps:remove(App, Running), order := lists:delete(App, Order)}.

start_result(Master, Result, #{pending := Pending} = State) ->
    case maps:find(Master, Pending) of
        {ok, {start, From, App, Type}} ->
            gen:reply(From, Result),
            case Result of
                ok -> add_running(App, Master, Type, State#{pending := maps:remove(Master, Pending)});
                % the failed master's exit is reported when it comes
                _ -> State#{pending := maps:put(Master, {failed, App, Type}, Pending)}
            end;
        _ -> State
    end.

master_exited(Master, Reason, #{pending := Pending, running := Running} = State) ->
    case maps:find(Master, Pending) of
        {ok, {stop, From, App}} ->
            {_, Type} = maps:get(App, Running),
            gen:reply(From, ok),
            report_exit(App, stopped, Type),
            forget_running(App, State#{pending := maps:remove(Master, Pending)});
        {ok, {failed, App, Type}} ->
            report_exit(App, Reason, Type),
            State#{pending := maps:remove(Master, Pending)};
        {ok, {start, From, App, Type}} ->
            gen:reply(From, {error, Reason}),
            report_exit(App, Reason, Type),
            State#{pending := maps:remove(Master, Pending)};
        error ->
            case [App || {App, {M, _}} <- maps:to_list(Running), M =:= Master] of
                [App] ->
                    {_, Type} = maps:get(App, Running),
                    report_exit(App, Reason, Type),
                    forget_running(App, State);
                [] -> State
            end
    end.

%% OTP logs an application's end at notice level, with the INFO header.
report_exit(App, Reason, Type) ->
    case logger:allow(notice, ?MODULE) of
        true ->
            logger:'$emit'("INFO", [logger:format_report([{application, App}, {exited, Reason},
                                                          {type, Type}]), "\n"]);
        false -> ok
    end.
