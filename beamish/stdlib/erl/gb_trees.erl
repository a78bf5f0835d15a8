%% The gb_trees module: general balanced trees (Arne Andersson's scheme).
%%
%% Why Erlang: a gb_tree is a plain tuple that programs print
%% (gb_trees:empty() shows as {0,nil}), compare and pass around, and map/2
%% calls a fun per entry. Written in Erlang it is an ordinary module, and
%% its layout is the one OTP's programs see.
%%
%% Matches gb_trees.erl of Erlang/OTP 25 by behaviour: the same tree shape
%% after every operation (hence the same printed form and iterators), the
%% same errors.
%%
%% Layout: {Size, Tree}, where Tree is nil or {Key, Value, Smaller, Bigger}.
%% Keys are compared with < and > (== means found), so 1 and 1.0 are the
%% same key.
%%
%% Balancing (the invariant): no path is longer than c * log2(Size) with
%% c = 2, that is 2^Height =< Size^2. Insertion checks the depth on the way
%% down with a budget of Size^2 halved at each level; when the budget runs
%% out, the way back up looks for the lowest node whose subtree breaks the
%% bound (the scapegoat) and rebuilds that subtree perfectly balanced.
%% Deletion never rebalances (the bound uses the size at insertion time),
%% which is Andersson's partial rebuilding.
%%
%% Notes
%%  1. A perfectly balanced tree of S nodes from a sorted list puts the
%%     larger half, (S - 1) - (S - 1) div 2 nodes, on the smaller side.
%%  2. Heights on the way back up are counted as powers of two (a leaf and
%%     an empty tree count 1, a node twice its higher child), so the bound
%%     check is an integer comparison with Size * Size.
%%  3. Deleting a node with two children puts the smallest key of its
%%     bigger subtree in its place.
%%  4. Errors: insert/3 of a present key raises {key_exists, Key}; get/2,
%%     update/3, delete/2 and take/2 of a missing key fail with
%%     function_clause, as in OTP; smallest/largest and take_smallest/
%%     take_largest of an empty tree fail with function_clause.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, is_defined/2,
         update/3, insert/3, enter/3, delete/2, delete_any/2, take/2,
         take_any/2, balance/1, from_orddict/1, keys/1, values/1,
         to_list/1, smallest/1, largest/1, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, map/2]).

%% ---------------------------------------------------------------- basics

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

%% ---------------------------------------------------------------- lookups

lookup(Key, {_, Tree}) -> lookup_1(Key, Tree).

lookup_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> lookup_1(Key, Smaller);
lookup_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> lookup_1(Key, Bigger);
lookup_1(_, {_, Value, _, _}) -> {value, Value};
lookup_1(_, nil) -> none.

is_defined(Key, {_, Tree}) -> is_defined_1(Key, Tree).

is_defined_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> is_defined_1(Key, Smaller);
is_defined_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> is_defined_1(Key, Bigger);
is_defined_1(_, {_, _, _, _}) -> true;
is_defined_1(_, nil) -> false.

get(Key, {_, Tree}) -> get_1(Key, Tree).

get_1(Key, {Key1, _, Smaller, _}) when Key < Key1 -> get_1(Key, Smaller);
get_1(Key, {Key1, _, _, Bigger}) when Key > Key1 -> get_1(Key, Bigger);
get_1(_, {_, Value, _, _}) -> Value.

%% ---------------------------------------------------------------- updates

update(Key, Value, {Size, Tree}) -> {Size, update_1(Key, Value, Tree)}.

update_1(Key, Value, {Key1, V, Smaller, Bigger}) when Key < Key1 ->
    {Key1, V, update_1(Key, Value, Smaller), Bigger};
update_1(Key, Value, {Key1, V, Smaller, Bigger}) when Key > Key1 ->
    {Key1, V, Smaller, update_1(Key, Value, Bigger)};
update_1(Key, Value, {_, _, Smaller, Bigger}) ->
    {Key, Value, Smaller, Bigger}.

insert(Key, Value, {Size, Tree}) when is_integer(Size) ->
    NewSize = Size + 1,
    {NewSize, insert_1(Key, Value, Tree, NewSize * NewSize)}.

