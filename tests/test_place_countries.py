"""A country's own name is the country; "the capital X" is a city."""
from __future__ import annotations

import pytest

from rasid.geo.resolve import find_places
from rasid.model import Article
from rasid.text.document import make_doc


@pytest.mark.parametrize("sentence, surface, country, feature", [
    ("قطع محتجون الطريق في مدينة طرابلس شمالي لبنان اليوم.", "لبنان", "Lebanon", "country"),
    ("قصفت المدفعية الإسرائيلية قرى جنوب لبنان أمس.", "لبنان", "Lebanon", "country"),
    ("وفي العاصمة تونس، نظمت منظمات حقوقية وقفة اليوم.", "تونس", "Tunisia", "city"),
    ("انفجرت عبوة في العاصمة صنعاء صباح اليوم.", "صنعاء", "Yemen", "city"),
])
def test_country_names_and_capitals(sentence, surface, country, feature):
    hits = {h.location.span.text: h.location.place for h in find_places(make_doc(Article("t", sentence)))}
    assert hits[surface].country == country
    assert hits[surface].feature == feature
