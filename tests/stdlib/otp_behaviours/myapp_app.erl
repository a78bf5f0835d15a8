%% The application callback module of myapp.app (app_lifecycle.erl's application).
-module(myapp_app).
-behaviour(application).
-export([start/2, stop/1, prep_stop/1]).

start(normal, [hello]) ->
    io:format("myapp_app:start sees greeting ~p~n", [application:get_env(myapp, greeting)]),
    myapp_sup:start_link();
start(normal, [bad]) ->
    {error, nope}.

prep_stop(State) -> io:format("prep_stop(~p)~n", [State]), State.

stop(State) -> io:format("stop(~p)~n", [State]), ok.
