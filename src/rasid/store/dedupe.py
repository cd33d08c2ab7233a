"""Exact and near-duplicate articles.

Wire copy is republished by many sites with a changed headline, a dateline or a
trailing "اقرأ أيضا"; coding each copy would count one attack several times. An
exact copy is caught by a hash of the normalised text; a near copy by MinHash LSH
over word 5-gram shingles (Jaccard ≥ ~0.8). Signatures are plain bytes so
the store can keep them and rebuild the index on resume.
"""
from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasid.text.normalize import normalize_key

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
SEED = 1  # fixed, with SCHEME: signatures stored by one run must match the next's
SCHEME = "affine32"


def normal_words(text: str) -> list[str]:
    """Words of the normalised text, punctuation stripped."""
    out = []
    for w in normalize_key(text).split():
        w = w.strip(".,،؛;:!?؟\"'()[]{}«»-–—…")
        if w:
            out.append(w)
    return out


def content_hash(text: str, words: list[str] | None = None) -> str:
    """Same for two copies that differ only in spelling variants, spaces or punctuation."""
    words = normal_words(text) if words is None else words
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE, words: list[str] | None = None) -> set[str]:
    words = normal_words(text) if words is None else words
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str, words: list[str] | None = None) -> bytes:
    """MinHash signature of the text's shingles, as bytes (what the store keeps)."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text, words=words)])
    return m.hashvalues.astype(np.uint32).tobytes()


def _minhash(sig: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                   hashvalues=np.frombuffer(sig, dtype=np.uint32))


class NearDuplicateIndex:
    """LSH index of the articles kept so far. It belongs to one run (the driver
    process) and is rebuilt from stored signatures when a run resumes."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: bytes) -> None:
        if article_id in self._sigs:
            return
        m = _minhash(sig)
        self._lsh.insert(article_id, m)
        self._sigs[article_id] = m

    def find(self, sig: bytes) -> str | None:
        """The most similar indexed article at or above the threshold (ties → the
        smaller id, so the answer does not depend on set order), or None."""
        m = _minhash(sig)
        best: tuple[float, str] | None = None
        for cand in self._lsh.query(m):
            j = m.jaccard(self._sigs[cand])
            if j >= self.threshold and (best is None or (-j, cand) < (-best[0], best[1])):
                best = (j, cand)
        return best[1] if best else None


class Triage:
    """Decides, in input order, what a run does with each article: skip it (already
    stored under this id), record it as a duplicate of a kept article, or code it.

    Holds the ids, hashes and LSH index of everything kept so far, loaded from the
    store at the start of a run, so a resumed run decides exactly as an uninterrupted
    one would have."""

    def __init__(self, ids: set[str] | None = None, hashes: dict[str, str] | None = None,
                 index: NearDuplicateIndex | None = None):
        self.ids = set(ids or ())
        self.hashes = dict(hashes or {})  # content hash → id of the kept article
        self.index = index or NearDuplicateIndex()

    def decide(self, article_id: str, text: str) -> tuple[str, str | None, str, bytes]:
        """(action, duplicate_of, content_hash, signature); action is 'skip',
        'duplicate' or 'code'. Records the article as seen."""
        if article_id in self.ids:
            return "skip", None, "", b""
        self.ids.add(article_id)
        words = normal_words(text)
        h = content_hash(text, words)
        if h in self.hashes:
            return "duplicate", self.hashes[h], h, b""
        sig = signature(text, words)
        near = self.index.find(sig)
        if near is not None:
            return "duplicate", near, h, b""
        self.hashes[h] = article_id
        self.index.add(article_id, sig)
        return "code", None, h, sig
