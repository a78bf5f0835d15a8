%% Running tests: groups in order or one task after another, fixtures,
%% timeouts, output capture, and the events the report is made from.
%%
%% A task is an insulator process and its child. The child runs a group (or
%% one item of an inparallel group); the insulator watches it: a timeout
%% kills it, an abort (a generator that failed, a bad test descriptor) ends
%% it, and either way the insulator has the listener cancel what was left
%% open. Every event is a synchronous call to the listener (eunit.erl), so
%% the report comes out in the order things happen. Tests of an inparallel
%% group run one after another, each in its own task.
%%
%% Stack traces in failure reports show these frames; the -file attributes
%% put each call on the line OTP 25's eunit_proc.erl has it on.
-module(eunit_proc).
-export([start/3]).

-include("eunit_internal.hrl").

-record(st, {listener, insulator, depth = 0, order = inorder, options = []}).

%% Runs Tests as one group in a new task; returns when it is over.
start(Tests, Options, Listener) ->
    St = #st{listener = Listener, options = Options},
    wait_for_task(start_task(fun (S) -> fun () -> run_group(#group{tests = Tests}, S) end end,
                             St)).

start_task(Body, St) ->
    Parent = self(),
    Ref = make_ref(),
    Pid = spawn_link(fun () -> insulator(Body, Parent, Ref, St) end),
    {Pid, Ref}.

wait_for_task({Pid, Ref}) ->
    receive {done, Ref, Pid} -> ok end.

insulator(Body, Parent, Ref, St0) ->
    process_flag(trap_exit, true),
    Self = self(),
    beamish_io:capture(Self),  % output outside of tests is kept from the report
    Depth = message(St0, depth),
    St = St0#st{insulator = Self, depth = Depth},
    Child = spawn_link(fun () ->
                               group_leader(Self, self()),
                               child_process(Body(St), St)
                       end),
    insulator_wait(Child, Depth, St),
    _ = beamish_io:captured(Self),
    unlink(Parent),
    Parent ! {done, Ref, Self}.

insulator_wait(Child, Depth, St) ->
    receive
        {abort, Child, Cause} ->
            receive {'EXIT', Child, _} -> ok end,
            message(St, {cancel_scope, Depth, Depth + 1, {abort, Cause}});
        {timeout, Child, ItemDepth} ->
            Reason = case erlang:process_info(Child, current_stacktrace) of
                         {current_stacktrace, Stack} -> {timeout, #{stacktrace => Stack}};
                         _ -> timeout
                     end,
            exit(Child, kill),
            receive {'EXIT', Child, _} -> ok end,
            message(St, {cancel_scope, Depth, ItemDepth, Reason});
        {'EXIT', Child, normal} ->
            ok;
        {'EXIT', Child, Reason} ->
            message(St, {cancel_scope, Depth, Depth + 1, {exit, Reason}})
    end.

%% A synchronous call to the listener.
message(#st{listener = Listener}, Event) ->
    Ref = make_ref(),
    Listener ! {eunit_event, self(), Ref, Event},
    receive {Ref, Reply} -> Reply end.

-file("eunit_proc.erl", 342).
with_timeout(infinity, F, _St) ->
    %% no timer: the group's time is all that is measured
    {T0, _} = statistics(wall_clock),
    Value = F(),
    {T1, _} = statistics(wall_clock),
    {Value, T1 - T0};
with_timeout(Time, F, St) when is_integer(Time), Time > 16#ffffffff ->
    with_timeout(16#ffffffff, F, St);
with_timeout(Time, F, St) when is_integer(Time), Time < 0 ->
    with_timeout(0, F, St);
with_timeout(Time, F, St) when is_integer(Time) ->
    Ref = erlang:send_after(Time, St#st.insulator, {timeout, self(), St#st.depth}),
    {T0, _} = statistics(wall_clock),
    try F() of
        Value ->
            {T1, _} = statistics(wall_clock),
            {Value, T1 - T0}
    after
        erlang:cancel_timer(Ref)
    end.

-file("eunit_proc.erl", 372).
child_process(Fun, St) ->
    try Fun() of
        _ -> ok
    catch
        throw:{eunit_abort, Cause} ->
            St#st.insulator ! {abort, self(), Cause},
            exit(aborted)
    end.

with_timeout(undefined, Default, F, St) -> with_timeout(Default, F, St);
with_timeout(Time, _Default, F, St) -> with_timeout(Time, F, St).

tests(T, St) ->
    I = eunit_data:iter_init(T, St#st.options),
    case St#st.order of
        inorder -> tests_inorder(I, 0, St);
        {inparallel, _} -> tests_inparallel(I, 0, St)
    end.

-file("eunit_proc.erl", 451).
tests_inorder(I, N, St) ->
    %% each item in turn, in this process
    case get_next_item(I) of
        {T, I1} ->
            handle_item(T, St),
            tests_inorder(I1, N + 1, St);
        none -> N
    end.

tests_inparallel(I, N, St) ->
    case get_next_item(I) of
        {T, I1} ->
            wait_for_task(start_task(fun (S) -> fun () -> handle_item(T, S) end end, St)),
            tests_inparallel(I1, N + 1, St);
        none -> N
    end.

-file("eunit_proc.erl", 488).
get_next_item(I) ->
    try eunit_data:iter_next(I)
    catch throw:Cause -> throw({eunit_abort, Cause})
    end.

handle_item(#test{} = T, St) -> handle_test(T, St);
handle_item(#group{} = T, St) -> handle_group(T, St).

-file("eunit_proc.erl", 503).
handle_test(T, St) ->
    Depth = message(St, {begin_test, T#test.desc, T#test.location, T#test.line}),
    Leader = group_leader(),
    Capture = spawn(fun () -> receive stop -> ok end end),
    beamish_io:capture(Capture),
    group_leader(Capture, self()),
    %% the test runs here, with its own group leader and timeout
    %% (5 seconds unless a {timeout, ...} says otherwise)
    %%
    %%
    {Status, Time} = with_timeout(T#test.timeout, 5000, fun () -> run_test(T) end,
                                  St#st{depth = Depth}),
    group_leader(Leader, self()),
    Output = beamish_io:captured(Capture),
    Capture ! stop,
    message(St, {end_test, Status, Time, Output}).

-file("eunit_proc.erl", 529).
run_test(#test{f = F}) ->
    try eunit_test:run_testfun(F) of
        {ok, _Value} -> ok;
        {error, Exception} -> {error, Exception}
    catch
        throw:Complaint -> {skipped, Complaint}
    end.

handle_group(T, St0) ->
    St = case T#group.order of
             undefined -> St0;
             Order -> St0#st{order = Order}
         end,
    case T#group.spawn of
        undefined -> run_group(T, St);
        _ -> wait_for_task(start_task(fun (S) -> fun () -> run_group(T, S) end end, St))
    end.

-file("eunit_proc.erl", 561).
run_group(T, St0) ->
    Timeout = T#group.timeout,
    Depth = message(St0, {begin_group, T#group.desc}),
    St = St0#st{depth = Depth},
    F = fun (G) -> enter_group(G, Timeout, St) end,
    %% a fixture's setup and cleanup run here too; their failure cancels
    %% the group
    %%
    try with_context(T, F) of
        {_Count, Time} -> message(St, {end_group, Time})
    catch
        throw:{context_error, Why} -> message(St, {cancel_scope, Depth - 1, Depth, {abort, Why}})
    end,
    ok.

enter_group(T, Timeout, St) ->
    with_timeout(Timeout, infinity, fun () -> tests(T, St) end, St).

with_context(#group{context = undefined, tests = T}, F) ->
    F(T);
with_context(#group{context = Context, tests = I}, F) ->
    eunit_data:enter_context(Context, I, F).
