"""The learned trigger tagger: which words of a sentence report an event, and of which type.

A linear model (multinomial logistic regression, trained by tools/train_coder.py on the
annotated corpus in corpus/events/) over the sparse features of features.py and a static
embedding of the word's lemma. The weights ship in `data/models/triggers.npz`; scoring is a
sum of weights and a softmax, in numpy, with no training library at run time. The coder asks it
about the words its rules left uncoded (coder.py): the rules stay where they are precise, and
what they say of a word is one of the model's features.
"""

from __future__ import annotations

import json
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
    ):
        self.classes = classes
        self.features = features
        self.sparse = sparse
        self.dense = dense
        self.bias = bias
        self.threshold = threshold
        self.embeddings = embeddings
        self.meta = meta

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
        except (OSError, KeyError, ValueError) as exc:
            raise ReferenceDataError(f"{path}: not a trigger model ({exc})") from exc
        embeddings = Embeddings.load(dense.shape[0]) if dense.shape[0] else None
        features = {name: k for k, name in enumerate(names)}
        return cls(classes, features, sparse, dense, bias, threshold, embeddings, meta)

    def scores(self, rows: list[list[str]], lemmas: list[str]) -> np.ndarray:
        """Class probabilities, one row per candidate word."""
        out = np.tile(self.bias, (len(rows), 1))
        at, ids = [], []
        for r, names in enumerate(rows):
            for name in names:
                k = self.features.get(name)
                if k is not None:
                    at.append(r)
                    ids.append(k)
        if ids:
            np.add.at(out, at, self.sparse[ids])
        if self.embeddings is not None and rows:
            out += self.embeddings.vectors(lemmas) @ self.dense
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        return out / out.sum(axis=1, keepdims=True)

    def tag(self, tokens: list[int], rows: list[list[str]], lemmas: list[str]) -> list[Tagged]:
        """The candidate words the model reads as triggers, with their most likely type."""
        if not tokens:
            return []
        probs = self.scores(rows, lemmas)
        none = self.classes.index(NONE)
        out = []
        for token, p in zip(tokens, probs, strict=True):
            p = p.copy()
            p[none] = -1.0
            best = int(np.argmax(p))
            if p[best] >= self.threshold:
                out.append(Tagged(token, self.classes[best], float(p[best])))
        return out


@lru_cache(maxsize=1)
def _load_shipped() -> TriggerTagger | None:
    path = resources.files("diplograph") / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    with resources.as_file(path) as real:
        return TriggerTagger.from_file(real)
