%% The gb_sets module: sets as general balanced trees.
%%
%% Why Erlang: a gb_set is a plain tuple that programs print
%% (gb_sets:empty() shows as {0,nil}) and pass around, and fold/filter call
%% a fun per element. Written in Erlang it is an ordinary module, and its
%% layout is the one OTP's programs see.
%%
%% Matches gb_sets.erl of Erlang/OTP 25 by behaviour: the same tree shape
%% after every operation, the same errors.
%%
%% Layout: {Size, Tree}, where Tree is nil or {Element, Smaller, Bigger}.
%% Elements are compared with < and > (== means present). Insertion keeps
%% the balance bound of gb_trees.erl (see its header): 2^Height =< Size^2,
%% restored by rebuilding the lowest subtree that breaks it.
%%
%% Notes
%%  1. from_ordset/1 and balance/1 build a perfectly balanced tree from an
%%     ascending list, the larger half on the smaller side; the set algebra
%%     builds its result from a descending list, the larger half on the
%%     bigger side. Both are OTP's shapes.
%%  2. union/2, intersection/2 and difference/2 either walk both sets as
%%     sorted lists, or walk the first (smaller) list and look each element
%%     up in (or add it to) the other tree. They walk when the tree has
%%     fewer than 10 elements or fewer than N1 * round(1.46 * ln(N2))
%%     (1.46 is about 1 / ln 2, so this compares N2 with N1 * log2 N2).
%%     The choice shows in the result's shape, so it is OTP's.
%%  3. A merge walk swaps its two lists whenever it takes an element from
%%     the second one; where both hold equal elements (1 and 1.0) it keeps
%%     the one from the list that is first at that moment.
%%  4. Errors: insert/2 of a present element raises {key_exists, Element};
%%     delete/2 of a missing one and smallest/largest/take_smallest/
%%     take_largest of an empty set fail with function_clause.
-module(gb_sets).

-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_member/2,
         is_element/2, insert/2, add/2, add_element/2, balance/1,
         delete/2, delete_any/2, del_element/2, take_smallest/1,
         take_largest/1, smallest/1, largest/1, from_list/1, from_ordset/1,
         to_list/1, iterator/1, iterator_from/2, next/1, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, difference/2,
         subtract/2, is_subset/2, is_set/1, filter/2, fold/3]).

-define(LOG_FACTOR, 1.46).

%% ---------------------------------------------------------------- basics

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(Element) -> {1, {Element, nil, nil}}.

is_set({0, nil}) -> true;
is_set({Size, {_, _, _}}) when is_integer(Size), Size >= 0 -> true;
is_set(_) -> false.

%% ---------------------------------------------------------------- membership

is_element(Element, Set) -> is_member(Element, Set).

is_member(Element, {_, Tree}) -> is_member_1(Element, Tree).

is_member_1(Element, {Element1, Smaller, _}) when Element < Element1 ->
    is_member_1(Element, Smaller);
is_member_1(Element, {Element1, _, Bigger}) when Element > Element1 ->
    is_member_1(Element, Bigger);
is_member_1(_, {_, _, _}) -> true;
is_member_1(_, nil) -> false.

%% ---------------------------------------------------------------- adding

insert(Element, {Size, Tree}) ->
    NewSize = Size + 1,
    case insert_1(Element, Tree, NewSize * NewSize) of
        {deep, Node, H, Count} ->
            %% Only with a malformed size (the root always passes the bound
            %% check): OTP hands back its internal triple.
            {NewSize, {Node, H, Count}};
        NewTree ->
            {NewSize, NewTree}
    end.

%% Returns the new tree, or {deep, Tree, Height, Count} while the depth
%% budget is exhausted and no scapegoat has been found yet (see
%% gb_trees.erl; the tag keeps it apart from a node, also a 3-tuple).
insert_1(Element, {Element1, Smaller, Bigger}, Budget) when Element < Element1 ->
    case insert_1(Element, Smaller, Budget bsr 1) of
        {deep, NewSmaller, H1, S1} -> scapegoat({Element1, NewSmaller, Bigger}, H1, S1, Bigger);
        NewSmaller -> {Element1, NewSmaller, Bigger}
    end;
