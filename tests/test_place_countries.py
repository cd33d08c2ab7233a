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


def test_countries_beyond_the_region_are_known_by_their_arabic_names():
    from rasid.geo.countries import country_info
    info = country_info("الكاميرون")
    assert (info.name, info.iso3, info.region) == ("Cameroon", "CMR", "Middle Africa")


def test_acled_spells_the_generated_countries_its_own_way():
    from rasid.geo.countries import country_info
    assert country_info("CI").name == "Ivory Coast" and country_info("CZ").name == "Czech Republic"


def test_the_hand_written_countries_keep_their_nisba():
    from rasid.geo.countries import country_by_nisba
    assert country_by_nisba("السوريين").name == "Syria"
