%% The array module: functional, extendible arrays as trees of tuples.
%%
%% Why Erlang: an array is a plain record that programs print
%% (array:new() shows as {array,0,10,undefined,10}) and pass around, and
%% the folds and maps call a fun per entry. Written in Erlang it is an
%% ordinary module, and its layout is the one OTP's programs see.
%%
%% Matches array.erl of Erlang/OTP 25 by behaviour: the same record after
%% every operation, the same badarg errors.
%%
%% Layout: {array, Size, Max, Default, Elements}
%%   Size     number of entries (indices 0..Size-1)
%%   Max      0 for a fixed-size array; otherwise the index from which set/3
%%            grows the tree (the capacity the tree had when it last grew)
%%   Default  the value of entries never set
%%   Elements a tree, one of
%%     - an integer C: C entries, none set yet (not built);
%%     - a leaf: a tuple of 10 entries;
%%     - a node: a tuple of 10 subtrees followed by C, the capacity of each
%%       subtree (10 for leaves, 100 for nodes of leaves, ...).
%% A tree is self-describing: a lookup follows the capacities stored in the
%% nodes, not Max.
%%
%% Notes
%%  1. Growing wraps the tree as the first subtree of a new node (the other
%%     nine unbuilt) until the index fits; an unbuilt tree just becomes a
%%     larger integer. Setting an entry builds the unbuilt subtrees on its
%%     path (a node of integers, or a leaf of Default).
%%  2. resize/2 to a smaller size only changes Size: the entries beyond it
%%     stay in the tree, and growing the size again shows them (as in OTP).
%%  3. map/2 builds every unbuilt subtree up to Size - 1 and, in the leaf
%%     holding the last entry, clears the entries past the size to Default;
%%     sparse_map/2 leaves unbuilt subtrees alone, skips entries equal (=:=)
%%     to Default, and maps every other entry of the leaves it visits, also
%%     past the size (both as OTP does after resize/2 shrank the array).
%%  4. from_list/2 builds full leaves and nodes bottom-up, padding the last
%%     leaf with Default and the last node of each level with unbuilt
%%     subtrees; from_orddict/2 builds only the subtrees that hold entries (but
%%     see note 6).
%%  5. The folds, map/2 and sparse_map/2 take the first Count entries of a
%%     subtree, splitting Count over a node's subtrees by the capacity the
%%     node stores. to_list/1 and the other listings take the subtree that
%%     holds the last entry up to it and the subtrees before it whole, and
%%     number the entries back from the last index. For a well-formed tree
%%     both walks give the entries 0..Size-1; they differ, as in OTP, on
%%     the trees that fix/relax/resize can leave with a subtree larger than
%%     its node says (grown from a Max below the tree's real capacity).
%%  6. from_orddict/2 also builds the leaf after the last one it filled
%%     (all Default) when the next entry is exactly at the start of the leaf
%%     after that one, where OTP's hole test is off by one: from_orddict(
%%     [{10, x}]) has a built first leaf, from_orddict([{11, x}]) does not.
-module(array).

-export([new/0, new/1, new/2, is_array/1, size/1, default/1, fix/1,
         relax/1, is_fix/1, resize/1, resize/2, get/2, set/3, reset/2,
         to_list/1, sparse_to_list/1, from_list/1, from_list/2,
         to_orddict/1, sparse_to_orddict/1, from_orddict/1,
         from_orddict/2, map/2, sparse_map/2, foldl/3, foldr/3,
         sparse_foldl/3, sparse_foldr/3, sparse_size/1]).

-define(LEAF_SIZE, 10).
-define(NODE_SIZE, 10).

-record(array, {size :: non_neg_integer(),
                max :: non_neg_integer(),
                default,
                elements}).

%% ---------------------------------------------------------------- creating

new() -> new([]).

new(Options) -> new_from_options(Options, 0, false).

