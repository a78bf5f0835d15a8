#!/usr/bin/env escript
-module(bif_binary_to_atom_utf8).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    {binary_to_atom(id(<<255, 254>>), utf8)}.
