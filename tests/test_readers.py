"""Readers turn files into Articles and report bad records without stopping."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date

from rasid.ingest.html import drop_teasers, parse_html
from rasid.ingest.readers import NO_DATE, ReadError, iter_articles
from rasid.model import Article

TEXT = "أعلنت وزارة الدفاع اليوم أن قواتها صدت هجوما على مواقعها قرب الحدود الشمالية."
D = date(2024, 3, 1)


def _jsonl(path, *records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")
    return path


def test_text_file_is_one_article_named_by_its_stem(tmp_path):
    (tmp_path / "report-7.txt").write_text(TEXT, encoding="utf-8")
    [a] = iter_articles([str(tmp_path / "report-7.txt")], D)
    assert (a.id, a.text, a.published) == ("report-7", TEXT, D)


def test_text_file_without_a_date_asks_for_published(tmp_path):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    [err] = iter_articles([str(tmp_path / "r.txt")])
    assert isinstance(err, ReadError) and err.problem == NO_DATE


def test_jsonl_reads_field_aliases(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", {"id": "x1", "body": TEXT, "date_iso": "2024-02-05T10:00:00",
                                      "title": "عنوان", "source": "وكالة", "url": "http://e/1"})
    [a] = iter_articles([str(f)])
    assert a == Article("x1", TEXT, date(2024, 2, 5), "عنوان", "http://e/1", "وكالة")


def test_jsonl_line_without_id_is_named_by_file_and_line(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", {"id": "x1", "text": TEXT}, {"content": TEXT})
    ids = [a.id for a in iter_articles([str(f)], D)]
    assert ids == ["x1", "a.jsonl:2"]


def test_malformed_line_is_reported_and_reading_goes_on(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", "{broken", {"id": "ok", "text": TEXT})
    bad, good = iter_articles([str(f)], D)
    assert isinstance(bad, ReadError) and bad.input_name.endswith("a.jsonl:1")
    assert good.id == "ok"


def test_record_without_arabic_is_reported(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", {"id": "en", "text": "Only English words in this record, nothing else."})
    [err] = iter_articles([str(f)], D)
    assert isinstance(err, ReadError) and "Arabic" in err.problem


def test_gzipped_jsonl_is_read(tmp_path):
    f = tmp_path / "a.jsonl.gz"
    f.write_bytes(gzip.compress(json.dumps({"id": "g", "text": TEXT, "date": "2024-01-09"},
                                           ensure_ascii=False).encode("utf-8")))
    [a] = iter_articles([str(f)])
    assert (a.id, a.published) == ("g", date(2024, 1, 9))


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    assert [a.id for a in iter_articles([str(tmp_path)], D)] == ["a", "1", "2"]


def test_binary_file_is_reported_by_name(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [err] = iter_articles([str(f)], D)
    assert isinstance(err, ReadError) and err.input_name == str(f) and "UTF-8" in err.problem


def test_missing_input_is_reported(tmp_path):
    [err] = iter_articles([str(tmp_path / "nope.jsonl")], D)
    assert isinstance(err, ReadError) and "no such file" in err.problem


def test_stdin_with_json_lines_is_read_as_jsonl():
    data = json.dumps({"id": "s1", "text": TEXT}, ensure_ascii=False).encode("utf-8")
    [a] = iter_articles(["-"], D, stdin=io.BytesIO(data))
    assert a.id == "s1"


def test_stdin_with_plain_text_is_one_article():
    [a] = iter_articles(["-"], D, stdin=io.BytesIO(TEXT.encode("utf-8")))
    assert (a.id, a.text) == ("stdin", TEXT)


def test_teaser_line_and_its_headlines_are_dropped():
    text = f"{TEXT}\nاقرأ أيضا: مقتل جنديين في هجوم على حاجز\n{TEXT}"
    assert drop_teasers(text) == f"{TEXT}\n{TEXT}"


LINKS = ("مقتل ثلاثة جنود في انفجار عبوة ناسفة قرب الموصل\n"
         "\"داعش\" يتبنى هجوما على حاجز للشرطة\n"
         "من هو قائد الفصائل الجديد؟ الأمم المتحدة تحذر\n")


def test_a_box_of_unannounced_links_between_paragraphs_is_dropped():
    text = f"{TEXT}\n{LINKS}{TEXT}"
    assert drop_teasers(text) == f"{TEXT}\n{TEXT}"


def test_two_short_lines_are_no_box_of_links():
    text = f"{TEXT}\nالمعارك في الجنوب\nالوضع الإنساني\n{TEXT}"
    assert drop_teasers(text) == text


def test_short_lines_ending_sentences_are_no_box_of_links():
    lines = "قتل جنديان أمس.\nوأصيب ثلاثة آخرون.\nوفر المهاجمون.\n"
    assert drop_teasers(f"{TEXT}\n{lines}{TEXT}") == f"{TEXT}\n{lines}{TEXT}"


def test_links_told_in_the_box_are_no_events_of_the_article():
    import rasid
    text = f"{TEXT}\n{LINKS}"
    assert not any("الموصل" in e.location.span.text for e in rasid.extract(text, date(2024, 3, 4)).events
                   if e.location is not None)


PAGE = """<html><head><title>هجوم على مواقع عسكرية</title>
<meta property="og:site_name" content="وكالة الأنباء المحلية">
<meta property="article:published_time" content="2024-03-04T08:00:00+00:00"></head>
<body><nav>الرئيسية</nav><article><h1>هجوم على مواقع عسكرية</h1>
<p>أعلنت وزارة الدفاع صباح اليوم أن قواتها صدت هجوما واسعا شنه مسلحون على ثلاثة مواقع عسكرية قرب الحدود الشمالية للبلاد.</p>
<p>اقرأ أيضا: انفجار عبوة ناسفة في سوق شعبي</p>
<p>وأضافت الوزارة في بيان أن الاشتباكات استمرت عدة ساعات وأسفرت عن مقتل أربعة من المهاجمين وإصابة جنديين بجروح طفيفة.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_gives_text_title_date_and_site():
    page = parse_html(PAGE)
    assert "صدت هجوما" in page.text and "أربعة من المهاجمين" in page.text
    assert "اقرأ أيضا" not in page.text and "جميع الحقوق" not in page.text
    assert page.title == "هجوم على مواقع عسكرية"
    assert page.date == "2024-03-04"
    assert page.sitename == "وكالة الأنباء المحلية"


