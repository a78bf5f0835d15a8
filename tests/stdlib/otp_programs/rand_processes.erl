%% Recorded: `escript rand_processes.erl > rand_processes.out` on Erlang/OTP 25 (erts 13.1.5).
-module(rand_processes).
-export([main/1]).
-mode(compile).

%% Each process has its own state; an unseeded process seeds itself from
%% entropy, so two of them (and two runs) draw different numbers.
draw() ->
    Parent = self(),
    spawn(fun() -> Parent ! {self(), [rand:uniform(1 bsl 50) || _ <- lists:seq(1, 4)]} end),
    receive {_, Xs} -> Xs end.

main(_) ->
    A = draw(),
    B = draw(),
    io:format("different ~p~n", [A =/= B]),
    rand:seed(exsss, 1),
    Pid = spawn(fun() -> receive {From, go} -> From ! {self(), rand:export_seed()} end end),
    Pid ! {self(), go},
    receive {Pid, Seed} -> io:format("child_unseeded ~p~n", [Seed]) end,
    io:format("parent ~p~n", [rand:uniform(100)]),
    ok.
