#!/usr/bin/env escript
-module(bif_list_to_existing_atom).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {list_to_existing_atom(id("surely_no_such_atom_exists_here"))}.
