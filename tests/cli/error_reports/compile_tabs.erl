-module(compile_tabs).
-export([main/1]).

main(_) ->
	case 1 of
		1 ->	ok = Nope
	end.
