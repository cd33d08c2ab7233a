"""Exact and near-duplicate articles.

Wire copy is republished by many sites with a changed headline, a dateline or a
trailing "اقرأ أيضا"; coding each copy would count one attack several times. An
exact copy is caught by a hash of the normalised words; a near copy by MinHash LSH
over word 5-gram shingles (Jaccard ≥ ~0.8). Signatures are plain bytes so
the store can keep them and rebuild the index on resume.

Two fingerprint schemes; a store records which one it was filled with (db.py) and
keeps it, since hashes and signatures of different schemes never match:

1 (`fingerprint`): the words are those of the normalised text split at spaces and
  stripped of punctuation; a SHA-1 per shingle. Stores written before scheme 2.
2 (`fingerprint_tokens`, `fingerprint_doc`): the words are the coder's own tokens
  (`Doc.tokens`, page furniture already blanked), each hashed once per process by
  the tokeniser's word memo (`segment.word_hash`); a shingle's hash combines its
  five word hashes in numpy, and only the MinHash permutations run per shingle. The
  content hash is still a SHA-1 of the whole word sequence. Cheaper (the coder has
  normalised and split the text already), and two copies that differ only in page
  furniture (a teaser, a "اقرأ أيضا" block) or in punctuation are exact duplicates.
  Stores written before scheme 3.
3 (`fingerprint_doc3`, `fingerprints_norm3`, `fingerprint_tokens3`): the words are
  read in numpy straight off the normalised text the coder built (furniture blanked),
  each hashed by a polynomial over its characters; the signature is a one-permutation
  MinHash (one pass over the shingles, each falling in one of 128 bins, empty bins
  densified) instead of 128 permutations, with the same bands and threshold; the
  content hash is BLAKE2b of the word hashes. A run fingerprints a chunk of articles
  together. ~70 µs per article in a run instead of ~170: scheme 2's per-token memo
  look-ups and two dozen numpy calls per article ran with the CPU caches cold.

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
import threading
from functools import lru_cache
from itertools import repeat

import numpy as np

from rasid.ingest.boilerplate import blank_furniture
from rasid.text.document import token_norms
from rasid.text.normalize import normalize
from rasid.text.segment import WORD, WORD_CHARS, token_word_hashes, word_hash

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
SEED = 1  # fixed, with SCHEME: signatures stored by one run must match the next's
SCHEME = "affine32"
FINGERPRINT_SCHEMES = (1, 2, 3)
CURRENT_FINGERPRINT = 3  # the scheme of a new store
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
    """Scheme 1's content hash (`fingerprint`'s first half): the same for two copies that
    differ only in spelling variants, spaces or punctuation."""
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
    """Scheme 1's MinHash signature of the text's shingles (`fingerprint`'s second
    half), as bytes (what the store keeps)."""
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
    return _minhash_hashes(hv)


def _minhash_hashes(hv: np.ndarray) -> bytes:
    """datasketch's affine32 MinHash of 32-bit shingle hashes (a uint32 array,
    changed in place; repeats allowed), as bytes."""
    if not len(hv):
        return np.full(NUM_PERM, _MAX, dtype=np.uint32).tobytes()
    # MurmurHash3 fmix32 pre-mix, then the affine permutations a*h + b mod 2^32
    hv ^= hv >> _S16
    hv *= _M1
    hv ^= hv >> _S13
    hv *= _M2
    hv ^= hv >> _S16
    a, b = _permutations()
    # the (shingles x permutations) products are taken _ROWS shingles at a time in
    # one buffer kept per thread: a block stays in the CPU cache, and a long article
    # does not allocate (and fault in) a fresh array of hundreds of KB. ~40 % less
    # time than one outer product, measured between coded articles
    buf = getattr(_local, "buf", None)
    if buf is None:
        buf = _local.buf = np.empty((_ROWS, NUM_PERM), dtype=np.uint32)
    best = None
    for s in range(0, len(hv), _ROWS):
        part = hv[s:s + _ROWS]
        block = buf[:len(part)]
        np.multiply(part[:, None], a, out=block)
        block += b
        low = block.min(axis=0)
        best = low if best is None else np.minimum(best, low, out=best)
    return best.tobytes()


_ROWS = 256  # 128 KB of uint32 products: within a core's L2 cache
_local = threading.local()


def fingerprint(text: str) -> tuple[str, bytes]:
    """Scheme 1's (content hash, signature): what triage needs of an article.
    Computed where the article is coded (a worker), so the driver only looks them up."""
    words = normal_words(text)
    joined = _joined(words)
    return hashlib.sha1(joined).hexdigest(), _minhash(_shingle_list(joined, len(words)))


# ---------------------------------------------------------------- scheme 2

# A shingle's 32-bit hash: the high half of sum(K[j] * word_hash[j]) mod 2^64 over
# its words. The word hashes are BLAKE2b's (independent 64-bit values), so
# distinct shingles collide with probability ~2^-32, and the MinHash's fmix32
# pre-mix (as for scheme 1's SHA-1 words) hides the sum's linearity from the
# permutations. Fixed odd constants: stores written by one run must match the next's.
_K = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB,
               0xD6E8FEB86659FD93, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)
_S32 = np.uint64(32)


def shingle_hashes(word_hashes, k: int = SHINGLE) -> np.ndarray:
    """The uint32 hash of each k-word shingle of the words with these hashes, in text
    order (repeats kept: a shingle met twice changes no minimum). Fewer than k words
    make one shingle of them all, as in scheme 1. Whole-array numpy: no Python step
    per shingle."""
    w = np.asarray(word_hashes, dtype=np.uint64)
    n = len(w)
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    k = min(k, n)
    m = n - k + 1
    h = w[:m] * _K[0]
    for j in range(1, k):
        h += w[j:j + m] * _K[j]
    return (h >> _S32).astype(np.uint32)


def _from_words(words: list[str], word_hashes) -> tuple[str, bytes]:
    """Scheme 2's (content hash, signature) of a word sequence and its word hashes.
    The content hash is SHA-1 of the words themselves (not of their 64-bit hashes):
    two texts are exact copies only if every word is the same."""
    return (hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest(),
            _minhash_hashes(shingle_hashes(word_hashes)))


def fingerprint_doc(doc) -> tuple[str, bytes]:
    """Scheme 2's (content hash, signature) of an article, from the Doc the coder
    built of it: its tokens' words and their memoised word hashes."""
    if not doc.tokens:  # nothing but furniture (or no words at all)
        return fingerprint_tokens(doc.article.text)
    return _from_words(token_norms(doc), token_word_hashes(doc.tokens))


