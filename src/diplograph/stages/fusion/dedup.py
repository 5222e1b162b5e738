"""Near-duplicate articles: reprints and light edits, found with MinHash over word shingles.

datasketch is imported where a signature is made: it loads scipy, a second of start-up that
every command opening a store paid, though only ingestion hashes articles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE = 3  # words per shingle: one edited word changes at most three shingles
SCHEME = "affine32"  # datasketch's hashing scheme, named so stored signatures stay comparable
STORED = "<u4"  # how a signature's 32-bit hash values are stored: little-endian unsigned
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The word `size`-grams of a text, lower-cased (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str, permutations: int = 128) -> MinHash:
    """The MinHash signature of a text's shingles."""
    from datasketch import MinHash

    mh = MinHash(num_perm=permutations, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """A signature's hash values as bytes, for the store."""
    return mh.hashvalues.astype(STORED).tobytes()


def from_bytes(data: bytes, permutations: int = 128) -> MinHash:
    """A signature back from the bytes `to_bytes` wrote."""
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=STORED)
    return MinHash(num_perm=permutations, hashvalues=values, scheme=SCHEME)


class NearDuplicates:
    """An LSH index of article signatures; finds the original an article reprints."""

    def __init__(self, threshold: float = 0.7, permutations: int = 128):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.permutations = permutations
        self.lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self.signatures: dict[int, MinHash] = {}

    def add(self, key: int, mh: MinHash) -> None:
        """Index the signature of article `key`."""
        self.lsh.insert(key, mh)
        self.signatures[key] = mh

    def original_of(self, mh: MinHash) -> tuple[int, float] | None:
        """The most similar earlier article above the threshold, with its estimated Jaccard."""
        best = None
        for key in self.lsh.query(mh):
            similarity = mh.jaccard(self.signatures[key])
            if similarity >= self.threshold and (
                best is None or (similarity, -key) > (best[1], -best[0])
            ):
                best = (key, similarity)
        return best