new(Size, Options) when is_integer(Size), Size >= 0 -> new_from_options(Options, Size, true);
new(_, _) -> erlang:error(badarg).

new_from_options(Options, Size, Fixed) when is_list(Options) ->
    parse_options(Options, Size, Fixed, undefined);
new_from_options(Option, Size, Fixed) ->
    parse_options([Option], Size, Fixed, undefined).

parse_options([fixed | Options], Size, _, Default) ->
    parse_options(Options, Size, true, Default);
parse_options([{fixed, Fixed} | Options], Size, _, Default) when is_boolean(Fixed) ->
    parse_options(Options, Size, Fixed, Default);
parse_options([{default, Default} | Options], Size, Fixed, _) ->
    parse_options(Options, Size, Fixed, Default);
parse_options([{size, Size} | Options], _, _, Default) when is_integer(Size), Size >= 0 ->
    parse_options(Options, Size, true, Default);
parse_options([Size | Options], _, _, Default) when is_integer(Size), Size >= 0 ->
    parse_options(Options, Size, true, Default);
parse_options([], Size, Fixed, Default) ->
    Capacity = capacity(Size - 1, ?LEAF_SIZE),
    Max = case Fixed of
              true -> 0;
              false -> Capacity
          end,
    #array{size = Size, max = Max, default = Default, elements = Capacity};
parse_options(_, _, _, _) ->
    erlang:error(badarg).

%% The capacity of the smallest tree (at least Capacity) holding Index.
capacity(Index, Capacity) when Index >= Capacity -> capacity(Index, Capacity * ?NODE_SIZE);
capacity(_, Capacity) -> Capacity.

%% ---------------------------------------------------------------- properties

