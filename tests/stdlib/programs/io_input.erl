%% Reading standard input: prompts, get_line, get_chars and fread (with the
%% rest of a line kept for the next read). Input: io_input.in.
-module(io_input).
-export([main/1]).

main(_) ->
    A = io:get_line("p1> "),
    B = io:get_chars("p2> ", 2),
    C = io:get_line(prompt_atom),
    D = io:fread("", "~d"),
    E = io:get_line(""),
    F = io:fread({"~s ~w> ", ["fmt", 3]}, "~d~d"),
    G = io:fread("", "~s"),
    H = io:get_chars("", 2),
    I = io:fread("", "~d"),
    J = io:get_line(""),
    K = io:fread("", "~f ~a"),
    L = io:fread(standard_io, "", "~u"),
    M = io:get_line(""),
    N = io:fread("", "~d"),
    O = io:get_line(""),
    P = io:fread("", "~d"),
    Q = io:fread("", "~d"),
    io:format("~n~p~n", [[A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q]]).
