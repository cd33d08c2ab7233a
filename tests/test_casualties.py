"""Casualty phrases coded ACLED-conservatively: (kind, deaths, low, high)."""
from __future__ import annotations

from datetime import date

import rasid
import pytest

from rasid.model import Article
from rasid.recognize.quantities import find_casualties
from rasid.text.document import make_doc
from rasid.text.numbers import find_quantities


def casualties(text: str):
    return [h.casualty for h in find_casualties(make_doc(Article("t", text)))]


@pytest.mark.parametrize(
    "text,kind,deaths,low,high",
    [
        ("بمقتل وإصابة ثمانية عناصر", "killed_or_wounded", 0, 0, 8),
        ("قتلت عنصرين", "killed", 2, 2, 2),
        ("مقتل 3 مدنيين", "killed", 3, 3, 3),
        ("قتل ثلاثة أشخاص", "killed", 3, 3, 3),
        ("سقوط 5 قتلى", "killed", 5, 5, 5),
        ("استشهاد طفلين", "killed", 2, 2, 2),
        ("أسفر الانفجار عن مقتل 4", "killed", 4, 4, 4),
        ("لقي 4 مصرعهم", "killed", 4, 4, 4),
        ("لقي 4 أشخاص مصرعهم", "killed", 4, 4, 4),
        ("ثلاثة قتلى", "killed", 3, 3, 3),
        ("قتيلين", "killed", 2, 2, 2),
        ("سقوط قتيل", "killed", 1, 1, 1),
        ("مقتل مدني", "killed", 1, 1, 1),
        ("مقتل جندي", "killed", 1, 1, 1),
        ("مقتل أحد المهاجمين", "killed", 1, 1, 1),
        ("مقتل مدنيين", "killed", 3, 3, None),
        ("مقتل أكثر من 45 شخصاً", "killed", 45, 45, None),
        ("مقتل بين 60 و90 مسلحا", "killed", 60, 60, 90),
        ("مقتل نحو 20 شخصا", "killed", 20, 20, 20),
        ("قتل الجيش 5 مسلحين", "killed", 5, 5, 5),
        ("استشهاد ٣ شبان", "killed", 3, 3, 3),
        ("مقتل عشرات المدنيين", "killed", 12, 12, None),
        ("إصابة 12", "wounded", 0, 0, 0),
        ("إصابة 4 أشخاص بجروح", "wounded", 0, 0, 0),
        ("أصيب خمسة جنود", "wounded", 0, 0, 0),
        ("10 جرحى", "wounded", 0, 0, 0),
        ("مقتل وجرح عشرات", "killed_or_wounded", 0, 0, 12),
        ("سقوط 20 بين قتيل وجريح", "killed_or_wounded", 0, 0, 20),
        ("قتلى وجرحى", "killed_or_wounded", 0, 0, None),
        ("وقوع قتلى وجرحى", "killed_or_wounded", 0, 0, None),
        ("مقتل وإصابة", "killed_or_wounded", 0, 0, None),
        ("لقي شابان بينهما فتى يبلغ من العمر 13 عاما حتفهما", "killed", 2, 2, 2),
    ],
)
def test_first_casualty_is_coded(text, kind, deaths, low, high):
    c = casualties(text)[0]
    assert (c.kind, c.deaths, c.low, c.high) == (kind, deaths, low, high)


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("مقتل 3 وإصابة 5", [("killed", 3), ("wounded", 0)]),
        ("5 قتلى و10 جرحى", [("killed", 5), ("wounded", 0)]),
        ("قتيلان وثلاثة جرحى", [("killed", 2), ("wounded", 0)]),
    ],
)
def test_separate_killed_and_wounded_counts(text, kinds):
    assert [(c.kind, c.deaths) for c in casualties(text)] == kinds


@pytest.mark.parametrize(
    "text,victims",
    [("مقتل 3 مدنيين", "مدنيين"), ("بمقتل وإصابة ثمانية عناصر", "عناصر"), ("قتلت عنصرين", "عنصرين"), ("سقوط 5 قتلى", None)],
)
def test_victims_is_the_counted_noun_as_written(text, victims):
    assert casualties(text)[0].victims == victims


