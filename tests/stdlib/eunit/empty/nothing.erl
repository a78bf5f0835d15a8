-module(nothing).
-export([f/0]).
-include_lib("eunit/include/eunit.hrl").

f() -> ok.
