%% The proplists module: support functions for property lists.
%%
%% Why Erlang: property lists are plain lists of atoms and tuples, and every
%% function here is a walk over such a list; there is nothing a BIF would
%% do faster that is worth a second implementation.
%%
%% Matches proplists.erl of Erlang/OTP 25 by behaviour.
%%
%% An entry of a property list is an atom A (short for {A, true}) or a
%% tuple whose first element is its key; any other term is skipped. Keys
%% match with =:=, so 1 and 1.0 are different keys. The first entry for a
%% key wins.
%%
%% Notes
%%  1. get_value/3 stops at the first entry for the key: a tuple that is
%%     not a pair gives the default, it does not look further.
%%  2. get_keys/1 collects the keys in a sets module set (version 1) and
%%     returns sets:to_list/1 of it, so its order is the set's hash order,
%%     as in OTP.
%%  3. expand/2 marks the terms it inserts so that later expansions leave
%%     them alone, and at the end splices every list element one level into
%%     the result (OTP flattens the result one level, which also splices
%%     list elements of the original list).
%%  4. to_map/1 folds from the right, so the first entry for a key wins; a
%%     tuple that is not a pair hides the later entries for its key, as it
%%     does for get_value/2.
-module(proplists).

-export([property/1, property/2, unfold/1, compact/1, lookup/2,
         lookup_all/2, is_defined/2, get_value/2, get_value/3,
         get_all_values/2, append_values/2, get_bool/2, get_keys/1,
         delete/2, substitute_aliases/2, substitute_negations/2, expand/2,
         normalize/2, split/2, to_map/1, to_map/2, from_map/1]).

%% ---------------------------------------------------------------- entries

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) ->
    if
        is_atom(P) -> [{P, true} | unfold(Ps)];
        true -> [P | unfold(Ps)]
    end;
unfold([]) -> [].

compact(List) -> [property(P) || P <- List].

%% ---------------------------------------------------------------- lookups

lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_Key, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) -> [].

is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) -> Default.

get_all_values(Key, [P | Ps]) when is_atom(P), P =:= Key ->
    [true | get_all_values(Key, Ps)];
get_all_values(Key, [P | Ps]) ->
    case P of
        {Key, Value} -> [Value | get_all_values(Key, Ps)];
        _ -> get_all_values(Key, Ps)
    end;
get_all_values(_Key, []) -> [].

