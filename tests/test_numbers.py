"""Counts in Arabic text: digits, number words, duals, bounds and vague amounts."""
from __future__ import annotations

import pytest

from rasid.model import Article
from rasid.text.document import make_doc
from rasid.text.numbers import find_quantities, parse_number_words


def quantities(text: str):
    return [h.quantity for h in find_quantities(make_doc(Article("t", text)))]


@pytest.mark.parametrize(
    "text,value",
    [
        ("45", 45),
        ("٤٥", 45),
        ("۴۵", 45),
        ("واحد", 1),
        ("إحدى", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتين", 2),
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("ثمانية", 8),
        ("ثماني", 8),
        ("عشرة", 10),
        ("عشر", 10),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13),
        ("خمس عشرة", 15),
        ("عشرون", 20),
        ("عشرين", 20),
        ("خمسة وعشرون", 25),
        ("ثلاث وثلاثين", 33),
        ("تسعة وتسعون", 99),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتان", 200),
        ("مئتي", 200),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("مئة وخمسون", 150),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("ثلاثة آلاف وخمسمئة", 3500),
        ("خمسة عشر ألفا", 15000),
        ("عشرين ألفاً", 20000),
        ("مليون", 1000000),
        ("ملايين", 1000000),
        ("3 آلاف", 3000),
        ("1.5 مليون", 1500000),
        ("1,500", 1500),
        ("عنصرين", 2),
        ("غارتين", 2),
        ("قتيلين", 2),
        ("عشرات", 12),
        ("مئات", 100),
        ("آلاف", 1000),
    ],
)
def test_parse_number_words_gives_the_value(text, value):
    assert parse_number_words(text) == value


@pytest.mark.parametrize("text", ["قال", "ثلاثة خمسة", "", "الثالث"])
def test_parse_number_words_rejects_non_numbers(text):
    assert parse_number_words(text) is None


@pytest.mark.parametrize(
    "text,value,low,high",
    [
        ("بين 60 و90 مسلحاً", 60, 60, 90),
        ("يتراوح بين 60 و90", 60, 60, 90),
        ("ما بين عشرة وعشرين", 10, 10, 20),
        ("أكثر من 45 شخصاً", 45, 45, None),
        ("ما لا يقل عن 20 قتيلا", 20, 20, None),
        ("5 عناصر على الأقل", 5, 5, None),
        ("تجاوز الـ 4000", 4000, 4000, None),
        ("الـ 4000", 4000, 4000, 4000),
        ("من 3 إلى 5 أشخاص", 3, 3, 5),
        ("3 أو 4 أشخاص", 3, 3, 4),
        ("أحد المهاجمين", 1, 1, 1),
        ("عشرات المدنيين", 12, 12, None),
        ("مئات الدواعش", 100, 100, None),
        ("عشرات الآلاف", 12000, 12000, None),
        ("عدد من الجنود", 10, 10, None),
        ("عدة أشخاص", 10, 10, None),
        ("بضعة أشخاص", 3, 3, None),
    ],
)
def test_bounds_are_kept(text, value, low, high):
    q = quantities(text)[0]
    assert (q.value, q.low, q.high) == (value, low, high)


@pytest.mark.parametrize("text", ["نحو 20 شخصا", "قرابة 300", "حوالي خمسين", "زهاء ألف", "ما يقارب 40"])
def test_approximations_are_flagged(text):
    q = quantities(text)[0]
    assert q.approx and q.value is not None


@pytest.mark.parametrize("text", ["عشرات", "مئات", "آلاف النازحين", "عدة"])
def test_vague_words_are_flagged(text):
    assert quantities(text)[0].vague


@pytest.mark.parametrize(
    "text,noun", [("عنصرين", "عنصر"), ("غارتين جويتين", "غارة"), ("قتيلين", "قتيل"), ("والطفلين", "طفل")]
)
def test_dual_noun_carries_the_count(text, noun):
    q = quantities(text)[0]
    assert (q.value, q.noun) == (2, noun)


@pytest.mark.parametrize("text,noun", [("متظاهران", "متظاهر"), ("مدنيان", "مدني"), ("ومسلحان", "مسلح")])
def test_nominative_dual_of_a_sound_plural_noun_counts_two(text, noun):
    q = quantities(text)[0]
    assert (q.value, q.noun) == (2, noun)


@pytest.mark.parametrize("text", ["مدنيين", "متظاهرين"])
def test_the_ambiguous_oblique_dual_of_a_sound_plural_noun_is_no_count(text):
    assert not quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "في عام 2014",
        "الساعة 10",
        "عند الساعة 10:30",
        "في 27 كانون الثاني 2022",
        "15/01/2022",
        "50 بالمئة",
        "نسبة 30%",
        "في الخامس من يناير",
        "الطابق الثالث",
        "لست أدري",
    ],
)
def test_dates_times_ordinals_and_percentages_are_not_counts(text):
    assert quantities(text) == []


def test_two_counts_joined_by_and_stay_separate():
    assert [q.value for q in quantities("قتيلان وثلاثة جرحى")] == [2, 3]


def test_span_points_into_the_raw_text():
    text = "احتجزت أكثر من ٤٥ شخصاً"
    q = quantities(text)[0]
    assert text[q.span.start:q.span.end] == q.span.text == "أكثر من ٤٥"


def test_seed_counts():
    from conftest import shared_file

    text = shared_file("seed", "hasakah-2022-01-27.txt").read_text("utf-8")
    values = {q.span.text: q.value for q in quantities(text)}
    assert values["أكثر من 45"] == 45
    assert values["عنصرين"] == 2
    assert values["غارتين"] == 2
    assert any(v == 4000 for k, v in values.items() if "4000" in k)
