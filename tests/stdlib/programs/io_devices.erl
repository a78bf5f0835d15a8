%% io on standard output and on files opened with file:open/2.
-module(io_devices).
-export([main/1]).

main(_) ->
    io:format("plain~n"),
    io:format("~w ~s ~p~n", [1, "two", {three}]),
    io:fwrite("fwrite ~w~n", [x]),
    io:format(standard_io, "to ~s~n", ["standard_io"]),
    io:format(user, "to ~s~n", ["user"]),
    io:put_chars("put_chars\n"),
    io:put_chars(standard_io, [<<"deep ">>, ["chars", $\n]]),
    io:nl(),
    io:nl(standard_io),
    io:write({written, "term"}),
    io:nl(),
    io:format("~ts|~s~n", [[1000, $a], [228]]),
    Name = "io_devices.tmp",
    {ok, Out} = file:open(Name, [write]),
    ok = io:format(Out, "line ~w~n", [1]),
    ok = io:fwrite(Out, "line ~w~n", [2]),
    ok = io:put_chars(Out, "line 3\n"),
    ok = io:write(Out, {line, 4}),
    ok = io:nl(Out),
    ok = file:write(Out, <<"line 5">>),
    ok = file:close(Out),
    {ok, In} = file:open(Name, [read]),
    read_lines(In),
    ok = file:close(In),
    {ok, Bin} = file:open(Name, [read, binary]),
    io:format("~p~n", [io:get_line(Bin, "")]),
    io:format("~p~n", [io:get_chars(Bin, "", 4)]),
    io:format("~p~n", [file:read(Bin, 3)]),
    io:format("~p~n", [file:pread(Bin, 0, 4)]),
    ok = file:close(Bin),
    {ok, Append} = file:open(Name, [append]),
    io:format(Append, "~s~n", ["appended"]),
    file:close(Append),
    {ok, Text} = file:read_file(Name),
    io:format("~s~n", [Text]),
    ok = file:delete(Name),
    Port = open_port({spawn, "printf 'one\\ntwo\\n'"}, [{line, 80}, exit_status]),
    port_messages(Port).

read_lines(Device) ->
    case io:get_line(Device, "prompt> ") of
        eof -> io:format("eof~n");
        Line -> io:format("got ~p~n", [Line]), read_lines(Device)
    end.

port_messages(Port) ->
    receive
        {Port, {exit_status, Status}} -> io:format("exit ~w~n", [Status]);
        {Port, {data, Data}} -> io:format("data ~p~n", [Data]), port_messages(Port)
    end.
