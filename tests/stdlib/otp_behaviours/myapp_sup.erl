%% The top supervisor of myapp.app: one worker that waits for any message.
-module(myapp_sup).
-behaviour(supervisor).
-export([start_link/0, init/1, worker/0]).

start_link() -> supervisor:start_link({local, myapp_sup}, ?MODULE, []).

init([]) ->
    io:format("myapp_sup:init in application ~p~n", [application:get_application()]),
    {ok, {#{}, [#{id => w, start => {?MODULE, worker, []}}]}}.

worker() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.
