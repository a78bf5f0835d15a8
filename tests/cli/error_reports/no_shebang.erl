%% No "#!" line: escript skips this first line and counts the next one as line 1.
-module(no_shebang).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {f(id(1))}.

f(X) when X > 0 ->
    throw({thrown, X});
f(X) ->
    X.
