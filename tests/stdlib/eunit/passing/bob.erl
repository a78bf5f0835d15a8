-module(bob).
-export([response/1]).

response(String) ->
    Trimmed = string:trim(String),
    Question = lists:suffix("?", Trimmed),
    Yelling = is_yelling(Trimmed),
    if
        Trimmed =:= "" -> "Fine. Be that way!";
        Yelling andalso Question -> "Calm down, I know what I'm doing!";
        Yelling -> "Whoa, chill out!";
        Question -> "Sure.";
        true -> "Whatever."
    end.

is_yelling(String) ->
    string:uppercase(String) =:= String andalso string:lowercase(String) =/= String.
