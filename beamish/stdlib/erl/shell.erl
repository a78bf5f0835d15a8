%% The shell's evaluator process (beamish/repl/session.py).
%%
%% beamish compiles each expression sequence typed at the shell into
%% erl_eval:'$eval'/N and sends it here with the current bindings; the
%% {Value, NewBindings} pair goes back through the shell:'$report'/1 BIF.
%% An exception ends this process, and the shell starts a new one, as erl's
%% shell restarts its evaluator.
-module(shell).
-export([evaluator/0]).

evaluator() ->
    receive
        {'$beamish_eval', Module, Args} ->
            shell:'$report'(apply(Module, '$eval', Args)),
            evaluator()
    end.
