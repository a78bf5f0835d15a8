%% erl_eval: an interpreter for Erlang's abstract format (erl_parse output).
%%
%% Why Erlang: evaluation calls back into Erlang all the time (funs passed
%% to lists:map, local and non-local function handlers, receive), which a
%% Python BIF cannot do. Bit syntax segments and the mailbox scan of an
%% interpreted receive are Python helpers (erl_eval_bits, erl_eval_mailbox).
%%
%% Matches erl_eval of Erlang/OTP 25 by behaviour: results, bindings and
%% error reasons. Stack traces show this module's own frames, not OTP's.
%% Speed: bindings are a map, clauses are matched in one pass, comprehension
%% results are accumulated and reversed once; nothing is quadratic.
%%
%% Notes
%%  1. Bindings are an orddict of {Name, Value} (new_bindings/0 is []), as
%%     in OTP 25; a map is accepted wherever bindings are, and results come
%%     back in the form given. Inside, bindings are a map, for speed; an
%%     {eval,F} handler is given (and may return) an orddict.
%%  2. A fun made here is a real fun: a closure over the interpreter state
%%     {Clauses, Bindings, LocalHandler, NonLocalHandler, Name}, with one
%%     wrapper per arity (0..20), so compiled code can call it, pass it on
%%     and ask its arity. It prints as OTP 25.2 prints its erl_eval funs
%%     (erl_eval_funs:otp_label/2). A clause that matches nothing raises
%%     function_clause with the frame {erl_eval,'-inside-an-interpreted-fun-',Args}.
%%  3. Fun heads and generator patterns bind fresh variables (they shadow
%%     outer ones); other patterns compare with variables already bound.
%%  4. Guards: an exception in a guard test makes it false.
%%  5. Local calls: an auto-imported BIF goes to erlang; anything else goes
%%     to the local function handler ({value,F}: F(Name, Args); {eval,F}:
%%     F(Name, ArgExprs, Bindings) -> {value,V,Bs}); with none it is undef
%%     with the frame {erl_eval,Name,Arity}. Remote calls and calls of funs
%%     not made here go through the non-local handler {value,F}: F(Func, Args).
%%  6. receive: each message is taken by a catch-all receive that starts at
%%     the next unexamined message (erl_eval_mailbox:skip_to/1); one that no
%%     clause matches is put back where it was.
%%  7. Records are not supported: a record expression raises
%%     {undef_record, Name} (or {undefined_record, Name} from the check of
%%     note 8), as OTP does for a record it does not know.
%%  8. Before running, exprs/2 and expr/2 (not the variants with handlers)
%%     look for a variable that no pattern anywhere binds and for record
%%     syntax, and raise {unbound_var, V} or {undefined_record, R} for the
%%     first in text order, as OTP's check does. OTP's check is erl_lint's, which also catches a variable used
%%     before the pattern binding it, or bound in only some branches; here
%%     those are {unbound, V} when evaluation reaches them, which is what
%%     OTP's evaluator raises when its check did not run (expr_list).
%%  9. A comprehension filter that is a guard expression is a guard: false
%%     when it fails or is not true; any other filter must be a boolean or
%%     it raises {bad_filter, V}.
%% 10. A local fun (fun f/1) has no module to refer to: undef, as in OTP.
-module(erl_eval).

-export([exprs/2, exprs/3, exprs/4, expr/2, expr/3, expr/4, expr/5,
         expr_list/2, expr_list/3, expr_list/4,
         new_bindings/0, bindings/1, binding/2, add_binding/3, del_binding/2,
         is_constant_expr/1, partial_eval/1, match_clause/4, check_command/2]).

%% ---------------------------------------------------------------- bindings

new_bindings() -> [].

bindings(Bs) when is_map(Bs) -> lists:sort(maps:to_list(Bs));
bindings(Bs) when is_list(Bs) -> Bs.

binding(Name, Bs) when is_map(Bs) ->
    case Bs of
        #{Name := Value} -> {value, Value};
        _ -> unbound
    end;
binding(Name, Bs) when is_list(Bs) ->
    case orddict:find(Name, Bs) of
        {ok, Value} -> {value, Value};
        error -> unbound
    end.

add_binding(Name, Value, Bs) when is_map(Bs) -> Bs#{Name => Value};
add_binding(Name, Value, Bs) when is_list(Bs) -> orddict:store(Name, Value, Bs).

del_binding(Name, Bs) when is_map(Bs) -> maps:remove(Name, Bs);
del_binding(Name, Bs) when is_list(Bs) -> orddict:erase(Name, Bs).

%% Inside, bindings are always a map (note 1); these convert at the edges.
to_map(Bs) when is_map(Bs) -> Bs;
to_map(Bs) when is_list(Bs) -> maps:from_list(Bs).

%% The bindings handed back, in the form the caller gave them.
from_map(Bs, Given) when is_map(Given) -> Bs;
from_map(Bs, _Given) -> lists:sort(maps:to_list(Bs)).

%% ---------------------------------------------------------------- entry points

exprs(Exprs, Bs) ->
    precheck(Exprs, Bs),
    exprs(Exprs, Bs, none, none).

exprs(Exprs, Bs, Lf) -> exprs(Exprs, Bs, Lf, none).

exprs(Exprs, Bs0, Lf, Ef) ->
    {value, Value, Bs} = body(Exprs, to_map(Bs0), Lf, Ef),
    {value, Value, from_map(Bs, Bs0)}.

body([Expr], Bs, Lf, Ef) ->
    eval(Expr, Bs, Lf, Ef);
body([Expr | Exprs], Bs0, Lf, Ef) ->
    {value, _, Bs} = eval(Expr, Bs0, Lf, Ef),
    body(Exprs, Bs, Lf, Ef).

expr(Expr, Bs) ->
    precheck([Expr], Bs),
    expr(Expr, Bs, none, none, none).

expr(Expr, Bs, Lf) -> expr(Expr, Bs, Lf, none, none).

