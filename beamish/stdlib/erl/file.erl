%% file:script/eval and their path_ variants: run a file of expressions.
%%
%% Why Erlang: the forms are evaluated with erl_eval, which calls back into
%% Erlang. Every other function of file is a Python BIF (stdlib/bifs/file.py,
%% file_consult.py); a BIF wins over this module for the same name, and this
%% module only defines what no BIF does. The forms come already scanned and
%% parsed from file_consult:forms/1.
%%
%% Matches file.erl of Erlang/OTP 25 by behaviour.
%%
%% Notes
%%  1. The forms run one after the other, each with the bindings the previous
%%     one left. script returns {ok, Value} of the last form; a file with no
%%     form is {error, {Line, file, undefined_script}}.
%%  2. A form that does not scan or parse stops the run with its
%%     {error, {Line, Module, Info}}; one that raises gives
%%     {error, {Line, file, {Class, Reason, Stack}}}, Line being where the
%%     form ended.
-module(file).

-export([script/1, script/2, path_script/2, path_script/3,
         eval/1, eval/2, path_eval/2, path_eval/3]).

script(File) -> script(File, erl_eval:new_bindings()).

script(File, Bs) ->
    case file_consult:forms(File) of
        {ok, Forms} -> run(Forms, Bs);
        {error, _} = Error -> Error
    end.

path_script(Path, File) -> path_script(Path, File, erl_eval:new_bindings()).

path_script(Path, File, Bs) ->
    case file_consult:path_forms(Path, File) of
        {ok, Forms, Full} ->
            case run(Forms, Bs) of
                {ok, Value} -> {ok, Value, Full};
                Error -> Error
            end;
        {error, _} = Error -> Error
    end.

eval(File) -> eval(File, erl_eval:new_bindings()).

eval(File, Bs) ->
    case script(File, Bs) of
        {ok, _} -> ok;
        Error -> Error
    end.

path_eval(Path, File) -> path_eval(Path, File, erl_eval:new_bindings()).

path_eval(Path, File, Bs) ->
    case path_script(Path, File, Bs) of
        {ok, _, Full} -> {ok, Full};
        Error -> Error
    end.

run({Forms, EndLine}, Bs) ->
    run(Forms, Bs, {error, {EndLine, file, undefined_script}}).

run([{_Line, {error, _} = Error} | _], _Bs, _Last) ->
    Error;
run([{Line, {ok, Exprs}} | Forms], Bs0, _Last) ->
    try erl_eval:exprs(Exprs, Bs0) of
        {value, Value, Bs} -> run(Forms, Bs, {ok, Value})
    catch
        Class:Reason:Stack -> {error, {Line, file, {Class, Reason, Stack}}}
    end;
run([], _Bs, Last) ->
    Last.
