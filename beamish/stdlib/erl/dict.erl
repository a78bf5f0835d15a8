%% The dict module: key-value dictionaries as linear hash tables.
%%
%% Why Erlang: a dict is a plain tuple that programs print (dict:new() shows
%% as {dict,0,16,16,8,80,48,...}) and pass between processes, and several
%% functions call a fun per entry. Written in Erlang it is an ordinary
%% module, and its layout is the one OTP's programs see.
%%
%% Matches dict.erl of Erlang/OTP 25 by behaviour: the same tuple after
%% every operation, hence the same to_list/fold order and the same printed
%% form, given the same slot hash (note 1).
%%
%% Layout (a linear hash table, Litwin's scheme):
%%   {dict, Size, N, MaxN, BSO, ExpSize, ConSize, Empty, Segs}
%%   Size     number of entries
%%   N        number of active slots (16 at least)
%%   MaxN     slots addressed by the hash, a power of two times 16, >= N
%%   BSO      MaxN div 2: a slot S > N not yet split lives in S - BSO
%%   ExpSize  N * 5: above this size the table grows by a slot
%%   ConSize  N * 3: below this size it shrinks by a slot
%%   Empty    a segment of 16 empty buckets, shared by every new segment
%%   Segs     a tuple of MaxN div 16 segments, each a tuple of 16 buckets
%% A bucket is a list of [Key | Value] cells, oldest first. Keys match
%% with =:= (1 and 1.0 are different keys).
%%
%% Notes
%%  1. The slot of a key comes from erlang:phash(Key, MaxN) (1..MaxN), the
%%     deprecated hash OTP 25's dict still uses, not phash2: with it the
%%     slots, the to_list order and the printed layout are OTP's. sets.erl
%%     hashes the same way.
%%  2. Growing splits the slot N + 1 - BSO into itself and slot N + 1,
%%     keeping the order of the cells; shrinking appends the last slot's
%%     bucket to its buddy's.
%%  3. fold/3 (and so to_list/1, fetch_keys/1) visits the buckets from the
%%     last slot to the first and each bucket oldest first, as OTP does.
%%  4. A term that is not a dict fails where OTP's fails: field access on
%%     it raises {badrecord, Term}, and fetch/2 and update/3 of a missing
%%     key raise badarg.
-module(dict).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3, append/3,
         append_list/3, update/3, update/4, update_counter/3, fold/3, map/2,
         filter/2, merge/3]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(dict, {size = 0 :: non_neg_integer(),
               n = ?SEG_SIZE :: pos_integer(),
               maxn = ?SEG_SIZE :: pos_integer(),
               bso = ?SEG_SIZE div 2 :: pos_integer(),
               exp_size = ?SEG_SIZE * ?EXPAND_LOAD :: non_neg_integer(),
               con_size = ?SEG_SIZE * ?CONTRACT_LOAD :: non_neg_integer(),
               empty :: tuple(),
               segs :: tuple()}).

%% ---------------------------------------------------------------- creating

new() ->
    Empty = erlang:make_tuple(?SEG_SIZE, []),
    #dict{empty = Empty, segs = {Empty}}.

from_list(Pairs) ->
    lists:foldl(fun({Key, Value}, Dict) -> store(Key, Value, Dict) end, new(), Pairs).

