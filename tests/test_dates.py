"""Date expressions resolved against the publication date (2022-01-27, a Thursday)."""
from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.text.dates import find_dates, hijri_to_gregorian, resolve_phrase
from rasid.text.document import make_doc

PUB = date(2022, 1, 27)  # Thursday


@pytest.mark.parametrize(
    "phrase,expected,precision,part",
    [
        ("صباح اليوم الخميس", date(2022, 1, 27), 1, "morning"),
        ("مساء أمس", date(2022, 1, 26), 1, "evening"),
        ("عند غروب شمس أمس الأربعاء", date(2022, 1, 26), 1, "evening"),
        ("في وقت مبكر من صباح اليوم", date(2022, 1, 27), 1, "morning"),
        ("بعد ساعة متأخرة من مساء أمس", date(2022, 1, 26), 1, "evening"),
        ("اليوم", date(2022, 1, 27), 1, None),
        ("أمس", date(2022, 1, 26), 1, None),
        ("البارحة", date(2022, 1, 26), 1, None),
        ("أول أمس", date(2022, 1, 25), 1, None),
        ("أمس الأول", date(2022, 1, 25), 1, None),
        ("الليلة الماضية", date(2022, 1, 26), 1, "night"),
        ("فجر اليوم", date(2022, 1, 27), 1, "dawn"),
        ("ظهر أمس", date(2022, 1, 26), 1, "noon"),
        ("عصر أمس", date(2022, 1, 26), 1, "noon"),
        ("ليلة الثلاثاء", date(2022, 1, 25), 1, "night"),
        ("يوم الجمعة", date(2022, 1, 21), 1, None),
        ("الجمعة الماضية", date(2022, 1, 21), 1, None),
        ("يوم الخميس", date(2022, 1, 27), 1, None),
        ("يوم الاثنين", date(2022, 1, 24), 1, None),
        ("والسبت", date(2022, 1, 22), 1, None),
        ("فجر الأحد", date(2022, 1, 23), 1, "dawn"),
        ("الأسبوع الماضي", date(2022, 1, 20), 2, None),
        ("الشهر الماضي", date(2021, 12, 15), 3, None),
        ("27 كانون الثاني 2022", date(2022, 1, 27), 1, None),
        ("الخامس من يناير", date(2022, 1, 5), 1, None),
        ("3 جانفي 2021", date(2021, 1, 3), 1, None),
        ("15/01/2022", date(2022, 1, 15), 1, None),
        ("2022-01-15", date(2022, 1, 15), 1, None),
        ("15.01.2022", date(2022, 1, 15), 1, None),
        ("في 12 أيار الماضي", date(2021, 5, 12), 1, None),
        ("في 20 كانون الثاني", date(2022, 1, 20), 1, None),
        ("في 30 كانون الثاني", date(2021, 1, 30), 1, None),
        ("10 شباط 2020", date(2020, 2, 10), 1, None),
        ("5 آذار 2019", date(2019, 3, 5), 1, None),
        ("1 نيسان 2021", date(2021, 4, 1), 1, None),
        ("9 حزيران 2021", date(2021, 6, 9), 1, None),
        ("14 تموز 2021", date(2021, 7, 14), 1, None),
        ("2 آب 2021", date(2021, 8, 2), 1, None),
        ("11 أيلول 2021", date(2021, 9, 11), 1, None),
        ("6 تشرين الأول 2021", date(2021, 10, 6), 1, None),
        ("7 تشرين الثاني 2021", date(2021, 11, 7), 1, None),
        ("25 كانون الأول 2021", date(2021, 12, 25), 1, None),
        ("4 فبراير 2021", date(2021, 2, 4), 1, None),
        ("4 أبريل 2021", date(2021, 4, 4), 1, None),
        ("8 مايو 2021", date(2021, 5, 8), 1, None),
        ("8 يونيو 2021", date(2021, 6, 8), 1, None),
        ("8 يوليو 2021", date(2021, 7, 8), 1, None),
        ("8 أغسطس 2021", date(2021, 8, 8), 1, None),
        ("8 سبتمبر 2021", date(2021, 9, 8), 1, None),
        ("8 أكتوبر 2021", date(2021, 10, 8), 1, None),
        ("8 نوفمبر 2021", date(2021, 11, 8), 1, None),
        ("8 ديسمبر 2021", date(2021, 12, 8), 1, None),
        ("8 فيفري 2021", date(2021, 2, 8), 1, None),
        ("8 أفريل 2021", date(2021, 4, 8), 1, None),
        ("8 ماي 2021", date(2021, 5, 8), 1, None),
        ("8 جوان 2021", date(2021, 6, 8), 1, None),
        ("8 جويلية 2021", date(2021, 7, 8), 1, None),
        ("8 أوت 2021", date(2021, 8, 8), 1, None),
        ("الحادي والعشرين من كانون الأول", date(2021, 12, 21), 1, None),
        ("صباح يوم الخميس 27 كانون الثاني", date(2022, 1, 27), 1, "morning"),
        ("في شهر آذار", date(2021, 3, 15), 3, None),
        ("كانون الثاني/يناير 2022", date(2022, 1, 15), 3, None),
        ("منذ عام 2014", date(2014, 7, 1), 3, None),
        ("في عام 2015", date(2015, 7, 1), 3, None),
        ("1 رمضان 1443 هـ", date(2022, 4, 3), 1, None),
        ("10 ذو الحجة 1442 هـ", date(2021, 7, 20), 1, None),
    ],
)
def test_phrase_resolves(phrase, expected, precision, part):
    ref = resolve_phrase(phrase, PUB)
    assert ref is not None
    assert (ref.date, ref.time_precision, ref.part_of_day) == (expected, precision, part)


