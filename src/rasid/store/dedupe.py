"""Exact and near-duplicate articles.

Wire copy is republished by many sites with a changed headline, a dateline or a
trailing "اقرأ أيضا"; coding each copy would count one attack several times. An
exact copy is caught by a hash of the normalised text; a near copy by MinHash LSH
over word 5-gram shingles (Jaccard ≥ ~0.8). Signatures are plain bytes so
the store can keep them and rebuild the index on resume.

Speed: every article passes here, so the MinHash is computed with numpy directly
(the permutations are drawn once per process, not once per article as a
`datasketch.MinHash` object would) and the LSH index is a plain dict per band over
slices of the signature bytes. The values are exactly those of
`datasketch.MinHash(num_perm=128, seed=1, scheme="affine32")` and the bands those of
`datasketch.MinHashLSH(threshold=0.8, num_perm=128)`, so stores written before stay
valid (tests/test_store.py checks the equality).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from itertools import repeat

import numpy as np

from rasid.text.normalize import normalize

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
SEED = 1  # fixed, with SCHEME: signatures stored by one run must match the next's
SCHEME = "affine32"
_PUNCT = ".,،؛;:!?؟\"'()[]{}«»-–—…"
_MAX = np.uint32(0xFFFFFFFF)


def normal_words(text: str) -> list[str]:
    """Words of the normalised text, punctuation stripped.

    Same words as `normalize_key(text).split()` stripped of punctuation; it goes
    through `normalize` (whose last result is cached) so the coder that builds the
    article's Doc right after does not translate the text a second time. Stripping
    and filtering run as map/filter over the words, with no Python loop per word."""
    return list(filter(None, map(str.strip, normalize(text)[0].lower().split(), repeat(_PUNCT))))


def content_hash(text: str, words: list[str] | None = None) -> str:
    """Same for two copies that differ only in spelling variants, spaces or punctuation."""
    words = normal_words(text) if words is None else words
    return hashlib.sha1(_joined(words)).hexdigest()


def _joined(words: list[str]) -> bytes:
    """The words joined by single spaces, in UTF-8: what the content hash digests,
    and the text the shingles are cut from (a fingerprint encodes it once for both)."""
    return " ".join(words).encode("utf-8")


def shingles(text: str, k: int = SHINGLE, words: list[str] | None = None) -> set[str]:
    words = normal_words(text) if words is None else words
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch's affine32 permutations for SEED (drawn the same way)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _shingle_list(joined: bytes, n_words: int, k: int = SHINGLE) -> list[bytes]:
    """The k-word shingles of `joined` (`_joined` of n_words words), cut as byte slices.

    A list, not a set: a shingle met twice changes no minimum, and a set would
    hash every shingle once more. The word boundaries are the spaces of the
    UTF-8 text (no word holds one: `str.split` cut at every space), found by
    numpy in one pass rather than by encoding each word to learn its length."""
    if n_words <= k:
        return [joined] if n_words else []
    spaces = np.flatnonzero(np.frombuffer(joined, dtype=np.uint8) == 32)
    starts = [0, *(spaces + 1).tolist()]
    ends = [*spaces[k - 1:].tolist(), len(joined)]
    return [joined[s:e] for s, e in zip(starts, ends)]


# MurmurHash3's fmix32 constants, as numpy scalars once rather than per article
_S16, _S13 = np.uint32(16), np.uint32(13)
_M1, _M2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)


def signature(text: str, words: list[str] | None = None) -> bytes:
    """MinHash signature of the text's shingles, as bytes (what the store keeps)."""
    words = normal_words(text) if words is None else words
    return _minhash(_shingle_list(_joined(words), len(words)))


def _minhash(shingles: list[bytes]) -> bytes:
    """datasketch's affine32 MinHash of the shingles (repeats allowed), as bytes."""
    if not shingles:
        return np.full(NUM_PERM, _MAX, dtype=np.uint32).tobytes()
    sha1 = hashlib.sha1
    # datasketch's sha1_hash32: the first 4 bytes of SHA-1, little-endian (a digest
    # is 5 words long: keep every fifth word of the joined digests)
    hv = np.frombuffer(b"".join([sha1(s).digest() for s in shingles]), dtype="<u4")[::5].astype(np.uint32)
    # MurmurHash3 fmix32 pre-mix, then the affine permutations a*h + b mod 2^32
    hv ^= hv >> _S16
    hv *= _M1
    hv ^= hv >> _S13
    hv *= _M2
    hv ^= hv >> _S16
    a, b = _permutations()
    phv = np.multiply.outer(hv, a)
    phv += b
    return phv.min(axis=0).tobytes()


