%% sys: system messages to processes that follow the OTP design principles (OTP 25's sys).
%%
%% A client sends {system, From, Request} with gen:call; the process hands
%% it to handle_system_msg/6,7, which answers and then continues the process
%% through its module's system_continue/3 (or stays suspended, handling only
%% system messages and its parent's exit, or ends it through system_terminate/4).
%%
%% Notes:
%%  1. Debug options (trace, log, statistics, log_to_file, install) are
%%     accepted and answered with ok, but nothing is recorded: debug_options/1
%%     returns [] and handle_debug/4 returns its Debug unchanged.
%%  2. change_code is answered only while the process is suspended, as on OTP.
-module(sys).
-export([get_state/1, get_state/2, replace_state/2, replace_state/3,
         suspend/1, suspend/2, resume/1, resume/2, change_code/4, change_code/5,
         get_status/1, get_status/2, terminate/2, terminate/3,
         trace/2, trace/3, log/2, log/3, statistics/2, statistics/3, no_debug/1, no_debug/2,
         handle_system_msg/6, handle_system_msg/7, handle_debug/4, debug_options/1]).

get_state(Name) -> state_reply(send_system_msg(Name, get_state, default)).
get_state(Name, Timeout) -> state_reply(send_system_msg(Name, get_state, Timeout)).

state_reply(Reply) ->
    case Reply of
        {error, {callback_failed, _, _} = Why} -> erlang:error(Why);
        {ok, State} -> State
    end.

replace_state(Name, StateFun) -> state_reply(send_system_msg(Name, {replace_state, StateFun}, default)).
replace_state(Name, StateFun, Timeout) ->
    state_reply(send_system_msg(Name, {replace_state, StateFun}, Timeout)).

suspend(Name) -> send_system_msg(Name, suspend, default).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).
resume(Name) -> send_system_msg(Name, resume, default).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).

change_code(Name, Mod, Vsn, Extra) -> send_system_msg(Name, {change_code, Mod, Vsn, Extra}, default).
change_code(Name, Mod, Vsn, Extra, Timeout) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}, Timeout).

get_status(Name) -> send_system_msg(Name, get_status, default).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

terminate(Name, Reason) -> send_system_msg(Name, {terminate, Reason}, infinity).
terminate(Name, Reason, Timeout) -> send_system_msg(Name, {terminate, Reason}, Timeout).

trace(Name, Flag) -> send_system_msg(Name, {debug, {trace, Flag}}, default).
trace(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {trace, Flag}}, Timeout).
log(Name, Flag) -> send_system_msg(Name, {debug, {log, Flag}}, default).
log(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {log, Flag}}, Timeout).
statistics(Name, Flag) -> send_system_msg(Name, {debug, {statistics, Flag}}, default).
statistics(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {statistics, Flag}}, Timeout).
no_debug(Name) -> send_system_msg(Name, {debug, no_debug}, default).
no_debug(Name, Timeout) -> send_system_msg(Name, {debug, no_debug}, Timeout).

%% Timeout is default for the functions without one: 5 s, and the exit
%% reason names the function as it was called, without a timeout.
send_system_msg(Name, Request, Timeout) ->
    Time = case Timeout of
               default -> 5000;
               _ -> Timeout
           end,
    try gen:call(Name, system, Request, Time) of
        {ok, Reply} -> Reply
    catch exit:Reason ->
        exit({Reason, {sys, called_fun(Request), [Name | called_args(Request, Timeout)]}})
    end.

called_fun({replace_state, _}) -> replace_state;
called_fun({change_code, _, _, _}) -> change_code;
called_fun({terminate, _}) -> terminate;
called_fun({debug, {Flag, _}}) -> Flag;
called_fun({debug, no_debug}) -> no_debug;
called_fun(Atom) -> Atom.

called_args(Request, default) -> request_args(Request);
called_args({terminate, Reason}, infinity) -> [Reason];
called_args(Request, Timeout) -> request_args(Request) ++ [Timeout].

