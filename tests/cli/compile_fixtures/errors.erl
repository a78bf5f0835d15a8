-module(errors).
-export([f/0, h/1]).

f() -> X = 1, Y.

g() -> ok.
