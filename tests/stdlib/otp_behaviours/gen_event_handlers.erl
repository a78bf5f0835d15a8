#!/usr/bin/env escript
%% gen_event: a crashing handler is removed (terminate/2 gets {error, ...},
%% an error report is logged) and a supervised handler's owner gets
%% {gen_event_EXIT, Handler, Reason}; init failures, calls, swaps, info
%% messages and stop.
-module(gen_event_handlers).
-mode(compile).
-behaviour(gen_event).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

main(_) ->
    {ok, M} = gen_event:start_link({local, mgr}),
    ok = gen_event:add_handler(mgr, {?MODULE, a}, a),
    ok = gen_event:add_sup_handler(mgr, {?MODULE, b}, b),
    ok = gen_event:add_sup_handler(mgr, {?MODULE, c}, c),
    io:format("~p~n", [gen_event:add_handler(mgr, {?MODULE, d}, fail)]),
    {'EXIT', {init_crash, _}} = gen_event:add_handler(mgr, {?MODULE, d}, crash),
    io:format("~p~n", [gen_event:add_handler(mgr, {?MODULE, a}, again)]),
    io:format("~p~n", [gen_event:which_handlers(mgr)]),
    gen_event:notify(mgr, crash_b),
    timer:sleep(50),                            % the logger prints the report
    ok = gen_event:sync_notify(mgr, ping),
    show_owner_message(),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    CallCrash = gen_event:call(mgr, {?MODULE, a}, crash),
    timer:sleep(50),
    io:format("~p~n", [CallCrash]),
    io:format("~p~n", [gen_event:which_handlers(mgr)]),
    io:format("~p~n", [gen_event:call(mgr, {?MODULE, c}, get)]),
    logger:set_primary_config(level, none),   % the report's stack shows OTP's internals
    ok = gen_event:sync_notify(mgr, error_c),
    logger:set_primary_config(level, notice),
    show_owner_message(),
    ok = gen_event:add_sup_handler(mgr, {?MODULE, e}, e),
    io:format("swap ~p~n", [gen_event:swap_sup_handler(mgr, {{?MODULE, e}, swapargs}, {{?MODULE, f}, f})]),
    show_owner_message(),
    io:format("~p~n", [gen_event:which_handlers(mgr)]),
    mgr ! hello,
    ok = gen_event:sync_notify(mgr, remove),
    show_owner_message(),
    ok = gen_event:sync_notify(mgr, ping),
    io:format("~p~n", [gen_event:delete_handler(mgr, {?MODULE, f}, x)]),
    ok = gen_event:add_sup_handler(mgr, {?MODULE, g}, g),
    ok = gen_event:add_handler(mgr, {?MODULE, h}, h),
    io:format("~p~n", [gen_event:delete_handler(mgr, {?MODULE, h}, bye)]),
    ok = gen_event:stop(mgr),
    show_owner_message(),
    io:format("~p~n", [catch gen_event:which_handlers(mgr)]),
    ok.

show_owner_message() ->
    receive
        {gen_event_EXIT, H, {'EXIT', {Why, [_ | _]}}} ->
            io:format("owner: ~p crashed with ~p and a stack trace~n", [H, Why]);
        {gen_event_EXIT, _, _} = Msg ->
            io:format("owner: ~p~n", [Msg])
    after 100 -> io:format("owner: no message~n")
    end.

init(fail) -> {error, nope};
init(crash) -> error(init_crash);
init({swapargs, S}) -> io:format("init from swap ~p~n", [S]), {ok, f};
init(S) -> {ok, S}.

handle_event(crash_b, b) -> exit(boom);
handle_event(error_c, c) -> error(oops);
handle_event(remove, {f, _}) -> remove_handler;
handle_event(ping, S) -> io:format("~p got ping~n", [S]), {ok, S};
handle_event(_, S) -> {ok, S}.

handle_call(crash, again) -> exit(callcrash);
handle_call(get, S) -> {ok, {state, S}, S}.

handle_info(I, S) -> io:format("~p info ~p~n", [S, I]), {ok, S}.

terminate({error, {'EXIT', {Why, [_ | _]}}}, S) ->
    io:format("terminate ~p: error ~p with a stack trace~n", [S, Why]);
terminate(A, S) -> io:format("terminate ~p ~p~n", [S, A]), {S, terminated}.