request_args({replace_state, Fun}) -> [Fun];
request_args({change_code, Mod, Vsn, Extra}) -> [Mod, Vsn, Extra];
request_args({terminate, Reason}) -> [Reason];
request_args({debug, {_, Flag}}) -> [Flag];
request_args(_) -> [].

%% ---- the process side

handle_system_msg(Msg, From, Parent, Mod, Debug, Misc) ->
    handle_system_msg(running, Msg, From, Parent, Mod, Debug, Misc, false).

handle_system_msg(Msg, From, Parent, Mod, Debug, Misc, Hib) ->
    handle_system_msg(running, Msg, From, Parent, Mod, Debug, Misc, Hib).

handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc, Hib) ->
    case do_cmd(SysState, Msg, Parent, Mod, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            suspend_loop(suspended, Parent, Mod, NDebug, NMisc, Hib);
        {running, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Mod:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, Reply, NDebug, NMisc} ->
            gen:reply(From, Reply),
            Mod:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

%% Suspended: only system messages and the parent's exit are taken.
suspend_loop(SysState, Parent, Mod, Debug, Misc, Hib) ->
    receive
        {system, From, Msg} ->
            handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc, Hib);
        {'EXIT', Parent, Reason} ->
            Mod:system_terminate(Reason, Parent, Debug, Misc)
    end.

do_cmd(_, suspend, _Parent, _Mod, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _Parent, _Mod, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _Parent, Mod, Debug, Misc) ->
    {SysState, do_get_state(Mod, Misc), Debug, Misc};
do_cmd(SysState, {replace_state, StateFun}, _Parent, Mod, Debug, Misc) ->
    {Result, NMisc} = do_replace_state(StateFun, Mod, Misc),
    {SysState, Result, Debug, NMisc};
do_cmd(SysState, get_status, Parent, Mod, Debug, Misc) ->
    {SysState, get_status(SysState, Parent, Mod, Debug, Misc), Debug, Misc};
do_cmd(_, {terminate, Reason}, _Parent, _Mod, Debug, Misc) ->
    {{terminating, Reason}, ok, Debug, Misc};
do_cmd(suspended, {change_code, Module, Vsn, Extra}, _Parent, Mod, Debug, Misc) ->
    {Result, NMisc} = do_change_code(Mod, Module, Vsn, Extra, Misc),
    {suspended, Result, Debug, NMisc};
do_cmd(SysState, {debug, _What}, _Parent, _Mod, Debug, Misc) ->
    {SysState, ok, Debug, Misc};
do_cmd(SysState, Other, _Parent, _Mod, Debug, Misc) ->
    {SysState, {error, {unknown_system_msg, Other}}, Debug, Misc}.

do_get_state(Mod, Misc) ->
    try Mod:system_get_state(Misc) of
        {ok, State} -> {ok, State}
    catch Class:Reason -> {error, {callback_failed, {Mod, system_get_state}, {Class, Reason}}}
    end.

do_replace_state(StateFun, Mod, Misc) ->
    try Mod:system_replace_state(StateFun, Misc) of
        {ok, State, NMisc} -> {{ok, State}, NMisc}
    catch Class:Reason ->
        {{error, {callback_failed, {Mod, system_replace_state}, {Class, Reason}}}, Misc}
    end.

do_change_code(Mod, Module, Vsn, Extra, Misc) ->
    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of
        {ok, NMisc} -> {ok, NMisc};
        Else -> {{error, Else}, Misc}
    end.

get_status(SysState, Parent, Mod, Debug, Misc) ->
    PDict = get(),
    Status = try Mod:format_status(normal, [PDict, SysState, Parent, Debug, Misc])
             catch error:undef -> Misc
             end,
    {status, self(), {module, Mod}, [PDict, SysState, Parent, Debug, Status]}.

%% ---- debug options (see note 1)

debug_options(Options) when is_list(Options) -> [].

handle_debug(Debug, _FormFunc, _State, _Event) -> Debug.
