"""Hot code loading: two versions per module, purge, delete, c:c/c:l.

The scenarios in code_scenarios/ are escripts whose output was recorded from
OTP 25 (record.py there); the other tests check results observed in OTP 25
where its output carries timestamped error reports that cannot be goldens.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_run import ROOT, beamish, write

SCENARIOS = Path(__file__).parent / "code_scenarios"


@pytest.mark.parametrize("script", sorted(SCENARIOS.glob("*.erl")), ids=lambda p: p.stem)
def test_scenario_matches_escript(script, tmp_path):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    r = beamish("run", str(script), str(scratch), cwd=scratch, cache=tmp_path / "cache")
    assert r.returncode == int(script.with_suffix(".exit").read_text()), r.stderr.decode()
    assert r.stdout.decode("latin-1") == script.with_suffix(".out").read_text("latin-1")


def run_main(tmp_path, body: str, extra: str = "") -> str:
    """Run main/1 with ``body`` in a module next to m.erl (version 1)."""
    write(tmp_path / "m.erl", "-module(m).\n-export([v/0]).\nv() -> 1.\n")
    script = write(tmp_path / "s.erl", "-module(s).\n-export([main/1]).\n"
                   f"main(_) ->\n{body}.\n{extra}")
    r = beamish("run", str(script), cwd=tmp_path, cache=tmp_path / "cache")
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode()


def test_loading_over_unpurged_old_code_is_refused(tmp_path):
    out = run_main(tmp_path, 'io:format("~p ~p ~p~n", [code:load_file(m), code:load_file(m),'
                             ' code:load_file(m)])')
    assert out == "{module,m} {module,m} {error,not_purged}\n"


def test_stdlib_modules_are_sticky(tmp_path):
    out = run_main(tmp_path, 'io:format("~p ~p~n", [code:load_file(lists), code:delete(lists)])')
    assert out == "{error,sticky_directory} false\n"


def test_delete_twice_needs_a_purge_between(tmp_path):
    out = run_main(tmp_path, 'm:v(), io:format("~p ~p ~p ~p~n", [code:delete(m), code:delete(m),'
                             ' erlang:check_old_code(m), catch m:v()])')
    # the call after delete autoloads m again (OTP's error_handler does the same)
    assert out == "true false true 1\n"


def test_object_code_round_trip_through_load_binary(tmp_path):
    out = run_main(tmp_path, '{m, Bin, File} = code:get_object_code(m),\n'
                             'io:format("~p~n", [code:load_binary(m, File, Bin)]),\n'
                             'io:format("~p ~p~n", [code:get_object_code(nosuch), m:v()])')
    assert out == "{module,m}\nerror 1\n"


def test_compile_file_checks_without_loading(tmp_path):
    out = run_main(tmp_path, 'io:format("~p ~p~n", [compile:file("m"), code:is_loaded(m)])')
    assert out == "{ok,m} false\n"


def test_code_path_edits(tmp_path):
    (tmp_path / "lib").mkdir()
    out = run_main(tmp_path, 'true = code:add_patha("lib"), ["lib" | _] = code:get_path(),\n'
                             'true = code:add_pathz("lib"), Path = code:get_path(),\n'
                             'io:format("~p ~p~n", [lists:last(Path), length([D || D <- Path, D == "lib"])])')
    assert out == '"lib" 1\n'