expr(Expr, Bs, Lf, Ef) -> expr(Expr, Bs, Lf, Ef, none).

expr(Expr, Bs0, Lf, Ef, none) ->
    {value, Value, Bs} = eval(Expr, to_map(Bs0), Lf, Ef),
    {value, Value, from_map(Bs, Bs0)};
expr(Expr, Bs, Lf, Ef, value) ->
    {value, Value, _} = eval(Expr, to_map(Bs), Lf, Ef),
    Value.

expr_list(Exprs, Bs) -> expr_list(Exprs, Bs, none, none).

expr_list(Exprs, Bs, Lf) -> expr_list(Exprs, Bs, Lf, none).

expr_list(Exprs, Bs0, Lf, Ef) ->
    {Values, Bs} = eval_list(Exprs, to_map(Bs0), Lf, Ef),
    {Values, from_map(Bs, Bs0)}.

%% Each expression starts from Bs0, as arguments do; what they bind is merged.
eval_list(Exprs, Bs0, Lf, Ef) ->
    eval_list(Exprs, Bs0, Lf, Ef, [], Bs0).

eval_list([Expr | Exprs], Bs0, Lf, Ef, Acc, BsAcc) ->
    {value, V, BsOut} = eval(Expr, Bs0, Lf, Ef),
    eval_list(Exprs, Bs0, Lf, Ef, [V | Acc], merge_bindings(BsOut, Bs0, BsAcc));
eval_list([], _Bs0, _Lf, _Ef, Acc, Bs) ->
    {lists:reverse(Acc), Bs}.

%% Adds what New bound beyond Bs0 to Acc; a variable bound to two values
%% by sibling expressions is a badmatch.
merge_bindings(Bs0, Bs0, Acc) -> Acc;
merge_bindings(New, Bs0, Acc) ->
    maps:fold(fun(Name, Value, BsIn) ->
                      case BsIn of
                          #{Name := Value} -> BsIn;
                          #{Name := _} -> erlang:error({badmatch, Value});
                          _ when is_map_key(Name, Bs0) -> BsIn;
                          _ -> BsIn#{Name => Value}
                      end
              end, Acc, New).

%% The check before running (note 8): ok, or {error, {Location, erl_lint, Reason}}.
check_command(Exprs, Bs) ->
    case first_error(Exprs, pattern_vars(Exprs, to_map(Bs))) of
        ok -> ok;
        {Anno, Reason} -> {error, {location(Anno), erl_lint, Reason}}
    end.

precheck(Exprs, Bs) ->
    case check_command(Exprs, Bs) of
        ok -> ok;
        {error, {_, erl_lint, Reason}} -> erlang:raise(error, Reason, caller_stack())
    end.

location(Anno) when is_list(Anno) -> proplists:get_value(location, Anno, 0);
location(Anno) -> Anno.

%% Every variable that some pattern could bind, added to Bound (a map key or
%% a segment size in a pattern only reads its variables).
pattern_vars({match, _, Pattern, Expr}, Bound) ->
    pattern_vars(Expr, all_vars(Pattern, Bound));
pattern_vars({clause, _, Patterns, Guard, Body}, Bound) ->
    pattern_vars(Body, pattern_vars(Guard, all_vars(Patterns, Bound)));
pattern_vars({Generate, _, Pattern, Expr}, Bound) when Generate =:= generate; Generate =:= b_generate ->
    pattern_vars(Expr, all_vars(Pattern, Bound));
