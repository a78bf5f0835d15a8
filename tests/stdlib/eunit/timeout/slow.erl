-module(slow).
-include_lib("eunit/include/eunit.hrl").

fast_test() -> ok.
waits_test_() -> {timeout, 0.2, ?_test(wait_forever())}.
never_run_test() -> ok.

wait_forever() -> receive never_sent -> ok end.