append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        true ->
            case P of
                {Key, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {Key, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end
    end;
append_values(_Key, []) -> [].

get_bool(Key, List) ->
    case lookup(Key, List) of
        {_, true} -> true;
        _ -> false
    end.

get_keys(List) -> sets:to_list(get_keys(List, sets:new())).

get_keys([P | Ps], Keys) ->
    if
        is_atom(P) -> get_keys(Ps, sets:add_element(P, Keys));
        tuple_size(P) >= 1 -> get_keys(Ps, sets:add_element(element(1, P), Keys));
        true -> get_keys(Ps, Keys)
    end;
get_keys([], Keys) -> Keys.

delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_Key, []) -> [].

%% ---------------------------------------------------------------- rewriting

%% Each entry whose key has an alias {Key, NewKey} gets NewKey instead; the
%% first alias for a key is used, and no alias applies to the result.
substitute_aliases(Aliases, List) -> [rename(P, Aliases) || P <- List].

rename(P, [{Key, NewKey} | Aliases]) ->
    if
        is_atom(P), P =:= Key -> property(NewKey, true);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> property(NewKey, Value);
                _ -> setelement(1, P, NewKey)
            end;
        true -> rename(P, Aliases)
    end;
rename(P, []) -> P.

%% Like substitute_aliases/2, and the boolean meaning is negated: Key and
%% {Key, true} become {NewKey, false}; any other entry for Key becomes
%% {NewKey, true}.
substitute_negations(Negations, List) -> [negate(P, Negations) || P <- List].

negate(P, [{Key, NewKey} | Negations]) ->
    if
        is_atom(P), P =:= Key -> property(NewKey, false);
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> property(NewKey, false);
                _ -> property(NewKey, true)
            end;
        true -> negate(P, Negations)
    end;
negate(P, []) -> P.

%% ---------------------------------------------------------------- expand

%% Each {Property, Expansion} in turn: the first original entry of the list
%% with Property's key, if it has Property's normal form, is replaced by the
%% terms of Expansion and the later entries with that key are dropped
%% (note 3); if not, that entry is put in its normal form. A later expansion for a key already expanded finds no entry,
%% which is why only the first one for a key counts.
expand(Expansions, List) when is_list(List) ->
    splice(expand_all(Expansions, mark(List))).

%% An improper list fails with function_clause, as in OTP.
mark([P | Ps]) -> [{original, P} | mark(Ps)];
mark([]) -> [].

expand_all([{Property, Expansion} | Rest], Marked) ->
    Normal = property(Property),
    expand_all(Rest, expand_one(key_of(Normal), Normal, Expansion, Marked));
expand_all([], Marked) -> Marked.

expand_one(Key, Normal, Expansion, [{original, P} = Entry | Rest]) ->
    case has_key(Key, P) of
        true ->
            case property(P) of
                Normal -> [{inserted, Expansion} | drop_key(Key, Rest)];
                Other -> [{original, Other} | Rest]
            end;
        false -> [Entry | expand_one(Key, Normal, Expansion, Rest)]
    end;
expand_one(Key, Normal, Expansion, [Entry | Rest]) ->
    [Entry | expand_one(Key, Normal, Expansion, Rest)];
expand_one(_Key, _Normal, _Expansion, []) -> [].

drop_key(Key, [{original, P} = Entry | Rest]) ->
    case has_key(Key, P) of
        true -> drop_key(Key, Rest);
        false -> [Entry | drop_key(Key, Rest)]
    end;
drop_key(Key, [Entry | Rest]) -> [Entry | drop_key(Key, Rest)];
drop_key(_Key, []) -> [].

splice([{_, Term} | Rest]) when is_list(Term) -> Term ++ splice(Rest);
splice([{_, Term} | Rest]) -> [Term | splice(Rest)];
splice([]) -> [].

key_of(P) when is_atom(P) -> P;
key_of(P) when tuple_size(P) >= 1 -> element(1, P);
key_of(P) -> P.

has_key(Key, P) when is_atom(P) -> P =:= Key;
has_key(Key, P) when tuple_size(P) >= 1 -> element(1, P) =:= Key;
has_key(_Key, _) -> false.

%% ---------------------------------------------------------------- normalize

normalize(List, [{aliases, Aliases} | Stages]) ->
    normalize(substitute_aliases(Aliases, List), Stages);
normalize(List, [{negations, Negations} | Stages]) ->
    normalize(substitute_negations(Negations, List), Stages);
normalize(List, [{expand, Expansions} | Stages]) ->
    normalize(expand(Expansions, List), Stages);
normalize(List, []) ->
    compact(List).

%% ---------------------------------------------------------------- split

split(List, Keys) ->
    Store0 = maps:from_list([{Key, []} || Key <- Keys]),
    {Store, Rest} = split(List, Store0, []),
    {[lists:reverse(maps:get(Key, Store)) || Key <- Keys], lists:reverse(Rest)}.

split([P | Ps], Store, Rest) ->
    if
        is_atom(P) -> split_entry(P, P, Ps, Store, Rest);
        tuple_size(P) >= 1 -> split_entry(element(1, P), P, Ps, Store, Rest);
        true -> split(Ps, Store, [P | Rest])
    end;
split([], Store, Rest) -> {Store, Rest}.

split_entry(Key, P, Ps, Store, Rest) ->
    case Store of
        #{Key := Taken} -> split(Ps, Store#{Key := [P | Taken]}, Rest);
        _ -> split(Ps, Store, [P | Rest])
    end.

%% ---------------------------------------------------------------- maps

to_map(List) ->
    lists:foldr(fun(P, Map) when is_atom(P) -> Map#{P => true};
                   ({Key, Value}, Map) -> Map#{Key => Value};
                   (P, Map) when tuple_size(P) >= 1 -> maps:remove(element(1, P), Map);
                   (_, Map) -> Map
                end, #{}, List).

to_map(List, Stages) -> to_map(normalize_stages(List, Stages)).

%% Like normalize/2 without the final compact (to_map/1 expands atoms again).
normalize_stages(List, [{aliases, Aliases} | Stages]) ->
    normalize_stages(substitute_aliases(Aliases, List), Stages);
normalize_stages(List, [{negations, Negations} | Stages]) ->
    normalize_stages(substitute_negations(Negations, List), Stages);
normalize_stages(List, [{expand, Expansions} | Stages]) ->
    normalize_stages(expand(Expansions, List), Stages);
normalize_stages(List, []) -> List.

from_map(Map) -> maps:to_list(Map).
