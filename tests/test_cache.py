"""Tests of the on-disk cache of built reference data."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

from diplograph.cache import cache_dir, cached


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "diplograph"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("FRA\tFrance\n", encoding="utf-8")
    return path


class Builder:
    def __init__(self):
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"FRA": ("France", self.calls)}


def test_cache_folder_follows_xdg_cache_home(folder):
    assert cache_dir() == folder


def test_cache_builds_once_then_reads_the_copy(folder, source):
    build = Builder()
    first = cached("t", [source], build)
    assert cached("t", [source], build) == first == {"FRA": ("France", 1)}
    assert build.calls == 1
    assert [p.suffix for p in folder.iterdir()] == [".pickle"]


def test_cache_rebuilds_when_a_source_changes(folder, source):
    build = Builder()
    cached("t", [source], build)
    source.write_text("FRA\tFrench Republic\n", encoding="utf-8")
    assert cached("t", [source], build) == {"FRA": ("France", 2)}


def test_cache_damaged_copy_is_rebuilt_and_replaced(folder, source):
    build = Builder()
    cached("t", [source], build)
    [copy] = folder.iterdir()
    copy.write_bytes(b"\x80\x05not a pickle")
    assert cached("t", [source], build) == {"FRA": ("France", 2)}
    assert pickle.loads(copy.read_bytes()) == {"FRA": ("France", 2)}


def test_cache_unwritable_folder_still_builds(tmp_path, monkeypatch, source):
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))  # a file: no folder inside
    assert cached("t", [source], Builder()) == {"FRA": ("France", 1)}


def test_cache_builders_at_once_leave_one_whole_copy(folder, source):
    build = Builder()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: cached("t", [source], build), range(8)))
    assert all(r["FRA"][0] == "France" for r in results)
    [copy] = folder.iterdir()  # no temporary file left behind
    assert pickle.loads(copy.read_bytes())["FRA"][0] == "France"
