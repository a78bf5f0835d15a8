#!/usr/bin/env escript
-module(io_read_cases).
-export([main/1]).
-mode(compile).
%% io:read/1,2,3 on standard input (io_read_cases.in), against OTP 25.

main(_) ->
    R1 = io:read("P> "), io:format("~p~n", [R1]),
    R2 = io:read(standard_io, 'Q> '), io:format("~p~n", [R2]),
    R3 = io:read(""), io:format("~p~n", [R3]),
    R4 = io:get_line(""), io:format("~p~n", [R4]),
    R5 = io:read(standard_io, "", {1, 1}), io:format("~p~n", [R5]),
    R6 = io:read(standard_io, "", 10), io:format("~p~n", [R6]),
    R7 = io:read(""), io:format("~p~n", [R7]),
    R8 = io:read(""), io:format("~p~n", [R8]),
    R9 = io:read(""), io:format("~p~n", [R9]),
    R10 = io:read(""), io:format("~p~n", [R10]),
    R11 = io:read(standard_io, "", 3), io:format("~p~n", [R11]),
    R12 = io:get_line(""), io:format("~p~n", [R12]).