def fingerprint_tokens(text: str) -> tuple[str, bytes]:
    """Scheme 2's (content hash, signature) of a raw article text, with no Doc at
    hand (a byte copy of a text already coded, a coder that failed before its Doc
    was built): the same words the Doc's tokens would hold, so the same values as
    `fingerprint_doc` (tests/test_store_speed.py checks it).

    An article that is all page furniture ("تابعوا مباشرة على ..." and nothing else)
    leaves the coder no word; it is fingerprinted by all its words instead, or any
    two such articles would be exact duplicates of each other."""
    words = WORD.findall(normalize(blank_furniture(text))[0]) or WORD.findall(normalize(text)[0])
    return _from_words(words, list(map(word_hash, words)))


# ---------------------------------------------------------------- scheme 3

# Scheme 3 reads the words straight off the normalised text in numpy: a word is a
# run of letters, marks and digits (as the tokeniser's, except that "12.5" is two
# words here; both of a pair of texts are cut the same way, which is all a
# fingerprint needs). Its hash is polynomial in its code points, sum(c[i] * P^i) mod
# 2^64 over the word, taken for all the words at once from one running sum of
# c[j] * P^j over the text, shifted back to each word's own start with P^-start (P is
# odd, so invertible mod 2^64); MurmurHash3's fmix64 then spreads the bits. No look-up
# per token in the tokeniser's memo, whose records a coded article has evicted from
# the CPU cache by the time the run fingerprints it (scheme 2: ~80 us per article).
_P = 0x100000001B3  # odd (FNV-1's 64-bit prime)
_P_INV = pow(_P, -1, 1 << 64)
_C1, _C2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_S33, _S57 = np.uint64(33), np.uint64(57)
_LOW31 = np.uint64(0x7FFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)  # a bin no shingle fell in (values keep 31 bits)
_NO_WORDS = hashlib.blake2b(b"", digest_size=20).hexdigest()  # the content hash of a text with no word
_PROBES = 8
_BMP = 0x10000


