-module(unused).
-export([f/0]).
f() -> X = 1, ok.