pattern_vars({named_fun, _, Name, Clauses}, Bound) ->
    pattern_vars(Clauses, Bound#{Name => true});
pattern_vars(Node, Bound) when is_tuple(Node) ->
    pattern_vars(tuple_to_list(Node), Bound);
pattern_vars([Node | Nodes], Bound) ->
    pattern_vars(Nodes, pattern_vars(Node, Bound));
pattern_vars(_, Bound) ->
    Bound.

all_vars({var, _, Name}, Bound) -> Bound#{Name => true};
all_vars({map_field_exact, _, _Key, Value}, Bound) -> all_vars(Value, Bound);
all_vars({bin_element, _, Value, _Size, _Types}, Bound) -> all_vars(Value, Bound);
all_vars(Node, Bound) when is_tuple(Node) -> all_vars(tuple_to_list(Node), Bound);
all_vars([Node | Nodes], Bound) -> all_vars(Nodes, all_vars(Node, Bound));
all_vars(_, Bound) -> Bound.

%% The first variable, in text order, that nothing binds, or the first record.
first_error({var, Anno, Name}, Bound) ->
    case Bound of
        #{Name := _} -> ok;
        _ -> {Anno, {unbound_var, Name}}
    end;
first_error({record, Anno, Name, _}, _Bound) -> {Anno, {undefined_record, Name}};
first_error({record, Anno, _, Name, _}, _Bound) -> {Anno, {undefined_record, Name}};
first_error({record_field, Anno, _, Name, _}, _Bound) when is_atom(Name) ->
    {Anno, {undefined_record, Name}};
first_error({record_index, Anno, Name, _}, _Bound) -> {Anno, {undefined_record, Name}};
first_error(Node, Bound) when is_tuple(Node) ->
    first_error(tuple_to_list(Node), Bound);
first_error([Node | Nodes], Bound) ->
    case first_error(Node, Bound) of
        ok -> first_error(Nodes, Bound);
        Reason -> Reason
    end;
first_error(_, _Bound) ->
    ok.

%% ---------------------------------------------------------------- expressions

eval({var, _, Name}, Bs, _Lf, _Ef) ->
    case Bs of
        #{Name := Value} -> {value, Value, Bs};
        _ -> erlang:error({unbound, Name})
    end;
eval({integer, _, I}, Bs, _Lf, _Ef) -> {value, I, Bs};
eval({char, _, C}, Bs, _Lf, _Ef) -> {value, C, Bs};
eval({float, _, F}, Bs, _Lf, _Ef) -> {value, F, Bs};
eval({atom, _, A}, Bs, _Lf, _Ef) -> {value, A, Bs};
eval({string, _, S}, Bs, _Lf, _Ef) -> {value, S, Bs};
eval({nil, _}, Bs, _Lf, _Ef) -> {value, [], Bs};
eval({cons, _, _, _} = Cons, Bs0, Lf, Ef) ->
    cons(Cons, [], Bs0, Lf, Ef);
eval({tuple, _, Es}, Bs0, Lf, Ef) ->
    {Values, Bs} = eval_list(Es, Bs0, Lf, Ef),
    {value, list_to_tuple(Values), Bs};
eval({map, _, Fields}, Bs0, Lf, Ef) ->
    {Pairs, Bs} = map_fields(Fields, Bs0, Lf, Ef),
    {value, lists:foldl(fun({_, K, V}, M) -> M#{K => V} end, #{}, Pairs), Bs};
eval({map, _, Base, Fields}, Bs0, Lf, Ef) ->
    {value, Map0, Bs1} = eval(Base, Bs0, Lf, Ef),
    {Pairs, Bs} = map_fields(Fields, Bs1, Lf, Ef),
    case is_map(Map0) of
        true -> ok;
        false -> erlang:error({badmap, Map0})
    end,
    Map = lists:foldl(fun({assoc, K, V}, M) -> M#{K => V};
                         ({exact, K, V}, M) -> maps:update(K, V, M)
                      end, Map0, Pairs),
    {value, Map, Bs};
eval({record, _, Name, _}, _Bs, _Lf, _Ef) -> erlang:error({undef_record, Name});
eval({record, _, _, Name, _}, _Bs, _Lf, _Ef) -> erlang:error({undef_record, Name});
eval({record_field, _, _, Name, _}, _Bs, _Lf, _Ef) -> erlang:error({undef_record, Name});
eval({record_index, _, Name, _}, _Bs, _Lf, _Ef) -> erlang:error({undef_record, Name});
eval({block, _, Es}, Bs, Lf, Ef) ->
    body(Es, Bs, Lf, Ef);
eval({'if', _, Clauses}, Bs, Lf, Ef) ->
    if_clauses(Clauses, Bs, Lf, Ef);
eval({'case', _, Expr, Clauses}, Bs0, Lf, Ef) ->
    {value, Value, Bs} = eval(Expr, Bs0, Lf, Ef),
    case match_clauses(Clauses, [Value], Bs, Lf, Ef) of
        {Body, Bs1} -> body(Body, Bs1, Lf, Ef);
        nomatch -> erlang:error({case_clause, Value})
    end;
eval({'try', _, Body, Cases, Catches, After}, Bs, Lf, Ef) ->
    try_expr(Body, Cases, Catches, After, Bs, Lf, Ef);
eval({'receive', _, Clauses}, Bs, Lf, Ef) ->
    receive_clauses(Clauses, infinity, [], Bs, Lf, Ef);
eval({'receive', _, Clauses, TimeoutExpr, AfterBody}, Bs0, Lf, Ef) ->
    {value, Timeout, Bs} = eval(TimeoutExpr, Bs0, Lf, Ef),
    receive_clauses(Clauses, Timeout, AfterBody, Bs, Lf, Ef);
eval({'fun', _, {function, Name, Arity}}, _Bs, _Lf, _Ef) ->
    erlang:raise(error, undef, [{erl_eval, Name, Arity, []} | caller_stack()]);
eval({'fun', _, {function, M, F, A}}, Bs0, Lf, Ef) ->
    {[Mod, Fun, Arity], Bs} = eval_list([M, F, A], Bs0, Lf, Ef),
    {value, erlang:make_fun(Mod, Fun, Arity), Bs};
eval({'fun', _, {clauses, Clauses}}, Bs, Lf, Ef) ->
    {value, make_fun(Clauses, clause_arity(Clauses), Bs, Lf, Ef, none), Bs};
eval({named_fun, _, Name, Clauses}, Bs, Lf, Ef) ->
    {value, make_fun(Clauses, clause_arity(Clauses), Bs, Lf, Ef, Name), Bs};
eval({call, _, {remote, _, M, F}, Args}, Bs0, Lf, Ef) ->
    {value, Mod, Bs1} = eval(M, Bs0, Lf, Ef),
    {value, Fun, Bs2} = eval(F, Bs1, Lf, Ef),
    {Values, Bs} = eval_list(Args, Bs2, Lf, Ef),
    {value, remote_call(Mod, Fun, Values, Ef), Bs};
eval({call, _, {atom, _, Name}, Args}, Bs0, Lf, Ef) ->
    case erl_internal:bif(Name, length(Args)) of
        true ->
            {Values, Bs} = eval_list(Args, Bs0, Lf, Ef),
            {value, remote_call(erlang, Name, Values, Ef), Bs};
        false ->
            local_call(Name, Args, Bs0, Lf, Ef)
    end;
eval({call, _, FunExpr, Args}, Bs0, Lf, Ef) ->
    {value, Fun, Bs1} = eval(FunExpr, Bs0, Lf, Ef),
    {Values, Bs} = eval_list(Args, Bs1, Lf, Ef),
    {value, apply_fun(Fun, Values, Ef), Bs};
eval({'catch', _, Expr}, Bs, Lf, Ef) ->
    try eval(Expr, Bs, Lf, Ef) of
        {value, Value, _} -> {value, Value, Bs}
    catch
        throw:Thrown -> {value, Thrown, Bs};
        exit:Reason -> {value, {'EXIT', Reason}, Bs};
        error:Reason:Stack -> {value, {'EXIT', {Reason, Stack}}, Bs}
    end;
eval({match, _, Pattern, Expr}, Bs0, Lf, Ef) ->
    {value, Value, Bs1} = eval(Expr, Bs0, Lf, Ef),
    case match(Pattern, Value, Bs1, Bs1) of
        {match, Bs} -> {value, Value, Bs};
        nomatch -> erlang:error({badmatch, Value})
    end;
eval({op, _, 'andalso', Left, Right}, Bs0, Lf, Ef) ->
    case eval(Left, Bs0, Lf, Ef) of
        {value, false, Bs} -> {value, false, Bs};
        {value, true, Bs} -> eval(Right, Bs, Lf, Ef);
        {value, Other, _} -> erlang:error({badarg, Other})
    end;
eval({op, _, 'orelse', Left, Right}, Bs0, Lf, Ef) ->
    case eval(Left, Bs0, Lf, Ef) of
        {value, true, Bs} -> {value, true, Bs};
        {value, false, Bs} -> eval(Right, Bs, Lf, Ef);
        {value, Other, _} -> erlang:error({badarg, Other})
    end;
eval({op, _, Op, Arg}, Bs0, Lf, Ef) ->
    {value, Value, Bs} = eval(Arg, Bs0, Lf, Ef),
    {value, erlang:Op(Value), Bs};
eval({op, _, Op, Left, Right}, Bs0, Lf, Ef) ->
    {value, L, Bs1} = eval(Left, Bs0, Lf, Ef),
    {value, R, Bs} = eval(Right, Bs1, Lf, Ef),
    {value, erlang:Op(L, R), Bs};
eval({bin, _, Elements}, Bs0, Lf, Ef) ->
    {Segments, Bs} = bin_segments(Elements, [], Bs0, Lf, Ef),
    {value, erl_eval_bits:build(Segments), Bs};
eval({lc, _, Expr, Qualifiers}, Bs, Lf, Ef) ->
    Acc = comprehension(qualifiers(Qualifiers), Expr, Bs, Lf, Ef, []),
    {value, lists:reverse(Acc), Bs};
eval({bc, _, Expr, Qualifiers}, Bs, Lf, Ef) ->
    Acc = comprehension(qualifiers(Qualifiers), Expr, Bs, Lf, Ef, []),
    {value, list_to_bitstring(lists:reverse(Acc)), Bs};
eval({remote, _, _, _} = Expr, _Bs, _Lf, _Ef) ->
    erlang:error({illegal_expr, Expr});
eval(Expr, _Bs, _Lf, _Ef) ->
    erlang:error({illegal_expr, Expr}).

%% A list expression, walked along its tail so long lists take no deep recursion.
cons({cons, _, Head, Tail}, Acc, Bs0, Lf, Ef) ->
    {value, H, Bs} = eval(Head, Bs0, Lf, Ef),
    cons(Tail, [H | Acc], Bs, Lf, Ef);
cons(Tail, Acc, Bs0, Lf, Ef) ->
    {value, T, Bs} = eval(Tail, Bs0, Lf, Ef),
    {value, lists:reverse(Acc, T), Bs}.

map_fields(Fields, Bs0, Lf, Ef) ->
    {Pairs, Bs} =
        lists:foldl(fun({Tag, _, K0, V0}, {Acc, BsIn}) ->
                            {value, K, Bs1} = eval(K0, BsIn, Lf, Ef),
                            {value, V, Bs2} = eval(V0, Bs1, Lf, Ef),
                            Kind = case Tag of
                                       map_field_assoc -> assoc;
                                       map_field_exact -> exact
                                   end,
                            {[{Kind, K, V} | Acc], Bs2}
                    end, {[], Bs0}, Fields),
    {lists:reverse(Pairs), Bs}.

%% ---------------------------------------------------------------- calls

local_call(Name, Args, Bs0, {value, F}, Ef) ->
    {Values, Bs} = eval_list(Args, Bs0, {value, F}, Ef),
    {value, F(Name, Values), Bs};
local_call(Name, Args, Bs0, {value, F, Extra}, Ef) ->
    {Values, Bs} = eval_list(Args, Bs0, {value, F, Extra}, Ef),
    {value, apply(F, [Name, Values | Extra]), Bs};
local_call(Name, Args, Bs, {eval, F}, _Ef) ->
    handled(F(Name, Args, from_map(Bs, [])));
local_call(Name, Args, Bs, {eval, F, Extra}, _Ef) ->
    handled(apply(F, [Name, Args, from_map(Bs, []) | Extra]));
local_call(Name, Args, Bs0, none, Ef) ->
    {Values, _} = eval_list(Args, Bs0, none, Ef),
    Stack = caller_stack(),
    erlang:raise(error, undef, [{erl_eval, Name, length(Values), []} | Stack]).

%% The stack trace of the caller, to put an interpreter frame on top of.
caller_stack() ->
    try throw(stack) catch throw:stack:Stack -> tl(Stack) end.

handled({value, Value, Bs}) -> {value, Value, to_map(Bs)}.

remote_call(erlang, apply, [Fun, Args], none) -> apply(Fun, Args);
remote_call(erlang, apply, [Mod, Fun, Args], none) -> apply(Mod, Fun, Args);
remote_call(Mod, Fun, Args, none) -> apply(Mod, Fun, Args);
remote_call(Mod, Fun, Args, {value, F}) -> F({Mod, Fun}, Args).

apply_fun(Fun, Args, none) -> apply(Fun, Args);
apply_fun(Fun, Args, {value, F}) when is_function(Fun) ->
    case erlang:fun_info(Fun, module) of
        {module, erl_eval} -> apply(Fun, Args);
        _ -> F(Fun, Args)
    end;
apply_fun(Fun, Args, {value, F}) -> F(Fun, Args).

%% ---------------------------------------------------------------- funs (note 2)

clause_arity([{clause, _, Patterns, _, _} | _]) -> length(Patterns).

make_fun(Clauses, Arity, Bs, Lf, Ef, Name) ->
    Info = {Clauses, Bs, Lf, Ef, Name},
    case Name of
        none -> erl_eval_funs:otp_label(plain_fun(Arity, Info), plain);
        _ -> erl_eval_funs:otp_label(named_fun(Arity, Info), named)
    end.

plain_fun(0, I) -> fun() -> eval_fun([], I, none) end;
plain_fun(1, I) -> fun(A) -> eval_fun([A], I, none) end;
plain_fun(2, I) -> fun(A, B) -> eval_fun([A, B], I, none) end;
plain_fun(3, I) -> fun(A, B, C) -> eval_fun([A, B, C], I, none) end;
plain_fun(4, I) -> fun(A, B, C, D) -> eval_fun([A, B, C, D], I, none) end;
plain_fun(5, I) -> fun(A, B, C, D, E) -> eval_fun([A, B, C, D, E], I, none) end;
plain_fun(6, I) -> fun(A, B, C, D, E, F) -> eval_fun([A, B, C, D, E, F], I, none) end;
plain_fun(7, I) -> fun(A, B, C, D, E, F, G) -> eval_fun([A, B, C, D, E, F, G], I, none) end;
plain_fun(8, I) ->
    fun(A, B, C, D, E, F, G, H) -> eval_fun([A, B, C, D, E, F, G, H], I, none) end;
plain_fun(9, I) ->
    fun(A, B, C, D, E, F, G, H, J) -> eval_fun([A, B, C, D, E, F, G, H, J], I, none) end;
plain_fun(10, I) ->
    fun(A, B, C, D, E, F, G, H, J, K) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K], I, none) end;
plain_fun(11, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L], I, none) end;
plain_fun(12, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M], I, none) end;
plain_fun(13, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N], I, none) end;
plain_fun(14, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O], I, none) end;
plain_fun(15, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P], I, none) end;
plain_fun(16, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q], I, none) end;
plain_fun(17, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R], I, none) end;
plain_fun(18, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S], I, none) end;
plain_fun(19, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T], I, none) end;
plain_fun(20, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U], I, none) end;
plain_fun(_, _) -> erlang:error({argument_limit, 'fun'}).

