%% The higher-order functions of the maps module.
%%
%% Why Erlang: each of these calls a fun per entry, and a BIF written in
%% Python may not call back into Erlang code. Lookups, updates, iterators and
%% listing (get, put, to_list, iterator, next, ...) are BIFs in
%% beamish/stdlib/bifs/maps.py and are called here as maps:Name(...).
%%
%% Semantics of maps.erl in Erlang/OTP 25: a bad fun is badarg, a term that
%% is neither a map nor an iterator is {badmap, Term}, a missing key for
%% update_with/3 is {badkey, Key}. Entries are visited in the order
%% maps:next/1 gives (key order; see the notes in maps.py).
-module(maps).

-export([fold/3, map/2, filter/2, filtermap/2, foreach/2, update_with/3,
         update_with/4, merge_with/3, intersect_with/3, groups_from_list/2,
         groups_from_list/3]).

%% ---------------------------------------------------------------- iteration

%% The first step of an iteration over a map or an iterator; `bad` for
%% anything else, which the caller reports as {badmap, Term} with its own
%% arguments in the stack frame (erlang:error/2), as OTP's maps.erl does.
first(Map) when is_map(Map) ->
    maps:next(maps:iterator(Map));
first(Iterator) ->
    try maps:next(Iterator)
    catch error:badarg -> bad
    end.

fold(Fun, Acc, MapOrIter) when is_function(Fun, 3) ->
    case first(MapOrIter) of
        bad -> erlang:error({badmap, MapOrIter}, [Fun, Acc, MapOrIter]);
        First -> fold_loop(Fun, Acc, First)
    end;
fold(Fun, Acc, MapOrIter) ->
    erlang:error(badarg, [Fun, Acc, MapOrIter]).

fold_loop(Fun, Acc, {Key, Value, Iterator}) ->
    fold_loop(Fun, Fun(Key, Value, Acc), maps:next(Iterator));
fold_loop(_Fun, Acc, none) ->
    Acc.

map(Fun, MapOrIter) when is_function(Fun, 2) ->
    case first(MapOrIter) of
        bad -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter]);
        First -> maps:from_list(map_loop(Fun, First, []))
    end;
map(Fun, MapOrIter) ->
    erlang:error(badarg, [Fun, MapOrIter]).

map_loop(Fun, {Key, Value, Iterator}, Acc) ->
    map_loop(Fun, maps:next(Iterator), [{Key, Fun(Key, Value)} | Acc]);
map_loop(_Fun, none, Acc) ->
    Acc.

filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    case first(MapOrIter) of
        bad -> erlang:error({badmap, MapOrIter}, [Pred, MapOrIter]);
        First -> maps:from_list(filter_loop(Pred, First, []))
    end;
filter(Pred, MapOrIter) ->
    erlang:error(badarg, [Pred, MapOrIter]).

filter_loop(Pred, {Key, Value, Iterator}, Acc) ->
    case Pred(Key, Value) of
        true -> filter_loop(Pred, maps:next(Iterator), [{Key, Value} | Acc]);
        false -> filter_loop(Pred, maps:next(Iterator), Acc)
    end;
filter_loop(_Pred, none, Acc) ->
    Acc.

filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    case first(MapOrIter) of
        bad -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter]);
        First -> maps:from_list(filtermap_loop(Fun, First, []))
    end;
filtermap(Fun, MapOrIter) ->
    erlang:error(badarg, [Fun, MapOrIter]).

filtermap_loop(Fun, {Key, Value, Iterator}, Acc) ->
    case Fun(Key, Value) of
        true -> filtermap_loop(Fun, maps:next(Iterator), [{Key, Value} | Acc]);
        {true, New} -> filtermap_loop(Fun, maps:next(Iterator), [{Key, New} | Acc]);
        false -> filtermap_loop(Fun, maps:next(Iterator), Acc)
    end;
filtermap_loop(_Fun, none, Acc) ->
    Acc.

foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    case first(MapOrIter) of
        bad -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter]);
        First -> foreach_loop(Fun, First)
    end;
