%% The ordsets module: sets as ordered lists without duplicates.
%%
%% Why Erlang: an ordset is a plain sorted list that programs print and
%% pass to the lists functions, and fold/filter call a fun per element.
%% Written in Erlang it is an ordinary module like any other.
%%
%% Matches ordsets.erl of Erlang/OTP 25 by behaviour.
%%
%% Invariant: the list is sorted in term order and no two elements compare
%% equal (==); elements are compared with == and <, so 1 and 1.0 are the
%% same element.
%%
%% Notes
%%  1. union/2 and intersection/2 swap their arguments each time they step
%%     past a smaller element of the second set, and where both sets hold
%%     equal elements (1 and 1.0) they keep the one from the set that is
%%     first at that moment. add_element/2 keeps the one already in the set.
%%  2. intersection/1 of an empty list fails with function_clause.
-module(ordsets).

-export([new/0, is_set/1, size/1, is_empty/1, to_list/1, from_list/1,
         is_element/2, add_element/2, del_element/2, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, subtract/2,
         is_subset/2, fold/3, filter/2]).

new() -> [].

is_set([First | Rest]) -> is_set(Rest, First);
is_set([]) -> true;
is_set(_) -> false.

is_set([Next | Rest], Previous) when Previous < Next -> is_set(Rest, Next);
is_set([_ | _], _) -> false;
is_set([], _) -> true.

size(Set) -> length(Set).

is_empty(Set) -> Set =:= [].

to_list(Set) -> Set.

from_list(List) -> lists:usort(List).

is_element(E, [H | Set]) when E > H -> is_element(E, Set);
is_element(E, [H | _]) when E < H -> false;
is_element(_E, [_H | _]) -> true;
is_element(_, []) -> false.

add_element(E, [H | Set]) when E > H -> [H | add_element(E, Set)];
add_element(E, [H | _] = Set) when E < H -> [E | Set];
add_element(_E, [_H | _] = Set) -> Set;
add_element(E, []) -> [E].

del_element(E, [H | Set]) when E > H -> [H | del_element(E, Set)];
del_element(E, [H | _] = Set) when E < H -> Set;
del_element(_E, [_H | Set]) -> Set;
del_element(_, []) -> [].

union([H1 | Set1], [H2 | _] = Set2) when H1 < H2 -> [H1 | union(Set1, Set2)];
union([H1 | _] = Set1, [H2 | Set2]) when H1 > H2 -> [H2 | union(Set2, Set1)];
union([H1 | Set1], [_H2 | Set2]) -> [H1 | union(Set1, Set2)];
union([], Set2) -> Set2;
union(Set1, []) -> Set1.

union(Sets) -> lists:umerge(Sets).

intersection([H1 | Set1], [H2 | _] = Set2) when H1 < H2 -> intersection(Set1, Set2);
intersection([H1 | _] = Set1, [H2 | Set2]) when H1 > H2 -> intersection(Set2, Set1);
intersection([H1 | Set1], [_H2 | Set2]) -> [H1 | intersection(Set1, Set2)];
intersection([], _) -> [];
intersection(_, []) -> [].

intersection([First | Rest]) -> intersection_all(Rest, First).

intersection_all([Set | Sets], Acc) -> intersection_all(Sets, intersection(Acc, Set));
intersection_all([], Acc) -> Acc.

is_disjoint([H1 | Set1], [H2 | _] = Set2) when H1 < H2 -> is_disjoint(Set1, Set2);
is_disjoint([H1 | _] = Set1, [H2 | Set2]) when H1 > H2 -> is_disjoint(Set2, Set1);
is_disjoint([_H1 | _], [_H2 | _]) -> false;
is_disjoint([], _) -> true;
is_disjoint(_, []) -> true.

subtract([H1 | Set1], [H2 | _] = Set2) when H1 < H2 -> [H1 | subtract(Set1, Set2)];
subtract([H1 | _] = Set1, [H2 | Set2]) when H1 > H2 -> subtract(Set1, Set2);
subtract([_H1 | Set1], [_H2 | Set2]) -> subtract(Set1, Set2);
subtract([], _) -> [];
subtract(Set1, []) -> Set1.

is_subset([H1 | _], [H2 | _]) when H1 < H2 -> false;
is_subset([H1 | _] = Set1, [H2 | Set2]) when H1 > H2 -> is_subset(Set1, Set2);
is_subset([_H1 | Set1], [_H2 | Set2]) -> is_subset(Set1, Set2);
is_subset([], _) -> true;
is_subset(_, []) -> false.

fold(Fun, Acc, Set) -> lists:foldl(Fun, Acc, Set).

filter(Pred, Set) -> lists:filter(Pred, Set).
