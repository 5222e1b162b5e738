"""The learned trigger tagger: which words of a sentence report an event, and of which type.

A linear model (multinomial logistic regression, trained by tools/train_coder.py on the
annotated corpus in corpus/events/) over the sparse features of features.py and a static
embedding of the word's lemma. The weights ship in `data/models/triggers.npz`; scoring is a
sum of weights and a softmax, in numpy, with no training library at run time. A screen on the
lemma alone (`may_tag`, its margin chosen in training) spares most words the full reading.
The coder asks it about the words its rules left uncoded (coder.py): the rules stay where they
are precise, and what they say of a word is one of the model's features.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from diplograph.errors import ReferenceDataError
from diplograph.stages.events.embeddings import Embeddings

MODEL_FILE = "triggers.npz"
NONE = "O"  # the label of a word that reports no event


@dataclass(frozen=True, slots=True)
class Tagged:
    token: int
    event: str
    probability: float


class TriggerTagger:
    def __init__(
        self,
        classes: list[str],
        features: dict[str, int],
        sparse: np.ndarray,
        dense: np.ndarray,
        bias: np.ndarray,
        threshold: float,
        embeddings: Embeddings | None,
        meta: dict,
        screen: float = math.inf,
    ):
        self.classes = classes
        self.features = features
        self.sparse = sparse
        self.dense = dense
        self.bias = bias
        self.threshold = threshold
        self.embeddings = embeddings
        self.meta = meta
        self.screen = screen  # log-odds; see may_tag
        self._none = classes.index(NONE)
        # the weights of the features, then one row per lemma seen (see scores)
        self._table = np.concatenate([sparse, np.zeros((1024, sparse.shape[1]), sparse.dtype)])
        self._used = len(sparse)
        self._lemma_ids: dict[str, int] = {}

    @classmethod
    def load(cls) -> TriggerTagger | None:
        """The shipped model, or None when the package ships none."""
        return _load_shipped()

    @classmethod
    def from_file(cls, path) -> TriggerTagger:
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                classes = [str(c) for c in data["classes"]]
                names = [str(n) for n in data["features"]]
                sparse, dense, bias = data["sparse"], data["dense"], data["bias"]
                threshold = float(data["threshold"])
                screen = float(data["screen"]) if "screen" in data else math.inf
        except (OSError, KeyError, ValueError) as exc:
            raise ReferenceDataError(f"{path}: not a trigger model ({exc})") from exc
        embeddings = Embeddings.load(dense.shape[0]) if dense.shape[0] else None
        features = {name: k for k, name in enumerate(names)}
        return cls(classes, features, sparse, dense, bias, threshold, embeddings, meta, screen)

    def scores(self, rows: list[list[str]], lemmas: list[str]) -> np.ndarray:
        """Class probabilities, one row per candidate word. A feature counts once per word, as
        in training (an indicator). One table holds the features' weights and, below them, a
        row per lemma seen (bias plus the embedding's part), so a word's scores are one sum of
        table rows (reduceat over one gather)."""
        get = self.features.get
        ids: list[int] = []
        starts: list[int] = []
        for names, lemma in zip(rows, lemmas, strict=True):
            starts.append(len(ids))
            found = set(map(get, names))
            found.discard(None)
            found.add(self._lemma_id(lemma))
            ids.extend(found)
        out = np.add.reduceat(self._table.take(ids, axis=0), starts, dtype=np.float64)
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def may_tag(self, lemma: str, names: list[str]) -> bool:
        """Whether a word with this lemma and these lemma-only features (features.
        lemma_features) is worth reading in context: its lemma alone must not put every event
        type more than `screen` log-odds below "no event". Most candidates fail ("week",
        "minister"); training chose the narrowest screen at which the cross-validated figures
        do not move (tools/train_coder.py, docs/events.md)."""
        if math.isinf(self.screen):
            return True
        ids = [k for k in map(self.features.get, names) if k is not None]
        ids.append(self._lemma_id(lemma))  # first: it may grow the table
        row = self._table[ids].sum(axis=0)
        return float(np.delete(row, self._none).max() - row[self._none]) > -self.screen

    def _lemma_id(self, lemma: str) -> int:
        """The table row of a lemma's bias and embedding part, added on first sight."""
        k = self._lemma_ids.get(lemma)
        if k is None:
            k = self._lemma_ids[lemma] = self._used
            if k == len(self._table):  # full: double the room for lemma rows
                grown = np.zeros((2 * k, self._table.shape[1]), dtype=self._table.dtype)
                grown[:k] = self._table
                self._table = grown
            row = self.bias
            if self.embeddings is not None:
                row = row + self.embeddings.vector(lemma) @ self.dense
            self._table[k] = row
            self._used += 1
        return k

    def tag(self, tokens: list[int], rows: list[list[str]], lemmas: list[str]) -> list[Tagged]:
        """The candidate words the model reads as triggers, with their most likely type."""
        if not tokens:
            return []
        probs = self.scores(rows, lemmas)
        probs[:, self._none] = -1.0
        best = probs.argmax(axis=1)
        top = probs.max(axis=1)
        return [
            Tagged(tokens[r], self.classes[best[r]], float(top[r]))
            for r in np.flatnonzero(top >= self.threshold)
        ]


@lru_cache(maxsize=1)
def _load_shipped() -> TriggerTagger | None:
    path = resources.files("diplograph") / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    with resources.as_file(path) as real:
        return TriggerTagger.from_file(real)
