-module(define).
-export([limit/0]).

-ifdef(LIMIT).
limit() -> ?LIMIT.
-else.
limit() -> none.
-endif.
