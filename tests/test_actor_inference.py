"""Sides inferred from how Arabic news names them: a country as the subject of a strike,
and "any attack" as no attack at all."""
from __future__ import annotations

import rasid


def test_country_as_subject_of_a_strike_is_its_air_force():
    r = rasid.extract("قال مسؤولون طبيون إن إسرائيل شنت غارة جوية على معسكر تدريب في مدينة خان يونس جنوب قطاع غزة اليوم.",
                      published="2015-08-08")
    assert r.events and "military forces of israel" in r.events[0].actor1.lower()
    assert any(name == "actor1" for name, _ in r.events[0].field_spans)


def test_any_attack_is_not_an_attack():
    r = rasid.extract("وحمّل الجيش الإسرائيلي حركة حماس مسؤولية أي هجوم ينطلق من قطاع غزة اليوم.",
                      published="2015-08-08")
    assert not r.events