is_array(#array{size = Size, max = Max}) when is_integer(Size), is_integer(Max) -> true;
is_array(_) -> false.

size(#array{size = Size}) -> Size;
size(_) -> erlang:error(badarg).

default(#array{default = Default}) -> Default;
default(_) -> erlang:error(badarg).

fix(#array{} = Array) -> Array#array{max = 0}.

relax(#array{size = Size} = Array) -> Array#array{max = capacity(Size - 1, ?LEAF_SIZE)}.

is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

%% ---------------------------------------------------------------- resizing

resize(Array) -> resize(sparse_size(Array), Array).

%% Growing builds nothing (note 1); shrinking keeps the tree (note 2).
resize(NewSize, #array{size = Size, max = Max, elements = Tree} = Array)
  when is_integer(NewSize), NewSize >= 0 ->
    if
        NewSize > Size ->
            GrowFrom = case Max of
                           0 -> capacity(Size - 1, ?LEAF_SIZE);
                           _ -> Max
                       end,
            {NewTree, NewMax} = grow(NewSize - 1, Tree, GrowFrom),
            Array#array{size = NewSize, elements = NewTree,
                        max = case Max of
                                  0 -> 0;
                                  _ -> NewMax
                              end};
        NewSize < Size ->
            Array#array{size = NewSize};
        true ->
            Array
    end;
resize(_, _) ->
    erlang:error(badarg).

%% The tree made big enough for Index, and its new capacity (note 1).
grow(Index, Tree, _Capacity) when is_integer(Tree) ->
    NewCapacity = capacity(Index, Tree),
    {NewCapacity, NewCapacity};
grow(Index, Tree, Capacity) when Index >= Capacity ->
    grow(Index, setelement(1, unbuilt_node(Capacity), Tree), Capacity * ?NODE_SIZE);
grow(_, Tree, Capacity) ->
    {Tree, Capacity}.

%% A node of unbuilt subtrees of capacity SubCapacity.
unbuilt_node(SubCapacity) -> erlang:make_tuple(?NODE_SIZE + 1, SubCapacity).

%% A built version of an unbuilt subtree of capacity Capacity.
build_unbuilt(Capacity, _Default) when Capacity > ?LEAF_SIZE ->
    unbuilt_node(Capacity div ?NODE_SIZE);
build_unbuilt(_, Default) ->
    erlang:make_tuple(?LEAF_SIZE, Default).

is_node(Tree) -> tuple_size(Tree) =:= ?NODE_SIZE + 1.

%% ---------------------------------------------------------------- entries

get(Index, #array{size = Size, max = Max, default = Default, elements = Tree})
  when is_integer(Index), Index >= 0 ->
    if
        Index < Size -> get_in(Index, Tree, Default);
        Max > 0 -> Default;
        true -> erlang:error(badarg)
    end;
get(_, _) ->
    erlang:error(badarg).

get_in(_Index, Tree, Default) when is_integer(Tree) -> Default;
get_in(Index, Tree, Default) ->
    case is_node(Tree) of
        true ->
            SubCapacity = element(?NODE_SIZE + 1, Tree),
            get_in(Index rem SubCapacity, element(Index div SubCapacity + 1, Tree), Default);
        false ->
            element(Index + 1, Tree)
    end.

set(Index, Value, #array{size = Size, max = Max, default = Default, elements = Tree} = Array)
  when is_integer(Index), Index >= 0 ->
    if
        Index < Size ->
            Array#array{elements = set_in(Index, Tree, Value, Default)};
        Index < Max ->
            Array#array{size = Index + 1, elements = set_in(Index, Tree, Value, Default)};
        Max > 0 ->
            {NewTree, NewMax} = grow(Index, Tree, Max),
            Array#array{size = Index + 1, max = NewMax,
                        elements = set_in(Index, NewTree, Value, Default)};
        true ->
            erlang:error(badarg)
    end;
set(_, _, _) ->
    erlang:error(badarg).

set_in(Index, Tree, Value, Default) when is_integer(Tree) ->
    set_in(Index, build_unbuilt(Tree, Default), Value, Default);
set_in(Index, Tree, Value, Default) ->
    case is_node(Tree) of
        true ->
            SubCapacity = element(?NODE_SIZE + 1, Tree),
            Slot = Index div SubCapacity + 1,
            setelement(Slot, Tree,
                       set_in(Index rem SubCapacity, element(Slot, Tree), Value, Default));
        false ->
            setelement(Index + 1, Tree, Value)
    end.

%% Entries beyond the size of a growable array are default already.
reset(Index, #array{size = Size, max = Max, default = Default, elements = Tree} = Array)
  when is_integer(Index), Index >= 0 ->
    if
        Index < Size ->
            case reset_in(Index, Tree, Default) of
                unchanged -> Array;
                NewTree -> Array#array{elements = NewTree}
            end;
        Max > 0 ->
            Array;
        true ->
            erlang:error(badarg)
    end;
reset(_, _) ->
    erlang:error(badarg).

reset_in(_Index, Tree, _Default) when is_integer(Tree) -> unchanged;
reset_in(Index, Tree, Default) ->
    case is_node(Tree) of
        true ->
            SubCapacity = element(?NODE_SIZE + 1, Tree),
            Slot = Index div SubCapacity + 1,
            case reset_in(Index rem SubCapacity, element(Slot, Tree), Default) of
                unchanged -> unchanged;
                NewSub -> setelement(Slot, Tree, NewSub)
            end;
        false ->
            case element(Index + 1, Tree) of
                Default -> unchanged;
                _ -> setelement(Index + 1, Tree, Default)
            end
    end.

%% ---------------------------------------------------------------- folds

%% All folds walk the entries 0..Size-1; an unbuilt subtree stands for
%% Default entries (note 5). Fun(Index, Value, Acc).
foldl(Fun, Acc, #array{size = Size, default = Default, elements = Tree})
  when is_function(Fun, 3) ->
    fold_tree(left, all, Fun, Acc, Tree, 0, Size, Default);
foldl(_, _, _) ->
    erlang:error(badarg).

foldr(Fun, Acc, #array{size = Size, default = Default, elements = Tree})
  when is_function(Fun, 3) ->
    fold_tree(right, all, Fun, Acc, Tree, 0, Size, Default);
foldr(_, _, _) ->
    erlang:error(badarg).

sparse_foldl(Fun, Acc, #array{size = Size, default = Default, elements = Tree})
  when is_function(Fun, 3) ->
    fold_tree(left, sparse, Fun, Acc, Tree, 0, Size, Default);
sparse_foldl(_, _, _) ->
    erlang:error(badarg).

sparse_foldr(Fun, Acc, #array{size = Size, default = Default, elements = Tree})
  when is_function(Fun, 3) ->
    fold_tree(right, sparse, Fun, Acc, Tree, 0, Size, Default);
sparse_foldr(_, _, _) ->
    erlang:error(badarg).

%% Folds the first Count entries of Tree, whose first index is Offset.
fold_tree(_Dir, _Which, _Fun, Acc, _Tree, _Offset, 0, _Default) ->
    Acc;
fold_tree(_Dir, sparse, _Fun, Acc, Tree, _Offset, _Count, _Default) when is_integer(Tree) ->
    Acc;
fold_tree(Dir, all, Fun, Acc, Tree, Offset, Count, Default) when is_integer(Tree) ->
    fold_tree(Dir, all, Fun, Acc, build_unbuilt(Tree, Default), Offset, Count, Default);
fold_tree(Dir, Which, Fun, Acc, Tree, Offset, Count, Default) ->
    case is_node(Tree) of
        true ->
            Parts = node_parts(Tree, Offset, Count),
            lists:foldl(fun({Sub, SubOffset, SubCount}, A) ->
                                fold_tree(Dir, Which, Fun, A, Sub, SubOffset, SubCount, Default)
                        end, Acc, in_direction(Dir, Parts));
        false ->
            Slots = in_direction(Dir, lists:seq(1, Count)),
            lists:foldl(fun(Slot, A) ->
                                Value = element(Slot, Tree),
                                case Which =:= sparse andalso Value =:= Default of
                                    true -> A;
                                    false -> Fun(Offset + Slot - 1, Value, A)
                                end
                        end, Acc, Slots)
    end.

%% The subtrees of a node that hold its first Count entries (Count > 0),
%% as {Subtree, Offset, Count}: every one full but the last.
node_parts(Node, Offset, Count) ->
    SubCapacity = element(?NODE_SIZE + 1, Node),
    Used = (Count - 1) div SubCapacity + 1,
    [{element(Slot, Node), Offset + (Slot - 1) * SubCapacity,
      case Slot of
          Used -> Count - (Used - 1) * SubCapacity;
          _ -> SubCapacity
      end} || Slot <- lists:seq(1, Used)].

in_direction(left, List) -> List;
in_direction(right, List) -> lists:reverse(List).

sparse_size(#array{} = Array) ->
    sparse_foldl(fun(I, _, _) -> I + 1 end, 0, Array);
sparse_size(_) ->
    erlang:error(badarg).

%% ---------------------------------------------------------------- lists

to_list(#array{size = 0}) ->
    [];
to_list(#array{size = Size, default = Default, elements = Tree}) ->
    collect_last(Tree, Size - 1, Default, []);
to_list(_) ->
    erlang:error(badarg).

sparse_to_list(#array{default = Default} = Array) ->
    [Value || Value <- to_list(Array), Value =/= Default];
sparse_to_list(_) ->
    erlang:error(badarg).

%% The entries are numbered back from the last index (note 5).
to_orddict(#array{size = Size} = Array) ->
    Values = to_list(Array),
    lists:zip(lists:seq(Size - length(Values), Size - 1), Values);
to_orddict(_) ->
    erlang:error(badarg).

sparse_to_orddict(#array{default = Default} = Array) ->
    [Entry || {_, Value} = Entry <- to_orddict(Array), Value =/= Default];
sparse_to_orddict(_) ->
    erlang:error(badarg).

%% The entries of Tree up to index Last, in front of Acc: the subtree
%% holding Last is cut there, the subtrees before it are taken whole.
collect_last(Tree, Last, Default, Acc) when is_integer(Tree) ->
    push_defaults(Last + 1, Default, Acc);
collect_last(Tree, Last, Default, Acc) ->
    case is_node(Tree) of
        true ->
            SubCapacity = element(?NODE_SIZE + 1, Tree),
            Slot = Last div SubCapacity + 1,
            Acc1 = collect_last(element(Slot, Tree), Last rem SubCapacity, Default, Acc),
            collect_whole(Tree, Slot - 1, Default, Acc1);
        false ->
            push_entries(Tree, Last + 1, Acc)
    end.

%% The entries of the first Slots subtrees of Node, in front of Acc.
collect_whole(_Node, 0, _Default, Acc) ->
    Acc;
collect_whole(Node, Slots, Default, Acc) ->
    collect_whole(Node, Slots - 1, Default, collect_all(element(Slots, Node), Default, Acc)).

collect_all(Tree, Default, Acc) when is_integer(Tree) ->
    push_defaults(Tree, Default, Acc);
collect_all(Tree, Default, Acc) ->
    case is_node(Tree) of
        true -> collect_whole(Tree, ?NODE_SIZE, Default, Acc);
        false -> push_entries(Tree, ?LEAF_SIZE, Acc)
    end.

push_defaults(0, _Default, Acc) -> Acc;
push_defaults(N, Default, Acc) -> push_defaults(N - 1, Default, [Default | Acc]).

%% The first N entries of a leaf, in front of Acc.
push_entries(_Leaf, 0, Acc) -> Acc;
push_entries(Leaf, N, Acc) -> push_entries(Leaf, N - 1, [element(N, Leaf) | Acc]).

from_list(List) -> from_list(List, undefined).

%% Bottom-up (note 4): cut the list into leaves, then group each level into
%% nodes of 10 until one tree is left.
from_list([], Default) ->
    #array{size = 0, max = ?LEAF_SIZE, default = Default, elements = ?LEAF_SIZE};
from_list(List, Default) when is_list(List) ->
    {Leaves, Size} = make_leaves(List, Default, [], 0),
    {Tree, Capacity} = make_levels(Leaves, ?LEAF_SIZE),
    #array{size = Size, max = Capacity, default = Default, elements = Tree};
from_list(_, _) ->
    erlang:error(badarg).

make_leaves(List, Default, Leaves, Size) ->
    case take_leaf(List, Default, ?LEAF_SIZE, [], Size) of
        {Leaf, [], NewSize} -> {lists:reverse(Leaves, [Leaf]), NewSize};
        {Leaf, Rest, NewSize} -> make_leaves(Rest, Default, [Leaf | Leaves], NewSize)
    end.

take_leaf(List, _Default, 0, Taken, Size) ->
    case List of
        [] -> {list_to_tuple(lists:reverse(Taken)), [], Size};
        [_ | _] -> {list_to_tuple(lists:reverse(Taken)), List, Size};
        _ -> erlang:error(badarg)
    end;
take_leaf([X | List], Default, Left, Taken, Size) ->
    take_leaf(List, Default, Left - 1, [X | Taken], Size + 1);
take_leaf(List, Default, Left, Taken, Size) ->
    take_leaf(List, Default, Left - 1, [Default | Taken], Size).

%% Subtrees of capacity SubCapacity, grouped into nodes until one is left.
make_levels([Tree], SubCapacity) ->
    {Tree, SubCapacity};
make_levels(Trees, SubCapacity) ->
    make_levels(make_nodes(Trees, SubCapacity), SubCapacity * ?NODE_SIZE).

make_nodes([], _) -> [];
make_nodes(Trees, SubCapacity) ->
    {Children, Rest} = take_children(Trees, ?NODE_SIZE, []),
    Padding = lists:duplicate(?NODE_SIZE - length(Children), SubCapacity),
    [list_to_tuple(Children ++ Padding ++ [SubCapacity]) | make_nodes(Rest, SubCapacity)].

take_children(Trees, 0, Taken) -> {lists:reverse(Taken), Trees};
take_children([], _, Taken) -> {lists:reverse(Taken), []};
take_children([Tree | Trees], Left, Taken) -> take_children(Trees, Left - 1, [Tree | Taken]).

from_orddict(List) -> from_orddict(List, undefined).

%% The entries are set in order, each index above the one before; the tree
%% comes out as from successive set/3 calls, plus the empty leaves OTP
%% builds (note 6).
from_orddict(List, Default) when is_list(List) ->
    from_orddict_loop(List, -1, new({default, Default}));
from_orddict(_, _) ->
    erlang:error(badarg).

from_orddict_loop([{Index, Value} | List], Previous, Array0)
  when is_integer(Index), Index > Previous ->
    NextLeaf = (Previous + ?LEAF_SIZE) div ?LEAF_SIZE * ?LEAF_SIZE,
    Array = case Index =:= NextLeaf + ?LEAF_SIZE of
                true -> set(NextLeaf, Array0#array.default, Array0);
                false -> Array0
            end,
    from_orddict_loop(List, Index, set(Index, Value, Array));
from_orddict_loop([], _, Array) ->
    Array;
from_orddict_loop(Rest, _, _) ->
    erlang:error({badarg, Rest}).

%% ---------------------------------------------------------------- maps

%% Fun(Index, Value) for every entry, in index order (note 3).
map(Fun, #array{size = Size, default = Default, elements = Tree} = Array)
  when is_function(Fun, 2) ->
    case Size > 0 of
        true -> Array#array{elements = map_tree(all, Fun, Tree, 0, Size, Default)};
        false -> Array
    end;
map(_, _) ->
    erlang:error(badarg).

sparse_map(Fun, #array{size = Size, default = Default, elements = Tree} = Array)
  when is_function(Fun, 2) ->
    case Size > 0 of
        true -> Array#array{elements = map_tree(sparse, Fun, Tree, 0, Size, Default)};
        false -> Array
    end;
sparse_map(_, _) ->
    erlang:error(badarg).

%% Maps the first Count entries (Count > 0) of Tree, first index Offset.
map_tree(sparse, _Fun, Tree, _Offset, _Count, _Default) when is_integer(Tree) ->
    Tree;
map_tree(all, Fun, Tree, Offset, Count, Default) when is_integer(Tree) ->
    map_tree(all, Fun, build_unbuilt(Tree, Default), Offset, Count, Default);
map_tree(Which, Fun, Tree, Offset, Count, Default) ->
    case is_node(Tree) of
        true ->
            Mapped = [map_tree(Which, Fun, Sub, SubOffset, SubCount, Default)
                      || {Sub, SubOffset, SubCount} <- node_parts(Tree, Offset, Count)],
            Kept = lists:nthtail(length(Mapped), tuple_to_list(Tree)),
            list_to_tuple(Mapped ++ Kept);
        false ->
            list_to_tuple([map_entry(Which, Fun, Offset + Slot - 1, element(Slot, Tree),
                                     Slot =< Count, Default)
                           || Slot <- lists:seq(1, ?LEAF_SIZE)])
    end.

%% An entry of a leaf: map/2 maps the entries in range and clears the
%% others to Default; sparse_map/2 maps every entry of the leaf that is not
%% Default (note 3).
map_entry(all, Fun, Index, Value, true, _) -> Fun(Index, Value);
map_entry(all, _, _, _, false, Default) -> Default;
map_entry(sparse, _, _, Default, _, Default) -> Default;
map_entry(sparse, Fun, Index, Value, _, _) -> Fun(Index, Value).