size(#dict{size = Size}) -> Size.

is_empty(#dict{size = Size}) -> Size =:= 0.

%% ---------------------------------------------------------------- lookups

is_key(Key, Dict) ->
    bucket_has_key(Key, get_bucket(Dict, get_slot(Dict, Key))).

bucket_has_key(Key, [[Key | _] | _]) -> true;
bucket_has_key(Key, [_ | Bucket]) -> bucket_has_key(Key, Bucket);
bucket_has_key(_, []) -> false.

fetch(Key, Dict) ->
    case bucket_find(Key, get_bucket(Dict, get_slot(Dict, Key))) of
        {ok, Value} -> Value;
        error -> erlang:error(badarg, [Key, Dict])
    end.

find(Key, Dict) ->
    bucket_find(Key, get_bucket(Dict, get_slot(Dict, Key))).

bucket_find(Key, [[Key | Value] | _]) -> {ok, Value};
bucket_find(Key, [_ | Bucket]) -> bucket_find(Key, Bucket);
bucket_find(_, []) -> error.

fetch_keys(Dict) ->
    fold(fun(Key, _Value, Keys) -> [Key | Keys] end, [], Dict).

to_list(Dict) ->
    fold(fun(Key, Value, List) -> [{Key, Value} | List] end, [], Dict).

%% ---------------------------------------------------------------- updates

store(Key, Value, Dict) ->
    Slot = get_slot(Dict, Key),
    {Segs, Added} = on_bucket(fun(Bucket) -> store_in_bucket(Key, Value, Bucket) end,
                              Dict#dict.segs, Slot),
    maybe_expand(Dict#dict{segs = Segs}, Added).

store_in_bucket(Key, New, [[Key | _Old] | Bucket]) -> {[[Key | New] | Bucket], 0};
store_in_bucket(Key, New, [Cell | Bucket0]) ->
    {Bucket, Added} = store_in_bucket(Key, New, Bucket0),
    {[Cell | Bucket], Added};
store_in_bucket(Key, New, []) -> {[[Key | New]], 1}.

append(Key, Value, Dict) ->
    append_list(Key, [Value], Dict).

append_list(Key, Values, Dict) ->
    Slot = get_slot(Dict, Key),
    {Segs, Added} = on_bucket(fun(Bucket) -> append_in_bucket(Key, Values, Bucket) end,
                              Dict#dict.segs, Slot),
    maybe_expand(Dict#dict{segs = Segs}, Added).

append_in_bucket(Key, Values, [[Key | Old] | Bucket]) -> {[[Key | Old ++ Values] | Bucket], 0};
append_in_bucket(Key, Values, [Cell | Bucket0]) ->
    {Bucket, Added} = append_in_bucket(Key, Values, Bucket0),
    {[Cell | Bucket], Added};
append_in_bucket(Key, Values, []) -> {[[Key | Values]], 1}.

update(Key, Fun, Dict) ->
    Slot = get_slot(Dict, Key),
    try on_bucket(fun(Bucket) -> update_in_bucket(Key, Fun, Bucket) end, Dict#dict.segs, Slot) of
        {Segs, _} -> Dict#dict{segs = Segs}
    catch
        throw:{?MODULE, missing_key} -> erlang:error(badarg, [Key, Fun, Dict])
    end.

update_in_bucket(Key, Fun, [[Key | Value] | Bucket]) -> {[[Key | Fun(Value)] | Bucket], 0};
update_in_bucket(Key, Fun, [Cell | Bucket0]) ->
    {Bucket, Added} = update_in_bucket(Key, Fun, Bucket0),
    {[Cell | Bucket], Added};
update_in_bucket(_Key, _Fun, []) -> throw({?MODULE, missing_key}).

update(Key, Fun, Init, Dict) ->
    Slot = get_slot(Dict, Key),
    {Segs, Added} = on_bucket(fun(Bucket) -> update_in_bucket(Key, Fun, Init, Bucket) end,
                              Dict#dict.segs, Slot),
    maybe_expand(Dict#dict{segs = Segs}, Added).

update_in_bucket(Key, Fun, _Init, [[Key | Value] | Bucket]) ->
    {[[Key | Fun(Value)] | Bucket], 0};
update_in_bucket(Key, Fun, Init, [Cell | Bucket0]) ->
    {Bucket, Added} = update_in_bucket(Key, Fun, Init, Bucket0),
    {[Cell | Bucket], Added};
update_in_bucket(Key, _Fun, Init, []) -> {[[Key | Init]], 1}.

update_counter(Key, Incr, Dict) when is_number(Incr) ->
    update(Key, fun(Value) -> Value + Incr end, Incr, Dict).

erase(Key, Dict) ->
    Slot = get_slot(Dict, Key),
    {Segs, Removed} = on_bucket(fun(Bucket) -> erase_in_bucket(Key, Bucket) end,
                                Dict#dict.segs, Slot),
    maybe_contract(Dict#dict{segs = Segs}, Removed).

erase_in_bucket(Key, [[Key | _] | Bucket]) -> {Bucket, 1};
erase_in_bucket(Key, [Cell | Bucket0]) ->
    {Bucket, Removed} = erase_in_bucket(Key, Bucket0),
    {[Cell | Bucket], Removed};
erase_in_bucket(_, []) -> {[], 0}.

take(Key, Dict) ->
    Slot = get_slot(Dict, Key),
    case on_bucket(fun(Bucket) -> take_in_bucket(Key, Bucket) end, Dict#dict.segs, Slot) of
        {_, error} -> error;
        {Segs, {value, Value}} -> {Value, maybe_contract(Dict#dict{segs = Segs}, 1)}
    end.

take_in_bucket(Key, [[Key | Value] | Bucket]) -> {Bucket, {value, Value}};
take_in_bucket(Key, [Cell | Bucket0]) ->
    {Bucket, Result} = take_in_bucket(Key, Bucket0),
    {[Cell | Bucket], Result};
take_in_bucket(_, []) -> {[], error}.

%% ---------------------------------------------------------------- whole dicts

%% Visits the slots from the last to the first (note 3).
fold(Fun, Acc, Dict) ->
    Segs = Dict#dict.segs,
    fold_segs(Fun, Acc, Segs, tuple_size(Segs)).

fold_segs(Fun, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(Fun, fold_seg(Fun, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_, Acc, _, _) -> Acc.

fold_seg(Fun, Acc, Seg, I) when I >= 1 ->
    fold_seg(Fun, fold_bucket(Fun, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, _) -> Acc.

fold_bucket(Fun, Acc, [[Key | Value] | Bucket]) ->
    fold_bucket(Fun, Fun(Key, Value, Acc), Bucket);
fold_bucket(Fun, Acc, []) when is_function(Fun, 3) -> Acc.

map(Fun, Dict) ->
    Segs = map_tuple(fun(Seg) -> map_tuple(fun(Bucket) -> map_bucket(Fun, Bucket) end, Seg) end,
                     Dict#dict.segs),
    Dict#dict{segs = Segs}.

map_bucket(Fun, [[Key | Value] | Bucket]) ->
    NewValue = Fun(Key, Value),
    [[Key | NewValue] | map_bucket(Fun, Bucket)];
map_bucket(Fun, []) when is_function(Fun, 2) -> [].

%% The new tuple of Fun applied to each element, first to last.
map_tuple(Fun, Tuple) ->
    list_to_tuple(map_list(Fun, tuple_to_list(Tuple))).

map_list(Fun, [X | Xs]) ->
    Y = Fun(X),
    [Y | map_list(Fun, Xs)];
map_list(_, []) -> [].

%% Keeps the table's slots; the sizes shrink by a slot per removed entry
%% that takes it under ConSize.
filter(Pred, Dict) ->
    {Segs, Removed} = filter_segs(Pred, tuple_to_list(Dict#dict.segs), [], 0),
    maybe_contract(Dict#dict{segs = list_to_tuple(Segs)}, Removed).

filter_segs(Pred, [Seg | Segs], Done, Removed0) ->
    {Buckets, Removed} = filter_buckets(Pred, tuple_to_list(Seg), [], Removed0),
    filter_segs(Pred, Segs, [list_to_tuple(Buckets) | Done], Removed);
filter_segs(_, [], Done, Removed) -> {lists:reverse(Done), Removed}.

filter_buckets(Pred, [Bucket | Buckets], Done, Removed0) ->
    {Kept, Removed} = filter_bucket(Pred, Bucket, [], Removed0),
    filter_buckets(Pred, Buckets, [Kept | Done], Removed);
filter_buckets(_, [], Done, Removed) -> {lists:reverse(Done), Removed}.

filter_bucket(Pred, [[Key | Value] = Cell | Bucket], Kept, Removed) ->
    case Pred(Key, Value) of
        true -> filter_bucket(Pred, Bucket, [Cell | Kept], Removed);
        false -> filter_bucket(Pred, Bucket, Kept, Removed + 1)
    end;
filter_bucket(Pred, [], Kept, Removed) when is_function(Pred, 2) ->
    {lists:reverse(Kept), Removed}.

%% Folds the smaller dict into the larger one.
merge(Fun, Dict1, Dict2) when Dict1#dict.size < Dict2#dict.size ->
    fold(fun(Key, Value1, Dict) ->
                 update(Key, fun(Value2) -> Fun(Key, Value1, Value2) end, Value1, Dict)
         end, Dict2, Dict1);
merge(Fun, Dict1, Dict2) ->
    fold(fun(Key, Value2, Dict) ->
                 update(Key, fun(Value1) -> Fun(Key, Value1, Value2) end, Value2, Dict)
         end, Dict1, Dict2).

%% ---------------------------------------------------------------- slots

get_slot(Dict, Key) ->
    H = hash(Key, Dict#dict.maxn),
    if
        H > Dict#dict.n -> H - Dict#dict.bso;
        true -> H
    end.

get_bucket(Dict, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1,
            element((Slot - 1) div ?SEG_SIZE + 1, Dict#dict.segs)).

%% Applies Fun to the bucket of Slot; Fun returns {NewBucket, Result}.
on_bucket(Fun, Segs, Slot) ->
    SegIndex = (Slot - 1) div ?SEG_SIZE + 1,
    BucketIndex = (Slot - 1) rem ?SEG_SIZE + 1,
    Seg = element(SegIndex, Segs),
    {Bucket, Result} = Fun(element(BucketIndex, Seg)),
    {setelement(SegIndex, Segs, setelement(BucketIndex, Seg, Bucket)), Result}.

put_bucket(Segs, Slot, Bucket) ->
    SegIndex = (Slot - 1) div ?SEG_SIZE + 1,
    Seg = element(SegIndex, Segs),
    setelement(SegIndex, Segs, setelement((Slot - 1) rem ?SEG_SIZE + 1, Seg, Bucket)).

%% ---------------------------------------------------------------- growing

maybe_expand(#dict{size = Size, exp_size = ExpSize} = Dict, Added) when Size + Added > ExpSize ->
    expand(Dict#dict{size = Size + Added});
maybe_expand(#dict{size = Size} = Dict, Added) ->
    Dict#dict{size = Size + Added}.

%% Opens slot N + 1 and moves to it the cells of its buddy that hash there.
expand(#dict{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0, empty = Empty} = Dict) ->
    N = N0 + 1,
    {MaxN, BSO, Segs1} =
        if
            N > MaxN0 -> {2 * MaxN0, 2 * BSO0, grow_segs(Segs0, Empty)};
            true -> {MaxN0, BSO0, Segs0}
        end,
    Buddy = N - BSO,
    {Stay, Move} = split_bucket(get_bucket(Dict#dict{segs = Segs1}, Buddy), Buddy, MaxN),
    Segs = put_bucket(put_bucket(Segs1, Buddy, Stay), N, Move),
    Dict#dict{n = N, maxn = MaxN, bso = BSO, segs = Segs,
              exp_size = N * ?EXPAND_LOAD, con_size = N * ?CONTRACT_LOAD}.

split_bucket([[Key | _] = Cell | Bucket], Buddy, MaxN) ->
    {Stay, Move} = split_bucket(Bucket, Buddy, MaxN),
    case hash(Key, MaxN) of
        Buddy -> {[Cell | Stay], Move};
        _ -> {Stay, [Cell | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

grow_segs(Segs, Empty) ->
    list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), Empty)).

maybe_contract(#dict{size = Size, con_size = ConSize, n = N} = Dict, Removed)
  when Size - Removed < ConSize, N > ?SEG_SIZE ->
    contract(Dict#dict{size = Size - Removed});
maybe_contract(#dict{size = Size} = Dict, Removed) ->
    Dict#dict{size = Size - Removed}.

%% Closes slot N, appending its bucket to its buddy's (note 2).
contract(#dict{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0} = Dict) ->
    Buddy = N0 - BSO0,
    Merged = get_bucket(Dict, Buddy) ++ get_bucket(Dict, N0),
    Segs1 = put_bucket(put_bucket(Segs0, Buddy, Merged), N0, []),
    N = N0 - 1,
    {MaxN, BSO, Segs} =
        if
            N =:= BSO0 -> {MaxN0 div 2, BSO0 div 2, shrink_segs(Segs1)};
            true -> {MaxN0, BSO0, Segs1}
        end,
    Dict#dict{n = N, maxn = MaxN, bso = BSO, segs = Segs,
              exp_size = N * ?EXPAND_LOAD, con_size = N * ?CONTRACT_LOAD}.

shrink_segs(Segs) ->
    list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2)).

%% ---------------------------------------------------------------- hashing

%% The slot hash, 1..Range (note 1).
hash(Key, Range) -> erlang:phash(Key, Range).