def test_html_file_takes_its_date_from_the_page(tmp_path):
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    [a] = iter_articles([str(tmp_path / "story.html")])
    assert (a.id, a.published) == ("story", date(2024, 3, 4))


def test_binary_jsonl_is_reported_by_name(tmp_path):
    f = tmp_path / "dump.jsonl"
    f.write_bytes(b"\xff\xfe\x00\x01binary\n")
    [err] = iter_articles([str(f)], D)
    assert isinstance(err, ReadError) and err.input_name == str(f)


def test_truncated_gzip_is_reported_by_name(tmp_path):
    f = tmp_path / "a.jsonl.gz"
    f.write_bytes(gzip.compress(json.dumps({"id": "g", "text": TEXT}, ensure_ascii=False).encode())[:20])
    results = list(iter_articles([str(f)], D))
    assert isinstance(results[-1], ReadError) and results[-1].input_name == str(f)


def test_lines_read_in_bursts_keep_their_numbers_and_survive_a_break(tmp_path):
    """Lines are read ahead in bursts: a bad line past the first burst is still named
    by its own number, and a stream cut in the middle of a burst still gives every
    whole line before the cut, then the error."""
    from rasid.ingest.readers import READ_AHEAD

    n = READ_AHEAD * 3 + 5
    lines = [json.dumps({"id": f"a{i}", "text": TEXT}, ensure_ascii=False) for i in range(n)]
    lines[READ_AHEAD + 7] = "{broken"
    f = _jsonl(tmp_path / "many.jsonl", *lines)
    results = list(iter_articles([str(f)], D))
    assert len(results) == n
    assert [r.input_name for r in results if isinstance(r, ReadError)] == [f"{f}:{READ_AHEAD + 8}"]
    assert [r.id for r in results if isinstance(r, Article)][-1] == f"a{n - 1}"

    data = gzip.compress(f.read_bytes())
    g = tmp_path / "cut.jsonl.gz"
    g.write_bytes(data[: len(data) * 2 // 3])
    cut = list(iter_articles([str(g)], D))
    assert isinstance(cut[-1], ReadError) and cut[-1].input_name == str(g)
    whole = [r for r in cut[:-1] if isinstance(r, Article)]
    assert len(whole) > READ_AHEAD and [a.id for a in whole] == [f"a{i}" for i in range(len(whole) + 1) if i != READ_AHEAD + 7]


def test_broken_unicode_escape_in_the_text_is_reported_by_line(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", '{"id": "s", "text": "%s \\ud800"}' % TEXT, {"id": "ok", "text": TEXT})
    bad, good = iter_articles([str(f)], D)
    assert isinstance(bad, ReadError) and bad.input_name.endswith("a.jsonl:1")
    assert "surrogate" in bad.problem and bad.problem.startswith("text")
    assert good.id == "ok"


def test_broken_unicode_escape_in_the_title_is_reported_by_field(tmp_path):
    f = _jsonl(tmp_path / "a.jsonl", '{"id": "s", "title": "\\udc00", "text": "%s"}' % TEXT)
    [bad] = iter_articles([str(f)], D)
    assert isinstance(bad, ReadError) and bad.problem.startswith("title holds a lone surrogate")
