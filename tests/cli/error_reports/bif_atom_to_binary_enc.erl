#!/usr/bin/env escript
-module(bif_atom_to_binary_enc).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {atom_to_binary(abc, id(utf16))}.
