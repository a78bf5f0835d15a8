-module(compile_head_mismatch).
-export([main/1]).

main(_) -> ok;
mane(_) -> error.
