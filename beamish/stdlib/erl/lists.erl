%% The higher-order functions of the lists module.
%%
%% Why Erlang: each of these calls a fun per element, and a BIF written in
%% Python may not call back into Erlang code. The functions that take no fun
%% (reverse, sort/1, keyfind, seq, ...) are BIFs in beamish/stdlib/bifs/lists.py
%% and are called here as lists:Name(...).
%%
%% Semantics of lists.erl in Erlang/OTP 25: funs are applied front to back,
%% and a bad argument fails with function_clause here (an improper list is
%% noticed when the walk reaches its tail, after the fun has run on the
%% elements before it).
%%
%% Notes
%%  1. sort/2 is a merge sort that takes from the left run when
%%     Fun(Left, Right) is true. With an ordering fun that is true on equal
%%     elements (=<) this keeps equal elements in input order, and with a
%%     strict one (<) it reverses them, which is what OTP's sort/2 does.
%%  2. usort/2 drops an element when it and a kept neighbour order each
%%     other both ways (Fun(A, B) and Fun(B, A)), keeping the first.
%%  3. Loops that build a list accumulate it reversed and call
%%     lists:reverse/1 (a BIF) at the end: one pass of cheap cons cells
%%     instead of a deep stack of frames.
-module(lists).

-export([all/2, any/2, map/2, flatmap/2, foldl/3, foldr/3, filter/2,
         filtermap/2, foreach/2, mapfoldl/3, mapfoldr/3, partition/2,
         splitwith/2, takewhile/2, dropwhile/2, search/2, zipwith/3,
         zipwith3/4, sort/2, usort/2, merge/3, umerge/3, keymap/3, uniq/2,
         rmerge/3, rumerge/3, zf/2]).

%% ---------------------------------------------------------------- predicates

all(Pred, [Head | Tail]) ->
    case Pred(Head) of
        true -> all(Pred, Tail);
        false -> false
    end;
all(Pred, []) when is_function(Pred, 1) ->
    true.

any(Pred, [Head | Tail]) ->
    case Pred(Head) of
        true -> true;
        false -> any(Pred, Tail)
    end;
any(Pred, []) when is_function(Pred, 1) ->
    false.

search(Pred, [Head | Tail]) ->
    case Pred(Head) of
        true -> {value, Head};
        false -> search(Pred, Tail)
    end;
search(Pred, []) when is_function(Pred, 1) ->
    false.

%% ---------------------------------------------------------------- mapping

map(Fun, List) when is_function(Fun, 1) ->
    case List of
        [_ | _] -> map_loop(Fun, List, []);
        [] -> []
    end.

map_loop(Fun, [Head | Tail], Acc) ->
    map_loop(Fun, Tail, [Fun(Head) | Acc]);
map_loop(_Fun, [], Acc) ->
    lists:reverse(Acc).

flatmap(Fun, List) when is_function(Fun, 1) ->
    flatmap_loop(Fun, List, []).

flatmap_loop(Fun, [Head | Tail], Acc) ->
    flatmap_loop(Fun, Tail, [Fun(Head) | Acc]);
flatmap_loop(_Fun, [], Acc) ->
    %% A trailing [] makes a non-list result fail in ++, as in OTP.
    lists:append(lists:reverse(Acc, [[]])).

filter(Pred, List) when is_function(Pred, 1) ->
    [Elem || Elem <- List, Pred(Elem)].

filtermap(Fun, List) when is_function(Fun, 1) ->
    filtermap_loop(Fun, List, []).

filtermap_loop(Fun, [Head | Tail], Acc) ->
    case Fun(Head) of
        true -> filtermap_loop(Fun, Tail, [Head | Acc]);
        {true, Value} -> filtermap_loop(Fun, Tail, [Value | Acc]);
        false -> filtermap_loop(Fun, Tail, Acc)
    end;
filtermap_loop(_Fun, [], Acc) ->
    lists:reverse(Acc).

foreach(Fun, List) when is_function(Fun, 1) ->
    foreach_loop(Fun, List).

foreach_loop(Fun, [Head | Tail]) ->
    Fun(Head),
    foreach_loop(Fun, Tail);
foreach_loop(_Fun, []) ->
    ok.

keymap(Fun, Index, List) when is_integer(Index), Index >= 1, is_function(Fun, 1) ->
    keymap_loop(Fun, Index, List, []).

keymap_loop(Fun, Index, [Tuple | Tail], Acc) ->
    New = setelement(Index, Tuple, Fun(element(Index, Tuple))),
    keymap_loop(Fun, Index, Tail, [New | Acc]);
keymap_loop(_Fun, _Index, [], Acc) ->
    lists:reverse(Acc).

zipwith(Fun, Xs, Ys) when is_function(Fun, 2) ->
    zipwith_loop(Fun, Xs, Ys, []).

