"""The fast paths of the store and the text layer give what the plain ones gave."""
from __future__ import annotations

import numpy as np
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
