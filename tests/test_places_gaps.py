"""Places conflict news names that the gazetteer sources lack: Afghan and Pakistani
provinces, Saudi towns on the Yemeni border, Arabic spellings of Turkish towns, regions
named as part of a country. Sentences are the team's own, in wire-report style.
"""
from __future__ import annotations

import pytest

from conftest import place_at as hit_for, place_hits as hits


@pytest.mark.parametrize("text, surface, english", [
    ("انفجرت عبوة ناسفة قرب مدرسة في ولاية ننغرهار شرقي أفغانستان.", "ننغرهار", "Nangarhar"),
    ("قتل شرطيان في هجوم بإقليم ننكرهار فجر اليوم.", "ننكرهار", "Nangarhar"),
    ("اشتباكات بين طالبان والجيش في ولاية ننجرهار.", "ننجرهار", "Nangarhar"),
    ("قصفت طائرة مسيرة مواقع في ولاية هلمند جنوبي البلاد.", "هلمند", "Helmand"),
    ("سيطر مسلحو طالبان على مركز شرطة في ولاية غزني.", "غزني", "Ghazni"),
    ("قتل جنديان في انفجار بإقليم بلوشستان جنوب غربي باكستان.", "بلوشستان", "Balochistan"),
    ("هاجم مسلحون نقطة تفتيش في إقليم خيبر بختونخوا.", "خيبر بختونخوا", "Khyber Pakhtunkhwa"),
])
def test_afghan_and_pakistani_provinces_are_admin1(text, surface, english):
    h = hit_for(text, surface)
    assert h.location.place.name == english
    assert h.location.place.feature == "admin1"
    assert h.location.geo_precision == 3


@pytest.mark.parametrize("text, surface, english", [
    ("انفجرت سيارة مفخخة في مدينة جلال آباد صباح اليوم.", "جلال آباد", "Jalalabad"),
    ("قتل ثلاثة أشخاص في هجوم على سوق في كويتا.", "كويتا", "Quetta"),
])
def test_afghan_and_pakistani_cities(text, surface, english):
    assert hit_for(text, surface).location.place.name == english


@pytest.mark.parametrize("text, surface, english", [
    ("سقطت قذائف أطلقت من اليمن على قطاع ظهران الجنوب في منطقة عسير.", "ظهران الجنوب", "Dhahran al Janub"),
    ("سقط مقذوف على مزرعة في محافظة أحد المسارحة بمنطقة جازان.", "أحد المسارحة", "Ahad al Masarihah"),
    ("أصيب مقيم بشظايا قذيفة سقطت على صامطة مساء أمس.", "صامطة", "Samtah"),
    ("اعترضت الدفاعات الجوية صاروخا أطلق باتجاه أبو عريش.", "أبو عريش", "Abu Arish"),
    ("تصدت قوات حرس الحدود لمتسللين قرب شرورة.", "شرورة", "Sharurah"),
])
def test_saudi_border_towns(text, surface, english):
    h = hit_for(text, surface)
    assert h.location.place.name == english
    assert h.location.place.country == "Saudi Arabia"


def test_dhahran_al_janub_is_not_dhahran_of_the_eastern_province():
    h = hit_for("سقطت قذائف على ظهران الجنوب.", "ظهران")
    assert h.location.place.lat < 18.5  # Asir on the Yemeni border, not the Gulf coast


@pytest.mark.parametrize("text, surface", [
    ("قتل 30 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في سوروتش جنوبي تركيا.", "سوروتش"),
    ("فجر انتحاري نفسه في مدينة سروج التركية قرب الحدود السورية.", "سروج"),
])
def test_suruc_has_its_arabic_spellings(text, surface):
    h = hit_for(text, surface)
    assert h.location.place.name == "Suruc"
    assert h.location.place.country == "Turkey"


@pytest.mark.parametrize("text, surface", [
    ("قصفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق.", "شمال العراق"),
    ("قتل جنديان تركيان في اشتباكات شمالي العراق.", "شمالي العراق"),
])
def test_northern_iraq_is_a_region_not_the_capital(text, surface):
    h = hit_for(text, surface)
    assert h.location.place.name == "Northern Iraq"
    assert h.location.geo_precision == 3
    assert h.location.place.lat > 35.5  # not Baghdad's coordinates


@pytest.mark.parametrize("text", [
    "أغلقت السلطات المعبر الحدودي أمام الشاحنات.",
    "قال أحد السكان إن القصف استمر ساعات طوال.",
    "قدمت المنظمة السند للنازحين في المخيمات.",
])
def test_common_nouns_are_not_places(text):
    assert not hits(text)


