#!/usr/bin/env escript
%% A supervision tree: a top supervisor (one_for_one) over a worker that
%% crashes on request and a sub-supervisor (rest_for_one) over two workers.
%% Crashed workers are restarted; too many crashes take the tree down.
-module(supervision_tree).
-behaviour(supervisor).
-mode(compile).
-export([main/1, init/1, start_worker/1, worker/1]).

main(_) ->
    %% Crash and supervisor reports carry timestamps: keep them out of the
    %% demo's output (delete this line to see them).
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE, top),
    show("started"),
    crash(flaky),
    crash(first),
    crash(second),
    show("after three crashes"),
    %% top allows 3 restarts in 10 s: the fourth crash of flaky exceeds that
    [crash(flaky) || _ <- [1, 2, 3]],
    receive
        {'EXIT', Top, Reason} -> io:format("top supervisor exited: ~p~n", [Reason])
    after 1000 -> io:format("top supervisor still running~n")
    end,
    io:format("workers left: ~p~n", [[N || N <- [flaky, first, second], whereis(N) =/= undefined]]).

%% ---- supervisor callbacks: one module, two kinds of supervisor
init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 3, period => 10},
          [worker_spec(flaky),
           #{id => sub, start => {supervisor, start_link, [{local, sub}, ?MODULE, sub]},
             type => supervisor}]}};
init(sub) ->
    {ok, {#{strategy => rest_for_one, intensity => 5, period => 10},
          [worker_spec(first), worker_spec(second)]}}.

worker_spec(Name) ->
    #{id => Name, start => {?MODULE, start_worker, [Name]}, shutdown => brutal_kill}.

%% ---- the workers: registered, so a restarted one is found by name
start_worker(Name) ->
    Pid = spawn_link(?MODULE, worker, [Name]),
    register(Name, Pid),
    {ok, Pid}.

worker(Name) ->
    receive
        crash -> exit({crashed, Name});
        {ping, From} -> From ! {pong, Name}, worker(Name)
    end.

%% Crash one worker; say which workers came back with a new pid.
crash(Name) ->
    Before = [{N, whereis(N)} || N <- [flaky, first, second]],
    Old = whereis(Name),
    Ref = monitor(process, Old),
    Old ! crash,
    receive {'DOWN', Ref, process, Old, _} -> ok end,
    Result = wait_restart(Name, Old, 50),
    timer:sleep(20),
    Renewed = [N || {N, P} <- Before, whereis(N) =/= P, whereis(N) =/= undefined],
    io:format("crashed ~p: ~p, new pids for ~p~n", [Name, Result, Renewed]).

wait_restart(_Name, _Old, 0) -> gone;
wait_restart(Name, Old, N) ->
    case whereis(Name) of
        New when is_pid(New), New =/= Old -> restarted;
        _ -> timer:sleep(10), wait_restart(Name, Old, N - 1)
    end.

show(What) ->
    Top = [{Id, Type} || {Id, _, Type, _} <- supervisor:which_children(top)],
    Sub = [Id || {Id, Pid, _, _} <- supervisor:which_children(sub), is_pid(Pid)],
    io:format("~s~n  top: ~p~n  sub: ~p~n  counts: ~p~n",
              [What, lists:sort(Top), lists:sort(Sub), supervisor:count_children(top)]).
