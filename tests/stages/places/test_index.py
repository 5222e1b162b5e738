"""Tests of the gazetteer's SQLite index: built once, atomically, then only opened."""

from __future__ import annotations

import pytest

from diplograph.errors import ReferenceDataError
from diplograph.stages.places.index import SqliteNames, index_path, open_gazetteer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A cache directory with a freshly built index (building takes seconds)."""
    path = tmp_path_factory.mktemp("cache")
    open_gazetteer(path)
    return path


def test_index_built_once_then_opened(cache):
    path = index_path(cache)
    assert [p.name for p in cache.iterdir()] == [path.name]  # no temporary file left
    built = path.stat().st_mtime_ns
    gazetteer = open_gazetteer(cache)
    assert path.stat().st_mtime_ns == built
    assert gazetteer.lookup("Kharkiv").geonameid == 706483
    assert gazetteer.countries["UKR"].name == "Ukraine" and gazetteer.states["TX"].name == "Texas"


def test_index_entries_are_shared_objects(cache):
    names = SqliteNames(index_path(cache))
    (a, _), *_ = names.get("kharkiv")
    names._memo.clear()
    (b, _), *_ = names.get("kharkiv")
    assert a is b and names.get("zzyzxville") is None and "kharkiv" in names


def test_index_unwritable_cache_is_a_reference_data_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ReferenceDataError, match="cannot write the gazetteer index"):
        open_gazetteer(blocker / "cache")
