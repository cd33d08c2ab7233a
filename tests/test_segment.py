"""Sentence segmentation: sentence-final punctuation and line breaks split; commas,
decimal points and agency abbreviations do not."""
from __future__ import annotations

from datetime import date

from rasid.model import Article
from rasid.text.document import make_doc


def _sentences(text: str) -> list[str]:
    doc = make_doc(Article("t", text, date(2023, 5, 10)))
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_a_comma_does_not_end_a_sentence():
    assert len(_sentences("قصفت الطائرات البلدة، وقتل ثلاثة مدنيين.")) == 1


def test_a_full_stop_ends_a_sentence():
    assert len(_sentences("قصفت الطائرات البلدة. وقتل ثلاثة مدنيين.")) == 2


def test_an_agency_abbreviation_in_brackets_does_not_end_a_sentence():
    text = "وقالت مصادر محلية لوكالة الأنباء الألمانية (د.ب.أ)، إن غارات استهدفت مواقع في المدينة."
    assert len(_sentences(text)) == 1


def test_an_agency_abbreviation_after_a_space_does_not_end_a_sentence():
    assert len(_sentences("غزة - أ.ف.ب: قتل شاب برصاص الجيش اليوم.")) == 1


def test_a_decimal_point_does_not_end_a_sentence():
    assert len(_sentences("باتت القوات تسيطر على 58.8 بالمئة من مساحة المحافظة.")) == 1


def test_a_line_break_ends_a_sentence():
    assert len(_sentences("قصف على البلدة\nوقتل ثلاثة مدنيين")) == 2


def test_token_at_finds_the_token_holding_an_offset_and_none_between_tokens():
    from rasid.text.document import token_at

    doc = make_doc(Article("t", "قصفت الطائرات البلدة. وقتل ثلاثة مدنيين.", date(2023, 5, 10)))
    inside = doc.text.index("البلدة") + 2
    at = token_at(doc, inside)
    assert doc.tokens[at].norm == "البلده" and doc.tokens[at].sentence == 0
    assert doc.tokens[token_at(doc, doc.text.index("ثلاثة"))].sentence == 1
    assert token_at(doc, doc.text.index(" ")) is None  # the space after the first word
    assert token_at(doc, len(doc.text) - 1) is None  # the final full stop
