%% The sets module: sets as linear hash tables (version 1) or maps (version 2).
%%
%% Why Erlang: a set is a plain term that programs print (sets:new() shows
%% as {set,0,16,16,8,80,48,...}) and pass around, and fold/filter call a fun
%% per element. Written in Erlang it is an ordinary module, and its layout
%% is the one OTP's programs see.
%%
%% Matches sets.erl of Erlang/OTP 25 by behaviour. new/0 and from_list/1
%% make version 1 sets, as OTP 25 does; new([{version, 2}]) makes a map
%% #{Element => []}. Every function takes both kinds, and also a mix of them.
%%
%% Layout of a version 1 set (the layout of dict.erl, with elements in the
%% buckets instead of [Key | Value] cells):
%%   {set, Size, N, MaxN, BSO, ExpSize, ConSize, Empty, Segs}
%% see dict.erl for the meaning of the fields. Elements match with =:=.
%%
%% Notes
%%  1. The slot of an element comes from erlang:phash(Element, MaxN), as in
%%     OTP 25 (see note 1 of dict.erl).
%%  2. union/2, intersection/2 and is_disjoint/2 work from the smaller set:
%%     union adds the smaller set's elements to the larger one, and
%%     intersection filters the smaller one, so the result has the kind and
%%     the layout of that set, as in OTP.
%%  3. Deleting a missing element returns the set as it is, while filter/2
%%     may shrink the table by a slot even when it removes nothing (its
%%     size can be under ConSize after an earlier filter), as in OTP. A new
%%     element goes first in its bucket, and filter/2 reverses each bucket.
%%  4. fold/3 and to_list/1 visit a version 1 set from the last slot to the
%%     first, each bucket oldest first; a version 2 set in map order.
-module(sets).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1,
         from_list/1, from_list/2, is_element/2, add_element/2,
         del_element/2, union/2, union/1, intersection/2, intersection/1,
         is_disjoint/2, subtract/2, is_subset/2, fold/3, filter/2]).

-define(SEG_SIZE, 16).
-define(EXPAND_LOAD, 5).
-define(CONTRACT_LOAD, 3).

