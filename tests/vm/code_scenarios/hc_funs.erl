-module(hc_funs).
-export([main/1]).

%% Funs made by old code run old code; purging makes them badfun and kills
%% processes whose stack is in old code (their links see 'killed').
main([Dir]) ->
    true = code:add_pathz(Dir),
    write(Dir, 1),
    {ok, fm} = compile:file(Dir ++ "/fm.erl", [{outdir, Dir}]),
    {module, fm} = code:load_file(fm),
    Old = fm:make(),
    External = fun fm:version/0,
    process_flag(trap_exit, true),
    Holder = spawn_link(fun() -> receive {run, F} -> io:format("holder: ~p~n", [F()]) end end),
    Main = self(),
    Deep = spawn_link(fun() -> fm:nested(fun() -> Main ! inside, receive stop -> ok end end) end),
    receive inside -> ok end,
    write(Dir, 2),
    {ok, fm} = compile:file(Dir ++ "/fm.erl", [{outdir, Dir}]),
    {module, fm} = code:load_file(fm),
    io:format("old fun: ~p, new fun: ~p, external: ~p~n", [Old(), (fm:make())(), External()]),
    io:format("holder runs old: ~p, deep runs old: ~p~n",
              [erlang:check_process_code(Holder, fm), erlang:check_process_code(Deep, fm)]),
    io:format("purge: ~p~n", [code:purge(fm)]),
    receive {'EXIT', Deep, Why} -> io:format("deep exited: ~p~n", [Why]) end,
    io:format("holder alive: ~p~n", [is_process_alive(Holder)]),
    {'EXIT', {{badfun, _}, _}} = (catch Old()),
    io:format("old fun after purge: badfun~n"),
    io:format("external after purge: ~p~n", [External()]),
    Holder ! {run, External},
    receive {'EXIT', Holder, normal} -> ok end,
    Holder2 = spawn_link(fun() -> receive {run, F} -> exit(element(1, element(2, catch F()))) end end),
    Holder2 ! {run, Old},
    receive {'EXIT', Holder2, {badfun, _}} -> io:format("holder2: badfun~n") end,
    io:format("soft_purge with nothing old: ~p, purge: ~p~n", [code:soft_purge(fm), code:purge(fm)]),
    ok.

write(Dir, V) ->
    Src = io_lib:format(
            "-module(fm).~n-export([make/0, version/0, nested/1]).~n"
            "version() -> ~p.~n"
            "make() -> fun() -> {made_by, version()} end.~n"
            "nested(F) -> F(), done.~n",
            [V]),
    ok = file:write_file(Dir ++ "/fm.erl", Src).