@lru_cache(maxsize=1)
def _word_chars() -> np.ndarray:
    """Which code points of the Basic Multilingual Plane are word characters (a
    letter, a mark or a digit, as the tokeniser's `WORD` says): one table built once
    per process. Characters beyond it (emoji, rare scripts) separate words."""
    chars = "".join(" " if 0xD800 <= c < 0xE000 else chr(c) for c in range(_BMP))  # (no lone surrogates)
    table = np.zeros(_BMP + 1, dtype=bool)
    for m in WORD_CHARS.finditer(chars):
        table[m.start():m.end()] = True
    return table


class _Powers:
    """P^i and P^-i mod 2^64 for i < n, grown (doubling) as longer texts come."""

    def __init__(self) -> None:
        self.up = self.down = np.empty(0, dtype=np.uint64)

    def get(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.up) < n:
            size = max(n, 2 * len(self.up), 4096)
            one = np.ones(1, dtype=np.uint64)
            self.up = np.concatenate([one, np.cumprod(np.full(size - 1, _P, dtype=np.uint64))])
            self.down = np.concatenate([one, np.cumprod(np.full(size - 1, _P_INV, dtype=np.uint64))])
        return self.up[:n], self.down[:n]


_POWERS = _Powers()


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, in place."""
    h ^= h >> _S33
    h *= _C1
    h ^= h >> _S33
    h *= _C2
    h ^= h >> _S33
    return h


# Code points hashed against one table of powers: a long text (or a chunk of texts) is
# hashed a stretch of whole words at a time, so the table and the temporary arrays stay
# small (1 MB) whatever the input (an article may hold 2,000,000 characters)
_SEGMENT = 1 << 16


def word_hashes3(norm: str) -> np.ndarray:
    """Scheme 3's 64-bit hash of each word of the normalised text, in text order:
    equal words get equal hashes wherever they stand."""
    return _words3(norm)[1]


def _words3(norm: str) -> tuple[np.ndarray, np.ndarray]:
    """(code point offset where each word starts, its hash), in text order."""
    cp = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(cp)
    if not n:
        return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.uint64)
    inword = np.empty(n + 2, dtype=bool)
    inword[0] = inword[-1] = False
    _word_chars().take(np.minimum(cp, _BMP), out=inword[1:-1])
    edges = np.flatnonzero(inword[1:] != inword[:-1])  # starts and ends, alternating
    starts, ends = edges[0::2], edges[1::2]
    out = np.empty(len(starts), dtype=np.uint64)
    w0 = 0
    while w0 < len(starts):
        # the words that end within _SEGMENT code points of this one's start (at least
        # this one); each hash depends on its own word only, so any cut between words
        # gives the same values
        base = int(starts[w0])
        w1 = max(w0 + 1, int(np.searchsorted(ends, base + _SEGMENT, side="right")))
        span = int(ends[w1 - 1]) - base
        up, down = _POWERS.get(span + 1)
        run = np.empty(span + 1, dtype=np.uint64)
        run[0] = 0
        np.cumsum(cp[base:base + span] * up[:span], out=run[1:])  # (uint64: wraps mod 2^64)
        s, e = starts[w0:w1] - base, ends[w0:w1] - base
        out[w0:w1] = (run[e] - run[s]) * down[s]
        w0 = w1
    return starts, _fmix64(out)


@lru_cache(maxsize=1)
def _probes() -> np.ndarray:
    """Where an empty bin looks for a value: a fixed random sequence of bins per bin
    (densification of one-permutation hashing, Shrivastava 2017)."""
    return np.random.RandomState(SEED).randint(0, NUM_PERM, (NUM_PERM, _PROBES))


def _one_permutation(h: np.ndarray) -> bytes:
    """Scheme 3's signature of 64-bit shingle hashes: one-permutation MinHash. Each
    shingle falls in one of NUM_PERM bins (its top bits) and a bin keeps its smallest
    value, so two texts agree in a bin with probability close to their Jaccard
    similarity, as with NUM_PERM permutations, for one pass over the shingles instead
    of NUM_PERM. An empty bin (a short text) copies the value of the first filled bin
    along its own fixed probe sequence (else the next filled bin): a bin of two
    texts is then equal only if the bins it copies are."""
    sig = np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    if not len(h):
        return sig.tobytes()
    np.minimum.at(sig, (h >> _S57).astype(np.intp), (h & _LOW31).astype(np.uint32))
    return _densified(sig)


def _densified(sig: np.ndarray) -> bytes:
    """The signature with each empty bin given a filled bin's value (in place)."""
    filled = sig != _EMPTY
    empty = np.flatnonzero(~filled)
    if len(empty):
        cand = _probes()[empty]
        ok = filled[cand]
        first = ok.argmax(axis=1)
        rows = np.arange(len(empty))
        src = cand[rows, first]
        missed = ~ok[rows, first]
        if missed.any():
            full = np.flatnonzero(filled)
            src[missed] = full[np.searchsorted(full, empty[missed]) % len(full)]
        sig[empty] = sig[src]
    return sig.tobytes()


