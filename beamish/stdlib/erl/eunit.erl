%% eunit:test/1,2 and the report it prints, as OTP 25's eunit prints it.
%%
%% The calling process is the listener: it runs the tests through
%% eunit_proc, receives every event (a group or test begins, ends, or is
%% cancelled) and writes the report the way OTP's eunit_tty does, including
%% its quirks (a cancelled group with no title prints "undefined"; in verbose
%% mode a cancelled untitled group still takes one step of indentation back).
%%
%% Options: verbose, {print_depth, N} (20), exact_execution, no_tty.
-module(eunit).
-export([test/1, test/2]).

-record(tty, {verbose = false, indent = 0, depth = 20, quiet = false,
              open = [],  % what has begun and not ended, innermost first
              pass = 0, fail = 0, skip = 0, cancel = 0}).

test(Tests) -> test(Tests, []).

test(Tests, Options) ->
    Tty = #tty{verbose = proplists:get_bool(verbose, Options),
               depth = proplists:get_value(print_depth, Options, 20),
               quiet = proplists:get_bool(no_tty, Options)},
    write(Tty, header(Tty)),
    Self = self(),
    Ref = make_ref(),
    Runner = spawn_link(fun () ->
                                eunit_proc:start(Tests, Options, Self),
                                Self ! {eunit_done, Ref}
                        end),
    Final = listen(Ref, Tty),
    unlink(Runner),
    summary(Final).