@pytest.mark.parametrize(
    "text",
    ["بعد مقتل 3 أيام", "قتل في 27 كانون الثاني", "قتل في عام 2014", "احتجزت أكثر من 45 شخصاً", "شنت غارتين"],
)
def test_no_casualty_without_casualty_words_or_people(text):
    assert casualties(text) == []


def test_span_covers_the_whole_phrase():
    text = "وتسببوا بمقتل وإصابة ثمانية عناصر."
    c = casualties(text)[0]
    assert c.span.text == text[c.span.start:c.span.end] == "بمقتل وإصابة ثمانية عناصر"


def test_precomputed_quantities_give_the_same_result():
    doc = make_doc(Article("t", "قتلت عنصرين ومقتل 3 مدنيين"))
    assert find_casualties(doc, find_quantities(doc)) == find_casualties(doc)


def test_counts_of_some_sentences_are_those_of_the_whole_doc():
    # a count or a casualty phrase may run on into the next sentence ("3 | آلاف",
    # "عشرات | من الآلاف", "مقتل | وإصابة"): scanning some sentences alone must find
    # there what the whole scan finds
    from rasid.recognize.quantities import SentenceCounts

    text = ("قتل 3\n\nآلاف شخص في الهجوم. وقال مصدر إن عشرات\n\nمن الآلاف نزحوا. أسفر القصف عن مقتل"
            "\n\nوإصابة عشرة مدنيين. وأصيب 4 جنود.")
    doc = make_doc(Article("t", text))
    toks = doc.tokens
    quantities = find_quantities(doc)
    whole = find_casualties(doc, quantities)
    assert len(whole) == 3 and len({toks[k.tok_start].sentence for k in whole}) == 3
    for s in range(len(doc.sentences)):
        counts = SentenceCounts(doc, {s})
        assert [k for k in whole if toks[k.tok_start].sentence == s] == \
            [k for k in counts.casualties if toks[k.tok_start].sentence == s]
        for j in range(len(toks)):
            assert counts.near(j, j + 2) == [q for q in quantities if q.tok_start < j + 2 and q.tok_end > j]


def test_seed_casualties():
    from conftest import shared_file

    text = shared_file("seed", "hasakah-2022-01-27.txt").read_text("utf-8")
    got = {(c.kind, c.deaths, c.low, c.high) for c in casualties(text)}
    assert ("killed_or_wounded", 0, 0, 8) in got
    assert ("killed", 2, 2, 2) in got


def test_a_count_with_at_least_keeps_its_casualty_noun():
    [e] = rasid.extract("سقط سبعة قتلى على الأقل في انفجار سيارة مفخخة وسط بنغازي أمس الخميس.",
                        published=date(2018, 5, 25)).events
    assert e.fatalities == 7


def test_a_nationality_between_the_count_and_the_death_word_is_skipped():
    [e] = rasid.extract("لقي 7 أشخاص ليبيين مصرعهم جراء انفجار سيارة ملغومة في مدينة درنة أمس.",
                        published=date(2015, 8, 11)).events
    assert e.fatalities == 7


def test_a_list_of_ranked_names_counts_one_death_per_name():
    # "استشهاد العريف ...، والجندي أول ...، والمجند ...": each rank opens one named dead
    [c] = [c for c in casualties("وأسفر ذلك عن استشهاد الرقيب خالد سالم العتيبي، والجندي أول ماجد فهد الدوسري، "
                                 "والمجند سامي عبدالله الحربي، فيما أصيب آخرون.") if c.kind == "killed"]
    assert c.deaths == 3


def test_a_partitive_between_the_counted_noun_and_the_death_word_keeps_the_count():
    # "من" + a definite noun phrase says of whom the count is; the dead are still counted
    [c] = casualties("لقي قرابة 25 عنصرا من المسلحين المتشددين مصرعهم")
    assert (c.kind, c.deaths) == ("killed", 25)


def test_an_indefinite_phrase_after_min_is_no_partitive():
    # "من" before an indefinite noun is no partitive of the counted: the count stands alone
    assert all(c.deaths != 25 for c in casualties("اعتقل 25 شخصا من قرى مجاورة مصرعهم"))