def _shingles3(w: np.ndarray, k: int = SHINGLE) -> np.ndarray:
    """64-bit hash of each k-word shingle, as scheme 2 combines its word hashes (fewer
    than k words make one shingle), then mixed so every bit depends on all five."""
    n = len(w)
    k = min(k, n)
    m = n - k + 1
    h = w[:m] * _K[0]
    for j in range(1, k):
        h += w[j:j + m] * _K[j]
    return _fmix64(h)


def fingerprint_norm3(norm: str) -> tuple[str, bytes]:
    """Scheme 3's (content hash, signature) of a normalised text. The content hash is
    BLAKE2b-160 of the word hashes in order: two texts are exact copies when every
    word is the same (up to a 64-bit hash collision)."""
    w = word_hashes3(norm)
    if not len(w):
        return _NO_WORDS, np.full(NUM_PERM, _EMPTY, dtype=np.uint32).tobytes()
    return hashlib.blake2b(w.tobytes(), digest_size=20).hexdigest(), _one_permutation(_shingles3(w))


_BATCH_CHARS = 1 << 18  # characters fingerprinted together at most (a text longer goes alone)


def fingerprints_norm3(norms: list[str]) -> list[tuple[str, bytes]]:
    """`fingerprint_norm3` of each text, computed for all of them together: the same
    values, for a few dozen numpy calls per batch instead of per article. In a run
    the coder leaves numpy's code and data out of the CPU cache between two
    articles, so each of those calls costs several times what it does in a loop.
    Long texts are batched in groups of at most `_BATCH_CHARS` characters, so the
    arrays of one group stay small whatever the chunk holds."""
    out: list[tuple[str, bytes]] = []
    group: list[str] = []
    size = 0
    for norm in norms:
        if group and size + len(norm) > _BATCH_CHARS:
            out += _fingerprints_together(group)
            group, size = [], 0
        group.append(norm)
        size += len(norm) + 1
    if group:
        out += _fingerprints_together(group)
    return out