named_fun(0, I) -> fun Self() -> eval_fun([], I, Self) end;
named_fun(1, I) -> fun Self(A) -> eval_fun([A], I, Self) end;
named_fun(2, I) -> fun Self(A, B) -> eval_fun([A, B], I, Self) end;
named_fun(3, I) -> fun Self(A, B, C) -> eval_fun([A, B, C], I, Self) end;
named_fun(4, I) -> fun Self(A, B, C, D) -> eval_fun([A, B, C, D], I, Self) end;
named_fun(5, I) -> fun Self(A, B, C, D, E) -> eval_fun([A, B, C, D, E], I, Self) end;
named_fun(6, I) -> fun Self(A, B, C, D, E, F) -> eval_fun([A, B, C, D, E, F], I, Self) end;
named_fun(7, I) ->
    fun Self(A, B, C, D, E, F, G) -> eval_fun([A, B, C, D, E, F, G], I, Self) end;
named_fun(8, I) ->
    fun Self(A, B, C, D, E, F, G, H) -> eval_fun([A, B, C, D, E, F, G, H], I, Self) end;
named_fun(9, I) ->
    fun Self(A, B, C, D, E, F, G, H, J) -> eval_fun([A, B, C, D, E, F, G, H, J], I, Self) end;
named_fun(10, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K], I, Self) end;
named_fun(11, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L], I, Self) end;
named_fun(12, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M], I, Self) end;
named_fun(13, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N], I, Self) end;
named_fun(14, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O], I, Self) end;
named_fun(15, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P], I, Self) end;
named_fun(16, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q], I, Self) end;
named_fun(17, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R], I, Self) end;
named_fun(18, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S], I, Self) end;
named_fun(19, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T], I, Self) end;
named_fun(20, I) ->
    fun Self(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U], I, Self) end;