-record(set, {size = 0 :: non_neg_integer(),
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
    #set{empty = Empty, segs = {Empty}}.

new(Options) ->
    case proplists:get_value(version, Options, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(List) ->
    lists:foldl(fun(Element, Set) -> add_element(Element, Set) end, new(), List).

from_list(List, Options) ->
    case proplists:get_value(version, Options, 1) of
        1 -> from_list(List);
        2 -> maps:from_keys(List, [])
    end.

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = Set) -> map_size(Set);
size(#set{size = Size}) -> Size.

%% size/1 for the set algebra (a local size/1 call would clash with the BIF).
count(#{} = Set) -> map_size(Set);
count(#set{size = Size}) -> Size.

is_empty(#{} = Set) -> map_size(Set) =:= 0;
is_empty(#set{size = Size}) -> Size =:= 0.

to_list(#{} = Set) -> maps:keys(Set);
to_list(#set{} = Set) -> fold(fun(Element, List) -> [Element | List] end, [], Set).

%% ---------------------------------------------------------------- elements

is_element(Element, #{} = Set) ->
    case Set of
        #{Element := _} -> true;
        _ -> false
    end;
is_element(Element, #set{} = Set) ->
    lists:member(Element, get_bucket(Set, get_slot(Set, Element))).

add_element(Element, #{} = Set) ->
    Set#{Element => []};
add_element(Element, #set{} = Set) ->
    Slot = get_slot(Set, Element),
    {Segs, Added} = on_bucket(fun(Bucket) -> add_to_bucket(Element, Bucket) end,
                              Set#set.segs, Slot),
    maybe_expand(Set#set{segs = Segs}, Added).

add_to_bucket(Element, Bucket) ->
    case lists:member(Element, Bucket) of
        true -> {Bucket, 0};
        false -> {[Element | Bucket], 1}
    end.

del_element(Element, #{} = Set) ->
    maps:remove(Element, Set);
del_element(Element, #set{} = Set) ->
    Slot = get_slot(Set, Element),
    case on_bucket(fun(Bucket) -> remove_from_bucket(Element, Bucket) end, Set#set.segs, Slot) of
        {_, 0} -> Set;
        {Segs, Removed} -> maybe_contract(Set#set{segs = Segs}, Removed)
    end.

remove_from_bucket(Element, [Element | Bucket]) -> {Bucket, 1};
remove_from_bucket(Element, [Other | Bucket0]) ->
    {Bucket, Removed} = remove_from_bucket(Element, Bucket0),
    {[Other | Bucket], Removed};
remove_from_bucket(_, []) -> {[], 0}.

%% ---------------------------------------------------------------- set algebra

union(#{} = Set1, #{} = Set2) ->
    maps:merge(Set1, Set2);
union(Set1, Set2) ->
    case count(Set1) < count(Set2) of
        true -> fold(fun add_element/2, Set2, Set1);
        false -> fold(fun add_element/2, Set1, Set2)
    end.

union([Set | Sets]) -> union_all(Sets, Set);
union([]) -> new().

union_all([Set | Sets], Acc) -> union_all(Sets, union(Acc, Set));
union_all([], Acc) -> Acc.

intersection(Set1, Set2) ->
    case count(Set1) < count(Set2) of
        true -> filter(fun(Element) -> is_element(Element, Set2) end, Set1);
        false -> filter(fun(Element) -> is_element(Element, Set1) end, Set2)
    end.

intersection([Set | Sets]) -> intersection_all(Sets, Set).

intersection_all([Set | Sets], Acc) -> intersection_all(Sets, intersection(Acc, Set));
intersection_all([], Acc) -> Acc.

is_disjoint(Set1, Set2) ->
    case count(Set1) < count(Set2) of
        true -> none_in(Set1, Set2);
        false -> none_in(Set2, Set1)
    end.

none_in(Small, Large) ->
    fold(fun(_, false) -> false;
            (Element, true) -> not is_element(Element, Large)
         end, true, Small).

subtract(Set1, Set2) ->
    filter(fun(Element) -> not is_element(Element, Set2) end, Set1).

is_subset(Set1, Set2) ->
    fold(fun(_, false) -> false;
            (Element, true) -> is_element(Element, Set2)
         end, true, Set1).

%% ---------------------------------------------------------------- funs

fold(Fun, Acc, #{} = Set) when is_function(Fun, 2) ->
    fold_map(Fun, Acc, maps:next(maps:iterator(Set)));
fold(Fun, Acc, #set{segs = Segs}) when is_function(Fun, 2) ->
    fold_segs(Fun, Acc, Segs, tuple_size(Segs)).

fold_map(Fun, Acc, {Element, _, Iterator}) ->
    fold_map(Fun, Fun(Element, Acc), maps:next(Iterator));
fold_map(_, Acc, none) -> Acc.

fold_segs(Fun, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(Fun, fold_seg(Fun, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_, Acc, _, _) -> Acc.

fold_seg(Fun, Acc, Seg, I) when I >= 1 ->
    fold_seg(Fun, lists:foldl(Fun, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, _) -> Acc.

filter(Pred, #{} = Set) when is_function(Pred, 1) ->
    maps:from_keys(filter_map(Pred, maps:next(maps:iterator(Set))), []);
filter(Pred, #set{} = Set) when is_function(Pred, 1) ->
    {Segs, Removed} = filter_segs(Pred, tuple_to_list(Set#set.segs), [], 0),
    maybe_contract(Set#set{segs = list_to_tuple(Segs)}, Removed).

filter_map(Pred, {Element, _, Iterator}) ->
    case Pred(Element) of
        true -> [Element | filter_map(Pred, maps:next(Iterator))];
        false -> filter_map(Pred, maps:next(Iterator))
    end;
filter_map(_, none) -> [].

filter_segs(Pred, [Seg | Segs], Done, Removed0) ->
    {Buckets, Removed} = filter_buckets(Pred, tuple_to_list(Seg), [], Removed0),
    filter_segs(Pred, Segs, [list_to_tuple(Buckets) | Done], Removed);
filter_segs(_, [], Done, Removed) -> {lists:reverse(Done), Removed}.

filter_buckets(Pred, [Bucket | Buckets], Done, Removed0) ->
    {Kept, Removed} = filter_bucket(Pred, Bucket, [], Removed0),
    filter_buckets(Pred, Buckets, [Kept | Done], Removed);
filter_buckets(_, [], Done, Removed) -> {lists:reverse(Done), Removed}.

filter_bucket(Pred, [Element | Bucket], Kept, Removed) ->
    case Pred(Element) of
        true -> filter_bucket(Pred, Bucket, [Element | Kept], Removed);
        false -> filter_bucket(Pred, Bucket, Kept, Removed + 1)
    end;
filter_bucket(_, [], Kept, Removed) -> {Kept, Removed}.

%% ---------------------------------------------------------------- slots

get_slot(Set, Element) ->
    H = hash(Element, Set#set.maxn),
    if
        H > Set#set.n -> H - Set#set.bso;
        true -> H
    end.

get_bucket(Set, Slot) ->
    element((Slot - 1) rem ?SEG_SIZE + 1,
            element((Slot - 1) div ?SEG_SIZE + 1, Set#set.segs)).

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

maybe_expand(#set{size = Size, exp_size = ExpSize} = Set, Added) when Size + Added > ExpSize ->
    expand(Set#set{size = Size + Added});
maybe_expand(#set{size = Size} = Set, Added) ->
    Set#set{size = Size + Added}.

%% Opens slot N + 1 and moves to it the elements of its buddy that hash there.
expand(#set{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0, empty = Empty} = Set) ->
    N = N0 + 1,
    {MaxN, BSO, Segs1} =
        if
            N > MaxN0 -> {2 * MaxN0, 2 * BSO0, grow_segs(Segs0, Empty)};
            true -> {MaxN0, BSO0, Segs0}
        end,
    Buddy = N - BSO,
    {Stay, Move} = split_bucket(get_bucket(Set#set{segs = Segs1}, Buddy), Buddy, MaxN),
    Segs = put_bucket(put_bucket(Segs1, Buddy, Stay), N, Move),
    Set#set{n = N, maxn = MaxN, bso = BSO, segs = Segs,
            exp_size = N * ?EXPAND_LOAD, con_size = N * ?CONTRACT_LOAD}.

split_bucket([Element | Bucket], Buddy, MaxN) ->
    {Stay, Move} = split_bucket(Bucket, Buddy, MaxN),
    case hash(Element, MaxN) of
        Buddy -> {[Element | Stay], Move};
        _ -> {Stay, [Element | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

grow_segs(Segs, Empty) ->
    list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), Empty)).

maybe_contract(#set{size = Size, con_size = ConSize, n = N} = Set, Removed)
  when Size - Removed < ConSize, N > ?SEG_SIZE ->
    contract(Set#set{size = Size - Removed});
maybe_contract(#set{size = Size} = Set, Removed) ->
    Set#set{size = Size - Removed}.

%% Closes slot N, appending its bucket to its buddy's.
contract(#set{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0} = Set) ->
    Buddy = N0 - BSO0,
    Merged = get_bucket(Set, Buddy) ++ get_bucket(Set, N0),
    Segs1 = put_bucket(put_bucket(Segs0, Buddy, Merged), N0, []),
    N = N0 - 1,
    {MaxN, BSO, Segs} =
        if
            N =:= BSO0 -> {MaxN0 div 2, BSO0 div 2, shrink_segs(Segs1)};
            true -> {MaxN0, BSO0, Segs1}
        end,
    Set#set{n = N, maxn = MaxN, bso = BSO, segs = Segs,
            exp_size = N * ?EXPAND_LOAD, con_size = N * ?CONTRACT_LOAD}.

shrink_segs(Segs) ->
    list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2)).

%% ---------------------------------------------------------------- hashing

%% The slot hash, 1..Range (note 1).
hash(Element, Range) -> erlang:phash(Element, Range).
