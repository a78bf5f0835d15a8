-module(hc_upgrade).
-export([main/1]).

%% A server loops with ?MODULE:loop/1 (picks up new code) and another with a
%% local loop/1 call (stays in old code); a third load kills the latter.
main([Dir]) ->
    true = code:add_patha(Dir),
    write(Dir, 1),
    {ok, srv} = compile:file(filename(Dir), [{outdir, Dir}]),
    {module, srv} = code:load_file(srv),
    Fresh = spawn(fun() -> srv:loop(fresh) end),
    Stale = spawn(fun() -> srv:stale_loop(stale) end),
    Ref = monitor(process, Stale),
    show(Fresh), show(Stale),
    write(Dir, 2),
    {ok, srv} = compile:file(filename(Dir), [{outdir, Dir}]),
    io:format("load v2: ~p~n", [code:load_file(srv)]),
    io:format("old code: ~p~n", [erlang:check_old_code(srv)]),
    io:format("srv:version() = ~p~n", [srv:version()]),
    show(Fresh), show(Fresh), show(Stale),
    io:format("fresh runs old: ~p, stale runs old: ~p~n",
              [erlang:check_process_code(Fresh, srv), erlang:check_process_code(Stale, srv)]),
    io:format("soft_purge: ~p~n", [code:soft_purge(srv)]),
    write(Dir, 3),
    {ok, srv} = compile:file(filename(Dir), [{outdir, Dir}]),
    io:format("c:l: ~p~n", [c:l(srv)]),
    receive {'DOWN', Ref, process, Stale, Why} -> io:format("stale died: ~p~n", [Why]) end,
    show(Fresh), show(Fresh),
    io:format("alive: ~p ~p~n", [is_process_alive(Fresh), is_process_alive(Stale)]),
    io:format("purge: ~p, old code: ~p~n", [code:purge(srv), erlang:check_old_code(srv)]),
    io:format("soft_purge: ~p~n", [code:soft_purge(srv)]),
    io:format("exported: ~p ~p~n", [erlang:function_exported(srv, version, 0),
                                   erlang:function_exported(srv, extra, 0)]),
    io:format("delete: ~p~n", [code:delete(srv)]),
    io:format("loaded: ~p ~p ~p~n", [code:is_loaded(srv), erlang:module_loaded(srv),
                                    erlang:function_exported(srv, version, 0)]),
    io:format("purge: ~p~n", [code:purge(srv)]),
    io:format("ensure_loaded: ~p~n", [code:ensure_loaded(srv)]),
    io:format("srv:version() = ~p~n", [srv:version()]),
    io:format("ensure_loaded: ~p ~p~n", [code:ensure_loaded(srv_none), code:load_file(srv_none)]),
    exit(Fresh, kill),
    ok.

show(Pid) ->
    Pid ! {self(), hello},
    receive {Pid, Answer} -> io:format("~p~n", [Answer]) end.

filename(Dir) -> Dir ++ "/srv.erl".

write(Dir, V) ->
    Extra = case V of 3 -> "-export([extra/0]).\nextra() -> yes.\n"; _ -> "" end,
    Src = io_lib:format(
            "-module(srv).~n-export([loop/1, stale_loop/1, version/0]).~n~s"
            "version() -> ~p.~n"
            "loop(Name) -> receive {From, hello} -> From ! {self(), {Name, ~p}}, ?MODULE:loop(Name) end.~n"
            "stale_loop(Name) -> receive {From, hello} -> From ! {self(), {Name, ~p}}, stale_loop(Name) end.~n",
            [Extra, V, V, V]),
    ok = file:write_file(filename(Dir), Src).
