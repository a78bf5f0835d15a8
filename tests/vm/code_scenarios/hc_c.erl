-module(hc_c).
-export([main/1]).

%% c:c/1,2 and compile:file/1 report like erlc and load; run in the
%% directory given as the argument (file names in reports are relative).
main([Dir]) ->
    true = code:add_patha(Dir),
    ok = file:write_file("cw.erl", "-module(cw).\n-export([f/1]).\nf(X) -> Y = 1, ok.\n"),
    ok = file:write_file("ce.erl", "-module(ce).\n-export([f/1]).\nf(X) -> Y.\n"),
    io:format("c:c(cw) = ~p~n", [c:c(cw)]),
    io:format("cw:f(1) = ~p~n", [cw:f(1)]),
    io:format("c:c(\"ce.erl\", []) = ~p~n", [c:c("ce.erl", [])]),
    io:format("ce loaded: ~p~n", [code:is_loaded(ce)]),
    io:format("c:c(nosuch) = ~p~n", [c:c(nosuch)]),
    io:format("c:c(\"nosuch.erl\") = ~p~n", [c:c("nosuch.erl")]),
    io:format("compile:file(\"ce\") = ~p~n", [compile:file("ce")]),
    ok = file:write_file("cw.erl", "-module(cw).\n-export([f/1]).\nf(X) -> {new, X}.\n"),
    io:format("c:c(\"cw\") = ~p~n", [c:c("cw")]),
    io:format("cw:f(1) = ~p~n", [cw:f(1)]),
    io:format("c:l(cw) = ~p, old: ~p~n", [c:l(cw), erlang:check_old_code(cw)]),
    io:format("c:l(nosuch) = ~p~n", [c:l(nosuch)]),
    io:format("which: ~p ~p~n", [code:which(erlang), code:which(nosuch)]),
    io:format("is_loaded: ~p ~p~n", [code:is_loaded(erlang), code:is_loaded(nosuch)]),
    io:format("add_path: ~p~n", [code:add_path("/nonexistent/dir")]),
    io:format("~p~n", [reason(catch code:purge("cw"))]),
    io:format("~p~n", [reason(catch erlang:module_loaded("cw"))]),
    io:format("~p~n", [reason(catch erlang:function_exported(cw, f, x))]),
    io:format("exported: ~p ~p ~p~n", [erlang:function_exported(cw, f, 1),
                                      erlang:function_exported(cw, f, 2),
                                      erlang:function_exported(erlang, self, 0)]),
    ok.

reason({'EXIT', {Reason, [{M, F, Args, _} | _]}}) -> {Reason, M, F, Args}.
