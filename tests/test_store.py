"""The DuckDB store: duplicates recorded not recoded, idempotent batches, errors kept."""
from __future__ import annotations

from datetime import date
from functools import partial

import duckdb
import pytest

from rasid.engines import local
from rasid.ingest.readers import ReadError
from rasid.model import Article
from rasid.store import db
from rasid.store.dedupe import NearDuplicateIndex, Triage, content_hash, signature

CODE = partial(local.map_articles, workers=1)
D = date(2024, 3, 1)

BASE = ("قصفت طائرات حربية بلدة سراقب في ريف إدلب فجر اليوم ما أدى إلى مقتل سبعة مدنيين "
        "بينهم طفلان، وقال الدفاع المدني إن فرقه ما زالت تبحث عن مفقودين تحت الأنقاض "
        "في الحي الشرقي من البلدة الذي تعرض لأكثر من عشر غارات متتالية منذ الصباح.")
OTHER = ("تظاهر مئات الأشخاص في ساحة المدينة للمطالبة بالإفراج عن المعتقلين وتحسين الخدمات، "
         "ورفع المحتجون لافتات تندد بارتفاع الأسعار وانقطاع الكهرباء لساعات طويلة كل يوم، "
         "فيما انتشرت قوات الأمن في الشوارع المحيطة دون أن تسجل أي مواجهات.")


