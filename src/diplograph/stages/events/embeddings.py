"""Static word embeddings for the learned tagger: WordLlama's weights, shipped in its wheel.

Loaded once per process from the installed package (never downloaded); a vector per lemma is
cached, so an article costs a dictionary lookup per word after the first sight of it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from diplograph.errors import ReferenceDataError

DIMENSIONS = 64  # WordLlama's matryoshka vectors keep their meaning when truncated


class Embeddings:
    def __init__(self, model, dimensions: int = DIMENSIONS):
        self.model = model
        self.dimensions = dimensions
        self.cache: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, dimensions: int = DIMENSIONS) -> Embeddings:
        return _load(dimensions)

    def vectors(self, words: list[str]) -> np.ndarray:
        """One row per word, L2-normalised."""
        new = [w for w in dict.fromkeys(words) if w not in self.cache]
        if new:
            for w, v in zip(new, self.model.embed(new, norm=True), strict=True):
                self.cache[w] = np.asarray(v, dtype=np.float32)
        if not words:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.stack([self.cache[w] for w in words])

    def vector(self, word: str) -> np.ndarray:
        """One word's row, L2-normalised, not cached (for a caller that keeps what it derives
        from it)."""
        found = self.cache.get(word)
        if found is not None:
            return found
        return np.asarray(self.model.embed([word], norm=True)[0], dtype=np.float32)


@lru_cache(maxsize=2)
def _load(dimensions: int) -> Embeddings:
    try:
        import wordllama
        from wordllama import WordLlama

        home = Path(wordllama.__file__).parent
        model = WordLlama.load(cache_dir=home, disable_download=True, trunc_dim=dimensions)
    except (ImportError, OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot load the shipped WordLlama embeddings: {exc}") from exc
    return Embeddings(model, dimensions)
