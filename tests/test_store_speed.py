"""The fast paths of the store and the text layer give what the plain ones gave."""
from __future__ import annotations

import hashlib

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from rasid.lexicon.matcher import Lexicon, token_forms
from rasid.model import Article
from rasid.store.dedupe import NearDuplicateIndex, _bands, normal_words, shingles, signature
from rasid.text.document import make_doc
from rasid.text.normalize import normalize_key

TEXT = ("قصفت طائرات حربية بلدة سراقب في ريف إدلب فجر اليوم ما أدى إلى مقتل سبعة مدنيين "
        "بينهم طفلان، وقال الدفاع المدني إن فرقه ما زالت تبحث عن مفقودين تحت الأنقاض. "
        "«أعلنت» قوات سوريا الديمقراطية السيطرة على قرية في ريف دير الزور الشرقي.")


def test_signature_is_datasketch_affine32_minhash():
    # also: a text whose shingles repeat, and texts of exactly 5 and 6 words
    for text in (TEXT, "كلمة", "", TEXT[:60], TEXT + " " + TEXT, "ا ب ج د ه", "ا ب ج د ه و"):
        m = MinHash(num_perm=128, seed=1, scheme="affine32")
        m.update_batch([s.encode("utf-8") for s in shingles(text)])
        assert signature(text) == m.hashvalues.astype(np.uint32).tobytes()


def test_bands_are_those_datasketch_chooses():
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert _bands(0.8, 128) == (lsh.b, lsh.r)


def test_normal_words_match_normalize_key():
    expected = [w for w in (x.strip(".,،؛;:!?؟\"'()[]{}«»-–—…") for x in normalize_key(TEXT).split()) if w]
    assert normal_words(TEXT) == expected


def test_index_finds_only_near_copies():
    index = NearDuplicateIndex()
    index.add("a", signature(TEXT))
    assert index.find(signature(TEXT + " وأكد ناشطون ذلك")) == "a"
    assert index.find(signature("تظاهر مئات الأشخاص في ساحة المدينة للمطالبة بالإفراج عن المعتقلين")) is None


def test_lexicon_gives_the_same_hits_with_and_without_the_start_index():
    doc = make_doc(Article("x", TEXT))
    lex = Lexicon([("قوات سوريا الديمقراطية", 1), ("قوات", 2), ("الدفاع المدني", 3), ("ريف", 4),
                   ("ريف إدلب", 5), ("سراقب", 6)])
    forms = token_forms(doc)
    for longest in (True, False):
        assert lex.find(doc, forms, longest) == lex.find(doc, tuple(forms), longest)
    assert [h.payload for h in lex.find(doc, forms)] == [6, 5, 3, 1, 4]


# ------------------------------------------------- fingerprint scheme 2 (the coder's tokens)

def _scheme2_words(text: str) -> list[str]:
    from rasid.ingest.boilerplate import blank_furniture
    from rasid.text.normalize import normalize
    from rasid.text.segment import WORD

    return WORD.findall(normalize(blank_furniture(text))[0]) or WORD.findall(normalize(text)[0])


SCHEME2_TEXTS = (TEXT, "كلمة", "", TEXT[:60], TEXT + " " + TEXT, "ا ب ج د ه", "ا ب ج د ه و",
                 TEXT + "\nاقرأ أيضا: عنوان مقال آخر\n", "تابعوا مباشرة على موقعنا تغطية خاصة")


def test_scheme2_signature_is_datasketch_minhash_of_the_shingle_hashes():
    # the shingle hashes are those of the documented formula (pure Python here), and
    # the MinHash and its permutations are datasketch's, fed those hashes
    from rasid.store.dedupe import _K, fingerprint_tokens, shingle_hashes
    from rasid.text.segment import word_hash

    ks = [int(k) for k in _K]
    for text in SCHEME2_TEXTS:
        words = _scheme2_words(text)
        wh = [word_hash(w) for w in words]
        k = min(5, len(wh))
        expected = [(sum(ks[j] * wh[i + j] for j in range(k)) % 2**64) >> 32
                    for i in range(len(wh) - k + 1)] if wh else []
        assert shingle_hashes(wh).tolist() == expected
        m = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=int)
        m.update_batch(expected)
        h, sig = fingerprint_tokens(text)
        assert sig == m.hashvalues.astype(np.uint32).tobytes()
        assert h == hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def test_word_hash_is_stable():
    # stored signatures must match the next process's: no salted hash()
    from rasid.text.segment import word_hash

    assert word_hash("الجيش") == int.from_bytes(hashlib.blake2b("الجيش".encode(), digest_size=8).digest(), "little")


def test_fingerprint_from_the_coders_doc_equals_the_one_from_text():
    from rasid.pipeline import doc_of, extract_article
    from rasid.store.dedupe import fingerprint_doc, fingerprint_tokens

    for i, text in enumerate(SCHEME2_TEXTS):
        a = Article(f"t{i}", text)
        extract_article(a)
        assert fingerprint_doc(doc_of(a)) == fingerprint_tokens(text)
        assert fingerprint_doc(make_doc(a)) == fingerprint_tokens(text)  # not the last tokens() built