def _articles(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT article_id, status, duplicate_of FROM articles").fetchall()}


def test_content_hash_ignores_hamza_and_punctuation_variants():
    assert content_hash("أعلن الجيش، اليوم") == content_hash("اعلن الجيش اليوم .")


def test_near_copy_is_found_and_unrelated_text_is_not():
    index = NearDuplicateIndex()
    index.add("a", signature(BASE))
    assert index.find(signature(BASE + " وأكد ناشطون ذلك.")) == "a"
    assert index.find(signature(OTHER)) is None


def test_triage_skips_an_id_seen_before():
    t = Triage()
    assert t.decide("a", BASE)[0] == "code"
    assert t.decide("a", OTHER)[0] == "skip"


def test_exact_copy_is_stored_as_duplicate_of_the_first(tmp_path):
    store = tmp_path / "s.duckdb"
    db.run([Article("a", BASE, D), Article("b", BASE, D)], store, CODE)
    assert _articles(store)["b"] == ("duplicate", "a")


def test_near_copy_in_a_later_run_is_found_from_stored_signatures(tmp_path):
    store = tmp_path / "s.duckdb"
    db.run([Article("a", BASE, D)], store, CODE)
    stats = db.run([Article("b", "عاجل: " + BASE + " وأكد ناشطون ذلك.", D)], store, CODE)
    assert stats.duplicates == 1 and stats.coded == 0
    assert _articles(store)["b"] == ("duplicate", "a")


def test_second_run_over_the_same_input_changes_no_row_count(tmp_path):
    store = tmp_path / "s.duckdb"
    items = [Article("a", BASE, D), Article("b", OTHER, D), ReadError("in.jsonl:3", "malformed JSON")]
    db.run(items, store, CODE)
    before = db.counts(store)
    stats = db.run(items, store, CODE)
    assert db.counts(store) == before
    assert stats.skipped == 2


def test_unreadable_input_is_recorded_in_errors(tmp_path):
    store = tmp_path / "s.duckdb"
    db.run([ReadError("in.jsonl:3", "malformed JSON"), Article("a", BASE, D)], store, CODE)
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT input, problem FROM errors").fetchall() == [("in.jsonl:3", "malformed JSON")]


def test_a_broken_unicode_escape_is_an_error_row_and_the_run_goes_on(tmp_path):
    import json

    from rasid.ingest.readers import iter_articles
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "date": "2024-03-01", "text": "%s \\ud800"}\n' % BASE
                   + json.dumps({"id": "b", "date": "2024-03-01", "text": OTHER}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    store = tmp_path / "s.duckdb"
    stats = db.run(iter_articles([str(src)]), store, CODE)
    assert stats.coded == 1 and stats.errors == 1
    with duckdb.connect(str(store), read_only=True) as con:
        [(where, problem)] = con.execute("SELECT input, problem FROM errors").fetchall()
    assert where.endswith("in.jsonl:1") and "surrogate" in problem


def test_coder_failure_marks_the_article_and_the_run_goes_on(tmp_path, monkeypatch):
    import rasid.pipeline
    real = rasid.pipeline.extract_article

    def flaky(article):
        if article.id == "a":
            raise RuntimeError("خطأ تجريبي")
        return real(article)
    monkeypatch.setattr(rasid.pipeline, "extract_article", flaky)
    store = tmp_path / "s.duckdb"
    stats = db.run([Article("a", BASE, D), Article("b", OTHER, D)], store, CODE)
    assert stats.errors == 1 and stats.coded == 1
    assert _articles(store)["a"][0] == "error"


def test_batches_smaller_than_the_input_store_everything(tmp_path):
    store = tmp_path / "s.duckdb"
    arts = [Article(f"n{i}", f"التقرير رقم {i}: " + (BASE if i % 2 else OTHER) + f" العدد {i * 37}", D)
            for i in range(2)]
    db.run(arts, store, CODE, batch_size=1)
    assert db.counts(store)["articles"] == 2


# ------------------------------------------------- fingerprint schemes

def _scheme(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return db.fingerprint_scheme(con)


def test_a_new_store_uses_scheme_3_and_catches_a_near_copy(tmp_path):
    store = tmp_path / "s.duckdb"
    db.run([Article("a", BASE, D), Article("b", "عاجل: " + BASE + " وأكد ناشطون ذلك.", D),
            Article("c", OTHER, D)], store, CODE)
    assert _scheme(store) == 3
    arts = _articles(store)
    assert arts["b"] == ("duplicate", "a") and arts["c"] == ("coded", None)


def test_a_copy_differing_only_in_furniture_and_punctuation_is_exact(tmp_path):
    from rasid.store.dedupe import fingerprint_tokens, fingerprint_tokens3

    copy = BASE.replace("،", " ,").replace(".", " !") + "\nاقرأ أيضا: عنوان مقال آخر عن البلدة\n"
    assert fingerprint_tokens(copy)[0] == fingerprint_tokens(BASE)[0]  # scheme 2
    assert fingerprint_tokens3(copy)[0] == fingerprint_tokens3(BASE)[0]  # scheme 3
    store = tmp_path / "s.duckdb"
    db.run([Article("a", BASE, D), Article("b", copy, D)], store, CODE)
    assert _articles(store)["b"] == ("duplicate", "a")
    with duckdb.connect(str(store), read_only=True) as con:
        hashes = dict(con.execute("SELECT article_id, content_hash FROM articles").fetchall())
    assert hashes["a"] == hashes["b"]


def _store_from_before_meta(path):
    """What rasid left before stores said their scheme: the tables, no meta table."""
    db.create(path)
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE meta")


def _store_of_scheme_2(path):
    """What rasid left between the meta table and scheme 3: a store that says 2."""
    db.create(path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = '2' WHERE key = 'fingerprint_scheme'")


@pytest.mark.parametrize("scheme, old_store", [(1, _store_from_before_meta), (2, _store_of_scheme_2)])
def test_a_store_of_an_older_scheme_keeps_it_and_resumes(tmp_path, scheme, old_store):
    from rasid.store.dedupe import fingerprint, fingerprint_tokens

    expected = {1: fingerprint, 2: fingerprint_tokens}[scheme]
    items = [Article("a", BASE, D), Article("b", "عاجل: " + BASE + " وأكد ناشطون ذلك.", D),
             Article("c", OTHER, D), Article("d", OTHER, D), Article("e", BASE + " تحديث", D)]
    whole, resumed = tmp_path / "whole.duckdb", tmp_path / "resumed.duckdb"
    old_store(whole)
    db.run(items, whole, CODE)
    old_store(resumed)
    db.run(items[:2], resumed, CODE)
    assert _scheme(resumed) == scheme  # (scheme 1: recorded on reopening)
    stats = db.run(items, resumed, CODE)
    assert stats.skipped == 2  # nothing coded twice
    assert _scheme(resumed) == scheme and _scheme(whole) == scheme
    assert db.counts(resumed) == db.counts(whole)
    assert _articles(resumed) == _articles(whole)
    assert list(db.select_rows(resumed)) == list(db.select_rows(whole))
    with duckdb.connect(str(resumed), read_only=True) as con:
        stored = dict(con.execute("SELECT article_id, content_hash FROM articles").fetchall())
        sigs = dict(con.execute("SELECT article_id, minhash FROM signatures").fetchall())
    texts = {a.id: a.text for a in items}
    for aid, h in stored.items():  # the old scheme's values, as the store had them
        assert h == expected(texts[aid])[0]
    for aid, sig in sigs.items():
        assert bytes(sig) == expected(texts[aid])[1]


def test_byte_copy_of_a_near_duplicate_is_fingerprinted_without_a_doc(tmp_path):
    # c is a byte copy of b, which was a near copy of a: c is not coded, and its
    # signature (from its text: no Doc was built for it) finds a
    store = tmp_path / "s.duckdb"
    near = "عاجل: " + BASE + " وأكد ناشطون ذلك."
    stats = db.run([Article("a", BASE, D), Article("b", near, D), Article("c", near, D)], store, CODE)
    assert stats.coded == 1 and stats.duplicates == 2
    arts = _articles(store)
    assert arts["b"] == ("duplicate", "a") and arts["c"] == ("duplicate", "a")


def test_a_store_of_an_unknown_scheme_is_refused(tmp_path):
    from rasid.errors import InputError

    store = tmp_path / "s.duckdb"
    db.create(store)
    with duckdb.connect(str(store)) as con:
        con.execute("UPDATE meta SET value = '9' WHERE key = 'fingerprint_scheme'")
    with pytest.raises(InputError, match="scheme 9"):
        db.run([Article("a", BASE, D)], store, CODE)


def test_a_batch_right_after_the_store_was_let_go_waits_for_readers(tmp_path):
    # results come a chunk at a time, so a batch can be complete a moment after the
    # store was let go: it waits (a reader gets its turn) and is stored later, once
    store = tmp_path / "s.duckdb"
    db.create(store)

    def record(i, text):
        return db.Record(i, Article(f"r{i}", text, D), "coded", f"h{i}", b"", input_name=f"r{i}")

    writer = db._Writer(store, hold_s=0.0, gap_s=60.0)
    writer.write([record(0, BASE)])  # stored, then let go at once (held 0 s)
    writer.write([record(1, OTHER)])  # within the gap: waits
    assert db.counts(store)["articles"] == 1  # a reader opens the store meanwhile
    writer.finish()
    writer.close()
    assert db.counts(store)["articles"] == 2
