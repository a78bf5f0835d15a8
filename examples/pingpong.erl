#!/usr/bin/env escript
%% Two processes passing a message back and forth.
-module(pingpong).
-export([main/1]).
-mode(compile).

main(_Args) ->
    Pong = spawn(fun pong/0),
    ping(3, Pong),
    io:format("done~n").

ping(0, Pong) ->
    Pong ! stop;
ping(N, Pong) ->
    Pong ! {ping, self()},
    receive
        pong -> io:format("ping ~w got pong~n", [N])
    end,
    ping(N - 1, Pong).

pong() ->
    receive
        {ping, From} -> From ! pong, pong();
        stop -> ok
    end.