@pytest.mark.parametrize("phrase", ["منذ عام 2014", "27 كانون الثاني 2022"])
def test_explicit_year_is_not_relative(phrase):
    assert resolve_phrase(phrase, PUB).relative is False


def test_historical_year_has_no_part_of_day():
    assert resolve_phrase("مساء في عام 2015", PUB).part_of_day is None


def test_weekday_disagreeing_with_yesterday_warns_and_trusts_the_weekday():
    """Crawled publication dates lag the text by a day or two: the named weekday is the
    writer's own (the Thursday article's "أمس الثلاثاء" was written on Wednesday)."""
    ref = resolve_phrase("أمس الثلاثاء", PUB)
    assert ref.date == date(2022, 1, 25) and ref.warning


def test_a_weekday_far_from_the_relative_day_leaves_the_relative_day():
    ref = resolve_phrase("أمس الجمعة", PUB)  # Friday is five days before Wednesday: a slip
    assert ref.date == date(2022, 1, 26) and ref.warning


@pytest.mark.parametrize("phrase", ["غدا", "الأحد المقبل", "5 شباط 2022"])
def test_future_date_is_returned_with_a_warning(phrase):
    ref = resolve_phrase(phrase, PUB)
    assert ref.date > PUB and ref.warning


def test_consistent_weekday_has_no_warning():
    assert resolve_phrase("صباح اليوم الخميس", PUB).warning is None


@pytest.mark.parametrize(
    "phrase", ["قال المتحدث", "بين الاثنين", "مارس الجيش ضغوطا", "فجر انتحاري نفسه", "أب لثلاثة أطفال", "صفر"]
)
def test_non_dates_are_ignored(phrase):
    assert resolve_phrase(phrase, PUB) is None


def test_span_points_into_the_raw_text():
    text = "وقعت الغارة مساءَ أمسِ في المدينة"
    hit = find_dates(make_doc(Article("t", text, PUB)), PUB)[0]
    assert text[hit.time.span.start:hit.time.span.end] == hit.time.span.text == "مساءَ أمسِ"


