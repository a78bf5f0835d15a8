%% The queue module: FIFO queues, with the original, extended and Okasaki APIs.
%%
%% Why Erlang: a queue is a plain term ({Rear, Front} lists) that programs
%% print, compare and pass around, and several functions call a fun per
%% element (filter, filtermap, fold, any, all, delete_with). Written in
%% Erlang it is an ordinary module like any other.
%%
%% Matches queue.erl of Erlang/OTP 25 by behaviour: the same {Rear, Front}
%% pair after every operation (programs print queues with ~p), the same
%% errors (badarg on a term that is not a queue, `empty` from the functions
%% that need an element), funs called in OTP's order (queue order, except
%% any/2 and all/2: the front, then the rear newest first).
%%
%% Invariant: a queue is {Rear, Front}: the elements are Front followed by
%% lists:reverse(Rear). Every function accepts any pair of lists, and the
%% shapes it returns are OTP's, which need not be balanced (split/2 and
%% delete/2 can leave several elements in the rear and none in the front).
%%
%% Notes
%%  1. Rebalancing splits a list in two halves. from_list and a filtered
%%     front keep the first half (Length div 2) as front and reverse the
%%     rest into the rear; a rear that must refill the front keeps its first
%%     Length div 2 elements (the newest) and reverses the rest.
%%  2. out/drop on an empty front keep the newest element alone in the rear
%%     and move the others to the front; out_r/drop_r mirror this.
%%  3. Errors are raised with erlang:error(Reason, Args) so that the stack
%%     trace names the function called and its arguments, as OTP's does.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1,
         member/2, in/2, in_r/2, out/1, out_r/1, reverse/1, join/2, split/2,
         filter/2, filtermap/2, fold/3, any/2, all/2, delete/2, delete_r/2,
         delete_with/2, delete_with_r/2]).
-export([get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1]).
-export([cons/2, head/1, tail/1, snoc/2, daeh/1, last/1, liat/1, lait/1,
         init/1]).

%% ---------------------------------------------------------------- basics

new() -> {[], []}.

is_queue({Rear, Front}) when is_list(Rear), is_list(Front) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({Rear, Front}) when is_list(Rear), is_list(Front) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({Rear, Front}) when is_list(Rear), is_list(Front) ->
    length(Rear) + length(Front);
len(Q) -> erlang:error(badarg, [Q]).

