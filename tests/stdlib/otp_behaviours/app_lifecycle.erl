#!/usr/bin/env escript
%% application: load, start (with a mod callback starting a supervisor), env, stop, dependencies, errors.
-module(app_lifecycle).
-mode(compile).
-export([main/1]).

main(_) ->
    show(env_before_load, application:get_env(myapp, greeting)),
    show(load, application:load(myapp)),
    show(load_again, application:load(myapp)),
    show(env, application:get_env(myapp, greeting)),
    show(env_default, application:get_env(myapp, nope, dflt)),
    show(all_env, application:get_all_env(myapp)),
    show(key, application:get_key(myapp, vsn)),
    show(load_missing, application:load(nope)),
    show(start_missing, application:start(nope)),
    show(start_without_dep, application:start(depapp)),
    show(ensure_all_started, application:ensure_all_started(depapp)),
    show(start_again, application:start(myapp)),
    show(ensure_started, application:ensure_started(myapp)),
    show(ensure_all_started_again, application:ensure_all_started(myapp)),
    show(which, application:which_applications()),
    show(set_env, application:set_env(myapp, count, 4)),
    show(env_after_set, application:get_env(myapp, count)),
    show(app_of_sup, application:get_application(whereis(myapp_sup))),
    show(app_of_main, application:get_application()),
    %% the failing master's crash report shows OTP's internal processes: not compared
    logger:set_primary_config(level, none),
    show(start_failing, application:start(badapp)),
    timer:sleep(100),
    logger:set_primary_config(level, notice),
    show(stop, application:stop(myapp)),
    timer:sleep(100),
    show(sup_after_stop, whereis(myapp_sup)),
    show(stop_again, application:stop(myapp)),
    show(stop_dep, application:stop(depapp)),
    timer:sleep(100),
    show(unload, application:unload(depapp)),
    show(unload_again, application:unload(depapp)),
    show(loaded, lists:sort(application:loaded_applications())),
    ok.

show(Tag, Value) -> io:format("~p: ~p~n", [Tag, Value]).
