%% Recorded: `escript rand_walks.erl > rand_walks.out` on Erlang/OTP 25 (erts 13.1.5).
-module(rand_walks).
-export([main/1]).
-mode(compile).

algs() -> [exsss, exsp, exsplus, exrop, exro928ss, exs1024s, exs1024, exs64].
seeds() -> [1, 0, -5, 123456789012345678901234567890, {1, 2, 3}, {0, 0, 0}, {-1, 7, 1 bsl 70}, [5], [0, 3], [1, 2]].

walk(Alg, Seed) ->
    S0 = rand:seed_s(Alg, Seed),
    {Fs, S1} = take(fun rand:uniform_s/1, 4, S0),
    {Is, S2} = take(fun(S) -> rand:uniform_s(1000, S) end, 6, S1),
    {Bs, S3} = take(fun(S) -> rand:uniform_s(1 bsl 58 + 3, S) end, 3, S2),
    {Ps, S4} = take(fun(S) -> rand:uniform_s(1 bsl 100, S) end, 2, S3),
    {Hs, S5} = take(fun(S) -> rand:uniform_s((1 bsl 64) - 1, S) end, 2, S4),
    {Rs, S6} = take(fun rand:uniform_real_s/1, 4, S5),
    {Ns, S7} = take(fun rand:normal_s/1, 12, S6),
    {Y, S8} = rand:bytes_s(17, S7),
    {Z, S9} = rand:bytes_s(0, S8),
    {W, S10} = rand:normal_s(3, 2.5, S9),
    {Alg, Exported} = rand:export_seed_s(S10),
    io:format("~w ~w~n  ~w~n  ~w~n  ~w~n  ~w~n  ~w~n  ~w~n  ~w~n  ~w ~w ~w~n  ~w~n",
              [Alg, Seed, Fs, Is, Bs, Ps, Hs, Rs, Ns, Y, Z, W, Exported]).

take(F, N, S) -> take(F, N, S, []).
take(_, 0, S, Acc) -> {lists:reverse(Acc), S};
take(F, N, S, Acc) -> {X, S1} = F(S), take(F, N - 1, S1, [X | Acc]).

main(_) ->
    [walk(A, S) || A <- algs(), S <- seeds(), not (A =:= exs64 andalso is_list(S) andalso length(S) > 1)],
    %% jumps
    [begin
         J = rand:jump(rand:seed_s(A, 42)),
         {X, _} = rand:uniform_s(J),
         io:format("jump ~w ~w ~w~n", [A, X, rand:export_seed_s(J)])
     end || A <- [exsss, exsp, exsplus, exrop, exro928ss, exs1024s, exs1024]],
    %% jump after the exs1024 ring has rotated
    {_, Rot} = take(fun rand:uniform_s/1, 5, rand:seed_s(exs1024s, 9)),
    io:format("jump_rotated ~w~n", [rand:export_seed_s(rand:jump(Rot))]),
    %% process-dictionary API
    rand:seed(exro928ss, {4, 5, 6}),
    io:format("pd ~w ~w ~w ~w~n", [rand:uniform(), rand:uniform(77), rand:uniform_real(), rand:normal()]),
    io:format("pd2 ~w ~w~n", [rand:normal(10, 4), rand:bytes(9)]),
    io:format("export ~w~n", [rand:export_seed()]),
    rand:jump(),
    io:format("after_jump ~w~n", [rand:uniform(1000000)]),
    S = rand:seed({exsp, [3|4]}),
    io:format("seed_state ~w ~w~n", [rand:export_seed_s(S), rand:uniform(10)]),
    rand:seed(rand:seed_s(exrop, 77)),
    io:format("seed_full ~w~n", [rand:uniform(10)]),
    rand:seed(default, 5),
    io:format("default ~w~n", [rand:export_seed()]),
    io:format("many ~w~n", [[rand:uniform(N) || N <- lists:seq(1, 60)]]),
    io:format("normals ~w~n", [[rand:normal() || _ <- lists:seq(1, 40)]]),
    io:format("reals ~w~n", [[rand:uniform_real() || _ <- lists:seq(1, 20)]]),
    E = fun(F) -> try F() catch C:R -> {C, R} end end,
    io:format("errors ~w~n", [[E(fun() -> rand:seed(foo, 1) end), E(fun() -> rand:uniform(0) end),
                               E(fun() -> rand:uniform(a) end), E(fun() -> rand:seed(exsss, []) end),
                               E(fun() -> rand:seed(exsss, [0, 0]) end), E(fun() -> rand:seed(exsss, [1, 2, 3]) end),
                               E(fun() -> rand:seed(exsss, [a]) end), E(fun() -> rand:seed(exsss, foo) end),
                               E(fun() -> rand:jump(rand:seed_s(exs64, 1)) end), E(fun() -> rand:bytes(-1) end),
                               E(fun() -> rand:normal_s(0, 0, rand:seed_s(exsss, 1)) end),
                               E(fun() -> rand:uniform_s(1, foo) end)]]),
    io:format("unseeded ~w~n", [begin erase(rand_seed), X = rand:uniform(10), {X >= 1 andalso X =< 10, element(1, rand:export_seed())} end]),
    ok.