to_list({Rear, Front}) when is_list(Rear), is_list(Front) ->
    Front ++ lists:reverse(Rear, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(List) when is_list(List) -> front_to_queue(List);
from_list(List) -> erlang:error(badarg, [List]).

member(X, {Rear, Front}) when is_list(Rear), is_list(Front) ->
    lists:member(X, Rear) orelse lists:member(X, Front);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% ---------------------------------------------------------------- in and out

in(X, {[_] = Rear, []}) -> {[X], Rear};
in(X, {Rear, Front}) when is_list(Rear), is_list(Front) -> {[X | Rear], Front};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = Front}) -> {Front, [X]};
in_r(X, {Rear, Front}) when is_list(Rear), is_list(Front) -> {Rear, [X | Front]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    {Value, Rest} = take_front(Q),
    {{value, Value}, Rest};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    {Value, Rest} = take_rear(Q),
    {{value, Value}, Rest};
out_r(Q) -> erlang:error(badarg, [Q]).

%% The first element and the queue without it (the queue is not empty).
take_front({[X], []}) -> {X, {[], []}};
take_front({[Newest | Older], []}) ->
    [X | Front] = lists:reverse(Older),
    {X, {[Newest], Front}};
take_front({Rear, [X]}) -> {X, rear_to_queue(Rear)};
take_front({Rear, [X | Front]}) -> {X, {Rear, Front}}.

%% The last element and the queue without it (the queue is not empty).
take_rear({[], [X]}) -> {X, {[], []}};
take_rear({[], [Oldest | Newer]}) ->
    [X | Rear] = lists:reverse(Newer),
    {X, {Rear, [Oldest]}};
take_rear({[X], Front}) -> {X, front_to_queue(Front)};
take_rear({[X | Rear], Front}) -> {X, {Rear, Front}}.

%% ---------------------------------------------------------------- extended API

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({Rear, Front}) when is_list(Rear), is_list(Front) -> first(Rear, Front);
get(Q) -> erlang:error(badarg, [Q]).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({Rear, Front}) when is_list(Rear), is_list(Front) -> final(Rear, Front);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({Rear, Front}) when is_list(Rear), is_list(Front) -> {value, first(Rear, Front)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({Rear, Front}) when is_list(Rear), is_list(Front) -> {value, final(Rear, Front)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    element(2, take_front(Q));
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    element(2, take_rear(Q));
drop_r(Q) -> erlang:error(badarg, [Q]).

first(_, [X | _]) -> X;
first(Rear, []) -> lists:last(Rear).

final([X | _], _) -> X;
final([], Front) -> lists:last(Front).

%% ---------------------------------------------------------------- whole queues

reverse({Rear, Front}) when is_list(Rear), is_list(Front) -> {Front, Rear};
reverse(Q) -> erlang:error(badarg, [Q]).

join({Rear1, Front1} = Q1, {Rear2, Front2} = Q2)
  when is_list(Rear1), is_list(Front1), is_list(Rear2), is_list(Front2) ->
    if
        Rear1 =:= [], Front1 =:= [] -> Q2;
        Rear2 =:= [], Front2 =:= [] -> Q1;
        true -> {Rear2, Front1 ++ lists:reverse(Rear1, Front2)}
    end;
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

%% The first N elements as one queue and the rest as another. The pieces
%% keep the shapes OTP gives them: a piece cut from the front starts with
%% the first element alone in its front; the remaining rear keeps its newest
%% element alone in the rear.
split(0, {Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    {{[], []}, Q};
split(N, {Rear, Front} = Q) when is_integer(N), N >= 1, is_list(Rear), is_list(Front) ->
    FrontLength = length(Front),
    if
        N < FrontLength ->
            {[X | Taken], Left} = lists:split(N, Front),
            {{lists:reverse(Taken), [X]}, {Rear, Left}};
        N > FrontLength ->
            case length(Rear) - (N - FrontLength) of
                Kept when Kept < 0 -> erlang:error(badarg, [N, Q]);
                0 -> {Q, {[], []}};
                Kept ->
                    {[Newest | Moved], Taken} = lists:split(Kept, Rear),
                    {{Taken, Front}, {[Newest], lists:reverse(Moved)}}
            end;
        true ->
            {front_to_queue(Front), rear_to_queue(Rear)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% ---------------------------------------------------------------- funs

%% Fun(X) returns true (keep), false (drop) or a list to put in X's place.
filter(Fun, {Rear, Front}) when is_function(Fun, 1), is_list(Rear), is_list(Front) ->
    NewFront = filter_front(Fun, Front),
    NewRear = filter_rear(Fun, Rear),
    rebuild(NewRear, NewFront);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_front(_, []) -> [];
filter_front(Fun, [X | Rest]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, Rest)];
        false -> filter_front(Fun, Rest);
        List when is_list(List) -> List ++ filter_front(Fun, Rest)
    end.

%% The rear is newest first: the fun sees the oldest first, and a list put
%% in X's place goes in reversed.
filter_rear(_, []) -> [];
filter_rear(Fun, [X | Rest]) ->
    Kept = filter_rear(Fun, Rest),
    case Fun(X) of
        true -> [X | Kept];
        false -> Kept;
        List when is_list(List) -> lists:reverse(List, Kept)
    end.

%% Fun(X) returns true (keep), false (drop) or {true, Value} (replace).
filtermap(Fun, {Rear, Front}) when is_function(Fun, 1), is_list(Rear), is_list(Front) ->
    NewFront = filtermap_front(Fun, Front),
    NewRear = filtermap_rear(Fun, Rear),
    rebuild(NewRear, NewFront);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_front(_, []) -> [];
filtermap_front(Fun, [X | Rest]) ->
    case Fun(X) of
        true -> [X | filtermap_front(Fun, Rest)];
        false -> filtermap_front(Fun, Rest);
        {true, Value} -> [Value | filtermap_front(Fun, Rest)]
    end.

filtermap_rear(_, []) -> [];
filtermap_rear(Fun, [X | Rest]) ->
    Kept = filtermap_rear(Fun, Rest),
    case Fun(X) of
        true -> [X | Kept];
        false -> Kept;
        {true, Value} -> [Value | Kept]
    end.

rebuild([], Front) -> front_to_queue(Front);
rebuild(Rear, []) -> rear_to_queue(Rear);
rebuild(Rear, Front) -> {Rear, Front}.

fold(Fun, Acc, {Rear, Front}) when is_function(Fun, 2), is_list(Rear), is_list(Front) ->
    lists:foldl(Fun, lists:foldl(Fun, Acc, Front), lists:reverse(Rear));
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

%% any/2 and all/2 try the front, then the rear newest first (OTP's order).
any(Pred, {Rear, Front}) when is_function(Pred, 1), is_list(Rear), is_list(Front) ->
    lists:any(Pred, Front) orelse lists:any(Pred, Rear);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {Rear, Front}) when is_function(Pred, 1), is_list(Rear), is_list(Front) ->
    lists:all(Pred, Front) andalso lists:all(Pred, Rear);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% ---------------------------------------------------------------- deleting

%% delete removes the first occurrence (from the front), delete_r the last.
delete(Item, {Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    remove_first(fun(X) -> X =:= Item end, Q);
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_r(Item, {Rear, Front} = Q) when is_list(Rear), is_list(Front) ->
    remove_last(fun(X) -> X =:= Item end, Q);
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_with(Pred, {Rear, Front} = Q) when is_function(Pred, 1), is_list(Rear), is_list(Front) ->
    remove_first(Pred, Q);
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {Rear, Front} = Q) when is_function(Pred, 1), is_list(Rear), is_list(Front) ->
    remove_last(Pred, Q);
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

remove_first(Pred, {Rear, Front} = Q) ->
    case remove_in_order(Pred, Front, []) of
        none ->
            case remove_in_order(Pred, lists:reverse(Rear), []) of
                none -> Q;
                {found, []} -> front_to_queue(Front);
                {found, Older} -> {lists:reverse(Older), Front}
            end;
        {found, []} -> rear_to_queue(Rear);
        {found, NewFront} -> {Rear, NewFront}
    end.

remove_last(Pred, {Rear, Front} = Q) ->
    case remove_in_order(Pred, Rear, []) of
        none ->
            case remove_in_order(Pred, lists:reverse(Front), []) of
                none -> Q;
                {found, []} -> rear_to_queue(Rear);
                {found, Newer} -> {Rear, lists:reverse(Newer)}
            end;
        {found, []} -> front_to_queue(Front);
        {found, NewRear} -> {NewRear, Front}
    end.

%% The list without its first element that satisfies Pred, or none.
remove_in_order(_, [], _) -> none;
remove_in_order(Pred, [X | Rest], Seen) ->
    case Pred(X) of
        true -> {found, lists:reverse(Seen, Rest)};
        false -> remove_in_order(Pred, Rest, [X | Seen])
    end.

%% ---------------------------------------------------------------- Okasaki API

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({Rear, Front}) when is_list(Rear), is_list(Front) -> first(Rear, Front);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).

last(Q) -> get_r(Q).

liat(Q) -> drop_r(Q).

lait(Q) -> drop_r(Q).

init(Q) -> drop_r(Q).

%% ---------------------------------------------------------------- rebalancing

%% A queue from a list in queue order (note 1).
front_to_queue(List) ->
    {Front, Rest} = lists:split(length(List) div 2, List),
    {lists:reverse(Rest), Front}.

%% A queue from a list in rear order, newest first (note 1).
rear_to_queue(List) ->
    {Rear, Rest} = lists:split(length(List) div 2, List),
    {Rear, lists:reverse(Rest)}.
