%% logger: the API part of OTP 25's logger, with its default handler and formatter.
%%
%% The primary level lives in the runtime (logger.py: set_primary_config/2,
%% get_primary_config/0, allow/2), because the VM's own "Error in process"
%% reports obey it too. An event that passes is formatted by the process that
%% logs it and written by the handler process, registered as logger (see below).
-module(logger).
-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, macro_log/3, macro_log/4, macro_log/5,
         update_primary_config/1, set_primary_config/1, set_module_level/2,
         '$emit'/2, '$emit_async'/2, format_report/1, handler_loop/0]).

emergency(A) -> log(emergency, A).
emergency(A, B) -> log(emergency, A, B).
emergency(A, B, C) -> log(emergency, A, B, C).
alert(A) -> log(alert, A).
alert(A, B) -> log(alert, A, B).
alert(A, B, C) -> log(alert, A, B, C).
critical(A) -> log(critical, A).
critical(A, B) -> log(critical, A, B).
critical(A, B, C) -> log(critical, A, B, C).
error(A) -> log(error, A).
error(A, B) -> log(error, A, B).
error(A, B, C) -> log(error, A, B, C).
warning(A) -> log(warning, A).
warning(A, B) -> log(warning, A, B).
warning(A, B, C) -> log(warning, A, B, C).
notice(A) -> log(notice, A).
notice(A, B) -> log(notice, A, B).
notice(A, B, C) -> log(notice, A, B, C).
info(A) -> log(info, A).
info(A, B) -> log(info, A, B).
info(A, B, C) -> log(info, A, B, C).
debug(A) -> log(debug, A).
debug(A, B) -> log(debug, A, B).
debug(A, B, C) -> log(debug, A, B, C).

%% log(Level, StringOrReport), log(Level, Format, Args) or log(Level, Report, Metadata),
%% log(Level, Format, Args, Metadata)
log(Level, Msg) -> log(Level, Msg, #{}).

log(Level, Format, Args) when is_list(Args) -> do_log(Level, {Format, Args});
log(Level, Msg, Meta) when is_map(Meta) -> do_log(Level, message(Msg)).

log(Level, Format, Args, _Meta) -> do_log(Level, {Format, Args}).

macro_log(_Location, Level, Msg) -> log(Level, Msg).
macro_log(_Location, Level, A, B) -> log(Level, A, B).
macro_log(_Location, Level, A, B, C) -> log(Level, A, B, C).

message(Report) when is_map(Report); is_list(Report), Report =/= [],
                     is_tuple(hd(Report)) -> {report, Report};
message(String) -> {string, String}.

do_log(Level, Msg) ->
    case logger:allow(Level, undefined) of
        true -> '$emit'(level_word(Level), text(Msg));
        false -> ok
    end.

text({report, Report}) -> format_report(Report);
text({string, String}) -> String;
text({Format, Args}) ->
    try io_lib:format(Format, Args)
    catch _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Format, Args])
    end.

%% A report as logger_formatter prints it: one "    Key: Value" line per item.
format_report(Report) when is_map(Report) ->
    format_report(lists:keysort(1, maps:to_list(Report)));
format_report(Report) when is_list(Report) ->
    lists:join("\n", [format_item(Item) || Item <- Report]).

format_item({Key, Value}) ->
    Prefix = io_lib:format("    ~tp: ", [Key]),
    case io_lib:printable_unicode_list(Value) of
        true -> [Prefix, Value];
        false -> [Prefix, '$logger':print(Value, length(lists:flatten(Prefix)) + 1)]
    end;
format_item(Other) ->
    io_lib:format("    ~tp", [Other]).

level_word(emergency) -> "EMERGENCY";
level_word(alert) -> "ALERT";
level_word(critical) -> "CRITICAL";
level_word(error) -> "ERROR";
level_word(warning) -> "WARNING";
level_word(notice) -> "NOTICE";
level_word(info) -> "INFO";
level_word(debug) -> "DEBUG".

update_primary_config(Config) when is_map(Config) ->
    case maps:find(level, Config) of
        {ok, Level} -> logger:set_primary_config(level, Level);
        error -> ok
    end.

set_primary_config(Config) when is_map(Config) ->
    logger:set_primary_config(level, maps:get(level, Config, notice)).

set_module_level(_Modules, _Level) -> ok.

%% ---- the handler: one low-priority process writes every event.
%% A process that logs waits until its event is written, so its own output
%% stays in order ('$emit'/2); a process about to end does not wait
%% ('$emit_async'/2, proc_lib's crash report). As the handler runs when no
%% ordinary process is ready, such a report comes out after what its
%% process's end set off (a 'DOWN' printed, a supervisor's report) and may
%% never come out if the escript ends first, as on OTP, whose handler is a
%% separate process too.

'$emit'(Kind, Text) ->
    Ref = make_ref(),
    handler() ! {log, self(), Ref, Kind, flat(Text)},
    receive {Ref, written} -> ok end.

'$emit_async'(Kind, Text) ->
    handler() ! {log, nobody, none, Kind, flat(Text)},
    ok.

flat(Text) -> lists:flatten(io_lib:format("~ts", [Text])).

handler() -> '$system':whereis_or_start(logger, ?MODULE, handler_loop, [], low).

handler_loop() ->
    receive
        {log, From, Ref, Kind, Chars} ->
            '$logger':emit(Kind, Chars),
            case From of
                nobody -> ok;
                _ -> From ! {Ref, written}
            end
    end,
    handler_loop().
