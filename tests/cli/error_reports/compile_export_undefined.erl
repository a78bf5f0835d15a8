-module(compile_export_undefined).
-export([main/1, gone/0]).

main(_) -> ok.
