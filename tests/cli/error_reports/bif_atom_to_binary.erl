#!/usr/bin/env escript
-module(bif_atom_to_binary).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {atom_to_binary(id(42))}.