@pytest.mark.parametrize("text, surface, town", [
    ("اشتباكات عنيفة بين المقاومة والحوثيين في مديرية لودر بمحافظة أبين.", "لودر", (13.883, 45.869)),
    ("قصفت المدفعية التركية قرى في قضاء تلعفر.", "تلعفر", (36.379, 42.448)),
])
def test_district_named_after_its_seat_is_coded_at_the_seat(text, surface, town):
    h = hit_for(text, surface)
    p = h.location.place
    assert abs(p.lat - town[0]) < 0.02 and abs(p.lon - town[1]) < 0.02
    assert h.location.geo_precision == 2


@pytest.mark.parametrize("text, surface, english", [
    ("اقتحمت قوات الأمن أمس قضاء «الحي» في محافظة واسط واعتقلت ثلاثة مطلوبين.", "الحي", "Al Hayy"),
    ("قصفت طائرات التحالف فجر اليوم مواقع للحوثيين في منطقة «معبر» بمحافظة ذمار.", "معبر", "Mabar"),
])
def test_a_quoted_cue_word_after_a_cue_is_the_place_s_name(text, surface, english):
    # «» mark a name: a town called "the quarter" or "the crossing" is not a second cue
    assert hit_for(text, surface).location.place.name == english


def test_a_plural_district_cue_names_each_district_of_its_list():
    # "مديريات" is the plural of "مديرية", as "قرى" is of "قرية"
    text = "وقصفت طائرات التحالف مواقع للحوثيين في مديريات الجراحي وزبيد."
    assert hit_for(text, "الجراحي").location.place.name == "Al Jarrahi"


def test_al_tuwal_is_the_saudi_border_crossing_town():
    h = hit_for("أغلقت السلطات منفذ الطوال الحدودي أمام المسافرين أمس.", "الطوال")
    assert (h.location.place.name, h.location.place.country) == ("Al Tuwal", "Saudi Arabia")


def test_dasht_e_barchi_is_a_quarter_of_kabul():
    h = hit_for("قتل أربعة أشخاص بتفجير قرب مدرسة في منطقة دشت برجي غربي كابول.", "دشت برجي")
    assert h.location.place.name == "Dasht-e-Barchi"
    assert h.location.label == "Kabul - Dasht-e-Barchi"


def test_jobar_after_a_neighbourhood_cue_is_the_damascus_quarter():
    h = hit_for("دارت اشتباكات عنيفة في حي جوبر شرق العاصمة دمشق.", "جوبر")
    assert (h.location.place.name, h.location.place.admin1) == ("Jobar", "Damascus")


def test_sixth_of_october_city_is_read_with_its_city_cue():
    h = hit_for("داهمت الشرطة شقة في مدينة السادس من أكتوبر غرب القاهرة فجر أمس.", "أكتوبر")
    assert (h.location.place.name, h.location.geo_precision) == ("6th of October City", 1)


def test_the_sixth_of_october_without_the_city_cue_is_a_date():
    hs = hits("وقعت الحادثة في السادس من أكتوبر الماضي قرب مدينة طنطا.")
    assert all(h.location.place.name != "6th of October City" for h in hs)


def test_dasht_e_archi_is_the_kunduz_district_town():
    h = hit_for("قال مسؤولون إن غارة أصابت تجمعا في منطقة داشتي أرتشي شمال البلاد.", "أرتشي")
    assert (h.location.place.name, h.location.place.country) == ("Dasht-e Archi", "Afghanistan")


@pytest.mark.parametrize("text, surface, english", [
    ("صدت القوات المشتركة هجوما للحوثيين على مواقعها في منطقة الفازة جنوب الحديدة.", "الفازة", "Al Faza"),
    ("استهدفت غارة جوية آليات للمتمردين عند مفرق الجاح غرب بيت الفقيه.", "الجاح", "Al Jah"),
])
def test_hodeidah_front_villages_are_placed(text, surface, english):
    assert hit_for(text, surface).location.place.name == english


def test_southern_israel_is_a_region_not_the_country_point():
    h = hit_for("سقطت ثلاث قذائف هاون أطلقت من القطاع على جنوب إسرائيل مساء الأحد.", "إسرائيل")
    assert (h.location.place.name, h.location.geo_precision) == ("Southern Israel", 3)


def test_a_bare_israel_is_still_the_country():
    h = hit_for("استدعت الحكومة سفير إسرائيل احتجاجا على التصريحات.", "إسرائيل")
    assert h.location.place.name == "Israel"
