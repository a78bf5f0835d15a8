%% The ets functions that take a fun, and fun2ms's run-time answer.
%%
%% Why Erlang: foldl/foldr call a fun per object, and a BIF written in Python
%% may not call back into Erlang code. tab2list, select_delete and
%% delete_all_objects are Erlang wrappers of BIFs, as in OTP, so that their
%% errors show OTP's frames. Everything else in ets is a BIF in
%% beamish/stdlib/bifs/ets.py.
%%
%% Semantics of ets.erl in Erlang/OTP 25: foldl walks the objects in the
%% table's order and foldr in reverse order for an ordered_set (for the other
%% types ets:last/prev are first/next, so foldr walks the same way as foldl).
%% Both first check the table as safe_fixtable/2 does, so an unknown table
%% fails in that frame. The objects are taken before the first call of the
%% fun: changes the fun makes to the table do not change the walk.
%%
%% ets:fun2ms/1 is meant to be rewritten at compile time (the parse transform
%% that -include_lib("stdlib/include/ms_transform.hrl") turns on,
%% beamish/compiler/ms_transform.py); a call that reaches run time exits with
%% OTP's message.
-module(ets).

-export([foldl/3, foldr/3, fun2ms/1, tab2list/1, select_delete/2, delete_all_objects/1]).

tab2list(Table) ->
    ets:match_object(Table, '_').

select_delete(Table, MatchSpec) ->
    ets:internal_select_delete(Table, MatchSpec).

delete_all_objects(Table) ->
    ets:internal_delete_all(Table, undefined).

foldl(F, Acc, Table) when is_function(F, 2) ->
    true = ets:safe_fixtable(Table, true),
    lists:foldl(F, Acc, ets:tab2list(Table)).

foldr(F, Acc, Table) when is_function(F, 2) ->
    true = ets:safe_fixtable(Table, true),
    Objects = case ets:info(Table, type) of
                  ordered_set -> ets:tab2list(Table);
                  _ -> lists:reverse(ets:tab2list(Table))
              end,
    lists:foldr(F, Acc, Objects).

fun2ms(ShellFun) when is_function(ShellFun) ->
    exit({badarg, {ets, fun2ms,
                   [function, called, with, real, 'fun', should, be, transformed, with,
                    parse_transform, 'or', called, with, a, 'fun', generated, in, the, shell]}}).