zipwith_loop(Fun, [X | Xs], [Y | Ys], Acc) ->
    zipwith_loop(Fun, Xs, Ys, [Fun(X, Y) | Acc]);
zipwith_loop(_Fun, [], [], Acc) ->
    lists:reverse(Acc).

zipwith3(Fun, Xs, Ys, Zs) when is_function(Fun, 3) ->
    zipwith3_loop(Fun, Xs, Ys, Zs, []).

zipwith3_loop(Fun, [X | Xs], [Y | Ys], [Z | Zs], Acc) ->
    zipwith3_loop(Fun, Xs, Ys, Zs, [Fun(X, Y, Z) | Acc]);
zipwith3_loop(_Fun, [], [], [], Acc) ->
    lists:reverse(Acc).

%% ---------------------------------------------------------------- folding

foldl(Fun, Acc, List) when is_function(Fun, 2) ->
    case List of
        [Head | Tail] -> foldl_loop(Fun, Fun(Head, Acc), Tail);
        [] -> Acc
    end.

foldl_loop(Fun, Acc, [Head | Tail]) ->
    foldl_loop(Fun, Fun(Head, Acc), Tail);
foldl_loop(_Fun, Acc, []) ->
    Acc.

%% The fun sees the last element first, so the list is walked to its end
%% (and found proper) before the first call.
foldr(Fun, Acc, List) when is_function(Fun, 2) ->
    foldl_loop(Fun, Acc, reverse_proper(List, [])).

mapfoldl(Fun, Acc, List) when is_function(Fun, 2) ->
    mapfoldl_loop(Fun, Acc, List, []).

mapfoldl_loop(Fun, Acc0, [Head | Tail], Mapped) ->
    {Value, Acc1} = Fun(Head, Acc0),
    mapfoldl_loop(Fun, Acc1, Tail, [Value | Mapped]);
mapfoldl_loop(_Fun, Acc, [], Mapped) ->
    {lists:reverse(Mapped), Acc}.

mapfoldr(Fun, Acc, List) when is_function(Fun, 2) ->
    mapfoldr_loop(Fun, Acc, reverse_proper(List, []), []).

mapfoldr_loop(Fun, Acc0, [Head | Tail], Mapped) ->
    {Value, Acc1} = Fun(Head, Acc0),
    mapfoldr_loop(Fun, Acc1, Tail, [Value | Mapped]);
mapfoldr_loop(_Fun, Acc, [], Mapped) ->
    {Mapped, Acc}.

reverse_proper([Head | Tail], Acc) ->
    reverse_proper(Tail, [Head | Acc]);
reverse_proper([], Acc) ->
    Acc.

%% ---------------------------------------------------------------- splitting

partition(Pred, List) when is_function(Pred, 1) ->
    partition_loop(Pred, List, [], []).

partition_loop(Pred, [Head | Tail], Satisfying, Others) ->
    case Pred(Head) of
        true -> partition_loop(Pred, Tail, [Head | Satisfying], Others);
        false -> partition_loop(Pred, Tail, Satisfying, [Head | Others])
    end;
partition_loop(_Pred, [], Satisfying, Others) ->
    {lists:reverse(Satisfying), lists:reverse(Others)}.

splitwith(Pred, List) when is_function(Pred, 1) ->
    splitwith_loop(Pred, List, []).

splitwith_loop(Pred, [Head | Tail], Taken) ->
    case Pred(Head) of
        true -> splitwith_loop(Pred, Tail, [Head | Taken]);
        false -> {lists:reverse(Taken), [Head | Tail]}
    end;
splitwith_loop(_Pred, [], Taken) ->
    {lists:reverse(Taken), []}.

takewhile(Pred, List) when is_function(Pred, 1) ->
    takewhile_loop(Pred, List, []).

takewhile_loop(Pred, [Head | Tail], Taken) ->
    case Pred(Head) of
        true -> takewhile_loop(Pred, Tail, [Head | Taken]);
        false -> lists:reverse(Taken)
    end;
takewhile_loop(_Pred, [], Taken) ->
    lists:reverse(Taken).

dropwhile(Pred, [Head | Tail] = List) ->
    case Pred(Head) of
        true -> dropwhile(Pred, Tail);
        false -> List
    end;
dropwhile(Pred, []) when is_function(Pred, 1) ->
    [].

