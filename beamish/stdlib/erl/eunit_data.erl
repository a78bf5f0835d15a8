%% Test representations (OTP 25's eunit "test descriptors") to #test{} and
%% #group{} records, read lazily: a generator runs when its turn comes.
%%
%% What a descriptor may be: a fun/0, {M, F}, {test, M, F}, {Line, Test},
%% {Title, Tests}, a deep list, a module name or {module, M} (its *_test/0
%% and *_test_/0 functions, then M_tests' tests), {generator, F},
%% {generator, M, F}, {inorder, Tests}, {inparallel[, N], Tests},
%% {timeout, Seconds, Tests}, {spawn, Tests}, {setup, ...}, {foreach, ...},
%% {foreachx, ...}, {with, X, [Fun/1]}. A group with one member merges into
%% it when their properties do not clash, as eunit_data does, which decides
%% what the report shows ("m:12: -f_test_/0-fun-3- (title)...").
%%
%% iter_next/1, next/2 and parse/2 call on to a generator from the lines
%% OTP's eunit_data.erl does (134, 174 and 241), for stack traces.
-module(eunit_data).
-export([iter_init/2, iter_next/1, enter_context/3, is_not_test/1]).

-include("eunit_internal.hrl").

iter_init(Tests, Options) -> {Tests, Options}.

-file("eunit_data.erl", 131).
%% {Item, Iterator} | none
iter_next({Tests, Options}) ->
    case next(Tests, Options) of
        {Item, Rest} -> {Item, {Rest, Options}};
        none -> none
    end.

-file("eunit_data.erl", 170).
next(Tests, Options) ->
    case first(Tests) of
        {T, Rest} ->
            case parse(T, Options) of
                {data, T1} -> next([T1 | Rest], Options);
                Item -> {Item, Rest}
            end;
        none -> none
    end.

%% The first element of a deep list (a string is one element).
first([]) -> none;
first([[] | Rest]) -> first(Rest);
first([[X | Xs] = H | Rest]) ->
    case is_string(H) of
        true -> {H, Rest};
        false -> first([X, Xs | Rest])
    end;
first([X | Rest]) -> {X, Rest};
first(X) -> {X, []}.

is_string([C | Cs]) when is_integer(C), C >= 0, C =< 16#10ffff -> is_string(Cs);
is_string([]) -> true;
is_string(_) -> false.

-file("eunit_data.erl", 237).
parse({generator, F, {M, N, A}} = T, _Options)
        when is_function(F), is_atom(M), is_atom(N), is_integer(A) ->
    check_arity(F, 0, T),
    case eunit_test:run_testfun(F) of
        {ok, Tests} ->
            case is_not_test(Tests) of
                true -> throw({bad_generator, {{M, N, A}, Tests}});
                false -> {data, Tests}
            end;
        {error, Exception} ->
            throw({generator_failed, {{M, N, A}, Exception}})
    end;
parse({generator, F}, Options) when is_function(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    parse({generator, F, {M, N, A}}, Options);
parse({generator, M, F}, Options) when is_atom(M), is_atom(F) ->
    parse({generator, eunit_test:mf_wrapper(M, F), {M, F, 0}}, Options);
parse({inorder, T}, Options) ->
    group(#group{tests = T, options = Options, order = inorder});
parse({inparallel, T}, Options) ->
    parse({inparallel, 0, T}, Options);
parse({inparallel, N, T}, Options) when is_integer(N), N >= 0 ->
    group(#group{tests = T, options = Options, order = {inparallel, N}});
parse({timeout, N, T}, Options) when is_number(N), N >= 0 ->
    group(#group{tests = T, options = Options, timeout = round(N * 1000)});
parse({spawn, T}, Options) ->
    group(#group{tests = T, options = Options, spawn = local});
parse({foreach, S, Fs}, Options) when is_function(S), is_list(Fs) ->
    parse({foreach, S, fun ok/1, Fs}, Options);
parse({foreach, S, C, Fs}, Options) when is_function(S), is_function(C), is_list(Fs) ->
    parse({foreach, spawn, S, C, Fs}, Options);
parse({foreach, P, S, Fs}, Options) when is_function(S), is_list(Fs) ->
    parse({foreach, P, S, fun ok/1, Fs}, Options);
parse({foreach, P, S, C, Fs} = T, _Options)
        when is_function(S), is_function(C), is_list(Fs) ->
    check_arity(S, 0, T),
    check_arity(C, 1, T),
    case Fs of
        [F | More] -> {data, [{setup, P, S, C, F}, {foreach, P, S, C, More}]};
        [] -> {data, []}
    end;
parse({foreachx, S, Ps}, Options) when is_function(S), is_list(Ps) ->
    parse({foreachx, S, fun ok/2, Ps}, Options);
parse({foreachx, S, C, Ps}, Options) when is_function(S), is_function(C), is_list(Ps) ->
    parse({foreachx, spawn, S, C, Ps}, Options);
parse({foreachx, P, S, Ps}, Options) when is_function(S), is_list(Ps) ->
    parse({foreachx, P, S, fun ok/2, Ps}, Options);
parse({foreachx, P, S1, C1, Ps} = T, _Options)
        when is_function(S1), is_function(C1), is_list(Ps) ->
    check_arity(S1, 1, T),
    check_arity(C1, 2, T),
    case Ps of
        [{X, F1} | More] when is_function(F1) ->
            check_arity(F1, 2, T),
            {data, [{setup, P, fun () -> S1(X) end, fun (R) -> C1(X, R) end,
                     fun (R) -> F1(X, R) end},
                    {foreachx, P, S1, C1, More}]};
        [_ | _] -> throw({bad_test, T});
        [] -> {data, []}
    end;
parse({setup, S, I}, Options) when is_function(S); is_list(S) ->
    parse({setup, spawn, S, I}, Options);
parse({setup, S, C, I}, Options) when is_function(S), is_function(C) ->
    parse({setup, spawn, S, C, I}, Options);
parse({setup, P, S, I}, Options) when is_function(S) ->
    parse({setup, P, S, fun ok/1, I}, Options);
parse({setup, P, L, I} = T, Options) when is_list(L) ->
    {S, C} = multi_setup(L, T),
    parse({setup, P, S, C, I}, Options);
parse({setup, P, S, C, I} = T, Options)
        when is_function(S), is_function(C), is_function(I) ->
    check_arity(S, 0, T),
    check_arity(C, 1, T),
    case erlang:fun_info(I, arity) of
        {arity, 0} ->
            parse({setup, P, S, C, fun (_) -> I end}, Options);
        _ ->
            check_arity(I, 1, T),
            case P of
                local -> ok;
                spawn -> ok;
                {spawn, N} when is_atom(N) -> ok;
                _ -> throw({bad_test, T})
            end,
            group(#group{tests = I, options = Options,
                         context = #context{setup = S, cleanup = C, process = P}})
    end;
parse({setup, P, S, C, {with, As}}, Options) when is_list(As) ->
    parse({setup, P, S, C, fun (X) -> {with, X, As} end}, Options);
parse({setup, P, S, C, T}, Options) when is_function(S), is_function(C) ->
    parse({setup, P, S, C, fun (_) -> T end}, Options);
parse({module, M}, Options) when is_atom(M) ->
    {data, {"module '" ++ atom_to_list(M) ++ "'", module_tests(M, Options)}};
parse({with, X, As} = T, _Options) when is_list(As) ->
    case As of
        [A | More] ->
            check_arity(A, 1, T),
            {module, M} = erlang:fun_info(A, module),
            {name, N} = erlang:fun_info(A, name),
            {arity, Ar} = erlang:fun_info(A, arity),
            {data, [{{M, N, Ar}, fun () -> A(X) end}, {with, X, More}]};
        [] -> {data, []}
    end;
parse({S, T1} = T, Options) when is_list(S) ->
    case is_string(S) of
        true -> group(#group{tests = T1, options = Options,
                             desc = unicode:characters_to_binary(S)});
        false -> throw({bad_test, T})
    end;
parse({S, T1}, Options) when is_binary(S) ->
    group(#group{tests = T1, options = Options, desc = S});
parse(T, Options) when is_tuple(T), tuple_size(T) > 2, is_list(element(1, T)) ->
    [S | Es] = tuple_to_list(T),
    parse({S, list_to_tuple(Es)}, Options);
parse(T, Options) when is_tuple(T), tuple_size(T) > 2, is_binary(element(1, T)) ->
    [S | Es] = tuple_to_list(T),
    parse({S, list_to_tuple(Es)}, Options);
parse(M, Options) when is_atom(M) ->
    parse({module, M}, Options);
parse(T, _Options) when is_list(T) ->
    throw({bad_test, T});
parse(T, _Options) ->
    parse_simple(T).

parse_simple({L, F}) when is_integer(L), L >= 0 ->
    (parse_simple(F))#test{line = L};
parse_simple({{M, N, A} = Location, F}) when is_atom(M), is_atom(N), is_integer(A) ->
    (parse_simple(F))#test{location = Location};
parse_simple(F) when is_function(F) ->
    check_arity(F, 0, F),
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    #test{f = F, location = {M, N, A}};
parse_simple({test, M, F}) when is_atom(M), is_atom(F) ->
    #test{f = eunit_test:mf_wrapper(M, F), location = {M, F, 0}};
parse_simple({M, F}) when is_atom(M), is_atom(F) ->
    parse_simple({test, M, F});
parse_simple(F) ->
    throw({bad_test, F}).

check_arity(F, N, _) when is_function(F, N) -> ok;
check_arity(_, _, T) -> throw({bad_test, T}).

ok(_) -> ok.
ok(_, _) -> ok.

%% {setup, [{Tag, Setup[, Cleanup]}...], ...}: set up in order, clean up in
%% reverse; a failure is thrown as {Tag, Exception} after undoing the rest.
multi_setup(List, T) ->
    Steps = [case Step of
                 {Tag, S, C} when is_atom(Tag), is_function(S, 0), is_function(C, 1) -> {Tag, S, C};
                 {Tag, S} when is_atom(Tag), is_function(S, 0) -> {Tag, S, fun ok/1};
                 _ -> throw({bad_test, T})
             end || Step <- List],
    {fun () -> setup_steps(Steps, [], []) end,
     fun (Resources) -> cleanup_steps(lists:reverse(Steps), lists:reverse(Resources)) end}.

%% Done and Resources are newest first.
setup_steps([], _Done, Resources) -> lists:reverse(Resources);
setup_steps([{Tag, S, _} = Step | Rest], Done, Resources) ->
    try S() of
        R -> setup_steps(Rest, [Step | Done], [R | Resources])
    catch
        Class:Term:Trace ->
            cleanup_steps(Done, Resources),
            throw({Tag, {Class, Term, Trace}})
    end.

cleanup_steps([{Tag, _, C} | Rest], [R | Rs]) ->
    try C(R) of
        _ -> cleanup_steps(Rest, Rs)
    catch
        Class:Term:Trace -> throw({Tag, {Class, Term, Trace}})
    end;
cleanup_steps(_, _) -> ok.

%% A group's members are read here once to see whether it has only one; the
%% group is read again when it runs (generators run twice, as in OTP).
-file("eunit_data.erl", 481).
group(#group{context = #context{}} = G) ->
    G;
group(#group{tests = T0, options = Options} = G) ->
    {T1, Rest} = lookahead(T0, Options),
    {T2, _} = lookahead(Rest, Options),
    merge(T1, T2, G).

merge(#test{desc = D1, timeout = TO1} = T1, none,
      #group{desc = D, timeout = TO, spawn = undefined, context = undefined})
        when (D =:= undefined orelse D1 =:= undefined),
             (TO =:= undefined orelse TO1 =:= undefined) ->
    T1#test{desc = join(D, D1), timeout = join(TO, TO1)};
merge(#test{timeout = undefined}, none,
      #group{timeout = TO, context = undefined, tests = T0} = G) when TO =/= undefined ->
    G#group{tests = {timeout, TO div 1000, T0}, timeout = undefined};
merge(#group{desc = D1, order = O1, context = C1, spawn = S1, timeout = TO1} = T1, none,
      #group{desc = D, order = O, context = C, spawn = S, timeout = TO})
        when (D =:= undefined orelse D1 =:= undefined),
             (O =:= undefined orelse O1 =:= undefined),
             (C =:= undefined orelse C1 =:= undefined),
             (S =:= undefined orelse S1 =:= undefined),
             (TO =:= undefined orelse TO1 =:= undefined) ->
    group(T1#group{desc = join(D, D1), order = join(O, O1), context = join(C, C1),
                   spawn = join(S, S1), timeout = join(TO, TO1)});
merge(#group{order = O1, timeout = TO1}, none, #group{order = O, timeout = TO} = G) ->
    push_order(O, O1, push_timeout(TO, TO1, G));
merge(_, _, G) ->
    G.

-file("eunit_data.erl", 530).
lookahead(T, Options) ->
    case next(T, Options) of
        {T1, Rest} -> {T1, Rest};
        none -> {none, []}
    end.

join(undefined, X) -> X;
join(X, undefined) -> X.

push_timeout(TO, undefined, #group{context = undefined, tests = T} = G) when TO =/= undefined ->
    G#group{tests = {timeout, TO div 1000, T}, timeout = undefined};
push_timeout(_, _, G) -> G.

push_order(inorder, undefined, G) ->
    G#group{tests = {inorder, G#group.tests}, order = undefined};
push_order({inparallel, N}, undefined, G) ->
    G#group{tests = {inparallel, N, G#group.tests}, order = undefined};
push_order(_, _, G) -> G.

%% A module's tests: its exported *_test/0 (tests) and *_test_/0 (generators)
%% in the order module_info(exports) lists them, then M_tests' as a group.
module_tests(M, Options) ->
    Exports = try M:module_info(exports)
              catch error:undef -> throw({module_not_found, M})
              end,
    Own = [case lists:suffix("_test", atom_to_list(F)) of
               true -> {test, M, F};
               false -> {generator, M, F}
           end || {F, 0} <- Exports,
                  lists:suffix("_test", atom_to_list(F))
                      orelse lists:suffix("_test_", atom_to_list(F))],
    Name = atom_to_list(M),
    case lists:suffix("_tests", Name) orelse proplists:get_bool(exact_execution, Options) of
        true ->
            Own;
        false ->
            Companion = list_to_atom(Name ++ "_tests"),
            try module_tests(Companion, Options) of
                More -> Own ++ [{"module '" ++ Name ++ "_tests'", More}]
            catch
                throw:{module_not_found, Companion} -> Own
            end
    end.

%% The fixture's tests, run by F in this process or in a new one.
enter_context(#context{setup = S, cleanup = C, process = P}, I, F) ->
    Callback = case P of
                   local -> F;
                   spawn -> fun (X) -> F({spawn, X}) end;
                   {spawn, N} -> fun (X) -> F({spawn, N, X}) end
               end,
    eunit_test:enter_context(S, C, I, Callback).

%% Values that are surely not tests: what a generator or instantiator
%% returned by mistake.
is_not_test(T) ->
    case T of
        ok -> true;
        error -> true;
        true -> true;
        false -> true;
        undefined -> true;
        {ok, _} -> true;
        {error, _} -> true;
        {'EXIT', _} -> true;
        N when is_number(N) -> true;
        [N | _] when is_number(N) -> true;
        X when is_binary(X) -> true;
        X when is_pid(X) -> true;
        X when is_port(X) -> true;
        X when is_reference(X) -> true;
        _ -> false
    end.
