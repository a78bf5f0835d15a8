%% no #! line: escript drops this line and numbers the next one 1
-module(no_shebang_line).
-export([main/1]).
main(_) -> io:format("~p ~p~n", [?LINE, ?MODULE]).
