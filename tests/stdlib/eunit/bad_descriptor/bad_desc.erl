-module(bad_desc).
-include_lib("eunit/include/eunit.hrl").

fine_test_() -> [?_assert(true), ?_assertEqual(2, 2)].
bad_test_() -> [?_assert(true), {this, is, not_a_test}].
never_run_test() -> ok.
