-module(include_me).
-export([value/0]).
-include("shared.hrl").

value() -> ?SHARED.
