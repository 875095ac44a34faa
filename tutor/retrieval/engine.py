"""The in-memory bm25s index: one bm25s index per language over that language's passages.

A question is analysed three ways (kk char 4-grams, ru and en Snowball) and searched in every language,
since language detection is unreliable on short Kazakh questions. Scores are made comparable across the
three indexes by dividing by the question's "idf mass" (the score a passage matching every query token
once would get), which also gives the refusal threshold a fixed scale. Language versions of one passage
(its group) are collapsed and the version in the answer language is shown.

Each process keeps the built index and rebuilds it when the Passage table's generation (row count and
highest id) changes: publishing anything changes it.
"""

import math
import threading
from collections import Counter
from dataclasses import dataclass, field

import bm25s
import numpy as np

from django.db.models import Count, Max

from ..models import Passage
from .analysers import ANALYSERS

K1, B = 1.5, 0.75
_lock = threading.Lock()
_state = {"generation": None, "engine": None}


@dataclass
class Hit:
    passage: Passage
    score: float
    matched_language: str
    siblings: dict = field(default_factory=dict)


class LanguageIndex:
    def __init__(self, language, passages):
        self.language = language
        self.passages = passages
        self.analyse = ANALYSERS[language]
        corpus = [self.analyse(p.text) or ["∅"] for p in passages]
        self.size = len(corpus)
        self.df = Counter(token for tokens in corpus for token in set(tokens))
        self.max_idf = self._idf(1) if self.size else 0.0
        self.bm25 = None
        if corpus:
            self.bm25 = bm25s.BM25(k1=K1, b=B)
            self.bm25.index(corpus, show_progress=False)

    def _idf(self, df):
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def search(self, text, k):
        tokens = self.analyse(text)
        if not tokens or self.bm25 is None:
            return []
        mass = sum(self._idf(self.df[t]) if t in self.df else self.max_idf for t in tokens)
        known = [t for t in tokens if t in self.df]
        if not known or mass <= 0:
            return []
        scores = self.bm25.get_scores(known)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.passages[i], float(scores[i]) / mass) for i in top if scores[i] > 0]


class Engine:
    def __init__(self, passages):
        self.passages = passages
        self.by_group = {}
        for passage in passages:
            self.by_group.setdefault(passage.group, {})[passage.language] = passage
        self.indexes = {
            language: LanguageIndex(language, [p for p in passages if p.language == language]) for language in ANALYSERS
        }

    def search(self, text, language="", k=5, per_index=30):
        """Top ``k`` hits, siblings collapsed; each hit shown in ``language`` when that version exists."""
        best = {}
        for index in self.indexes.values():
            for passage, score in index.search(text, per_index):
                current = best.get(passage.group)
                if current is None or score > current.score:
                    best[passage.group] = Hit(passage, score, index.language)
        hits = sorted(best.values(), key=lambda h: (-h.score, h.passage.pk))[:k]
        for hit in hits:
            hit.siblings = self.by_group.get(hit.passage.group, {})
            if language and language in hit.siblings:
                hit.passage = hit.siblings[language]
        return hits


def generation():
    stats = Passage.objects.aggregate(count=Count("pk"), top=Max("pk"))
    return (stats["count"], stats["top"])


def get_engine():
    """The process's engine, rebuilt when the index table changed since it was built."""
    current = generation()
    if _state["generation"] != current or _state["engine"] is None:
        with _lock:
            if _state["generation"] != current or _state["engine"] is None:
                _state["engine"] = Engine(list(Passage.objects.order_by("pk")))
                _state["generation"] = current
    return _state["engine"]
