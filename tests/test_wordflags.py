"""rasid.text.wordflags: per-surface-form flags give the same tokens as a scan."""
import gc
from datetime import date

from rasid.lexicon.matcher import Lexicon, token_forms
from rasid.model import Article
from rasid.text import wordflags
from rasid.text.document import make_doc

TEXT = "قصفت الطائرات مدينة حلب، وقتل ثلاثة مدنيين في القصف على حلب وريفها."


def _doc():
    return make_doc(Article("t", TEXT, date(2024, 1, 1)))


def test_tokens_with_matches_a_scan():
    doc = _doc()
    bit = wordflags.register(lambda w: w.endswith("ب"))
    assert wordflags.tokens_with(doc, bit) == [i for i, t in enumerate(doc.tokens) if t.norm.endswith("ب")]


def test_a_new_flag_reaches_forms_already_seen():
    doc = _doc()
    first = wordflags.register(lambda w: w == "حلب")
    assert len(wordflags.tokens_with(doc, first)) == 2
    second = wordflags.register(lambda w: w.startswith("ق"))
    assert wordflags.tokens_with(doc, second) == [i for i, t in enumerate(doc.tokens) if t.norm.startswith("ق")]


def test_a_collected_lexicon_drops_its_starts():
    lex = Lexicon([("حلبستان", 1)])
    bit = lex._start_bit
    assert wordflags._FLAGS.table["حلبستان"] & bit
    assert wordflags._FLAGS.table["وبحلبستان"] & bit
    doc = make_doc(Article("t", "قصفت الطائرات حلبستان وبحلبستان", date(2024, 1, 1)))
    assert [h.start for h in lex.find(doc, token_forms(doc))] == [2, 3]
    del lex
    gc.collect()
    assert not wordflags._FLAGS.table.get("حلبستان", 0) & bit


def test_a_collected_owner_drops_its_test():
    class Owner:
        pass

    owner = Owner()
    n = len(wordflags._FLAGS.tests)
    wordflags.register(lambda w: w == "حلب", owner=owner)
    assert len(wordflags._FLAGS.tests) == n + 1
    del owner
    gc.collect()
    assert len(wordflags._FLAGS.tests) == n


def test_lexicon_hits_do_not_depend_on_the_flags():
    doc = _doc()
    lex = Lexicon([("حلب", 1), ("القصف", 2), ("مدنيين", 3)])
    with_flags = lex.find(doc, token_forms(doc))
    assert with_flags == lex.find(doc, list(token_forms(doc)))  # plain forms: every token tried



def test_flags_read_while_a_test_changes_its_data_are_read_again():
    doc = _doc()
    data = {"words": {"حلب"}}

    def test(w):
        if data["words"] == {"حلب"} and w == "حلب":
            data["words"] = {"القصف"}  # e.g. a gazetteer index rebuilt on first use
            wordflags.forget()
        return w in data["words"]

    bit = wordflags.register(test)
    assert wordflags.tokens_with(doc, bit) == [i for i, t in enumerate(doc.tokens) if t.norm == "القصف"]


def test_listed_surfaces_pass_as_the_test_does():
    """A lexicon's start flag is listed once per surface (register_surfaces): the same
    truth as asking can_start of each word, proclitics and ل + ال included."""
    lex = Lexicon([("حلبستان", 1), ("الجيش الحر", 2), ("قصف", 3)])
    bit = lex._start_bit
    words = ["حلبستان", "وبحلبستان", "لحلبستان", "الجيش", "للجيش", "وللجيش", "بالجيش", "والجيش",
             "جيش", "قصف", "فقصف", "وكقصف", "القصف", "سقصف", "حلب", "وحلبستانه"]
    for w in words + sorted(wordflags.chained(["حلبستان", "الجيش", "قصف"])):
        assert bool(wordflags._FLAGS.table.get(w, 0) & bit) == lex.can_start(w), w


def test_name_start_flag_is_the_full_reading():
    from rasid.geo import resolve

    for w in ["حلب", "وبحلب", "بالحسكه", "الحسكه", "والرقه", "للرقه", "قال", "وقال", "في", "ال", "و",
              "بغداد", "وبغداد", "فلسطين", "لبنان", "بلبنان", "المدينه", "ادلب", "وادلب"]:
        assert resolve._starts_name(w) == bool(resolve._word(w)), w