%% Returns the new tree, or {Tree, Height, Count} while the depth budget
%% is exhausted and no scapegoat has been found yet (note 2).
insert_1(Key, Value, {Key1, V, Smaller, Bigger}, Budget) when Key < Key1 ->
    case insert_1(Key, Value, Smaller, Budget bsr 1) of
        {NewSmaller, H1, S1} ->
            scapegoat({Key1, V, NewSmaller, Bigger}, H1, S1, Bigger);
        NewSmaller ->
            {Key1, V, NewSmaller, Bigger}
    end;
insert_1(Key, Value, {Key1, V, Smaller, Bigger}, Budget) when Key > Key1 ->
    case insert_1(Key, Value, Bigger, Budget bsr 1) of
        {NewBigger, H1, S1} ->
            scapegoat({Key1, V, Smaller, NewBigger}, H1, S1, Smaller);
        NewBigger ->
            {Key1, V, Smaller, NewBigger}
    end;
insert_1(Key, Value, nil, 0) ->
    {{Key, Value, nil, nil}, 1, 1};
insert_1(Key, Value, nil, _Budget) ->
    {Key, Value, nil, nil};
insert_1(Key, _, _, _) ->
    erlang:error({key_exists, Key}).

%% Node has a too deep child (height H1, S1 nodes) and another child Other:
%% rebuild Node if it breaks the bound, else pass the counts up.
scapegoat(Node, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * erlang:max(H1, H2),
    Count = S1 + S2 + 1,
    case H > Count * Count of
        true -> balance_tree(Node, Count);
        false -> {Node, H, Count}
    end.

count({_, _, nil, nil}) -> {1, 1};
count({_, _, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * erlang:max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

enter(Key, Value, Tree) ->
    case is_defined(Key, Tree) of
        true -> update(Key, Value, Tree);
        false -> insert(Key, Value, Tree)
    end.

delete(Key, {Size, Tree}) when is_integer(Size), Size >= 0 ->
    {Size - 1, delete_1(Key, Tree)}.

delete_1(Key, {Key1, Value, Smaller, Bigger}) when Key < Key1 ->
    {Key1, Value, delete_1(Key, Smaller), Bigger};
delete_1(Key, {Key1, Value, Smaller, Bigger}) when Key > Key1 ->
    {Key1, Value, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) ->
    join(Smaller, Bigger).

delete_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> delete(Key, Tree);
        false -> Tree
    end.

take(Key, {Size, Tree}) when is_integer(Size), Size >= 0 ->
    {Value, NewTree} = take_1(Key, Tree),
    {Value, {Size - 1, NewTree}}.

take_1(Key, {Key1, Value, Smaller, Bigger}) when Key < Key1 ->
    {Taken, NewSmaller} = take_1(Key, Smaller),
    {Taken, {Key1, Value, NewSmaller, Bigger}};
take_1(Key, {Key1, Value, Smaller, Bigger}) when Key > Key1 ->
    {Taken, NewBigger} = take_1(Key, Bigger),
    {Taken, {Key1, Value, Smaller, NewBigger}};
take_1(_, {_, Value, Smaller, Bigger}) ->
    {Value, join(Smaller, Bigger)}.

take_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> take(Key, Tree);
        false -> error
    end.

%% The tree of the keys of Smaller and Bigger (all of Smaller's keys are
%% the smaller ones), without rebalancing (note 3).
join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {Key, Value, NewBigger} = take_smallest_1(Bigger),
    {Key, Value, Smaller, NewBigger}.

%% ---------------------------------------------------------------- ends

smallest({_, Tree}) -> smallest_1(Tree).

smallest_1({Key, Value, nil, _}) -> {Key, Value};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

largest({_, Tree}) -> largest_1(Tree).

largest_1({Key, Value, _, nil}) -> {Key, Value};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

take_smallest({Size, Tree}) when is_integer(Size), Size >= 0 ->
    {Key, Value, NewTree} = take_smallest_1(Tree),
    {Key, Value, {Size - 1, NewTree}}.

take_smallest_1({Key, Value, nil, Bigger}) ->
    {Key, Value, Bigger};
take_smallest_1({Key, Value, Smaller, Bigger}) ->
    {Key1, Value1, NewSmaller} = take_smallest_1(Smaller),
    {Key1, Value1, {Key, Value, NewSmaller, Bigger}}.

take_largest({Size, Tree}) when is_integer(Size), Size >= 0 ->
    {Key, Value, NewTree} = take_largest_1(Tree),
    {Key, Value, {Size - 1, NewTree}}.

take_largest_1({Key, Value, Smaller, nil}) ->
    {Key, Value, Smaller};
take_largest_1({Key, Value, Smaller, Bigger}) ->
    {Key1, Value1, NewBigger} = take_largest_1(Bigger),
    {Key1, Value1, {Key, Value, Smaller, NewBigger}}.

%% ---------------------------------------------------------------- balancing

balance({Size, Tree}) -> {Size, balance_tree(Tree, Size)}.

balance_tree(Tree, Size) -> build(to_list_1(Tree, []), Size).

from_orddict(List) ->
    Size = length(List),
    {Size, build(List, Size)}.

%% A perfectly balanced tree of the first Size pairs of List (note 1).
build(List, Size) ->
    {Tree, _} = build_1(List, Size),
    Tree.

build_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    BiggerSize = Rest div 2,
    SmallerSize = Rest - BiggerSize,
    {Smaller, [{Key, Value} | List1]} = build_1(List, SmallerSize),
    {Bigger, List2} = build_1(List1, BiggerSize),
    {{Key, Value, Smaller, Bigger}, List2};
build_1([{Key, Value} | List], 1) ->
    {{Key, Value, nil, nil}, List};
build_1(List, 0) ->
    {nil, List}.

%% ---------------------------------------------------------------- listing

keys({_, Tree}) -> keys_1(Tree, []).

keys_1({Key, _, Smaller, Bigger}, Acc) -> keys_1(Smaller, [Key | keys_1(Bigger, Acc)]);
keys_1(nil, Acc) -> Acc.

values({_, Tree}) -> values_1(Tree, []).

values_1({_, Value, Smaller, Bigger}, Acc) -> values_1(Smaller, [Value | values_1(Bigger, Acc)]);
values_1(nil, Acc) -> Acc.

to_list({_, Tree}) -> to_list_1(Tree, []).

to_list_1({Key, Value, Smaller, Bigger}, Acc) ->
    to_list_1(Smaller, [{Key, Value} | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

%% ---------------------------------------------------------------- iterators

%% An iterator is the stack of nodes still to visit, the next one first;
%% each node's bigger subtree is pushed when the node is visited.
iterator({_, Tree}) -> push_smaller(Tree, []).

push_smaller({_, _, nil, _} = Node, Stack) -> [Node | Stack];
push_smaller({_, _, Smaller, _} = Node, Stack) -> push_smaller(Smaller, [Node | Stack]);
push_smaller(nil, Stack) -> Stack.

iterator_from(Key, {_, Tree}) -> iterator_from_1(Key, Tree, []).

iterator_from_1(Key, {Key1, _, _, Bigger}, Stack) when Key1 < Key ->
    iterator_from_1(Key, Bigger, Stack);
iterator_from_1(_, {_, _, nil, _} = Node, Stack) ->
    [Node | Stack];
iterator_from_1(Key, {_, _, Smaller, _} = Node, Stack) ->
    iterator_from_1(Key, Smaller, [Node | Stack]);
iterator_from_1(_, nil, Stack) ->
    Stack.

next([{Key, Value, _, Bigger} | Stack]) -> {Key, Value, push_smaller(Bigger, Stack)};
next([]) -> none.

%% ---------------------------------------------------------------- map

map(Fun, {Size, Tree}) when is_function(Fun, 2) -> {Size, map_1(Fun, Tree)}.

map_1(Fun, {Key, Value, Smaller, Bigger}) ->
    NewValue = Fun(Key, Value),
    NewSmaller = map_1(Fun, Smaller),
    NewBigger = map_1(Fun, Bigger),
    {Key, NewValue, NewSmaller, NewBigger};
map_1(_, nil) -> nil.
