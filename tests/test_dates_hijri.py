"""Hijri dates written in digits, and a weekday that settles the tabular day."""
from __future__ import annotations

from datetime import date

from rasid.text.dates import resolve_phrase


def test_hijri_date_in_digits_with_its_weekday():
    t = resolve_phrase("صباح اليوم الجمعة الموافق 15 / 10 / 1436 هـ", date(2015, 7, 31))
    assert t.date == date(2015, 7, 31) and t.time_precision == 1 and t.part_of_day == "morning"


def test_hijri_date_in_digits_alone():
    t = resolve_phrase("في 15/10/1436 هـ", date(2015, 8, 2))
    assert t.date in (date(2015, 7, 31), date(2015, 8, 1)) and t.time_precision == 1