header(#tty{verbose = true}) -> "======================== EUnit ========================\n";
header(_) -> "".

listen(Ref, Tty) ->
    receive
        {eunit_event, From, Reply, Event} ->
            {Answer, Tty1} = event(Event, Tty),
            From ! {Reply, Answer},
            listen(Ref, Tty1);
        {eunit_done, Ref} ->
            Tty
    end.

summary(#tty{pass = Pass, fail = 0, skip = 0, cancel = 0} = Tty) ->
    case Pass of
        0 -> write(Tty, "  There were no tests to run.\n");
        _ ->
            case Tty#tty.verbose of
                true -> write(Tty, bar());
                false -> ok
            end,
            write(Tty, case Pass of
                           1 -> "  Test passed.\n";
                           2 -> "  2 tests passed.\n";
                           _ -> io_lib:format("  All ~w tests passed.\n", [Pass])
                       end)
    end,
    ok;
summary(#tty{pass = Pass, fail = Fail, skip = Skip, cancel = Cancel} = Tty) ->
    write(Tty, bar()),
    write(Tty, io_lib:format("  Failed: ~w.  Skipped: ~w.  Passed: ~w.\n", [Fail, Skip, Pass])),
    case Cancel of
        0 -> ok;
        _ -> write(Tty, "One or more tests were cancelled.\n")
    end,
    error.

bar() -> "=======================================================\n".

write(#tty{quiet = true}, _) -> ok;
write(_, Text) -> io:put_chars(Text).

%% -- events ------------------------------------------------------------------

event(depth, Tty) ->
    {length(Tty#tty.open), Tty};
event({begin_group, Desc}, Tty) ->
    I = Tty#tty.indent,
    Tty1 = case titled(Desc) andalso Tty#tty.verbose of
               true ->
                   write(Tty, [indent(I), io_lib:format("~ts\n", [Desc])]),
                   Tty#tty{indent = I + 1};
               false ->
                   Tty
           end,
    Open = [{group, Desc} | Tty#tty.open],
    {length(Open), Tty1#tty{open = Open}};
event({end_group, Time}, #tty{open = [{group, Desc} | Open]} = Tty) ->
    I = Tty#tty.indent,
    Tty1 = case titled(Desc) andalso Tty#tty.verbose of
               true ->
                   case Time > 0 of
                       true -> write(Tty, [indent(I), io_lib:format("[done in ~.3f s]\n",
                                                                   [Time / 1000])]);
                       false -> ok
                   end,
                   Tty#tty{indent = I - 1};
               false ->
                   Tty
           end,
    {ok, Tty1#tty{open = Open}};
event({begin_test, Desc, Source, Line}, Tty) ->
    Test = {test, Desc, Source, Line},
    case Tty#tty.verbose of
        true -> write(Tty, test_begin(Tty#tty.indent, Test));
        false -> ok
    end,
    Open = [Test | Tty#tty.open],
    {length(Open), Tty#tty{open = Open}};
event({end_test, Status, Time, Output}, #tty{open = [Test | Open]} = Tty) ->
    Tty1 = Tty#tty{open = Open},
    case Status of
        ok ->
            case Tty#tty.verbose of
                true when Time > 0 -> write(Tty, io_lib:format("[~.3f s] ok\n", [Time / 1000]));
                true -> write(Tty, "ok\n");
                false -> ok
            end,
            {ok, Tty1#tty{pass = Tty#tty.pass + 1}};
        _ ->
            case Tty#tty.verbose of
                true -> ok;
                false -> write(Tty, test_begin(Tty#tty.indent, Test))
            end,
            write(Tty, test_error(Status, Output, Tty#tty.depth)),
            case Status of
                {skipped, _} -> {ok, Tty1#tty{skip = Tty#tty.skip + 1}};
                {error, _} -> {ok, Tty1#tty{fail = Tty#tty.fail + 1}}
            end
    end;
event({cancel_scope, Scope, Item, Reason}, Tty) ->
    {ok, cancel(Scope, Item, Reason, Tty)}.

%% Cancel what is open above depth Scope, innermost first: the entry at
%% depth Item for Reason, the scope's root (depth Scope + 1) blamed on Item,
%% anything else for no stated reason.
cancel(Scope, Item, Reason, #tty{open = [Entry | Open]} = Tty) ->
    Depth = length(Tty#tty.open),
    case Depth > Scope of
        false ->
            Tty;
        true ->
            Why = if Depth =:= Item -> Reason;
                     Depth =:= Scope + 1 -> {blame, Item};
                     true -> undefined
                  end,
            Tty1 = cancel_entry(Entry, Why, Tty#tty{open = Open,
                                                     cancel = Tty#tty.cancel + 1}),
            cancel(Scope, Item, Reason, Tty1)
    end;
cancel(_, _, _, Tty) ->
    Tty.

cancel_entry({group, Desc}, Why, Tty) ->
    I = Tty#tty.indent,
    case Why of
        undefined ->
            ok;
        _ ->
            case titled(Desc) andalso Tty#tty.verbose of
                true -> ok;
                false -> write(Tty, [indent(I), io_lib:format("~ts\n", [Desc])])
            end,
            case Why of
                {blame, _} -> ok;
                _ -> write(Tty, [indent(I), cancel_text(Why, Tty#tty.depth)])
            end
    end,
    Tty#tty{indent = I - 1};
cancel_entry(Test, Why, Tty) ->
    case Tty#tty.verbose of
        true -> ok;
        false -> write(Tty, test_begin(Tty#tty.indent, Test))
    end,
    write(Tty, cancel_text(Why, Tty#tty.depth)),
    Tty.

titled(Desc) -> Desc =/= undefined andalso Desc =/= "" andalso Desc =/= <<>>.

indent(N) when is_integer(N), N >= 1 -> lists:duplicate(N * 2, $\s);
indent(_) -> "".

test_begin(I, {test, Desc, Source, Line}) ->
    L = case Line of
            0 -> "";
            _ -> io_lib:format("~w:", [Line])
        end,
    D = case titled(Desc) of
            true -> io_lib:format(" (~ts)", [Desc]);
            false -> ""
        end,
    case Source of
        {Module, Name, _Arity} ->
            [indent(I), io_lib:format("~ts:~ts ~ts~ts...", [Module, L, Name, D])];
        _ ->
            [indent(I), io_lib:format("~ts~ts...", [L, D])]
    end.

test_error({error, Exception}, Output, Depth) ->
    ["*failed*\n", format_exception(Exception, Depth),
     case Output of
         <<>> -> "  output:<<\"\">>\n\n";
         _ -> io_lib:format("  output:<<\"~ts\">>\n\n", [Output])
     end];
test_error({skipped, Reason}, _Output, _Depth) ->
    io_lib:format("*did not run*\n::~ts\n", [skipped_text(Reason)]).

skipped_text({module_not_found, M}) ->
    io_lib:format("missing module: ~w", [M]);
skipped_text({no_such_function, {M, F, A}}) ->
    io_lib:format("no such function: ~w:~tw/~w", [M, F, A]).

cancel_text(undefined, _) -> "*skipped*\n";
cancel_text(timeout, _) -> "*timed out*\n";
cancel_text({timeout, #{stacktrace := Stack}}, _) -> ["*timed out*\n", format_stacktrace(Stack)];
cancel_text({startup, Reason}, Depth) ->
    io_lib:format("*could not start test process*\n::~tP\n\n", [Reason, Depth]);
cancel_text({blame, _}, _) -> "*cancelled because of subtask*\n";
cancel_text({exit, Reason}, Depth) ->
    io_lib:format("*unexpected termination of test process*\n::~tP\n\n", [Reason, Depth]);
cancel_text({abort, Reason}, Depth) ->
    format_error(Reason, Depth).

%% -- formatting exceptions -----------------------------------------------------

format_exception({Class, Term, Trace}, Depth) when is_atom(Class), is_list(Trace) ->
    case is_stacktrace(Trace) of
        true -> io_lib:format("~ts**~w:~ts", [format_stacktrace(Trace), Class,
                                              format_term(Term, Depth)]);
        false -> format_term(Term, Depth)
    end;
format_exception(Term, Depth) ->
    format_term(Term, Depth).

format_term(Term, Depth) -> io_lib:format("~tP\n", [Term, Depth]).

is_stacktrace([]) -> true;
is_stacktrace([{M, F, A, L} | Fs]) when is_atom(M), is_atom(F), is_integer(A), is_list(L) ->
    is_stacktrace(Fs);
is_stacktrace([{M, F, As, L} | Fs]) when is_atom(M), is_atom(F), is_list(As), is_list(L) ->
    is_stacktrace(Fs);
is_stacktrace([{M, F, A} | Fs]) when is_atom(M), is_atom(F), is_integer(A) ->
    is_stacktrace(Fs);
is_stacktrace([{M, F, As} | Fs]) when is_atom(M), is_atom(F), is_list(As) ->
    is_stacktrace(Fs);
is_stacktrace(_) -> false.

format_stacktrace(Trace) -> format_stacktrace(Trace, "in function").

format_stacktrace([{M, F, A, L} | Fs], Pre) when is_integer(A) ->
    [io_lib:format("~ts ~w:~tw/~w~ts\n", [Pre, M, F, A, location(L)])
     | format_stacktrace(Fs, "in call from")];
format_stacktrace([{M, F, As, L} | Fs], Pre) when is_list(As) ->
    A = length(As),
    Call = case {is_operator(M, F, A), As} of
               {true, [X]} -> io_lib:format("~ts ~ts", [F, argument(X)]);
               {true, [X, Y]} -> io_lib:format("~ts ~ts ~ts", [argument(X), F, argument(Y)]);
               _ -> io_lib:format("~tw(~ts)", [F, lists:join(",", [argument(X) || X <- As])])
           end,
    [io_lib:format("~ts ~w:~tw/~w~ts\n  called as ~ts\n", [Pre, M, F, A, location(L), Call])
     | format_stacktrace(Fs, "in call from")];
format_stacktrace([{M, F, As} | Fs], Pre) ->
    format_stacktrace([{M, F, As, []} | Fs], Pre);
format_stacktrace([], _) -> "".

location(Location) ->
    case {proplists:get_value(file, Location), proplists:get_value(line, Location)} of
        {undefined, _} -> "";
        {_, undefined} -> "";
        {File, Line} -> io_lib:format(" (~ts, line ~w)", [File, Line])
    end.

argument(X) -> io_lib:format("~tP", [X, 15]).

%% erl_internal's arithmetic, boolean, comparison, list and send operators.
is_operator(erlang, F, 1) -> lists:member(F, ['+', '-', 'bnot', 'not']);
is_operator(erlang, F, 2) ->
    lists:member(F, ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
                     'and', 'or', 'xor', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=',
                     '++', '--', '!']);
is_operator(_, _, _) -> false.

format_error({bad_test, Term}, Depth) ->
    error_text("bad test descriptor", "~tP", [Term, Depth]);
format_error({bad_generator, {{M, F, A}, Term}}, Depth) ->
    error_text(io_lib:format("result from generator ~w:~tw/~w is not a test", [M, F, A]),
               "~tP", [Term, Depth]);
format_error({generator_failed, {{M, F, A}, Exception}}, Depth) ->
    error_text(io_lib:format("test generator ~w:~tw/~w failed", [M, F, A]),
               "~ts", [format_exception(Exception, Depth)]);
format_error({no_such_function, {M, F, A}}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    error_text(io_lib:format("no such function: ~w:~tw/~w", [M, F, A]), "", []);
format_error({module_not_found, M}, _) ->
    error_text("test module not found", "~tp", [M]);
format_error({application_not_found, A}, _) when is_atom(A) ->
    error_text("application not found", "~w", [A]);
format_error({file_read_error, {_R, Msg, F}}, _) ->
    error_text("error reading file", "~ts: ~ts", [Msg, F]);
format_error({setup_failed, Exception}, Depth) ->
    error_text("context setup failed", "~ts", [format_exception(Exception, Depth)]);
format_error({cleanup_failed, Exception}, Depth) ->
    error_text("context cleanup failed", "~ts", [format_exception(Exception, Depth)]);
format_error({{bad_instantiator, {{M, F, A}, Term}}, _}, Depth) ->
    error_text(io_lib:format("result from instantiator ~w:~tw/~w is not a test", [M, F, A]),
               "~tP", [Term, Depth]);
format_error({instantiation_failed, Exception}, Depth) ->
    error_text("instantiation of subtests failed", "~ts", [format_exception(Exception, Depth)]).

error_text(Title, Format, Args) ->
    io_lib:format("*** ~ts ***\n~ts\n\n", [Title, io_lib:format("**" ++ Format, Args)]).
