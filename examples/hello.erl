#!/usr/bin/env escript
%% The first program: run it with `beamish run examples/hello.erl World`.
-module(hello).
-export([main/1]).
-mode(compile).

main([]) ->
    main(["world"]);
main([Name | _]) ->
    io:format("Hello, ~s!~n", [Name]).
