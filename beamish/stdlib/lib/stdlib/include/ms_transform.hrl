%% -include_lib("stdlib/include/ms_transform.hrl") turns on the ms_transform
%% parse transform: ets:fun2ms(fun ... end) becomes a match specification at
%% compile time (beamish/compiler/ms_transform.py).
-compile({parse_transform, ms_transform}).