# ------------------------------------------------- fingerprint scheme 3 (the coder's normalised text)

def _poly(word: str) -> int:
    """Scheme 3's word hash by its definition, in pure Python."""
    from rasid.store.dedupe import _P, _fmix64

    h = sum(ord(c) * pow(_P, i, 2**64) for i, c in enumerate(word)) % 2**64
    return int(_fmix64(np.array([h], dtype=np.uint64))[0])


def test_scheme3_word_hashes_are_the_polynomial_of_each_words_characters():
    from rasid.store.dedupe import word_hashes3
    from rasid.text.segment import WORD_CHARS

    text = " قُتل 12 شخصاً، في حلب (الحلبي) 😀 قُتل\nالعدد 3.5 x"
    words = WORD_CHARS.findall(text)
    assert words[:4] == ["قُتل", "12", "شخصاً", "في"] and "3" in words and "5" in words
    hashes = word_hashes3(text).tolist()
    assert hashes == [_poly(w) for w in words]
    assert hashes[0] == hashes[words.index("قُتل", 1)]  # a word hashes the same wherever it stands


def test_scheme3_fingerprints_a_batch_as_it_does_each_text():
    from rasid.store.dedupe import fingerprint_norm3, fingerprints_norm3
    from rasid.text.normalize import normalize

    norms = [normalize(t)[0] for t in SCHEME2_TEXTS] + ["", "😀", "a b c d e", TEXT * 5]
    alone = [fingerprint_norm3(n) for n in norms]
    for size in (1, 2, 3, len(norms)):
        assert [fp for i in range(0, len(norms), size) for fp in fingerprints_norm3(norms[i:i + size])] == alone


def test_scheme3_hashes_a_long_text_a_stretch_at_a_time_with_the_same_values(monkeypatch):
    # an article may hold 2,000,000 characters: its words are hashed a stretch of
    # whole words at a time (small arrays), with the values of one pass
    from rasid.store import dedupe

    text = " ".join(f"كلمة{i} ،قصف" for i in range(300))
    whole = dedupe.word_hashes3(text)
    monkeypatch.setattr(dedupe, "_SEGMENT", 40)
    assert dedupe.word_hashes3(text).tolist() == whole.tolist()
    assert whole.tolist()[:2] == [_poly("كلمة0"), _poly("قصف")]


def test_scheme3_batches_long_texts_in_groups_with_the_same_values(monkeypatch):
    from rasid.store import dedupe
    from rasid.text.normalize import normalize

    norms = [normalize(t)[0] for t in SCHEME2_TEXTS] * 3
    alone = [dedupe.fingerprint_norm3(n) for n in norms]
    monkeypatch.setattr(dedupe, "_BATCH_CHARS", 300)
    assert dedupe.fingerprints_norm3(norms) == alone


def test_scheme3_fingerprint_from_the_coders_doc_equals_the_one_from_text():
    from rasid.pipeline import doc_of, extract_article
    from rasid.store.dedupe import fingerprint_doc3, fingerprint_tokens3

    for i, text in enumerate(SCHEME2_TEXTS):
        a = Article(f"t{i}", text)
        extract_article(a)
        assert fingerprint_doc3(doc_of(a)) == fingerprint_tokens3(text)


def _shingle_set(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


@pytest.mark.parametrize("every", [200, 40, 8, 1])
def test_scheme3_signature_agrees_with_the_texts_jaccard_similarity(every):
    # one-permutation MinHash: the share of equal bins estimates the Jaccard
    # similarity of the two texts' 5-word shingles, as 128 permutations would
    from rasid.store.dedupe import fingerprint_tokens3

    words = [f"كلمة{i}" for i in range(400)]
    base = " ".join(words)
    other = " ".join("بديل" + w if i % every == 0 else w for i, w in enumerate(words))
    s1, s2 = _shingle_set(base), _shingle_set(other)
    jaccard = len(s1 & s2) / len(s1 | s2)
    a = np.frombuffer(fingerprint_tokens3(base)[1], dtype=np.uint32)
    b = np.frombuffer(fingerprint_tokens3(other)[1], dtype=np.uint32)
    assert abs(float(np.mean(a == b)) - jaccard) < 0.1


def test_word_memo_keeps_two_generations_and_gives_what_it_computed(monkeypatch):
    from rasid.text import segment

    monkeypatch.setattr(segment, "MEMO_WORDS", 8)
    memo = segment._CliticMemo()
    words = ["والحسكه", "للجيش", "بلده", "قصف", "الطيران", "مدينه", "فقتل", "وبالقصف", "حلب"]
    first = {w: memo[w] for w in words[:4]}  # fills the first generation (4 words)
    memo[words[4]]  # the fifth starts a new generation; the first four are the old one
    assert len(memo) == 1 and set(memo.old) == set(words[:4])
    assert memo[words[0]] is first[words[0]]  # taken back from the old generation
    for w in words:
        prefix, stem, forms, _flags = memo[w]
        assert (prefix, stem) == segment.split_clitics(w)
        assert forms == segment.proclitic_forms(w)
    memo.clear()
    assert not memo and not memo.old
