"""Admin-1 units added after the first set: Turkey's remaining provinces, Bahrain's
governorates, the UAE's emirates, Qatar's municipalities, Mauritania's wilayas and
Djibouti's regions. A unit named with its cue is coded at geo_precision 3 at its capital;
the towns of a unit carry its ACLED name as admin1. Sentences are the team's own, in
wire-report style.
"""
from __future__ import annotations

import pytest

from conftest import VIOLENT, coded, place_at as hit_for, place_hits as hits


@pytest.mark.parametrize("text, surface, english, country", [
    ("أصيب شرطيان في هجوم مسلح على مخفر في ولاية إسكي شهير وسط تركيا.", "إسكي شهير", "Eskisehir", "Turkey"),
    ("أوقفت قوات الدرك خمسة مشتبهين في ولاية طرابزون شمال شرقي البلاد.", "طرابزون", "Trabzon", "Turkey"),
    ("تظاهر مئات العمال أمام مصنع للفحم في محافظة زونغولداق.", "زونغولداق", "Zonguldak", "Turkey"),
    ("اعتقلت السلطات عشرة أشخاص في ولاية صقاريا بتهمة الانتماء لتنظيم محظور.", "صقاريا", "Sakarya", "Turkey"),
    ("قتل مسلحون مجهولون راعيا في ولاية الحوض الشرقي قرب الحدود مع مالي.", "الحوض الشرقي",
     "Hodh Ech Chargui", "Mauritania"),
    ("تعرضت دورية للجيش لإطلاق نار في ولاية تيرس زمور شمالي موريتانيا.", "تيرس زمور", "Tiris Zemmour", "Mauritania"),
    ("سقطت طائرة مسيرة على منشأة نفطية في إمارة الشارقة.", "الشارقة", "Sharjah", "United Arab Emirates"),
    ("تجمع عشرات المحتجين في بلدية الريان للمطالبة بتحسين الخدمات.", "الريان", "Al Rayyan", "Qatar"),
    ("فرقت الشرطة بالغاز المسيل للدموع متظاهرين في محافظة المحرق.", "المحرق", "Muharraq", "Bahrain"),
    ("اشتبك الجيش مع مسلحين في إقليم تاجورة شمالي جيبوتي.", "تاجورة", "Tadjourah", "Djibouti"),
])
def test_unit_with_its_cue_is_admin1_at_precision_3(text, surface, english, country):
    h = hit_for(text, surface)
    assert h.location.place.name == english
    assert h.location.place.feature == "admin1"
    assert h.location.place.country == country
    assert h.location.geo_precision == 3


def test_strike_in_a_turkish_province_is_coded_there():
    events = coded("قتل جنديان تركيان أمس في انفجار عبوة ناسفة استهدفت آليتهما في ولاية سيواس.", VIOLENT)
    assert events
    assert events[0].location.place.name == "Sivas"
    assert events[0].location.place.admin1 == "Sivas"
    assert events[0].location.geo_precision == 3


def test_attack_in_a_mauritanian_wilaya_is_coded_there():
    events = coded("قتل مسلحون أمس جنديين موريتانيين في هجوم على ثكنة في ولاية الحوض الغربي.", VIOLENT)
    assert events
    assert events[0].location.place.name == "Hodh El Gharbi"
    assert events[0].location.place.country == "Mauritania"


@pytest.mark.parametrize("text, surface, admin1", [
    ("اعتقلت الشرطة التركية ثلاثة مشتبهين في مدينة أيدين غربي البلاد.", "أيدين", "Aydin"),
    ("اندلع حريق كبير في ميناء جبل علي بدبي.", "جبل علي", "Dubai"),
    ("فرقت قوات الأمن احتجاجا في بلدة سترة البحرينية.", "سترة", "Capital"),
    ("تظاهر عمال مناجم الحديد في مدينة ازويرات شمالي موريتانيا.", "ازويرات", "Tiris Zemmour"),
    ("وقع الحادث قرب مدينة الوكرة جنوب الدوحة.", "الوكرة", "Al Wakrah"),
])
def test_a_town_of_a_unit_carries_its_acled_name(text, surface, admin1):
    assert hit_for(text, surface).location.place.admin1 == admin1


@pytest.mark.parametrize("text", [
    "يتحدث سكان الإقليم اللغة الأوردو إلى جانب الإنجليزية.",
    "احتشد عشاق كرة القدم أمام الملعب منذ الصباح.",
])
def test_turkish_province_names_that_are_words_need_their_cue(text):
    assert all(h.location.place.country != "Turkey" for h in hits(text))


def test_the_gang_is_no_mauritanian_wilaya():
    assert all(h.location.place.country != "Mauritania"
               for h in hits("فككت الشرطة العصابة بعد أشهر من التحري واعتقلت زعيمها."))


def test_a_northern_governorate_elsewhere_is_not_bahrain():
    assert all(h.location.place.country != "Bahrain"
               for h in hits("قصفت الطائرات مواقع في المحافظة الشمالية للبلاد."))


@pytest.mark.parametrize("text, country", [
    ("قضت وحدات الجيش الجزائري على إرهابي في ولاية أدرار جنوبي الجزائر.", "Algeria"),
    ("أوقفت السلطات الموريتانية مهربين في ولاية آدرار شمالي موريتانيا.", "Mauritania"),
])
def test_adrar_is_the_wilaya_of_the_story(text, country):
    h = hit_for(text, "درار")
    assert h.location.place.feature == "admin1"
    assert h.location.place.country == country
