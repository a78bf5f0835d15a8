%% What eunit_data hands eunit_proc: one test, or a group of tests (OTP 25's
%% eunit keeps the same three records).
-record(test, {f, desc, timeout, location, line = 0}).
-record(group, {desc, options, order, timeout, context, spawn, tests}).
-record(context, {setup, cleanup, process = local}).
