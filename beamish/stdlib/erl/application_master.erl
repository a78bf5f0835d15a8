%% application_master: the process that runs one started application (OTP 25's role).
%%
%% It calls the application's Mod:start(normal, Args), is linked to the top
%% supervisor that returns, and ends with it: when told to stop it calls
%% prep_stop/1 (if there is one), shuts the supervisor down and calls stop/1;
%% when the supervisor ends by itself it calls stop/1 and exits with the
%% supervisor's reason. The controller (application.erl) sees its exit.
-module(application_master).
-export([init/4]).

init(Controller, App, Mod, Args) ->
    process_flag(trap_exit, true),
    Call = {Mod, start, [normal, Args]},
    case catch Mod:start(normal, Args) of
        {ok, Top} when is_pid(Top) -> running(Controller, App, Mod, Top, []);
        {ok, Top, State} when is_pid(Top) -> running(Controller, App, Mod, Top, State);
        {error, Reason} -> failed(Controller, {Reason, Call});
        Other -> failed(Controller, {bad_return, {Call, Other}})
    end.

failed(Controller, Why) ->
    Controller ! {self(), start_result, {error, Why}},
    exit(Why).

running(Controller, App, Mod, Top, State) ->
    Controller ! {self(), start_result, ok},
    loop(Controller, App, Mod, Top, State).

loop(Controller, App, Mod, Top, State) ->
    receive
        {stop, Controller} ->
            NState = prep_stop(Mod, State),
            exit(Top, shutdown),
            receive {'EXIT', Top, _} -> ok end,
            catch Mod:stop(NState),
            exit(normal);
        {'EXIT', Top, Reason} ->
            catch Mod:stop(State),
            exit(Reason);
        {'EXIT', Controller, Reason} ->
            exit(Top, shutdown),
            exit(Reason);
        _ ->
            loop(Controller, App, Mod, Top, State)
    end.

prep_stop(Mod, State) ->
    try Mod:prep_stop(State)
    catch error:undef:Stack ->
        case Stack of
            [{Mod, prep_stop, [State], _} | _] -> State;
            _ -> erlang:raise(error, undef, Stack)
        end
    end.
