-module(bob_tests).

-include_lib("eunit/include/eunit.hrl").

stating_something_test() ->
    ?assertEqual("Whatever.", bob:response("Tom-ay-to, tom-aaaah-to.")).

shouting_test() ->
    ?assertEqual("Whoa, chill out!", bob:response("WATCH OUT!")).

asking_a_question_test() ->
    ?assertEqual("Sure.", bob:response("Does this cryogenic chamber make me look fat?")).

forceful_question_test() ->
    ?assertEqual("Calm down, I know what I'm doing!", bob:response("WHAT'S GOING ON?")).

silence_test() ->
    ?assertEqual("Fine. Be that way!", bob:response("")).

prolonged_silence_test() ->
    ?assertEqual("Fine. Be that way!", bob:response("          ")).

generated_test_() ->
    [{"numbers are not shouting", ?_assertEqual("Whatever.", bob:response("1, 2, 3"))},
     ?_assertMatch("Sure." ++ _, bob:response("4?")),
     ?_assertNotEqual("Sure.", bob:response("OK"))].
