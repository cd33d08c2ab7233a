"""Names the gazetteer spells differently (كيسمايو for كسمايو) are found by their
consonant skeleton after a settlement or province word, inside the article's country;
adjectives and descriptions after such words are not."""
from __future__ import annotations

from rasid.geo.resolve import find_places
from rasid.geo.variants import skeleton
from rasid.model import Article
from rasid.text.document import make_doc


def places(text: str):
    return [(h.location.span.text, h.location.place.name, h.cue) for h in find_places(make_doc(Article("t", text)))]


def test_long_vowels_and_g_spellings_share_a_skeleton():
    assert skeleton("كيسمايو") == skeleton("كسمايو")
    assert skeleton("ننغرهار") == skeleton("ننكرهار") == skeleton("ننجرهار")


def test_a_town_spelt_with_an_extra_vowel_is_found_in_the_articles_country():
    found = places("وقع الهجوم عند قاعدة عسكرية خارج بلدة كيسمايو في جنوب الصومال.")
    assert ("كيسمايو", "Kismayo", "variant") in found


def test_an_adjective_after_a_province_word_is_no_place():
    found = places("إدلب هي آخر محافظة رئيسية تسيطر عليها المعارضة في سوريا.")
    assert all(h[2] != "variant" for h in found)


def test_a_definite_settlement_word_takes_adjectives_not_names():
    found = places("وأراد التوجه إلى المدينة الكبيرة في العراق بعد تخرجه من جامعة بغداد.")
    assert all(h[2] != "variant" for h in found)


def test_without_a_country_no_name_is_guessed():
    assert all(h[2] != "variant" for h in places("وقع الهجوم خارج بلدة كيسمايو."))