foreach(Fun, MapOrIter) ->
    erlang:error(badarg, [Fun, MapOrIter]).

foreach_loop(Fun, {Key, Value, Iterator}) ->
    Fun(Key, Value),
    foreach_loop(Fun, maps:next(Iterator));
foreach_loop(_Fun, none) ->
    ok.

%% ---------------------------------------------------------------- updating

update_with(Key, Fun, Map) when is_function(Fun, 1), is_map(Map) ->
    case maps:find(Key, Map) of
        {ok, Value} -> maps:put(Key, Fun(Value), Map);
        error -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) when not is_map(Map) ->
    erlang:error({badmap, Map}, [Key, Fun, Map]);
update_with(Key, Fun, Map) ->
    erlang:error(badarg, [Key, Fun, Map]).

update_with(Key, Fun, Init, Map) when is_function(Fun, 1), is_map(Map) ->
    case maps:find(Key, Map) of
        {ok, Value} -> maps:put(Key, Fun(Value), Map);
        error -> maps:put(Key, Init, Map)
    end;
update_with(Key, Fun, Init, Map) when not is_map(Map) ->
    erlang:error({badmap, Map}, [Key, Fun, Init, Map]);
update_with(Key, Fun, Init, Map) ->
    erlang:error(badarg, [Key, Fun, Init, Map]).

%% Combiner(Key, Value1, Value2) decides the value of a key in both maps.
merge_with(Combiner, Map1, Map2) when is_map(Map1), is_map(Map2),
                                      is_function(Combiner, 3) ->
    Combined = [{Key, Combiner(Key, Value1, maps:get(Key, Map2))}
                || {Key, Value1} <- maps:to_list(Map1), maps:is_key(Key, Map2)],
    maps:merge(maps:merge(Map1, Map2), maps:from_list(Combined));
merge_with(Combiner, Map1, Map2) ->
    erlang:error(bad_pair(Combiner, Map1, Map2), [Combiner, Map1, Map2]).

intersect_with(Combiner, Map1, Map2) when is_map(Map1), is_map(Map2),
                                          is_function(Combiner, 3) ->
    maps:from_list([{Key, Combiner(Key, Value1, maps:get(Key, Map2))}
                    || {Key, Value1} <- maps:to_list(Map1), maps:is_key(Key, Map2)]);
intersect_with(Combiner, Map1, Map2) ->
    erlang:error(bad_pair(Combiner, Map1, Map2), [Combiner, Map1, Map2]).

%% The reason merge_with/3 and intersect_with/3 fail with.
bad_pair(Combiner, _Map1, _Map2) when not is_function(Combiner, 3) ->
    badarg;
bad_pair(_Combiner, Map1, _Map2) when not is_map(Map1) ->
    {badmap, Map1};
bad_pair(_Combiner, _Map1, Map2) ->
    {badmap, Map2}.

%% ---------------------------------------------------------------- grouping

%% Each group lists its elements in the order they come in List.
groups_from_list(KeyFun, List) when is_function(KeyFun, 1), is_list(List) ->
    groups_loop(KeyFun, fun(Elem) -> Elem end, lists:reverse(List), #{});
groups_from_list(KeyFun, List) ->
    erlang:error(badarg, [KeyFun, List]).

groups_from_list(KeyFun, ValueFun, List) when is_function(KeyFun, 1),
                                              is_function(ValueFun, 1), is_list(List) ->
    groups_loop(KeyFun, ValueFun, lists:reverse(List), #{});
groups_from_list(KeyFun, ValueFun, List) ->
    erlang:error(badarg, [KeyFun, ValueFun, List]).

groups_loop(KeyFun, ValueFun, [Elem | Rest], Groups) ->
    Key = KeyFun(Elem),
    Value = ValueFun(Elem),
    case maps:find(Key, Groups) of
        {ok, Values} -> groups_loop(KeyFun, ValueFun, Rest, maps:put(Key, [Value | Values], Groups));
        error -> groups_loop(KeyFun, ValueFun, Rest, maps:put(Key, [Value], Groups))
    end;
groups_loop(_KeyFun, _ValueFun, [], Groups) ->
    Groups.
