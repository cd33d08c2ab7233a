"""A wire dateline names where a report was filed, not where its events happened."""
from __future__ import annotations

from datetime import date

import rasid
from rasid.text.dateline import dateline_end


def test_a_city_and_agency_before_a_dash_is_a_dateline():
    text = "بغداد (رويترز) - قال مسؤولون إن انفجاراً وقع أمس."
    assert text[:dateline_end(text)] == "بغداد (رويترز) -"


def test_an_outlet_and_city_on_a_line_of_their_own_is_a_dateline():
    text = "عين اليوم – صنعاء\nقال سكان إن مقاتلين سيطروا على مناطق."
    assert text[:dateline_end(text)] == "عين اليوم – صنعاء"


def test_the_dateline_ends_at_its_own_dash_not_a_later_one():
    text = "(CNN)-- يقدم مراسل الشبكة، أحمد سامي - من بيروت، تقريرا عن الانتخابات."
    assert text[:dateline_end(text)] == "(CNN)--"


def test_a_dash_inside_a_sentence_is_no_dateline():
    assert dateline_end("قتل عشرون شخصا على الأقل كانوا - بحسب تقارير - يحضرون حفل زفاف.") == 0
    assert dateline_end("أعلنت منظمة التربية والثقافة والعلوم - اليونسكو منح الجائزة.") == 0


def test_an_event_told_with_no_place_is_not_placed_at_the_dateline_city():
    text = ("عدن (وكالات) - سيطر مقاتلو المقاومة الشعبية أمس الثلاثاء على مديرية القفر في محافظة إب.\n"
            "واندلعت أمس الثلاثاء اشتباكات عنيفة بين المقاومة الشعبية والحوثيين.")
    evs = rasid.extract(text, published=date(2023, 5, 10)).events
    assert evs and all(e.location is None or e.location.label != "Aden" for e in evs)


def test_a_takeover_of_these_areas_is_the_takeover_just_told():
    text = ("سيطر مقاتلو المقاومة الشعبية أمس الثلاثاء على ست مناطق في محافظة إب.\n"
            "وسيطر رجال قبائل مسلحون موالون للحكومة على هذه المناطق بعد انسحاب الحوثيين.")
    takeovers = [e for e in rasid.extract(text, published=date(2023, 5, 10)).events
                 if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(takeovers) == 1


def test_the_dateline_city_is_not_the_place_of_an_event_in_the_lead_sentence():
    # the dateline opens the lead sentence: its city is the desk, not the attack's place
    text = "الدوحة، قطر (CNN)-- قال مسؤول إن مسلحين قتلوا ثلاثة جنود أمس الثلاثاء في هجوم على دورية للجيش."
    evs = rasid.extract(text, published=date(2023, 5, 10)).events
    assert evs and all(e.location is None for e in evs)


def test_an_event_of_the_lead_is_placed_by_the_story_not_by_the_dateline():
    text = ("الدوحة، قطر (CNN)-- قتل مسلحون مجهولون ثلاثة جنود أمس الثلاثاء في هجوم على دورية. "
            "ووقع الهجوم قرب بلدة الشيخ زويد في شمال سيناء.")
    evs = rasid.extract(text, published=date(2023, 5, 10)).events
    assert evs and all(e.location is not None and e.location.label == "Sheikh Zuweid" for e in evs)