def fingerprint(text: str) -> tuple[str, bytes]:
    """(content hash, signature): what triage needs of an article. Computed where
    the article is coded (a worker), so the driver only looks them up."""
    words = normal_words(text)
    joined = _joined(words)
    return hashlib.sha1(joined).hexdigest(), _minhash(_shingle_list(joined, len(words)))


@lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) as datasketch's MinHashLSH chooses them."""
    if (threshold, num_perm) == (0.8, 128):
        return 9, 13
    from datasketch.lsh import _optimal_param
    return _optimal_param(threshold, num_perm, 0.5, 0.5)


class NearDuplicateIndex:
    """LSH index of the articles kept so far. It belongs to one run (the driver
    process) and is rebuilt from stored signatures when a run resumes."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        b, r = _bands(threshold, NUM_PERM)
        self._ranges = [(i * r * 4, (i + 1) * r * 4) for i in range(b)]
        # Memory: the index holds every kept article of a run, nine entries each. A
        # band is keyed by its hash (a small int, not a copy of its 52 bytes), and a
        # lookup keeps only the ids whose band bytes are equal, so the candidates are
        # exactly those of a table keyed by the bytes. A bucket is the id itself while
        # it holds one article (most do), a list after that.
        self._tables: list[dict[int, str | list[str]]] = [{} for _ in range(b)]
        self._sigs: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: bytes) -> None:
        if article_id in self._sigs:
            return
        sig = bytes(sig)
        for (s, e), table in zip(self._ranges, self._tables):
            key = hash(sig[s:e])
            bucket = table.get(key)
            if bucket is None:
                table[key] = article_id
            elif type(bucket) is str:
                table[key] = [bucket, article_id]
            else:
                bucket.append(article_id)
        self._sigs[article_id] = sig

    def find(self, sig: bytes) -> str | None:
        """The most similar indexed article at or above the threshold (ties → the
        smaller id, so the answer does not depend on set order), or None."""
        sig = bytes(sig)
        cands: set[str] = set()
        sigs = self._sigs
        for (s, e), table in zip(self._ranges, self._tables):
            band = sig[s:e]
            bucket = table.get(hash(band))
            if bucket is None:
                continue
            for cand in ((bucket,) if type(bucket) is str else bucket):
                if cand not in cands and sigs[cand][s:e] == band:
                    cands.add(cand)
        if not cands:
            return None
        m = np.frombuffer(sig, dtype=np.uint32)
        best: tuple[float, str] | None = None
        for cand in cands:
            j = float(np.count_nonzero(m == np.frombuffer(sigs[cand], dtype=np.uint32))) / float(NUM_PERM)
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

    def seen(self, article_id: str) -> bool:
        """True if the id was stored or met before (skip it); else records it."""
        if article_id in self.ids:
            return True
        self.ids.add(article_id)
        return False

    def decide(self, article_id: str, text: str) -> tuple[str, str | None, str, bytes]:
        """(action, duplicate_of, content_hash, signature); action is 'skip',
        'duplicate' or 'code'. Records the article as seen."""
        if self.seen(article_id):
            return "skip", None, "", b""
        words = normal_words(text)
        h = content_hash(text, words)
        if h in self.hashes:
            return "duplicate", self.hashes[h], h, b""
        return self.decide_prepared(article_id, h, signature(text, words))

    def decide_prepared(self, article_id: str, h: str, sig: bytes) -> tuple[str, str | None, str, bytes]:
        """`decide` for an article already marked seen, whose hash and signature
        were computed elsewhere (`fingerprint`, in a worker)."""
        if h in self.hashes:
            return "duplicate", self.hashes[h], h, b""
        near = self.index.find(sig)
        if near is not None:
            return "duplicate", near, h, b""
        self.hashes[h] = article_id
        self.index.add(article_id, sig)
        return "code", None, h, sig
