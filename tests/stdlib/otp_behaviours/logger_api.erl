#!/usr/bin/env escript
%% logger: format strings, reports (maps and lists), levels, primary config.
%% (OTP's handler writes after the caller goes on: what main prints itself
%% comes last, after a pause, so the order is the same on every run.)
-module(logger_api).
-mode(compile).
-export([main/1]).

main(_) ->
    logger:error("hello ~p~n", [world]),
    logger:error("no newline ~p", [x]),
    logger:warning("warn ~s", ["ing"]),
    logger:notice("note"),
    logger:info("not shown at notice"),
    logger:debug("not shown either"),
    logger:error(#{what => report, items => [1, 2, 3], text => "a string"}),
    logger:error([{key, value}, {other, {1, 2}}]),
    logger:critical("critical ~p", [1]),
    logger:alert("alert"),
    logger:emergency("emergency"),
    logger:error(#{a => 1}, #{meta => data}),
    Level = maps:get(level, logger:get_primary_config()),
    ok = logger:set_primary_config(level, info),
    logger:info("info ~p", [now_shown]),
    logger:debug("debug still hidden"),
    ok = logger:set_primary_config(level, all),
    logger:debug("debug ~p", [shown]),
    Bad = logger:set_primary_config(level, loud),
    ok = logger:set_primary_config(level, error),
    logger:warning("hidden warning"),
    logger:error("shown error"),
    ok = logger:set_primary_config(level, none),
    logger:emergency("hidden emergency"),
    timer:sleep(200),
    io:format("level ~p~nbad level ~p~n", [Level, Bad]).
