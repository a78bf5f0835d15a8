%% beamish's assert.hrl: the assertion macros of OTP 25's stdlib.
%%
%% A failed assertion raises the same error term as OTP's, e.g.
%%   {assertEqual, [{module,M}, {line,L}, {expression,"f ( X )"},
%%                  {expected,E}, {value,V}]}
%% with an optional {comment, C} after {line, L} for the 3-argument forms.
%% The expression text is ??Expr: the argument's tokens joined by spaces.
%%
%% Each check runs in (fun() -> ... end)(): its variables stay inside, and
%% the compiler runs the body in place, so a stack trace names the function
%% that used the macro (as OTP's inliner arranges). The odd variable names
%% keep clear of the caller's, which a fun body would otherwise match against.
%%
%% NOASSERT turns every assertion into 'ok'; NODEBUG implies NOASSERT unless
%% DEBUG or ASSERT is defined.

-ifndef(ASSERT_HRL).
-define(ASSERT_HRL, true).

-ifdef(NODEBUG).
-ifndef(DEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.

-ifdef(ASSERT).
-undef(NOASSERT).
-endif.

%% Every failure report starts [{module,M},{line,L}], then the comment, if any.
-define(ASSERT_PROPS__(Extra), [{module, ?MODULE}, {line, ?LINE} | Extra]).
-define(ASSERT_PATTERN__(Class, Term), "{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }").

-ifdef(NOASSERT).
-define(assert(BoolExpr), ok).
-define(assert(BoolExpr, Comment), ok).
-define(assertNot(BoolExpr), ok).
-define(assertNot(BoolExpr, Comment), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertMatch(Guard, Expr, Comment), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr, Comment), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertEqual(Expect, Expr, Comment), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertNotEqual(Unexpected, Expr, Comment), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertException(Class, Term, Expr, Comment), ok).
-define(assertNotException(Class, Term, Expr), ok).
-define(assertNotException(Class, Term, Expr, Comment), ok).
-else.

-define(ASSERT_BOOL__(Want, BoolExpr, Extra),
        begin
        ((fun () ->
            case (BoolExpr) of
                Want -> ok;
                Got__assert ->
                    erlang:error({assert,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??BoolExpr)},
                                       {expected, Want},
                                       case Got__assert of
                                           true -> {value, true};
                                           false -> {value, false};
                                           _ -> {not_boolean, Got__assert}
                                       end])})
            end
          end)())
        end).
-define(assert(BoolExpr), ?ASSERT_BOOL__(true, BoolExpr, [])).
-define(assert(BoolExpr, Comment), ?ASSERT_BOOL__(true, BoolExpr, [{comment, (Comment)}])).
-define(assertNot(BoolExpr), ?ASSERT_BOOL__(false, BoolExpr, [])).
-define(assertNot(BoolExpr, Comment), ?ASSERT_BOOL__(false, BoolExpr, [{comment, (Comment)}])).

-define(ASSERT_MATCH__(Guard, Expr, Extra),
        begin
        ((fun () ->
            case (Expr) of
                Guard -> ok;
                Got__assert ->
                    erlang:error({assertMatch,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {pattern, (??Guard)},
                                       {value, Got__assert}])})
            end
          end)())
        end).
-define(assertMatch(Guard, Expr), ?ASSERT_MATCH__(Guard, Expr, [])).
-define(assertMatch(Guard, Expr, Comment), ?ASSERT_MATCH__(Guard, Expr, [{comment, (Comment)}])).

-define(ASSERT_NOT_MATCH__(Guard, Expr, Extra),
        begin
        ((fun () ->
            Got__assert = (Expr),
            case Got__assert of
                Guard ->
                    erlang:error({assertNotMatch,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {pattern, (??Guard)},
                                       {value, Got__assert}])});
                _ -> ok
            end
          end)())
        end).
-define(assertNotMatch(Guard, Expr), ?ASSERT_NOT_MATCH__(Guard, Expr, [])).
-define(assertNotMatch(Guard, Expr, Comment),
        ?ASSERT_NOT_MATCH__(Guard, Expr, [{comment, (Comment)}])).

-define(ASSERT_EQUAL__(Expect, Expr, Extra),
        begin
        ((fun () ->
            Want__assert = (Expect),
            case (Expr) of
                Want__assert -> ok;
                Got__assert ->
                    erlang:error({assertEqual,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {expected, Want__assert},
                                       {value, Got__assert}])})
            end
          end)())
        end).
-define(assertEqual(Expect, Expr), ?ASSERT_EQUAL__(Expect, Expr, [])).
-define(assertEqual(Expect, Expr, Comment), ?ASSERT_EQUAL__(Expect, Expr, [{comment, (Comment)}])).

-define(ASSERT_NOT_EQUAL__(Unexpected, Expr, Extra),
        begin
        ((fun () ->
            Bad__assert = (Unexpected),
            case (Expr) of
                Bad__assert ->
                    erlang:error({assertNotEqual,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {value, Bad__assert}])});
                _ -> ok
            end
          end)())
        end).
-define(assertNotEqual(Unexpected, Expr), ?ASSERT_NOT_EQUAL__(Unexpected, Expr, [])).
-define(assertNotEqual(Unexpected, Expr, Comment),
        ?ASSERT_NOT_EQUAL__(Unexpected, Expr, [{comment, (Comment)}])).

-define(ASSERT_EXCEPTION__(Class, Term, Expr, Extra),
        begin
        ((fun () ->
            try (Expr) of
                Got__assert ->
                    erlang:error({assertException,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {pattern, ?ASSERT_PATTERN__(Class, Term)},
                                       {unexpected_success, Got__assert}])})
            catch
                Class:Term -> ok;
                Class__assert:Term__assert:Stack__assert ->
                    erlang:error({assertException,
                                  ?ASSERT_PROPS__(Extra ++
                                      [{expression, (??Expr)},
                                       {pattern, ?ASSERT_PATTERN__(Class, Term)},
                                       {unexpected_exception,
                                        {Class__assert, Term__assert, Stack__assert}}])})
            end
          end)())
        end).
-define(assertException(Class, Term, Expr), ?ASSERT_EXCEPTION__(Class, Term, Expr, [])).
-define(assertException(Class, Term, Expr, Comment),
        ?ASSERT_EXCEPTION__(Class, Term, Expr, [{comment, (Comment)}])).

-define(ASSERT_NOT_EXCEPTION__(Class, Term, Expr, Extra),
        begin
        ((fun () ->
            try (Expr) of
                _ -> ok
            catch
                Class__assert:Term__assert:Stack__assert ->
                    case {Class__assert, Term__assert} of
                        {Class, Term} ->
                            erlang:error({assertNotException,
                                          ?ASSERT_PROPS__(Extra ++
                                              [{expression, (??Expr)},
                                               {pattern, ?ASSERT_PATTERN__(Class, Term)},
                                               {unexpected_exception,
                                                {Class__assert, Term__assert,
                                                 Stack__assert}}])});
                        _ -> ok
                    end
            end
          end)())
        end).
-define(assertNotException(Class, Term, Expr), ?ASSERT_NOT_EXCEPTION__(Class, Term, Expr, [])).
-define(assertNotException(Class, Term, Expr, Comment),
        ?ASSERT_NOT_EXCEPTION__(Class, Term, Expr, [{comment, (Comment)}])).
-endif.

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertError(Term, Expr, Comment), ?assertException(error, Term, Expr, Comment)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertExit(Term, Expr, Comment), ?assertException(exit, Term, Expr, Comment)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).
-define(assertThrow(Term, Expr, Comment), ?assertException(throw, Term, Expr, Comment)).

-endif.
