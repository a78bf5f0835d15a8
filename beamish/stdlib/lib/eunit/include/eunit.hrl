%% beamish's eunit.hrl: what `-include_lib("eunit/include/eunit.hrl").` gives
%% a module on OTP 25.
%%
%% - TEST (or no NOTEST) enables testing: ASSERT, TEST and EUNIT get defined,
%%   and the module's *_test/0 and *_test_/0 functions are exported together
%%   with a test/0 that runs them (the eunit_autoexport parse transform, which
%%   beamish's compiler performs itself). With NOTEST the test functions are
%%   removed (eunit_striptests) and EUNIT is undefined.
%% - The assertions come from stdlib's assert.hrl; the ?_assert... forms wrap
%%   them in test objects {Line, Fun}.
%% - ?debugMsg and friends write "File:Line:Pid: Text" to the user device
%%   unless NODEBUG is defined.
%% Not provided: the ?cmd family (running OS commands) and ?capturedOutput.

-ifndef(EUNIT_HRL).
-define(EUNIT_HRL, true).

-ifdef(TEST).
-undef(NOTEST).
-endif.

-ifdef(DEBUG).
-undef(NODEBUG).
-endif.

-ifndef(NOTEST).
-ifndef(ASSERT).
-define(ASSERT, true).
-endif.
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(EUNIT).
-define(EUNIT, true).
-endif.
-else.
-undef(EUNIT).
-endif.

-include_lib("stdlib/include/assert.hrl").

-ifndef(EUNIT_NOAUTO).
-ifndef(NOTEST).
-compile({parse_transform, eunit_autoexport}).
-else.
-compile({parse_transform, eunit_striptests}).
-endif.
-endif.

%% ?LET(X, Y, Z): Z with X bound to Y; ?IF(B, T, F): T when B is true, else F.
-ifndef(LET).
-define(LET(X, Y, Z), begin ((fun (X) -> (Z) end)(Y)) end).
-endif.
-ifndef(IF).
-define(IF(B, T, F), begin (case (B) of true -> (T); false -> (F) end) end).
-endif.
-ifndef(MATCHES).
-define(MATCHES(G, E), begin (case (E) of G -> true; _ -> false end) end).
-endif.

%% Test objects: {Line, Fun} is a test, as the test representation says.
-define(_test(Expr), {?LINE, fun () -> (Expr) end}).
-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_assert(not (BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr),
        ?_test(?assertNotException(Class, Term, Expr))).

-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E), (E)).
-define(debugVal(E, D), (E)).
-define(debugTime(S, E), (E)).
-else.
-define(debugMsg(S),
        begin
            io:fwrite(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
            ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).
-define(debugVal(E, D),
        begin
        ((fun (Value__debug) ->
              ?debugFmt(<<"~ts = ~tP">>, [(??E), Value__debug, D]),
              Value__debug
          end)(E))
        end).
-ifndef(EUNIT_DEBUG_VAL_DEPTH).
-define(EUNIT_DEBUG_VAL_DEPTH, 15).
-endif.
-define(debugVal(E), ?debugVal(E, ?EUNIT_DEBUG_VAL_DEPTH)).
-define(debugTime(S, E),
        begin
        ((fun () ->
              {Start__debug, _} = statistics(wall_clock),
              Value__debug = (E),
              {End__debug, _} = statistics(wall_clock),
              ?debugFmt(<<"~ts: ~.3f s">>, [(S), (End__debug - Start__debug) / 1000]),
              Value__debug
          end)())
        end).
-endif.

-endif.
