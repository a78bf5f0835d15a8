#!/usr/bin/env escript
%% sys on a gen_server: get_state, replace_state, suspend/resume, change_code (code_change/3), get_status.
-module(sys_calls).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).

main(_) ->
    {ok, P} = gen_server:start_link({local, srv}, ?MODULE, 1, []),
    show(get_state, sys:get_state(srv)),
    show(replace_state, sys:replace_state(srv, fun(N) -> N * 10 end)),
    show(call, gen_server:call(srv, get)),
    show(suspend, sys:suspend(srv)),
    show(call_while_suspended, catch gen_server:call(srv, get, 100)),
    show(get_state_while_suspended, sys:get_state(P)),
    show(change_code, sys:change_code(srv, ?MODULE, "0.1", extra)),
    show(resume, sys:resume(srv)),
    show(after_resume, gen_server:call(srv, get)),
    show(queued_reply, receive {_, _} = M -> element(2, M) after 100 -> none end),
    {status, Pid, Mod, [_PDict, SysState, Parent, Debug, Misc]} = sys:get_status(srv),
    show(status, {Pid =:= P, Mod, SysState, Parent =:= self(), Debug}),
    show(status_misc, Misc),
    show(change_code_running, sys:change_code(srv, ?MODULE, "0.1", extra)),
    show(bad_replace, try sys:replace_state(srv, fun(_) -> error(oops) end)
                      catch error:Why -> {error, Why}
                      end),
    show(still, sys:get_state(srv)),
    show(terminate, sys:terminate(srv, normal)),
    show(gone, catch sys:get_state(srv)),
    ok.

show(Tag, Value) -> io:format("~p: ~p~n", [Tag, Value]).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N}.

handle_cast(_, N) -> {noreply, N}.

code_change(OldVsn, N, Extra) ->
    io:format("code_change(~p, ~p, ~p)~n", [OldVsn, N, Extra]),
    {ok, {upgraded, N}}.
