#!/usr/bin/env escript
%% Binary parsing: sum the comma-separated integers of a binary, byte by
%% byte, as a hand-written parser does. Prints the size and MB/s; the work
%% must be linear in the size (a match on the rest of a binary must not
%% copy it). Run: beamish run bench/binparse.erl [MEGABYTES]; escript
%% bench/binparse.erl [MEGABYTES] is OTP's interpreted mode (no -mode).
-module(binparse).
-export([main/1]).

main(Args) ->
    MB = case Args of [A] -> list_to_float(A); [] -> 0.5 end,
    Bin = make(round(MB * 1000000)),
    T0 = erlang:monotonic_time(microsecond),
    Sum = parse(Bin, 0, 0),
    T1 = erlang:monotonic_time(microsecond),
    Secs = (T1 - T0) / 1000000,
    io:format("~w bytes, sum ~w, ~.3f s, ~.3f MB/s~n",
              [byte_size(Bin), Sum, Secs, byte_size(Bin) / 1000000 / Secs]).

make(Size) -> make(Size, 0, []).
make(Size, Len, Acc) when Len >= Size -> iolist_to_binary(Acc);
make(Size, Len, Acc) ->
    Item = [integer_to_list(Len rem 100000), $,],
    make(Size, Len + iolist_size(Item), [Acc | Item]).

parse(<<C, Rest/binary>>, N, Sum) when C >= $0, C =< $9 -> parse(Rest, N * 10 + C - $0, Sum);
parse(<<$,, Rest/binary>>, N, Sum) -> parse(Rest, 0, Sum + N);
parse(<<>>, N, Sum) -> Sum + N.
