"""Sentence-level detection scores against the Open Event Data Alliance Arabic event
gold standard (../shared/data/arabic-event-gsr, ASSAULT and PROTEST).

The GSR judges whole sentences ("does this report an assault?"), not ACLED records,
so rasid's output is reduced to one yes/no per sentence: any event of an assault
type, any event of a protest type. Labels are `yes` (unanimous accept), `easy no`
(unanimous reject), `difficult no` (one dissent) and `ambiguous` (too few votes);
ambiguous sentences are never scored, and the difficult negatives are scored in one
setting and left out in the other, because they are where annotators themselves
disagreed.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

ASSAULT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
PROTEST_TYPES = frozenset({"Protests", "Riots"})
# task → (file in the GSR folder, ACLED event types that count as "reports it")
TASKS: dict[str, tuple[str, frozenset[str]]] = {
    "assault": ("assault_gsr.csv", ASSAULT_TYPES),
    "protest": ("protest_gsr.csv", PROTEST_TYPES),
}
POSITIVE = "yes"
ALL_NEGATIVES = frozenset({"easy no", "difficult no"})
EASY_NEGATIVES = frozenset({"easy no"})
SETTINGS: tuple[tuple[str, frozenset[str]], ...] = (("yes vs all no", ALL_NEGATIVES), ("yes vs easy no", EASY_NEGATIVES))
DEFAULT_PUBLISHED = date(2015, 1, 1)
# The GSR is labelled data: sentences whose sha1(id) starts with 0-7 are the part we may
# read for error analysis ("dev"); 8-f are held out and are the figures we report.
PARTS = ("held-out", "dev", "all")
_LDC_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


@dataclass(frozen=True)
class GsrSentence:
    id: str
    text: str
    label: str
    task: str


@dataclass(frozen=True)
class BinaryScore:
    """Counts of a yes/no detector against the gold labels of one setting."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gsr(path: Path, task: str) -> list[GsrSentence]:
    """The sentences of one *_gsr.csv (columns: index, accept, event_type, id, label,
    reject, text, total)."""
    with open(path, encoding="utf-8", newline="") as f:
        return [GsrSentence(row["id"], row["text"], row["label"].strip(), task) for row in csv.DictReader(f)]


def part_of(sentence_id: str) -> str:
    """"dev" or "held-out", by the first hex digit of sha1(id) — the same rule as the
    dev gold's articles, so the split is fixed and anyone can recompute it."""
    return "dev" if hashlib.sha1(sentence_id.encode("utf-8")).hexdigest()[0] in "01234567" else "held-out"


def in_part(sentences: Iterable[GsrSentence], part: str) -> list[GsrSentence]:
    """The sentences of one part ("all" keeps every one)."""
    return [s for s in sentences if part == "all" or part_of(s.id) == part]


def sentence_published(sentence_id: str, default: date = DEFAULT_PUBLISHED) -> date:
    """The date in an LDC Gigaword id (AAW_ARB_20071026.0026-2 → 2007-10-26), so that
    "أمس" resolves near the real day; other ids get a fixed date."""
    m = _LDC_DATE.search(sentence_id)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    return default


def event_types(sentence: GsrSentence) -> frozenset[str]:
    """The ACLED event types rasid codes in one sentence, read as a one-sentence article."""
    from rasid.model import Article
    from rasid.pipeline import extract_article

    article = Article(f"gsr-{sentence.task}-{sentence.id}", sentence.text, sentence_published(sentence.id))
    return frozenset(e.event_type for e in extract_article(article).events)


def score_binary(labelled: Iterable[tuple[str, bool]], negatives: frozenset[str] = ALL_NEGATIVES) -> BinaryScore:
    """(gold label, predicted yes?) pairs → counts. `yes` is positive, labels in
    `negatives` are negative, every other label (ambiguous, excluded negatives) is
    left out."""
    tp = fp = fn = tn = 0
    for label, predicted in labelled:
        if label == POSITIVE:
            tp += predicted
            fn += not predicted
        elif label in negatives:
            fp += predicted
            tn += not predicted
    return BinaryScore(tp, fp, fn, tn)


def errors(sentences: Iterable[GsrSentence], predicted: Iterable[bool], k: int,
           negatives: frozenset[str] = ALL_NEGATIVES) -> tuple[list[GsrSentence], list[GsrSentence]]:
    """The first k false positives and the first k false negatives, for reading."""
    fps, fns = [], []
    for s, p in zip(sentences, predicted):
        if p and s.label in negatives and len(fps) < k:
            fps.append(s)
        elif not p and s.label == POSITIVE and len(fns) < k:
            fns.append(s)
    return fps, fns