insert_1(Element, {Element1, Smaller, Bigger}, Budget) when Element > Element1 ->
    case insert_1(Element, Bigger, Budget bsr 1) of
        {deep, NewBigger, H1, S1} -> scapegoat({Element1, Smaller, NewBigger}, H1, S1, Smaller);
        NewBigger -> {Element1, Smaller, NewBigger}
    end;
insert_1(Element, nil, 0) -> {deep, {Element, nil, nil}, 1, 1};
insert_1(Element, nil, _Budget) -> {Element, nil, nil};
insert_1(Element, _, _) -> erlang:error({key_exists, Element}).

scapegoat(Node, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * erlang:max(H1, H2),
    Count = S1 + S2 + 1,
    case H > Count * Count of
        true -> balance_tree(Node, Count);
        false -> {deep, Node, H, Count}
    end.

count({_, nil, nil}) -> {1, 1};
count({_, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * erlang:max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

add(Element, Set) -> add_element(Element, Set).

add_element(Element, Set) ->
    case is_member(Element, Set) of
        true -> Set;
        false -> insert(Element, Set)
    end.

%% ---------------------------------------------------------------- removing

delete(Element, {Size, Tree}) -> {Size - 1, delete_1(Element, Tree)}.

delete_1(Element, {Element1, Smaller, Bigger}) when Element < Element1 ->
    {Element1, delete_1(Element, Smaller), Bigger};
delete_1(Element, {Element1, Smaller, Bigger}) when Element > Element1 ->
    {Element1, Smaller, delete_1(Element, Bigger)};
delete_1(_, {_, Smaller, Bigger}) ->
    join(Smaller, Bigger).

%% All of Smaller's elements are below Bigger's; no rebalancing.
join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {Element, NewBigger} = take_smallest1(Bigger),
    {Element, Smaller, NewBigger}.

delete_any(Element, Set) ->
    case is_member(Element, Set) of
        true -> delete(Element, Set);
        false -> Set
    end.

del_element(Element, Set) -> delete_any(Element, Set).

take_smallest({Size, Tree}) ->
    {Element, NewTree} = take_smallest1(Tree),
    {Element, {Size - 1, NewTree}}.

take_smallest1({Element, nil, Bigger}) -> {Element, Bigger};
take_smallest1({Element, Smaller, Bigger}) ->
    {Smallest, NewSmaller} = take_smallest1(Smaller),
    {Smallest, {Element, NewSmaller, Bigger}}.

take_largest({Size, Tree}) ->
    {Element, NewTree} = take_largest1(Tree),
    {Element, {Size - 1, NewTree}}.

take_largest1({Element, Smaller, nil}) -> {Element, Smaller};
take_largest1({Element, Smaller, Bigger}) ->
    {Largest, NewBigger} = take_largest1(Bigger),
    {Largest, {Element, Smaller, NewBigger}}.

smallest({_, Tree}) -> smallest_1(Tree).

smallest_1({Element, nil, _}) -> Element;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

largest({_, Tree}) -> largest_1(Tree).

largest_1({Element, _, nil}) -> Element;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

%% ---------------------------------------------------------------- building

balance({Size, Tree}) -> {Size, balance_tree(Tree, Size)}.

balance_tree(Tree, Size) -> build(to_list_1(Tree), Size).

from_list(List) -> from_ordset(lists:usort(List)).

from_ordset(List) ->
    Size = length(List),
    {Size, build(List, Size)}.

%% A perfectly balanced tree of the first Size elements of an ascending
%% list, the larger half on the smaller side (note 1).
build(List, Size) ->
    {Tree, _} = build_1(List, Size),
    Tree.

build_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    BiggerSize = Rest div 2,
    SmallerSize = Rest - BiggerSize,
    {Smaller, [Element | List1]} = build_1(List, SmallerSize),
    {Bigger, List2} = build_1(List1, BiggerSize),
    {{Element, Smaller, Bigger}, List2};
build_1([Element | List], 1) -> {{Element, nil, nil}, List};
build_1(List, 0) -> {nil, List}.

%% The same from a descending list, the larger half on the bigger side
%% (note 1).
build_descending(List, Size) ->
    {Tree, _} = build_descending_1(List, Size),
    Tree.

build_descending_1(List, Size) when Size > 1 ->
    Rest = Size - 1,
    SmallerSize = Rest div 2,
    BiggerSize = Rest - SmallerSize,
    {Bigger, [Element | List1]} = build_descending_1(List, BiggerSize),
    {Smaller, List2} = build_descending_1(List1, SmallerSize),
    {{Element, Smaller, Bigger}, List2};
build_descending_1([Element | List], 1) -> {{Element, nil, nil}, List};
build_descending_1(List, 0) -> {nil, List}.

%% A set of Size elements from a descending list.
from_descending(List, Size) -> {Size, build_descending(List, Size)}.

%% ---------------------------------------------------------------- listing

to_list({_, Tree}) -> to_list_1(Tree).

to_list_1(Tree) -> to_list_1(Tree, []).

to_list_1({Element, Smaller, Bigger}, Acc) ->
    to_list_1(Smaller, [Element | to_list_1(Bigger, Acc)]);
to_list_1(nil, Acc) -> Acc.

iterator({_, Tree}) -> push_smaller(Tree, []).

push_smaller({_, nil, _} = Node, Stack) -> [Node | Stack];
push_smaller({_, Smaller, _} = Node, Stack) -> push_smaller(Smaller, [Node | Stack]);
push_smaller(nil, Stack) -> Stack.

iterator_from(Element, {_, Tree}) -> iterator_from_1(Element, Tree, []).

iterator_from_1(Element, {Element1, _, Bigger}, Stack) when Element1 < Element ->
    iterator_from_1(Element, Bigger, Stack);
iterator_from_1(_, {_, nil, _} = Node, Stack) ->
    [Node | Stack];
iterator_from_1(Element, {_, Smaller, _} = Node, Stack) ->
    iterator_from_1(Element, Smaller, [Node | Stack]);
iterator_from_1(_, nil, Stack) ->
    Stack.

next([{Element, _, Bigger} | Stack]) -> {Element, push_smaller(Bigger, Stack)};
next([]) -> none.

%% ---------------------------------------------------------------- set algebra

%% Walk the two sets as lists (note 2)?
walk_lists(_N1, N2) when N2 < 10 -> true;
walk_lists(N1, N2) -> N2 < N1 * round(?LOG_FACTOR * math:log(N2)).

union({N1, Tree1}, {N2, Tree2}) when N2 < N1 ->
    union(to_list_1(Tree2), N2, Tree1, N1);
union({N1, Tree1}, {N2, Tree2}) ->
    union(to_list_1(Tree1), N1, Tree2, N2).

union(List, N1, Tree2, N2) ->
    case walk_lists(N1, N2) of
        true -> union_walk(List, to_list_1(Tree2), [], N1 + N2);
        false -> lists:foldl(fun add/2, {N2, Tree2}, List)
    end.

%% Size counts the elements of both lists, less one per shared element.
union_walk([X | Xs], [Y | _] = Ys, Acc, Size) when X < Y ->
    union_walk(Xs, Ys, [X | Acc], Size);
union_walk([X | _] = Xs, [Y | Ys], Acc, Size) when X > Y ->
    union_walk(Ys, Xs, [Y | Acc], Size);
union_walk([X | Xs], [_ | Ys], Acc, Size) ->
    union_walk(Xs, Ys, [X | Acc], Size - 1);
union_walk([], Ys, Acc, Size) ->
    from_descending(lists:reverse(Ys, Acc), Size);
union_walk(Xs, [], Acc, Size) ->
    from_descending(lists:reverse(Xs, Acc), Size).

union([Set | Sets]) -> union_all(Sets, Set);
union([]) -> empty().

union_all([Set | Sets], Acc) -> union_all(Sets, union(Acc, Set));
union_all([], Acc) -> Acc.

intersection({N1, Tree1}, {N2, Tree2}) when N2 < N1 ->
    intersection(to_list_1(Tree2), N2, Tree1, N1);
intersection({N1, Tree1}, {N2, Tree2}) ->
    intersection(to_list_1(Tree1), N1, Tree2, N2).

intersection(List, N1, Tree2, N2) ->
    case walk_lists(N1, N2) of
        true -> intersection_walk(List, to_list_1(Tree2), [], 0);
        false -> intersection_lookup(List, Tree2, [], 0)
    end.

intersection_walk([X | Xs], [Y | _] = Ys, Acc, Size) when X < Y ->
    intersection_walk(Xs, Ys, Acc, Size);
intersection_walk([X | _] = Xs, [Y | Ys], Acc, Size) when X > Y ->
    intersection_walk(Ys, Xs, Acc, Size);
intersection_walk([X | Xs], [_ | Ys], Acc, Size) ->
    intersection_walk(Xs, Ys, [X | Acc], Size + 1);
intersection_walk(_, _, Acc, Size) ->
    from_descending(Acc, Size).

intersection_lookup([X | Xs], Tree, Acc, Size) ->
    case is_member_1(X, Tree) of
        true -> intersection_lookup(Xs, Tree, [X | Acc], Size + 1);
        false -> intersection_lookup(Xs, Tree, Acc, Size)
    end;
intersection_lookup([], _, Acc, Size) ->
    from_descending(Acc, Size).

intersection([Set | Sets]) -> intersection_all(Sets, Set).

intersection_all([Set | Sets], Acc) -> intersection_all(Sets, intersection(Acc, Set));
intersection_all([], Acc) -> Acc.

is_disjoint({N1, Tree1}, {N2, Tree2}) when N1 < N2 ->
    is_disjoint_1(Tree1, Tree2);
is_disjoint({_, Tree1}, {_, Tree2}) ->
    is_disjoint_1(Tree2, Tree1).

%% No element of the tree Small is in the tree Large.
is_disjoint_1({Element, Smaller, Bigger}, Large) ->
    not is_member_1(Element, Large)
        andalso is_disjoint_1(Smaller, Large)
        andalso is_disjoint_1(Bigger, Large);
is_disjoint_1(nil, _) -> true.

subtract(Set1, Set2) -> difference(Set1, Set2).

difference({N1, Tree1}, {N2, Tree2}) ->
    List = to_list_1(Tree1),
    case walk_lists(N1, N2) of
        true -> difference_walk(List, to_list_1(Tree2), [], N1);
        false -> difference_lookup(List, Tree2, [], 0)
    end.

%% Size starts at the size of the first set, less one per shared element.
difference_walk([X | Xs], [Y | _] = Ys, Acc, Size) when X < Y ->
    difference_walk(Xs, Ys, [X | Acc], Size);
difference_walk([X | _] = Xs, [Y | Ys], Acc, Size) when X > Y ->
    difference_walk(Xs, Ys, Acc, Size);
difference_walk([_ | Xs], [_ | Ys], Acc, Size) ->
    difference_walk(Xs, Ys, Acc, Size - 1);
difference_walk([], _, Acc, Size) ->
    from_descending(Acc, Size);
difference_walk(Xs, [], Acc, Size) ->
    from_descending(lists:reverse(Xs, Acc), Size).

difference_lookup([X | Xs], Tree, Acc, Size) ->
    case is_member_1(X, Tree) of
        true -> difference_lookup(Xs, Tree, Acc, Size);
        false -> difference_lookup(Xs, Tree, [X | Acc], Size + 1)
    end;
difference_lookup([], _, Acc, Size) ->
    from_descending(Acc, Size).

is_subset({N1, Tree1}, {N2, Tree2}) ->
    N1 =< N2 andalso is_subset_1(to_list_1(Tree1), Tree2).

is_subset_1([X | Xs], Tree) ->
    is_member_1(X, Tree) andalso is_subset_1(Xs, Tree);
is_subset_1([], _) -> true.

%% ---------------------------------------------------------------- funs

filter(Pred, {_, Tree}) when is_function(Pred, 1) ->
    from_ordset([X || X <- to_list_1(Tree), Pred(X)]).

fold(Fun, Acc, {_, Tree}) when is_function(Fun, 2) -> fold_1(Fun, Acc, Tree).

fold_1(Fun, Acc, {Element, Smaller, Bigger}) ->
    fold_1(Fun, Fun(Element, fold_1(Fun, Acc, Smaller)), Bigger);
fold_1(_, Acc, _) -> Acc.