def _fingerprints_together(norms: list[str]) -> list[tuple[str, bytes]]:
    """`fingerprints_norm3` of one group of texts, joined into one."""
    joined = " ".join(norms)  # (a space separates words: no word crosses a text's edge)
    starts, w = _words3(joined)
    # the words of each text: those starting inside it
    first = np.searchsorted(starts, np.cumsum([0] + [len(n) + 1 for n in norms[:-1]]))
    last = np.append(first[1:], len(w))
    counts = last - first
    out: list[tuple[str, bytes] | None] = [None] * len(norms)
    long_ = np.flatnonzero(counts >= SHINGLE)
    if len(long_):
        # shingles of every window of SHINGLE words, then only those inside one text
        h = _shingles3(w)
        keep = np.concatenate([np.arange(first[i], last[i] - SHINGLE + 1) for i in long_])
        owner = np.repeat(np.arange(len(long_)), counts[long_] - SHINGLE + 1)
        h = h[keep]
        sigs = np.full(len(long_) * NUM_PERM, _EMPTY, dtype=np.uint32)
        np.minimum.at(sigs, owner * NUM_PERM + (h >> _S57).astype(np.intp), (h & _LOW31).astype(np.uint32))
        sigs = sigs.reshape(len(long_), NUM_PERM)
        for row, i in enumerate(long_.tolist()):
            out[i] = (hashlib.blake2b(w[first[i]:last[i]].tobytes(), digest_size=20).hexdigest(),
                      _densified(sigs[row]))
    for i, n in enumerate(norms):
        if out[i] is None:  # a short text (or none at all): alone
            out[i] = fingerprint_norm3(n)
    return out


def fingerprint_doc3(doc) -> tuple[str, bytes]:
    """Scheme 3's (content hash, signature) of an article, from the normalised text
    of the Doc the coder built (page furniture already blanked)."""
    if not doc.tokens:  # nothing but furniture (or no words at all)
        return fingerprint_tokens3(doc.article.text)
    return fingerprint_norm3(doc.norm)


def fingerprint_tokens3(text: str) -> tuple[str, bytes]:
    """Scheme 3's (content hash, signature) of a raw text with no Doc at hand: the
    normalised text the Doc would hold, so the same values as `fingerprint_doc3`.
    All page furniture: fingerprinted by all its words, as in scheme 2."""
    norm = normalize(blank_furniture(text))[0]
    out = fingerprint_norm3(norm)
    if out[0] == _NO_WORDS:
        return fingerprint_norm3(normalize(text)[0])
    return out



def fingerprint_text(text: str, scheme: int) -> tuple[str, bytes]:
    """(content hash, signature) of a raw text under a store's scheme."""
    if scheme == 1:
        return fingerprint(text)
    if scheme == 2:
        return fingerprint_tokens(text)
    if scheme == 3:
        return fingerprint_tokens3(text)
    raise ValueError(f"unknown fingerprint scheme {scheme!r}")


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
                 index: NearDuplicateIndex | None = None, scheme: int = CURRENT_FINGERPRINT):
        self.scheme = scheme  # the fingerprint scheme of the store's hashes and signatures
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
        h, sig = fingerprint_text(text, self.scheme)
        return self.decide_prepared(article_id, h, sig)

    def decide_prepared(self, article_id: str, h: str, sig: bytes) -> tuple[str, str | None, str, bytes]:
        """`decide` for an article already marked seen, whose hash and signature
        were computed elsewhere under the store's scheme (in a worker, from the
        coder's Doc or the text: db.code_for_store, db.code_for_scheme1_store)."""
        if h in self.hashes:
            return "duplicate", self.hashes[h], h, b""
        near = self.index.find(sig)
        if near is not None:
            return "duplicate", near, h, b""
        self.hashes[h] = article_id
        self.index.add(article_id, sig)
        return "code", None, h, sig
