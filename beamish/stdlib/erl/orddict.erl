%% The orddict module: key-value dictionaries as ordered lists of pairs.
%%
%% Why Erlang: an orddict is a plain list of {Key, Value} tuples that
%% programs print and pattern-match, and several functions call a fun per
%% entry (map, filter, fold, merge, update). Written in Erlang it is an
%% ordinary module like any other.
%%
%% Matches orddict.erl of Erlang/OTP 25 by behaviour.
%%
%% Invariant: the list is sorted by key, in term order, and no two keys
%% compare equal (==). Keys are compared with == and <, not =:=, so 1 and
%% 1.0 are the same key.
%%
%% Notes
%%  1. When a key is found, the stored pair takes the key given in the call
%%     (store(1.0, V, [{1, Old}]) gives [{1.0, V}]), as OTP does; merge/3
%%     keeps the key of the first dictionary.
%%  2. A key that is missing where one is required (fetch/2, update/3)
%%     fails with function_clause in the exported function, as in OTP.
%%  3. from_list/1 lets the last pair for a key win.
%%  4. map/2 and merge/3 call the fun on an entry before walking the rest
%%     (OTP's order, visible when the fun has side effects or is not a
%%     fun); the code binds the result first to make that order explicit.
-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3, append/3,
         append_list/3, update/3, update/4, update_counter/3, fold/3, map/2,
         filter/2, merge/3]).

new() -> [].

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | Dict]) when Key > K -> is_key(Key, Dict);
is_key(_Key, [{_K, _Value} | _]) -> true;
is_key(_, []) -> false.

to_list(Dict) -> Dict.

from_list([]) -> [];
from_list([{_, _}] = Pair) -> Pair;
from_list(Pairs) -> lists:ukeysort(1, lists:reverse(Pairs)).

size(Dict) -> length(Dict).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(Key, [{K, _} | Dict]) when Key > K -> fetch(Key, Dict);
fetch(Key, [{K, Value} | _]) when Key == K -> Value.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | Dict]) when Key > K -> find(Key, Dict);
find(_Key, [{_K, Value} | _]) -> {ok, Value};
find(_, []) -> error.

fetch_keys([{Key, _} | Dict]) -> [Key | fetch_keys(Dict)];
fetch_keys([]) -> [].

erase(Key, [{K, _} = Pair | Dict]) when Key < K -> [Pair | Dict];
erase(Key, [{K, _} = Pair | Dict]) when Key > K -> [Pair | erase(Key, Dict)];
erase(_Key, [{_K, _Value} | Dict]) -> Dict;
erase(_, []) -> [].

take(Key, Dict) -> take_1(Key, Dict, []).

take_1(Key, [{K, _} | _], _Before) when Key < K -> error;
take_1(Key, [{K, _} = Pair | Dict], Before) when Key > K ->
    take_1(Key, Dict, [Pair | Before]);
take_1(_Key, [{_K, Value} | Dict], Before) ->
    {Value, lists:reverse(Before, Dict)};
take_1(_, [], _) -> error.

store(Key, New, [{K, _} = Pair | Dict]) when Key < K -> [{Key, New}, Pair | Dict];
store(Key, New, [{K, _} = Pair | Dict]) when Key > K -> [Pair | store(Key, New, Dict)];
store(Key, New, [{_K, _Old} | Dict]) -> [{Key, New} | Dict];
store(Key, New, []) -> [{Key, New}].

append(Key, New, [{K, _} = Pair | Dict]) when Key < K -> [{Key, [New]}, Pair | Dict];
append(Key, New, [{K, _} = Pair | Dict]) when Key > K -> [Pair | append(Key, New, Dict)];
append(Key, New, [{_K, Old} | Dict]) -> [{Key, Old ++ [New]} | Dict];
append(Key, New, []) -> [{Key, [New]}].

append_list(Key, New, [{K, _} = Pair | Dict]) when Key < K -> [{Key, New}, Pair | Dict];
append_list(Key, New, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | append_list(Key, New, Dict)];
append_list(Key, New, [{_K, Old} | Dict]) -> [{Key, Old ++ New} | Dict];
append_list(Key, New, []) -> [{Key, New}].

update(Key, Fun, [{K, _} = Pair | Dict]) when Key > K -> [Pair | update(Key, Fun, Dict)];
update(Key, Fun, [{K, Value} | Dict]) when Key == K -> [{Key, Fun(Value)} | Dict].

update(Key, _, Init, [{K, _} = Pair | Dict]) when Key < K -> [{Key, Init}, Pair | Dict];
update(Key, Fun, Init, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | update(Key, Fun, Init, Dict)];
update(Key, Fun, _Init, [{_K, Value} | Dict]) -> [{Key, Fun(Value)} | Dict];
update(Key, _, Init, []) -> [{Key, Init}].

update_counter(Key, Incr, [{K, _} = Pair | Dict]) when Key < K -> [{Key, Incr}, Pair | Dict];
update_counter(Key, Incr, [{K, _} = Pair | Dict]) when Key > K ->
    [Pair | update_counter(Key, Incr, Dict)];
update_counter(Key, Incr, [{_K, Value} | Dict]) -> [{Key, Value + Incr} | Dict];
update_counter(Key, Incr, []) -> [{Key, Incr}].

fold(Fun, Acc, [{Key, Value} | Dict]) -> fold(Fun, Fun(Key, Value, Acc), Dict);
fold(Fun, Acc, []) when is_function(Fun, 3) -> Acc.

map(Fun, [{Key, Value} | Dict]) ->
    NewValue = Fun(Key, Value),
    [{Key, NewValue} | map(Fun, Dict)];
map(Fun, []) when is_function(Fun, 2) -> [].

filter(Pred, [{Key, Value} = Pair | Dict]) ->
    case Pred(Key, Value) of
        true -> [Pair | filter(Pred, Dict)];
        false -> filter(Pred, Dict)
    end;
filter(Pred, []) when is_function(Pred, 2) -> [].

merge(Fun, [{Key1, _} = Pair1 | Dict1], [{Key2, _} | _] = Dict2) when Key1 < Key2 ->
    [Pair1 | merge(Fun, Dict1, Dict2)];
merge(Fun, [{Key1, _} | _] = Dict1, [{Key2, _} = Pair2 | Dict2]) when Key1 > Key2 ->
    [Pair2 | merge(Fun, Dict1, Dict2)];
merge(Fun, [{Key1, Value1} | Dict1], [{_Key2, Value2} | Dict2]) ->
    Merged = Fun(Key1, Value1, Value2),
    [{Key1, Merged} | merge(Fun, Dict1, Dict2)];
merge(Fun, [], Dict2) when is_function(Fun, 3) -> Dict2;
merge(Fun, Dict1, []) when is_function(Fun, 3) -> Dict1.
