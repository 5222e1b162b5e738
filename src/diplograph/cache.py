"""Reference data built once and kept: a pickle in the user's cache folder.

    cached(name, sources, build) -> what build() returns: built on first use, then read

Some reference data is costly to build in every process: the actor dictionary is ~140,000
records from ten tables, and each ingest worker used to build it anew. `cached` keeps what
`build` returns as a pickle named by a hash of every source it depends on (the data files and
the modules that build it), so an edit of either builds it again and a stale file is never
read. The file is written under a temporary name in the same folder and renamed into place
(atomic on POSIX), so workers starting together never read half a file: each may build it,
the last rename wins, and all are equal. The cache only saves time: a folder that cannot be
written or a file that cannot be read means building in memory, as without it.

The folder: `$XDG_CACHE_HOME/diplograph`, else `~/.cache/diplograph`. Copies built from older
sources stay there until removed (a few MB each): trees of several revisions may share it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# what a missing, damaged or foreign pickle may raise while loading
UNREADABLE = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    AttributeError,
    ImportError,
    IndexError,
    KeyError,
    TypeError,
    ValueError,
)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "diplograph"


def source_key(sources: Iterable) -> str:
    """A hash of the sources' names and bytes (paths or importlib.resources files), and of the
    Python version that pickles."""
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for source in sorted(sources, key=lambda s: s.name):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def cached(name: str, sources: Iterable, build: Callable[[], T]) -> T:
    """What `build()` returns, read from the cache when it holds a copy built from the same
    sources, else built and written there."""
    folder = cache_dir()
    path = folder / f"{name}-{source_key(sources)}.pickle"
    try:
        return _load(path)
    except UNREADABLE:
        pass
    value = build()
    try:
        _store(path, value)
    except OSError:
        pass  # a read-only or full disk: the value is still good
    return value


def _load(path: Path):
    gc.disable()  # loading creates many objects and no cycles: collecting them is wasted time
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    finally:
        gc.enable()


def _store(path: Path, value) -> None:
    with written_atomically(path) as tmp, tmp.open("wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` (its folder made if missing) for the block to write,
    renamed over `path` when the block ends without error, removed when it fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
