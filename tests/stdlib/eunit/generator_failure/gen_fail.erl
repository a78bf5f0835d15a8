-module(gen_fail).
-include_lib("eunit/include/eunit.hrl").

first_test() -> ok.
broken_test_() -> [?_assert(true) | erlang:error({no, generator})].
never_run_test() -> ok.
