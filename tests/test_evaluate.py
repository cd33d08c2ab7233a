"""rasid.evaluate must report exactly what ../shared/eval/score.py reports.

Each agreement test writes a small gold/prediction set to tmp_path, runs the
reference scorer on it in a subprocess and compares its whole JSON report (summary
and per-document counts) with ours. The scenarios are written by hand to hit one
rule of GOLD-FORMAT.md each; one more is random, to exercise tie-breaking.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_file

from rasid import evaluate
from rasid.errors import InputError
from rasid.gsr import ALL_NEGATIVES, EASY_NEGATIVES, GsrSentence, errors, in_part, part_of, score_binary, sentence_published

HASAKAH = {"lat": 36.474, "lon": 40.738, "km": 15}


def gold_event(eid, **kw):
    ev = {"id": eid, "required": True, "event_type": ["Battles"], "sub_event_type": ["Armed clash"],
          "date": ["2022-01-27"], "actor1": ["sdf"], "actor2": ["islamic state", "daesh"],
          "symmetric": True, "location": dict(HASAKAH), "fatalities": [0, 0]}
    ev.update(kw)
    return ev


def pred(**kw):
    row = {"event_date": "2022-01-27", "event_type": "Battles", "sub_event_type": "Armed clash",
           "actor1": "SDF: Syrian Democratic Forces", "assoc_actor_1": "", "actor2": "IS: Islamic State",
           "assoc_actor_2": "", "latitude": 36.48, "longitude": 40.74, "fatalities": 0}
    row.update(kw)
    return row


def write_set(tmp_path: Path, docs: dict[str, tuple[list[dict], list[dict] | None]]) -> tuple[Path, Path]:
    """docs: doc_id → (gold events, predicted rows or None for no prediction file)."""
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    for doc_id, (events, rows) in docs.items():
        gold = {"doc_id": doc_id, "text_file": f"{doc_id}.txt", "published": "2022-01-27", "events": events}
        (gold_dir / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        if rows is not None:
            (pred_dir / f"{doc_id}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return gold_dir, pred_dir


def reference(gold_dir: Path, pred_dir: Path, *flags: str) -> str:
    script = shared_file("eval", "score.py")
    done = subprocess.run([sys.executable, str(script), str(gold_dir), str(pred_dir), *flags],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return done.stdout


def ours(gold_dir: Path, pred_dir: Path) -> dict:
    docs = evaluate.load_gold(gold_dir)
    return evaluate.score(docs, evaluate.load_predictions(docs, pred_dir)).as_json()


SCENARIOS = {
    "required_and_optional": {
        "a": ([gold_event("E1"), gold_event("E2", event_type=["Explosions/Remote violence"], actor1=[], actor2=[]),
               gold_event("E3", required=False, actor1=[], actor2=[], date=["2022-01-26"])],
              [pred(), pred(event_date="2022-01-26", actor1="", actor2=""), pred(event_type="Riots")]),
    },
    "optional_takes_only_leftovers": {
        "a": ([gold_event("E1"), gold_event("E2", required=False)], [pred(), pred(fatalities=3)]),
        "b": ([gold_event("E1", required=False), gold_event("E2")], [pred()]),
    },
    "symmetric_and_swapped_sides": {
        "a": ([gold_event("E1")], [pred(actor1="IS: Islamic State", actor2="SDF")]),
        "b": ([gold_event("E1", symmetric=False)], [pred(actor1="IS: Islamic State", actor2="SDF")]),
        "c": ([gold_event("E1", symmetric=False)], [pred(actor1="Military Forces", assoc_actor_1="SDF", actor2="Daesh")]),
        "d": ([gold_event("E1")], [pred(actor1="Civilians (Syria)", actor2="Unidentified Armed Group")]),
    },
    "coordinates": {
        "a": ([gold_event("E1")], [pred(latitude=33.51, longitude=36.29)]),
        "b": ([gold_event("E1")], [pred(latitude=None, longitude=None)]),
        "c": ([gold_event("E1")], [pred(latitude="", longitude="40.7")]),
        "d": ([gold_event("E1", location=None)], [pred()]),
        "e": ([gold_event("E1")], [pred(latitude="36.5", longitude="40.8")]),
    },
    "dates_and_types": {
        "a": ([gold_event("E1")], [pred(event_date="2022-01-26")]),
        "b": ([gold_event("E1", date=["2022-01-26", "2022-01-27"])], [pred(event_date="2022-01-27T10:00:00")]),
        "c": ([gold_event("E1", event_type=["Explosions/Remote violence"])],
              [pred(event_type="explosions/remote  violence", sub_event_type="Air/drone strike")]),
        "d": ([gold_event("E1")], [pred(event_date=None)]),
    },
    "fatalities": {
        "a": ([gold_event("E1", fatalities=[0, 8])], [pred(fatalities=8)]),
        "b": ([gold_event("E1", fatalities=[2, 3])], [pred(fatalities="3")]),
        "c": ([gold_event("E1")], [pred(fatalities="many")]),
        "d": ([gold_event("E1", fatalities=[1, 1])], [pred(fatalities=None)]),
    },
    "extra_predictions_and_ties": {
        "a": ([gold_event("E1"), gold_event("E2", sub_event_type=[])],
              [pred(fatalities=5), pred(), pred(sub_event_type="Government regains territory"), pred(event_type="Protests")]),
    },
    "empty_and_missing_prediction_files": {
        "a": ([gold_event("E1")], []),
        "b": ([gold_event("E1"), gold_event("E2", required=False)], None),
        "c": ([gold_event("E1")], [pred()]),
    },
    "doc_without_gold_events": {
        "a": ([], [pred(), pred(event_type="Protests")]),
        "b": ([gold_event("E1")], [pred()]),
    },
    "nothing_paired": {
        "a": ([gold_event("E1")], [pred(event_type="Riots")]),
    },
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_report_agrees_with_score_py(tmp_path, name):
    gold_dir, pred_dir = write_set(tmp_path, SCENARIOS[name])
    assert ours(gold_dir, pred_dir) == json.loads(reference(gold_dir, pred_dir, "--json"))


def random_set(seed: int) -> dict:
    """Many near-identical gold and predicted events, so pairings tie often."""
    rng = random.Random(seed)
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
    subs = ["Armed clash", "Air/drone strike", "Attack", ""]
    actors = [["sdf"], ["islamic state"], [], ["civilians"]]
    docs = {}
    for d in range(8):
        golds = [gold_event(f"E{i}", required=rng.random() < 0.7, event_type=[rng.choice(types)],
                            sub_event_type=[rng.choice(subs)] if rng.random() < 0.7 else [],
                            date=rng.sample(["2022-01-26", "2022-01-27"], rng.randint(1, 2)),
                            actor1=rng.choice(actors), actor2=rng.choice(actors), symmetric=rng.random() < 0.5,
                            fatalities=sorted(rng.sample(range(5), 2)))
                 for i in range(rng.randint(0, 5))]
        names = ["SDF", "IS: Islamic State", "Civilians (Syria)", ""]
        preds = [pred(event_type=rng.choice(types), sub_event_type=rng.choice(subs),
                      event_date=rng.choice(["2022-01-26", "2022-01-27"]),
                      actor1=rng.choice(names), actor2=rng.choice(names), fatalities=rng.randint(0, 4),
                      latitude=rng.choice([36.48, 36.9, None]), longitude=40.74)
                 for _ in range(rng.randint(0, 6))]
        docs[f"doc{d}"] = (golds, preds)
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_sets_agree_with_score_py(tmp_path, seed):
    gold_dir, pred_dir = write_set(tmp_path, random_set(seed))
    assert ours(gold_dir, pred_dir) == json.loads(reference(gold_dir, pred_dir, "--json"))


def eval_args(gold_dir, pred_dir=None, **kw):
    ns = argparse.ArgumentParser()
    evaluate.add_eval_arguments(ns)
    argv = [str(gold_dir)] + (["--pred-dir", str(pred_dir)] if pred_dir else [])
    argv += [f"--{k.replace('_', '-')}" if v is True else f"--{k.replace('_', '-')}={v}" for k, v in kw.items()]
    return ns.parse_args(argv)


def test_printed_summary_is_score_py_text(tmp_path, capsys):
    gold_dir, pred_dir = write_set(tmp_path, SCENARIOS["extra_predictions_and_ties"])
    assert evaluate.cmd_eval(eval_args(gold_dir, pred_dir, verbose=True)) == 0
    assert capsys.readouterr().out == reference(gold_dir, pred_dir, "--verbose")


def test_seed_gold_scores_the_same_both_ways(tmp_path):
    gold_dir = shared_file("gold")
    shared_file("eval", "score.py")
    docs = evaluate.load_gold(gold_dir)
    predictions = evaluate.predict(docs)
    evaluate.write_predictions(predictions, tmp_path / "pred")
    ref = json.loads(reference(gold_dir, tmp_path / "pred", "--json"))
    assert evaluate.score(docs, predictions).as_json() == ref


def test_seed_article_is_coded_exactly():
    """The seed is the project's contract: every gold event found, nothing extra, every
    paired field right (a regression guard for rule changes made on other articles)."""
    docs = evaluate.load_gold(shared_file("gold"))
    summary = evaluate.score(docs, evaluate.predict(docs)).as_json()["summary"]
    assert summary["f1"] == 1.0
    assert all(v == 1.0 for v in summary["field_accuracy"].values())


def rows_from_gold(doc: evaluate.GoldDoc) -> list[dict]:
    """A near-perfect predictor: the first acceptable answer of every gold event, with
    one side left blank now and then so that not every field is right."""
    rows = []
    for i, g in enumerate(doc.events):
        rows.append(pred(event_type=g.event_type[0], sub_event_type=(g.sub_event_type or ("",))[0],
                         event_date=g.date[-1], actor1=(g.actor1 or ("",))[0],
                         actor2="" if i % 3 == 2 else (g.actor2 or ("",))[0],
                         latitude=g.location.lat if g.location else None,
                         longitude=g.location.lon if g.location else None, fatalities=g.fatalities[1]))
    return rows


def test_seed_gold_with_gold_derived_predictions_agrees(tmp_path):
    gold_dir = shared_file("gold")
    docs = evaluate.load_gold(gold_dir)
    predictions = {d.doc_id: rows_from_gold(d) for d in docs}
    evaluate.write_predictions(predictions, tmp_path / "pred")
    ref = json.loads(reference(gold_dir, tmp_path / "pred", "--json"))
    assert evaluate.score(docs, predictions).as_json() == ref


def test_saved_predictions_score_like_in_memory(tmp_path):
    gold_dir, pred_dir = write_set(tmp_path, SCENARIOS["required_and_optional"])
    docs = evaluate.load_gold(gold_dir)
    loaded = evaluate.load_predictions(docs, pred_dir)
    evaluate.write_predictions(loaded, tmp_path / "again")
    assert evaluate.load_predictions(docs, tmp_path / "again") == loaded


# --------------------------------------------------------------------------- texts

def write_corpus(root: Path, name: str, records: list[dict]) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    with gzip.open(folder / "part.jsonl.gz", "wt", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_gold(folder: Path, doc_id: str, **kw) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.gold.json"
    path.write_text(json.dumps({"doc_id": doc_id, "events": [], **kw}, ensure_ascii=False), encoding="utf-8")
    return path


def test_corpus_article_is_found_by_id(tmp_path):
    write_corpus(tmp_path / "data", "news", [
        {"id": "n1", "title": "عنوان", "date_iso": "2018-03-02T10:00:00", "text": "قصف على المدينة"},
        {"id": "n2", "title": "آخر", "date_iso": "2018-03-03", "text": "نص آخر"}])
    write_gold(tmp_path / "gold", "dev-1", corpus="news", article_id="n2")
    docs = evaluate.load_gold(tmp_path / "gold")
    article = evaluate.resolve_articles(docs, tmp_path / "data")["dev-1"]
    assert (article.text, article.title, article.published) == ("نص آخر", "آخر", date(2018, 3, 3))


def test_shared_corpus_article_is_found(tmp_path):
    corpus = shared_file("data", "saudinewsnet-conflict", "saudinewsnet_conflict_subset.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        article_id = json.loads(f.readline())["id"]
    write_gold(tmp_path / "gold", "dev-1", corpus="saudinewsnet-conflict", article_id=article_id)
    docs = evaluate.load_gold(tmp_path / "gold")
    article = evaluate.resolve_articles(docs, corpus.parents[1])["dev-1"]
    assert article.text and article.published is not None


def test_gold_published_overrides_corpus_date(tmp_path):
    write_corpus(tmp_path / "data", "news", [{"id": "n1", "date": "2015-07-21 10:00:00", "text": "نص"}])
    write_gold(tmp_path / "gold", "dev-1", corpus="news", article_id="n1", published="2015-07-20")
    docs = evaluate.load_gold(tmp_path / "gold")
    assert evaluate.resolve_articles(docs, tmp_path / "data")["dev-1"].published == date(2015, 7, 20)


def test_corpus_is_found_beside_a_folder_above_the_gold(tmp_path):
    write_corpus(tmp_path / "shared" / "data", "news", [{"id": "n1", "date": "2015-07-21", "text": "نص"}])
    write_gold(tmp_path / "main" / "eval" / "gold", "dev-1", corpus="news", article_id="n1")
    docs = evaluate.load_gold(tmp_path / "main" / "eval" / "gold")
    assert evaluate.resolve_articles(docs)["dev-1"].text == "نص"


def test_missing_corpus_names_the_gold_file(tmp_path):
    path = write_gold(tmp_path / "gold", "dev-1", corpus="nowhere", article_id="n1")
    docs = evaluate.load_gold(tmp_path / "gold")
    with pytest.raises(InputError, match="dev-1.gold.json.*corpus 'nowhere' not found"):
        evaluate.resolve_articles(docs, tmp_path / "data")
    assert path.exists()


def test_article_missing_from_corpus_names_the_gold_file(tmp_path):
    write_corpus(tmp_path / "data", "news", [{"id": "n1", "text": "نص"}])
    write_gold(tmp_path / "gold", "dev-1", corpus="news", article_id="n9")
    docs = evaluate.load_gold(tmp_path / "gold")
    with pytest.raises(InputError, match="dev-1.gold.json.*'n9' is not in corpus 'news'"):
        evaluate.resolve_articles(docs, tmp_path / "data")


def test_missing_text_file_names_the_gold_file(tmp_path):
    write_gold(tmp_path / "gold", "dev-1", text_file="absent.txt")
    docs = evaluate.load_gold(tmp_path / "gold")
    with pytest.raises(InputError, match="dev-1.gold.json.*cannot read text file"):
        evaluate.resolve_articles(docs)


def test_text_file_is_read_relative_to_the_gold_file(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("اشتباكات في الحسكة", encoding="utf-8")
    write_gold(tmp_path / "gold", "dev-1", text_file="../texts/a.txt", published="2022-01-27")
    docs = evaluate.load_gold(tmp_path / "gold")
    assert evaluate.resolve_articles(docs)["dev-1"].text == "اشتباكات في الحسكة"


def test_gold_event_without_dates_is_rejected(tmp_path):
    write_gold(tmp_path / "gold", "dev-1", text_file="a.txt", events=[{"id": "E1", "event_type": ["Battles"]}])
    with pytest.raises(InputError, match="event E1 lacks"):
        evaluate.load_gold(tmp_path / "gold")


def test_cmd_eval_reports_input_errors_in_one_line(tmp_path, capsys):
    write_gold(tmp_path / "gold", "dev-1", corpus="nowhere", article_id="n1")
    assert evaluate.cmd_eval(eval_args(tmp_path / "gold", data=tmp_path / "data")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dev-1.gold.json" in err


# --------------------------------------------------------------------------- GSR

LABELLED = [("yes", True), ("yes", False), ("easy no", True), ("difficult no", True),
            ("difficult no", False), ("easy no", False), ("ambiguous", True)]


def test_gsr_all_negatives_counts_difficult_no():
    s = score_binary(LABELLED, ALL_NEGATIVES)
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 2, 1, 2)


def test_gsr_easy_negatives_leave_difficult_no_out():
    s = score_binary(LABELLED, EASY_NEGATIVES)
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 1, 1, 1)


def test_gsr_rates():
    s = score_binary(LABELLED, ALL_NEGATIVES)
    assert (round(s.precision, 3), s.recall, round(s.f1, 3)) == (0.333, 0.5, 0.4)


def test_gsr_errors_are_first_false_positives_and_negatives():
    sents = [GsrSentence(str(i), "", label, "assault") for i, (label, _) in enumerate(LABELLED)]
    fps, fns = errors(sents, [p for _, p in LABELLED], 1)
    assert ([s.id for s in fps], [s.id for s in fns]) == (["2"], ["1"])


def test_gsr_date_comes_from_ldc_id():
    assert sentence_published("AAW_ARB_20071026.0026-2") == date(2007, 10, 26)


def test_gsr_split_follows_the_first_hex_digit_of_sha1_of_the_id():
    # sha1 digests start 52…, a5…, d5…, 84…
    ids = ["AAW_ARB_20071026.0026-2", "AAW_ARB_20071026.0026-3", "AAW_ARB_20071026.0026-4", "AAW_ARB_20071026.0026-5"]
    assert [part_of(i) for i in ids] == ["dev", "held-out", "held-out", "held-out"]


def test_gsr_parts_partition_the_sentences():
    sents = [GsrSentence(f"AAW_ARB_20071026.0026-{i}", "", "yes", "assault") for i in range(40)]
    dev, held = in_part(sents, "dev"), in_part(sents, "held-out")
    assert dev and held and sorted(s.id for s in dev + held) == sorted(s.id for s in in_part(sents, "all"))
