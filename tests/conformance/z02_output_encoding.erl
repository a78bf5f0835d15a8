#!/usr/bin/env escript
-module(z02_output_encoding).
-export([main/1]).
-mode(compile).

%% beamish own case: latin1 standard_io, then io:setopts([{encoding, unicode}]) (golden from OTP 25).
main(_) ->
    io:format("~ts|~s|~p|~tp~n", [[955, 233], [233], [955], [955]]),
    io:format("~p~n", [io:getopts()]),
    ok = io:setopts([{encoding, unicode}]),
    io:format("~ts|~s|~p|~tp|~tp~n", [[955, 233], [233], [955], [955], <<"λ"/utf8>>]),
    io:put_chars([955, $\n]),
    io:format("~p~n", [lists:keyfind(encoding, 1, io:getopts())]).