def test_two_dates_joined_by_and_are_two_hits():
    hits = find_dates(make_doc(Article("t", "أمس الأربعاء واليوم الخميس", PUB)), PUB)
    assert [h.time.date for h in hits] == [date(2022, 1, 26), date(2022, 1, 27)]


def test_hijri_new_year_1443():
    assert hijri_to_gregorian(1443, 1, 1) in (date(2021, 8, 9), date(2021, 8, 10))


def test_seed_dates():
    from conftest import shared_file

    text = shared_file("seed", "hasakah-2022-01-27.txt").read_text("utf-8")
    refs = [h.time for h in find_dates(make_doc(Article("seed", text, PUB)), PUB)]
    assert {(r.date, r.part_of_day) for r in refs} >= {
        (date(2022, 1, 27), "morning"),
        (date(2022, 1, 26), "evening"),
    }
    assert all(r.warning is None for r in refs)


def test_monday_opening_a_sentence_is_monday():
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "والاثنين اقتحمت قوات الجيش آخر معاقل التنظيم في المدينة.", PUB))
    assert [d.time.date for d in find_dates(doc, PUB)] == [date(2022, 1, 24)]


def test_monday_set_off_by_commas_is_monday():
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "واقتحمت القوات، الاثنين، آخر معاقل التنظيم.", PUB))
    assert [d.time.date for d in find_dates(doc, PUB)] == [date(2022, 1, 24)]


def test_the_two_after_the_dual_it_counts_is_no_monday():
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "وأمرت المحكمة بحبس الحارسين الاثنين في قضية الهجوم على الحاجز.", PUB))
    assert find_dates(doc, PUB) == ()


def test_the_two_before_the_others_is_no_monday():
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "وقتل ثلاثة من الصيادين ونجا الاثنين الآخرين من الغرق.", PUB))
    assert find_dates(doc, PUB) == ()


def test_a_market_named_for_monday_is_no_date():
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "وتقدمت القوات نحو سوق الاثنين شرق المدينة.", PUB))
    assert find_dates(doc, PUB) == ()


def test_monday_after_a_name_inside_a_clause_is_monday():
    """"قالت الأمم المتحدة الاثنين إن": in news الاثنين is nearly always Monday, with no
    يوم or comma to mark it (dates.yaml weekdays_need_support)."""
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "وقالت وزارة الصحة الاثنين إن ثلاثة أشخاص قتلوا في القصف.", PUB))
    assert [d.time.date for d in find_dates(doc, PUB)] == [date(2022, 1, 24)]


def test_monday_after_a_plural_nisba_is_monday():
    """"تجمع آلاف العراقيين الاثنين": a nisba plural (-يين) is no dual counted by "the two"."""
    from rasid.model import Article
    from rasid.text.dates import find_dates
    from rasid.text.document import make_doc

    doc = make_doc(Article("t", "وتظاهر آلاف العراقيين الاثنين في ساحة التحرير.", PUB))
    assert [d.time.date for d in find_dates(doc, PUB)] == [date(2022, 1, 24)]


def test_this_year_is_some_day_between_new_year_and_publication():
    ref = resolve_phrase("هذا العام", date(2018, 8, 2))
    assert ref.time_precision == 3
    assert date(2018, 1, 1) < ref.date < date(2018, 8, 2)


def test_an_abduction_early_this_year_is_background_in_an_august_report():
    import rasid
    r = rasid.extract("وفي مطلع العام الحالي، خطف ستة مهندسين هنود في شمال أفغانستان مع سائقهم.",
                      published=date(2018, 8, 2))
    assert r.events == ()


def test_a_distance_in_kilometres_is_no_year():
    """"155 كم" is a distance: "كم" is not the proclitic ك on the era mark "م"."""
    doc = make_doc(Article("t", "في قرية تابعة لقضاء خانقين (155 كم شمال شرق بعقوبة).", PUB))
    assert find_dates(doc, PUB) == ()