named_fun(_, _) -> erlang:error({argument_limit, 'fun'}).

eval_fun(Args, {Clauses, Bs0, Lf, Ef, Name}, Self) ->
    Bs = case Self of
             none -> Bs0;
             _ -> Bs0#{Name => erl_eval_funs:otp_label(Self, named)}
         end,
    case fun_clauses(Clauses, Args, Bs, Lf, Ef) of
        {Body, Bs1} ->
            {value, Value, _} = body(Body, Bs1, Lf, Ef),
            Value;
        nomatch ->
            Stack = caller_stack(),
            erlang:raise(error, function_clause,
                         [{erl_eval, '-inside-an-interpreted-fun-', Args, []} | Stack])
    end.

%% Fun heads bind fresh variables (note 3).
fun_clauses([{clause, _, Patterns, Guard, Body} | Clauses], Args, Bs, Lf, Ef) ->
    case match_list(Patterns, Args, #{}, Bs) of
        {match, New} ->
            Bs1 = maps:merge(Bs, New),
            case guard(Guard, Bs1, Lf, Ef) of
                true -> {Body, Bs1};
                false -> fun_clauses(Clauses, Args, Bs, Lf, Ef)
            end;
        nomatch ->
            fun_clauses(Clauses, Args, Bs, Lf, Ef)
    end;
fun_clauses([], _Args, _Bs, _Lf, _Ef) ->
    nomatch.

%% ---------------------------------------------------------------- clauses

match_clause(Clauses, Values, Bs0, Lf) ->
    case match_clauses(Clauses, Values, to_map(Bs0), Lf, none) of
        {Body, Bs} -> {Body, from_map(Bs, Bs0)};
        nomatch -> nomatch
    end.

match_clauses([{clause, _, Patterns, Guard, Body} | Clauses], Values, Bs, Lf, Ef) ->
    case match_list(Patterns, Values, Bs, Bs) of
        {match, Bs1} ->
            case guard(Guard, Bs1, Lf, Ef) of
                true -> {Body, Bs1};
                false -> match_clauses(Clauses, Values, Bs, Lf, Ef)
            end;
        nomatch ->
            match_clauses(Clauses, Values, Bs, Lf, Ef)
    end;
match_clauses([], _Values, _Bs, _Lf, _Ef) ->
    nomatch.

if_clauses([{clause, _, [], Guard, Body} | Clauses], Bs, Lf, Ef) ->
    case guard(Guard, Bs, Lf, Ef) of
        true -> body(Body, Bs, Lf, Ef);
        false -> if_clauses(Clauses, Bs, Lf, Ef)
    end;
if_clauses([], _Bs, _Lf, _Ef) ->
    erlang:error(if_clause).

try_expr(Body, Cases, Catches, After, Bs, Lf, Ef) ->
    try
        try body(Body, Bs, Lf, Ef) of
            {value, Value, Bs1} when Cases =:= [] -> {value, Value, Bs1};
            {value, Value, Bs1} ->
                case match_clauses(Cases, [Value], Bs1, Lf, Ef) of
                    {CaseBody, Bs2} -> body(CaseBody, Bs2, Lf, Ef);
                    nomatch -> erlang:error({try_clause, Value})
                end
        catch
            Class:Reason:Stack when Catches =/= [] ->
                case match_clauses(Catches, [{Class, Reason, Stack}], Bs, Lf, Ef) of
                    {CatchBody, Bs3} -> body(CatchBody, Bs3, Lf, Ef);
                    nomatch -> erlang:raise(Class, Reason, Stack)
                end
        end
    after
        case After of
            [] -> ok;
            _ -> body(After, Bs, Lf, Ef)
        end
    end.

%% An interpreted receive (note 6).
receive_clauses(Clauses, Timeout, AfterBody, Bs, Lf, Ef) ->
    Deadline = case Timeout of
                   infinity -> infinity;
                   _ when is_integer(Timeout), Timeout >= 0 ->
                       erlang:monotonic_time(millisecond) + Timeout;
                   _ -> erlang:error(timeout_value)
               end,
    receive_loop(Clauses, 0, Deadline, AfterBody, Bs, Lf, Ef).

receive_loop(Clauses, Index, Deadline, AfterBody, Bs, Lf, Ef) ->
    erl_eval_mailbox:skip_to(Index),
    Wait = case Deadline of
               infinity -> infinity;
               _ -> max(0, Deadline - erlang:monotonic_time(millisecond))
           end,
    receive
        Message ->
            Matched = try match_clauses(Clauses, [Message], Bs, Lf, Ef)
                      catch Class:Reason:Stack ->
                              erl_eval_mailbox:put_back(Index, Message),
                              erlang:raise(Class, Reason, Stack)
                      end,
            case Matched of
                {Body, Bs1} ->
                    body(Body, Bs1, Lf, Ef);
                nomatch ->
                    erl_eval_mailbox:put_back(Index, Message),
                    receive_loop(Clauses, Index + 1, Deadline, AfterBody, Bs, Lf, Ef)
            end
    after Wait ->
            body(AfterBody, Bs, Lf, Ef)
    end.

%% ---------------------------------------------------------------- guards (note 4)

guard([], _Bs, _Lf, _Ef) -> true;
guard(Alternatives, Bs, Lf, Ef) ->
    lists:any(fun(Tests) -> guard_tests(Tests, Bs, Lf, Ef) end, Alternatives).

guard_tests([Test | Tests], Bs, Lf, Ef) ->
    Result = try eval(Test, Bs, Lf, Ef) of
                 {value, true, _} -> true;
                 _ -> false
             catch
                 error:_ -> false
             end,
    Result andalso guard_tests(Tests, Bs, Lf, Ef);
guard_tests([], _Bs, _Lf, _Ef) ->
    true.

%% ---------------------------------------------------------------- comprehensions

comprehension([{generate, _, Pattern, ListExpr} | Rest], Expr, Bs, Lf, Ef, Acc) ->
    {value, List, _} = eval(ListExpr, Bs, Lf, Ef),
    generate(List, Pattern, Rest, Expr, Bs, Lf, Ef, Acc);
comprehension([{b_generate, _, Pattern, BinExpr} | Rest], Expr, Bs, Lf, Ef, Acc) ->
    {value, Bin, _} = eval(BinExpr, Bs, Lf, Ef),
    b_generate(Bin, Pattern, Rest, Expr, Bs, Lf, Ef, Acc);
comprehension([{guard_filter, Filter} | Rest], Expr, Bs, Lf, Ef, Acc) ->
    case guard_tests([Filter], Bs, Lf, Ef) of
        true -> comprehension(Rest, Expr, Bs, Lf, Ef, Acc);
        false -> Acc
    end;
comprehension([{filter, Filter} | Rest], Expr, Bs, Lf, Ef, Acc) ->
    filter(Filter, Rest, Expr, Bs, Lf, Ef, Acc);
comprehension([], Expr, Bs, Lf, Ef, Acc) ->
    {value, Value, _} = eval(Expr, Bs, Lf, Ef),
    [Value | Acc].

filter(Filter, Rest, Expr, Bs, Lf, Ef, Acc) ->
    case eval(Filter, Bs, Lf, Ef) of
        {value, true, Bs1} -> comprehension(Rest, Expr, Bs1, Lf, Ef, Acc);
        {value, false, _} -> Acc;
        {value, Other, _} -> erlang:error({bad_filter, Other})
    end.

%% A filter that could stand in a guard is run as one (note 9).
is_guard_test({var, _, _}) -> true;
is_guard_test({integer, _, _}) -> true;
is_guard_test({char, _, _}) -> true;
is_guard_test({float, _, _}) -> true;
is_guard_test({atom, _, _}) -> true;
is_guard_test({string, _, _}) -> true;
is_guard_test({nil, _}) -> true;
is_guard_test({cons, _, H, T}) -> is_guard_test(H) andalso is_guard_test(T);
is_guard_test({tuple, _, Es}) -> lists:all(fun is_guard_test/1, Es);
is_guard_test({map, _, Fs}) -> lists:all(fun is_guard_field/1, Fs);
is_guard_test({map, _, M, Fs}) -> is_guard_test(M) andalso lists:all(fun is_guard_field/1, Fs);
is_guard_test({bin, _, Es}) ->
    lists:all(fun({bin_element, _, E, S, _}) ->
                      is_guard_test(E) andalso (S =:= default orelse is_guard_test(S))
              end, Es);
is_guard_test({op, _, Op, A}) ->
    is_guard_op(Op, 1) andalso is_guard_test(A);
is_guard_test({op, _, Op, L, R}) ->
    (Op =:= 'andalso' orelse Op =:= 'orelse' orelse is_guard_op(Op, 2))
        andalso is_guard_test(L) andalso is_guard_test(R);
is_guard_test({call, _, {remote, _, {atom, _, erlang}, {atom, _, F}}, As}) ->
    erl_internal:guard_bif(F, length(As)) andalso lists:all(fun is_guard_test/1, As);
is_guard_test({call, _, {atom, _, F}, As}) ->
    erl_internal:guard_bif(F, length(As)) andalso lists:all(fun is_guard_test/1, As);
is_guard_test(_) -> false.

is_guard_field({_, _, K, V}) -> is_guard_test(K) andalso is_guard_test(V).

is_guard_op(Op, 1) -> lists:member(Op, ['-', '+', 'bnot', 'not']);
is_guard_op(Op, 2) ->
    lists:member(Op, ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
                      'and', 'or', 'xor', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=']).

%% Generators as they are; each filter tagged once as a guard or not (note 9).
qualifiers(Qualifiers) ->
    [case Q of
         {generate, _, _, _} -> Q;
         {b_generate, _, _, _} -> Q;
         _ -> case is_guard_test(Q) of
                  true -> {guard_filter, Q};
                  false -> {filter, Q}
              end
     end || Q <- Qualifiers].

generate([Item | Items], Pattern, Rest, Expr, Bs, Lf, Ef, Acc0) ->
    Acc = case match(Pattern, Item, #{}, Bs) of
              {match, New} -> comprehension(Rest, Expr, maps:merge(Bs, New), Lf, Ef, Acc0);
              nomatch -> Acc0
          end,
    generate(Items, Pattern, Rest, Expr, Bs, Lf, Ef, Acc);
generate([], _Pattern, _Rest, _Expr, _Bs, _Lf, _Ef, Acc) ->
    Acc;
generate(Other, _Pattern, _Rest, _Expr, _Bs, _Lf, _Ef, _Acc) ->
    erlang:error({bad_generator, Other}).

b_generate(Bin, {bin, _, Elements} = Pattern, Rest, Expr, Bs, Lf, Ef, Acc0) when is_bitstring(Bin) ->
    case match_segments(Elements, Bin, #{}, Bs, prefix) of
        {match, New, Tail} ->
            Acc = comprehension(Rest, Expr, maps:merge(Bs, New), Lf, Ef, Acc0),
            b_generate(Tail, Pattern, Rest, Expr, Bs, Lf, Ef, Acc);
        nomatch ->
            Acc0
    end;
b_generate(Other, _Pattern, _Rest, _Expr, _Bs, _Lf, _Ef, _Acc) ->
    erlang:error({bad_generator, Other}).

%% ---------------------------------------------------------------- binaries

bin_segments([{bin_element, _, {string, _, Chars}, Size0, Types} | Elements], Acc, Bs0, Lf, Ef) ->
    {Size, Bs} = segment_size(Size0, Bs0, Lf, Ef),
    Segments = [{C, Size, Types} || C <- Chars],
    bin_segments(Elements, lists:reverse(Segments, Acc), Bs, Lf, Ef);
bin_segments([{bin_element, _, Expr, Size0, Types} | Elements], Acc, Bs0, Lf, Ef) ->
    {value, Value, Bs1} = eval(Expr, Bs0, Lf, Ef),
    {Size, Bs} = segment_size(Size0, Bs1, Lf, Ef),
    bin_segments(Elements, [{Value, Size, Types} | Acc], Bs, Lf, Ef);
bin_segments([], Acc, Bs, _Lf, _Ef) ->
    {lists:reverse(Acc), Bs}.

segment_size(default, Bs, _Lf, _Ef) -> {default, Bs};
segment_size(Expr, Bs0, Lf, Ef) ->
    {value, Size, Bs} = eval(Expr, Bs0, Lf, Ef),
    {Size, Bs}.

%% Segments of a binary pattern against Bin; Mode whole needs it used up,
%% prefix (a binary generator) hands back the rest.
match_segments([{bin_element, _, {string, A, Chars}, Size, Types} | Elements], Bin, Bs, BBs, Mode) ->
    Expanded = [{bin_element, A, {integer, A, C}, Size, Types} || C <- Chars],
    match_segments(Expanded ++ Elements, Bin, Bs, BBs, Mode);
match_segments([{bin_element, _, Pattern, SizeExpr, Types} | Elements], Bin, Bs, BBs, Mode) ->
    Size = case SizeExpr of
               default -> default;
               _ -> pattern_value(SizeExpr, maps:merge(BBs, Bs))
           end,
    case is_integer(Size) orelse Size =:= default orelse Size =:= all of
        false -> nomatch;
        true ->
            case erl_eval_bits:match(Bin, Size, Types) of
                {ok, Value, Rest} ->
                    case match(Pattern, Value, Bs, BBs) of
                        {match, Bs1} -> match_segments(Elements, Rest, Bs1, BBs, Mode);
                        nomatch -> nomatch
                    end;
                nomatch -> nomatch
            end
    end;
match_segments([], <<>>, Bs, _BBs, whole) -> {match, Bs};
match_segments([], _Rest, _Bs, _BBs, whole) -> nomatch;
match_segments([], Rest, Bs, _BBs, prefix) -> {match, Bs, Rest}.

%% The value of an expression inside a pattern (a segment size, a map key,
%% a ++ prefix); an unbound variable in it raises, as OTP's check does.
pattern_value(Expr, Bs) ->
    {value, Value, _} = eval(Expr, Bs, none, none),
    Value.

%% ---------------------------------------------------------------- patterns

match_list([Pattern | Patterns], [Value | Values], Bs0, BBs) ->
    case match(Pattern, Value, Bs0, BBs) of
        {match, Bs} -> match_list(Patterns, Values, Bs, BBs);
        nomatch -> nomatch
    end;
match_list([], [], Bs, _BBs) -> {match, Bs};
match_list(_, _, _Bs, _BBs) -> nomatch.

%% match(Pattern, Value, Bs, BBs): Bs are the bindings the pattern may bind
%% or compare with; BBs are those an expression inside it (a size, a key)
%% may read, besides Bs.
match({var, _, '_'}, _Value, Bs, _BBs) -> {match, Bs};
match({var, _, Name}, Value, Bs, _BBs) ->
    case Bs of
        #{Name := Value} -> {match, Bs};
        #{Name := _} -> nomatch;
        _ -> {match, Bs#{Name => Value}}
    end;
match({match, _, Left, Right}, Value, Bs0, BBs) ->
    case match(Left, Value, Bs0, BBs) of
        {match, Bs} -> match(Right, Value, Bs, BBs);
        nomatch -> nomatch
    end;
match({integer, _, I}, Value, Bs, _BBs) -> literal(I, Value, Bs);
match({char, _, C}, Value, Bs, _BBs) -> literal(C, Value, Bs);
match({float, _, F}, Value, Bs, _BBs) -> literal(F, Value, Bs);
match({atom, _, A}, Value, Bs, _BBs) -> literal(A, Value, Bs);
match({string, _, S}, Value, Bs, _BBs) -> literal(S, Value, Bs);
match({nil, _}, Value, Bs, _BBs) -> literal([], Value, Bs);
match({cons, _, Head, Tail}, [H | T], Bs0, BBs) ->
    case match(Head, H, Bs0, BBs) of
        {match, Bs} -> match(Tail, T, Bs, BBs);
        nomatch -> nomatch
    end;
match({cons, _, _, _}, _Value, _Bs, _BBs) -> nomatch;
match({tuple, _, Patterns}, Value, Bs, BBs) when is_tuple(Value), tuple_size(Value) =:= length(Patterns) ->
    match_list(Patterns, tuple_to_list(Value), Bs, BBs);
match({tuple, _, _}, _Value, _Bs, _BBs) -> nomatch;
match({map, _, Fields}, Value, Bs, BBs) when is_map(Value) ->
    match_map(Fields, Value, Bs, BBs);
match({map, _, _}, _Value, _Bs, _BBs) -> nomatch;
match({bin, _, Elements}, Value, Bs, BBs) when is_bitstring(Value) ->
    match_segments(Elements, Value, Bs, BBs, whole);
match({bin, _, _}, _Value, _Bs, _BBs) -> nomatch;
match({op, _, '++', Prefix, Rest}, Value, Bs, BBs) ->
    case pattern_value(Prefix, maps:merge(BBs, Bs)) of
        List when is_list(List) -> match_prefix(List, Rest, Value, Bs, BBs);
        _ -> nomatch
    end;
match({op, _, _, _} = Expr, Value, Bs, _BBs) ->
    literal(pattern_value(Expr, #{}), Value, Bs);
match({op, _, _, _, _} = Expr, Value, Bs, _BBs) ->
    literal(pattern_value(Expr, #{}), Value, Bs);
match({record, _, Name, _}, _Value, _Bs, _BBs) ->
    erlang:error({undef_record, Name});
match(Pattern, _Value, _Bs, _BBs) ->
    erlang:error({illegal_pattern, Pattern}).

literal(Expected, Value, Bs) when Expected =:= Value -> {match, Bs};
literal(_Expected, _Value, _Bs) -> nomatch.

match_prefix([C | Cs], Rest, [C | Value], Bs, BBs) -> match_prefix(Cs, Rest, Value, Bs, BBs);
match_prefix([], Rest, Value, Bs, BBs) -> match(Rest, Value, Bs, BBs);
match_prefix(_, _Rest, _Value, _Bs, _BBs) -> nomatch.

match_map([{map_field_exact, _, KeyExpr, Pattern} | Fields], Map, Bs0, BBs) ->
    Key = pattern_value(KeyExpr, maps:merge(BBs, Bs0)),
    case Map of
        #{Key := Value} ->
            case match(Pattern, Value, Bs0, BBs) of
                {match, Bs} -> match_map(Fields, Map, Bs, BBs);
                nomatch -> nomatch
            end;
        _ -> nomatch
    end;
match_map([], _Map, Bs, _BBs) -> {match, Bs}.

%% ---------------------------------------------------------------- constants

%% True for an expression of literals and operators whose value is a number.
is_constant_expr(Expr) ->
    case constant(Expr) of
        {ok, Value} -> is_number(Value);
        error -> false
    end.

%% Folds an operator expression on literals to its literal value.
partial_eval(Expr) ->
    Anno = element(2, Expr),
    case constant(Expr) of
        {ok, Value} when is_integer(Value) -> {integer, Anno, Value};
        {ok, Value} when is_float(Value) -> {float, Anno, Value};
        {ok, Value} when is_atom(Value) -> {atom, Anno, Value};
        _ -> Expr
    end.

constant({integer, _, I}) -> {ok, I};
constant({char, _, C}) -> {ok, C};
constant({float, _, F}) -> {ok, F};
constant({atom, _, A}) -> {ok, A};
constant({op, _, Op, Arg}) ->
    case constant(Arg) of
        {ok, V} -> try {ok, erlang:Op(V)} catch error:_ -> error end;
        error -> error
    end;
constant({op, _, Op, Left, Right}) ->
    case {constant(Left), constant(Right)} of
        {{ok, L}, {ok, R}} -> try {ok, erlang:Op(L, R)} catch error:_ -> error end;
        _ -> error
    end;
constant(_) -> error.