uniq(Fun, List) when is_function(Fun, 1) ->
    uniq_loop(Fun, List, #{}, []).

uniq_loop(Fun, [Head | Tail], Seen, Kept) ->
    Key = Fun(Head),
    case maps:is_key(Key, Seen) of
        true -> uniq_loop(Fun, Tail, Seen, Kept);
        false -> uniq_loop(Fun, Tail, maps:put(Key, true, Seen), [Head | Kept])
    end;
uniq_loop(_Fun, [], _Seen, Kept) ->
    lists:reverse(Kept).

%% ---------------------------------------------------------------- sorting

sort(Fun, []) when is_function(Fun, 2) ->
    [];
sort(Fun, [_] = List) when is_function(Fun, 2) ->
    List;
sort(Fun, [_, _ | _] = List) when is_function(Fun, 2) ->
    merge_sort(Fun, List, proper_length(List, 0)).

proper_length([_ | Tail], Count) ->
    proper_length(Tail, Count + 1);
proper_length([], Count) ->
    Count.

%% Sorts the first Count elements of List (note 1).
merge_sort(_Fun, [Head | _], 1) ->
    [Head];
merge_sort(Fun, List, Count) ->
    Half = Count div 2,
    Left = merge_sort(Fun, List, Half),
    Right = merge_sort(Fun, lists:nthtail(Half, List), Count - Half),
    merge(Fun, Left, Right).

usort(Fun, []) when is_function(Fun, 2) ->
    [];
usort(Fun, [_] = List) when is_function(Fun, 2) ->
    List;
usort(Fun, [_, _ | _] = List) when is_function(Fun, 2) ->
    drop_equal(Fun, sort(Fun, List)).

drop_equal(Fun, [First | Rest]) ->
    drop_equal(Fun, First, Rest, [First]).

drop_equal(Fun, Kept, [Next | Rest], Acc) ->
    case Fun(Kept, Next) andalso Fun(Next, Kept) of
        true -> drop_equal(Fun, Kept, Rest, Acc);
        false -> drop_equal(Fun, Next, Rest, [Next | Acc])
    end;
drop_equal(_Fun, _Kept, [], Acc) ->
    lists:reverse(Acc).

merge(Fun, Left, []) when is_function(Fun, 2) ->
    Left;
merge(Fun, Left, Right) when is_function(Fun, 2) ->
    merge_loop(Fun, Left, Right, []).

merge_loop(Fun, [L | Ls] = Left, [R | Rs] = Right, Acc) ->
    case Fun(L, R) of
        true -> merge_loop(Fun, Ls, Right, [L | Acc]);
        false -> merge_loop(Fun, Left, Rs, [R | Acc])
    end;
merge_loop(_Fun, [], Right, Acc) ->
    lists:reverse(Acc, Right);
merge_loop(_Fun, Left, [], Acc) ->
    lists:reverse(Acc, Left).

%% Like merge/3, but of two elements that order each other both ways only
%% the one from Left is kept.
umerge(Fun, Left, []) when is_function(Fun, 2) ->
    Left;
umerge(Fun, Left, Right) when is_function(Fun, 2) ->
    umerge_loop(Fun, Left, Right, []).

umerge_loop(Fun, [L | Ls] = Left, [R | Rs] = Right, Acc) ->
    case Fun(L, R) of
        true ->
            case Fun(R, L) of
                true -> umerge_loop(Fun, Ls, Rs, [L | Acc]);
                false -> umerge_loop(Fun, Ls, Right, [L | Acc])
            end;
        false -> umerge_loop(Fun, Left, Rs, [R | Acc])
    end;
umerge_loop(_Fun, [], Right, Acc) ->
    lists:reverse(Acc, Right);
umerge_loop(_Fun, Left, [], Acc) ->
    lists:reverse(Acc, Left).

%% rmerge/3, rumerge/3: lists sorted by Fun in reverse; exported by OTP for
%% its own sort code. On a tie rmerge takes the second list's element first
%% and rumerge keeps the first list's.
rmerge(Fun, Left, Right) when is_function(Fun, 2) ->
    rmerge_loop(Fun, Left, Right, []).

rmerge_loop(Fun, [L | Ls] = Left, [R | Rs] = Right, Acc) ->
    case Fun(L, R) of
        true -> rmerge_loop(Fun, Left, Rs, [R | Acc]);
        false -> rmerge_loop(Fun, Ls, Right, [L | Acc])
    end;
rmerge_loop(_Fun, [], Right, Acc) ->
    lists:reverse(Acc, Right);
rmerge_loop(_Fun, Left, [], Acc) ->
    lists:reverse(Acc, Left).

rumerge(Fun, Left, Right) when is_function(Fun, 2) ->
    rumerge_loop(Fun, Left, Right, []).

rumerge_loop(Fun, [L | Ls] = Left, [R | Rs] = Right, Acc) ->
    case Fun(L, R) of
        true ->
            case Fun(R, L) of
                true -> rumerge_loop(Fun, Ls, Rs, [L | Acc]);
                false -> rumerge_loop(Fun, Left, Rs, [R | Acc])
            end;
        false -> rumerge_loop(Fun, Ls, Right, [L | Acc])
    end;
rumerge_loop(_Fun, [], Right, Acc) ->
    lists:reverse(Acc, Right);
rumerge_loop(_Fun, Left, [], Acc) ->
    lists:reverse(Acc, Left).

%% zf/2: the old name of filtermap/2.
zf(Fun, List) ->
    filtermap(Fun, List).
