%% Running one test function, and the setup/cleanup around a fixture.
%%
%% Stack traces in eunit's failure reports show this module's frames, so the
%% calls that lead into test code sit on the lines where OTP 25's
%% eunit_test.erl has them: the -file attributes below renumber the source
%% (run_testfun/1 calls the test on line 71, the {M, F} wrapper on line 273).
-module(eunit_test).
-export([run_testfun/1, mf_wrapper/2, enter_context/4]).

%% {ok, Value} | {error, {Class, Reason, Trace}}; a wrapper's complaint
%% (no such function) comes out as a throw of the complaint.
-file("eunit_test.erl", 69).
run_testfun(F) ->
    try F() of
        Value -> {ok, Value}
    catch
        throw:{eunit_internal, Complaint} -> throw(Complaint);
        Class:Reason:Trace -> {error, {Class, Reason, Trace}}
    end.

%% The test for an exported M:F/0; a missing module or function makes the
%% test skipped rather than failed.
-file("eunit_test.erl", 270).
mf_wrapper(M, F) ->
    fun () ->
            try M:F() catch
                error:undef:Trace ->
                    case {erlang:module_loaded(M), erlang:function_exported(M, F, 0)} of
                        {false, _} -> throw({eunit_internal, {module_not_found, M}});
                        {true, false} -> throw({eunit_internal, {no_such_function, {M, F, 0}}});
                        {true, true} -> erlang:raise(error, undef, Trace)
                    end
            end
    end.

-file("eunit_test.erl", 1300).
%% Setup, instantiate, run Callback on the tests, always clean up. A failure
%% in any of those is thrown as {context_error, {What, {Class, Term, Trace}}}.
enter_context(Setup, Cleanup, Instantiate, Callback) ->
    Resource = try Setup()
               catch C1:T1:S1 -> context_error(setup_failed, C1, T1, S1)
               end,
    Tests = try Instantiate(Resource)
            catch C2:T2:S2 -> context_error(instantiation_failed, C2, T2, S2)
            end,
    case eunit_data:is_not_test(Tests) of
        true ->
            {current_stacktrace, Here} = erlang:process_info(self(), current_stacktrace),
            {module, M} = erlang:fun_info(Instantiate, module),
            {name, N} = erlang:fun_info(Instantiate, name),
            {arity, A} = erlang:fun_info(Instantiate, arity),
            context_error({bad_instantiator, {{M, N, A}, Tests}}, error, badarg, Here);
        false ->
            ok
    end,
    try Callback(Tests)
    after
        try Cleanup(Resource)
        catch C3:T3:S3 -> context_error(cleanup_failed, C3, T3, S3)
        end
    end.

context_error(What, Class, Term, Trace) ->
    throw({context_error, {What, {Class, Term, get_stacktrace(Trace)}}}).

%% A trace without eunit's own frames: eunit_data's dropped, everything from
%% the first eunit_test frame on cut.
get_stacktrace(Trace) ->
    uniq(prune(Trace)).

prune([Frame | Rest]) when element(1, Frame) =:= eunit_data -> prune(Rest);
prune([Frame | _]) when element(1, Frame) =:= eunit_test -> [];
prune([Frame | Rest]) -> [Frame | prune(Rest)];
prune([]) -> [].

uniq([X, X | Rest]) -> uniq([X | Rest]);
uniq([X | Rest]) -> [X | uniq(Rest)];
uniq([]) -> [].
