#!/usr/bin/env escript
%% proc_lib: ancestors and initial call, synchronous start with init_ack, start timeouts, crash reports per class.
-module(proc_lib_reports).
-mode(compile).
-export([main/1, init/1, loop/0]).

main(_) ->
    Self = self(),
    proc_lib:spawn(fun() -> Self ! {info, get('$ancestors'), get('$initial_call')} end),
    receive {info, Ancestors, Call} -> io:format("ancestors ~p~ninitial call ~p~n", [Ancestors == [Self], Call]) end,
    io:format("start ok: ~p~n", [element(1, proc_lib:start(?MODULE, init, [ok]))]),
    io:format("start timeout: ~p~n", [proc_lib:start(?MODULE, init, [slow], 50)]),
    io:format("start crash: ~p~n", [element(1, proc_lib:start(?MODULE, init, [crash]))]),
    timer:sleep(50),
    process_flag(trap_exit, true),
    io:format("start_link exit: ~p~n", [proc_lib:start_link(?MODULE, init, [exit])]),
    timer:sleep(50),
    P = proc_lib:spawn(?MODULE, loop, []),
    timer:sleep(10),
    io:format("initial_call ~p~n", [proc_lib:initial_call(P)]),
    io:format("translate ~p~n", [proc_lib:translate_initial_call(P)]),
    P ! throw,
    timer:sleep(50),
    proc_lib:spawn(fun() -> put(key, value), exit(normal) end),
    proc_lib:spawn(fun() -> exit({shutdown, quiet}) end),
    proc_lib:spawn(fun() -> exit(loud) end),
    timer:sleep(50),
    io:format("done~n").

init(ok) -> proc_lib:init_ack({ok, self()}), timer:sleep(10);
init(slow) -> timer:sleep(500);
init(crash) -> error({bad, thing});
init(exit) -> exit(nope).

loop() -> receive throw -> throw(ball) end.