def test_the_day_after_fi_is_a_noun_not_today():
    """"لساعات قليلة في اليوم" is a rate (hours a day), not the day of publication."""
    text = "ولا يحصل السكان على المياه إلا لساعات قليلة في اليوم."
    assert find_dates(make_doc(Article("t", text, PUB)), PUB) == ()


def test_today_after_a_verb_is_still_today():
    text = "وقتل جندي في هجوم على حاجز اليوم."
    assert [h.time.date for h in find_dates(make_doc(Article("t", text, PUB)), PUB)] == [PUB]


def _days(text):
    return [h.time.date for h in find_dates(make_doc(Article("t", text, PUB)), PUB)]


def test_days_before_that_count_from_the_last_date_told():
    # "two days before that": from Tuesday, not from publication
    assert _days("والثلاثاء الماضي، قتل مسلحون موظفا في الموصل، وقبلها بيومين قتلوا مهندسا في كركوك.") == [
        date(2022, 1, 25), date(2022, 1, 23)]


def test_a_day_after_that_counts_from_the_last_date_told():
    assert _days("اعتقلت الشرطة ثلاثة شبان يوم الأحد، وبعد ذلك بيوم أفرجت عنهم.") == [
        date(2022, 1, 23), date(2022, 1, 24)]


def test_the_next_day_counts_from_the_last_date_told():
    assert _days("في الرابع من كانون الثاني قصفت الطائرات المطار. وفي اليوم التالي، قصفت الميناء.") == [
        date(2022, 1, 4), date(2022, 1, 5)]


def test_the_next_day_after_an_event_is_no_date():
    # "the day after his disappearance" counts from the disappearance, not from Monday
    assert _days("اختفى الصحفي الاثنين الماضي. ووصلت رسالته في اليوم التالي لاختفائه.") == [date(2022, 1, 24)]


def test_a_distance_without_a_date_before_it_is_no_date():
    assert _days("اعتقلت الشرطة ثلاثة شبان، وبعد ذلك بيوم أفرجت عنهم.") == []


def test_the_last_24_hours_is_the_day_of_the_report():
    # "قتل 14 مسلحا خلال الساعات الـ24 الأخيرة": the report's own day's toll
    doc = make_doc(Article("t", "وقتل 14 مسلحا خلال الساعات الـ24 الأخيرة في ريف إدلب.", PUB))
    [d] = find_dates(doc, PUB)
    assert d.time.date == PUB and d.time.time_precision == 1


def test_hours_without_a_count_of_24_are_no_day():
    # near miss: "خلال الساعات الماضية" is left to the day the report told before
    doc = make_doc(Article("t", "وقتل 14 مسلحا خلال الساعات الماضية في ريف إدلب.", PUB))
    assert find_dates(doc, PUB) == ()


def test_a_date_that_names_a_town_or_a_bridge_is_no_day():
    # "مدينة العاشر من رمضان" is a town, "جسر 6 أكتوبر" a bridge: no day of the story
    doc = make_doc(Article("t", "داهمت الشرطة مخزنا في مدينة العاشر من رمضان، وأغلقت جسر 6 أكتوبر.", PUB))
    assert find_dates(doc, PUB) == ()


def test_a_day_told_after_a_town_s_name_is_still_a_day():
    # near miss: the day follows the town's own name, not a name head
    doc = make_doc(Article("t", "داهمت الشرطة مخزنا في مدينة الزقازيق أمس.", PUB))
    [d] = find_dates(doc, PUB)
    assert d.time.date == date(2022, 1, 26)


def test_a_day_after_the_adjective_kubra_is_still_a_day():
    # near miss: "كبرى" (great) folds to the spelling of the Egyptian "كبري" (bridge), no name head
    doc = make_doc(Article("t", "شهدت المدينة فجيعة كبرى يوم الأربعاء.", PUB))
    [d] = find_dates(doc, PUB)
    assert d.time.date == date(2022, 1, 26)
