"""Gold loading and scoring, with exactly the semantics of ../shared/eval/score.py.

The numbers `rasid eval` reports must be the numbers the reference scorer reports on
the same files, otherwise a change that "improves" rasid may only have moved the
ruler. So every matching condition, the pairing (a maximum-weight assignment with
weight 1000 + quality, solved by the same Hungarian method so ties break the same
way), the rule that optional gold events only take predictions left over by required
ones, and the field counts on paired events follow GOLD-FORMAT.md and score.py line
for line; tests/test_evaluate.py checks the two agree.

Gold documents find their text either in a file (`text_file`, relative to the gold
file) or in one of the shared corpora (`corpus` + `article_id`), looked up once per
corpus by scanning its *.jsonl.gz until every wanted id is found.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from rasid.errors import InputError, RasidError
from rasid.model import Article

FIELDS: tuple[str, ...] = ("sub_event_type", "actors", "fatalities", "location", "geo")
_REQUIRED_EVENT_KEYS = ("event_type", "sub_event_type", "date", "actor1", "actor2", "fatalities")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldLocation:
    lat: float
    lon: float
    km: float


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event: every field is the tuple of acceptable answers."""

    id: str
    required: bool
    event_type: tuple[str, ...]
    sub_event_type: tuple[str, ...]
    date: tuple[str, ...]
    actor1: tuple[str, ...]
    actor2: tuple[str, ...]
    symmetric: bool
    location: GoldLocation | None
    fatalities: tuple[int, int]


@dataclass(frozen=True)
class GoldDoc:
    """One gold file. The text lives either in `text_file` (already resolved to an
    absolute path) or in `corpus`/`article_id`; `path` is kept so errors can name it."""

    doc_id: str
    path: Path
    events: tuple[GoldEvent, ...]
    text_file: Path | None = None
    corpus: str | None = None
    article_id: str | None = None
    published: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class DocResult:
    """How one document scored; the same fields as a score.py `documents` entry."""

    doc_id: str
    required: int
    optional: int
    predicted: int
    matched: int
    matched_optional: int
    fields: Mapping[str, int]
    missed: tuple[str, ...]
    spurious: tuple[str, ...]

    def as_dict(self) -> dict:
        return {
            "doc_id": self.doc_id, "required": self.required, "optional": self.optional,
            "predicted": self.predicted, "matched": self.matched,
            "matched_optional": self.matched_optional, "fields": dict(self.fields),
            "missed": list(self.missed), "spurious": list(self.spurious),
        }


@dataclass(frozen=True)
class Summary:
    """Totals over all documents. Rates are unrounded; `as_dict` rounds like score.py."""

    documents: int
    gold_required: int
    predicted: int
    matched: int
    matched_optional: int
    precision: float
    recall: float
    f1: float
    field_accuracy: Mapping[str, float]
    docs: tuple[DocResult, ...] = field(default=())

    def as_dict(self) -> dict:
        """The `summary` object of `score.py --json`."""
        return {
            "documents": self.documents, "gold_required": self.gold_required,
            "predicted": self.predicted, "matched": self.matched,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "field_accuracy": {k: round(v, 3) for k, v in self.field_accuracy.items()},
        }

    def as_json(self) -> dict:
        """The whole `score.py --json` document."""
        return {"summary": self.as_dict(), "documents": [d.as_dict() for d in self.docs]}

    def lines(self, verbose: bool = False) -> list[str]:
        """The lines score.py prints (with --verbose: per-document lines first)."""
        out = []
        if verbose:
            for d in self.docs:
                out.append(f"{d.doc_id}: {d.matched}/{d.required} required matched, "
                           f"{d.predicted} predicted; missed {list(d.missed)}")
                out.extend(f"    spurious: {s}" for s in d.spurious)
        out.append("fields on paired events: "
                   + ", ".join(f"{k} {v:.2f}" for k, v in self.field_accuracy.items()))
        out.append(f"documents {self.documents}  gold {self.gold_required}  "
                   f"predicted {self.predicted}  matched {self.matched}  "
                   f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}")
        return out


# --------------------------------------------------------------------------- gold


def load_gold(gold_dir: Path) -> list[GoldDoc]:
    """Every *.gold.json in `gold_dir`, in file-name order (score.py's order)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "gold directory does not exist")
    return [load_gold_file(p) for p in sorted(gold_dir.glob("*.gold.json"))]


def load_gold_file(path: Path) -> GoldDoc:
    """One gold file; malformed files fail here, naming the file, not mid-scoring."""
    name = str(path)
    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(name, f"cannot read gold file ({e})") from None
    if not isinstance(obj, dict) or "doc_id" not in obj or not isinstance(obj.get("events"), list):
        raise InputError(name, "a gold file is a JSON object with `doc_id` and `events`")
    text_file = obj.get("text_file")
    corpus, article_id = obj.get("corpus"), obj.get("article_id")
    if not text_file and not (corpus and article_id):
        raise InputError(name, "gold file names neither `text_file` nor `corpus` + `article_id`")
    return GoldDoc(
        doc_id=str(obj["doc_id"]),
        path=Path(path),
        events=tuple(_gold_event(e, name, i) for i, e in enumerate(obj["events"])),
        text_file=(Path(path).parent / text_file).resolve() if text_file else None,
        corpus=corpus,
        article_id=str(article_id) if article_id is not None else None,
        published=obj.get("published"),
        country=obj.get("country"),
    )


def _gold_event(e: object, name: str, index: int) -> GoldEvent:
    if not isinstance(e, dict):
        raise InputError(name, f"event {index + 1} is not a JSON object")
    eid = str(e.get("id", f"#{index + 1}"))
    missing = [k for k in _REQUIRED_EVENT_KEYS if k not in e]
    if missing:
        raise InputError(name, f"event {eid} lacks {', '.join(missing)}")
    loc = e.get("location")
    try:
        location = GoldLocation(float(loc["lat"]), float(loc["lon"]), float(loc["km"])) if loc else None
        low, high = e["fatalities"]
    except (KeyError, TypeError, ValueError):
        raise InputError(name, f"event {eid}: location needs lat, lon, km and fatalities is [min, max]") from None
    return GoldEvent(
        id=eid,
        required=bool(e.get("required", True)),
        event_type=tuple(e["event_type"]),
        sub_event_type=tuple(e["sub_event_type"]),
        date=tuple(str(d) for d in e["date"]),
        actor1=tuple(e["actor1"]),
        actor2=tuple(e["actor2"]),
        symmetric=bool(e.get("symmetric", False)),
        location=location,
        fatalities=(low, high),
    )


# --------------------------------------------------------------------------- texts


def resolve_articles(gold_docs: Iterable[GoldDoc], shared_data: Path | None = None) -> dict[str, Article]:
    """doc_id → the Article rasid should code. Corpus records are looked up once per
    corpus, keeping only the wanted ids (never the held-out part of a corpus)."""
    gold_docs = list(gold_docs)
    wanted: dict[str, set[str]] = {}
    for doc in gold_docs:
        if doc.text_file is None:
            wanted.setdefault(doc.corpus, set()).add(doc.article_id)
    records: dict[str, dict[str, dict]] = {}
    for corpus, ids in wanted.items():
        first = next(d for d in gold_docs if d.corpus == corpus and d.text_file is None)
        records[corpus] = corpus_records(corpus_dir(corpus, first, shared_data), ids)
    return {doc.doc_id: _article(doc, records) for doc in gold_docs}


def corpus_dir(corpus: str, doc: GoldDoc, shared_data: Path | None = None) -> Path:
    """The corpus folder: under `shared_data` when given, else under $RASID_SHARED/data,
    a `data/` or `shared/data/` beside any folder above the gold file, or ../shared/data."""
    if shared_data is not None:
        candidates = [Path(shared_data)]
    else:
        candidates = []
        if os.environ.get("RASID_SHARED"):
            candidates.append(Path(os.environ["RASID_SHARED"]) / "data")
        for up in doc.path.resolve().parents:
            candidates += [up / "data", up / "shared" / "data"]
        candidates.append(Path.cwd().parent / "shared" / "data")
    for base in candidates:
        if (base / corpus).is_dir():
            return base / corpus
    where = shared_data if shared_data is not None else "../shared/data"
    raise InputError(str(doc.path), f"corpus {corpus!r} not found under {where} (pass --data DIR)")


def corpus_records(folder: Path, ids: set[str]) -> dict[str, dict]:
    """id → record for the wanted ids, scanning the corpus files in name order and
    stopping as soon as all are found."""
    found: dict[str, dict] = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("id") in ids:
                    found[rec["id"]] = rec
                    if len(found) == len(ids):
                        return found
    return found


def _article(doc: GoldDoc, records: dict[str, dict[str, dict]]) -> Article:
    from rasid.ingest.validate import parse_published

    name = str(doc.path)
    if doc.text_file is not None:
        try:
            text = doc.text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(name, f"cannot read text file {doc.text_file} ({e.__class__.__name__})") from None
        rec: dict = {}
    else:
        rec = records.get(doc.corpus, {}).get(doc.article_id)
        if rec is None:
            raise InputError(name, f"article {doc.article_id!r} is not in corpus {doc.corpus!r}")
        text = rec.get("text") or ""
    published = doc.published or rec.get("date_iso") or rec.get("date")
    return Article(
        id=doc.article_id or doc.doc_id,
        text=text,
        published=parse_published(published, name) if published else None,
        title=rec.get("title"),
        url=rec.get("url"),
        source_name=rec.get("source"),
    )


# --------------------------------------------------------------------------- predictions


def predict(gold_docs: Iterable[GoldDoc], shared_data: Path | None = None) -> dict[str, list[dict]]:
    """doc_id → the JSON Lines rows rasid produces for that gold document's article."""
    from rasid.export.acled import event_row
    from rasid.pipeline import extract_article

    articles = resolve_articles(gold_docs, shared_data)
    out = {}
    for doc_id, article in articles.items():
        extraction = extract_article(article)
        # a JSON round trip: scored rows are exactly what a saved .jsonl holds
        out[doc_id] = [json.loads(json.dumps(event_row(e, i), ensure_ascii=False, default=str))
                       for i, e in enumerate(extraction.events)]
    return out


def write_predictions(predictions: Mapping[str, list[dict]], out_dir: Path) -> None:
    """<doc_id>.jsonl per document, the layout score.py reads."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc_id, rows in predictions.items():
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
        (out_dir / f"{doc_id}.jsonl").write_text(text, encoding="utf-8")


def load_predictions(gold_docs: Iterable[GoldDoc], pred_dir: Path) -> dict[str, list[dict]]:
    """doc_id → rows from PRED_DIR/<doc_id>.jsonl; a missing file means no events."""
    out = {}
    for doc in gold_docs:
        path = Path(pred_dir) / f"{doc.doc_id}.jsonl"
        rows = []
        if path.exists():
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(str(path), f"line {n} is not JSON") from None
                if isinstance(obj, dict):
                    rows.append(obj)
        out[doc.doc_id] = rows
    return out


# --------------------------------------------------------------------------- matching


def _norm(s: object) -> str:
    return " ".join(str(s or "").lower().replace("/", " / ").split())


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, R = 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def coords(pred: Mapping) -> tuple[float, float] | None:
    """(lat, lon) of a predicted row, or None when either is missing or not a number."""
    try:
        lat, lon = float(pred.get("latitude")), float(pred.get("longitude"))
    except (TypeError, ValueError):
        return None
    if math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def _side_text(pred: Mapping, n: int) -> str:
    return _norm(f"{pred.get(f'actor{n}') or ''} ; {pred.get(f'assoc_actor_{n}') or ''}")


def _side_ok(fragments: tuple[str, ...], text: str) -> bool:
    return not fragments or any(_norm(f) in text for f in fragments)


def actors_ok(gold: GoldEvent, pred: Mapping) -> bool:
    """Both sides right, in order unless the gold event is symmetric."""
    a1, a2 = _side_text(pred, 1), _side_text(pred, 2)
    straight = _side_ok(gold.actor1, a1) and _side_ok(gold.actor2, a2)
    swapped = _side_ok(gold.actor1, a2) and _side_ok(gold.actor2, a1)
    return straight or (gold.symmetric and swapped)


def _any_actor_ok(gold: GoldEvent, pred: Mapping) -> bool:
    if not gold.actor1 and not gold.actor2:
        return True
    both = _side_text(pred, 1) + " ; " + _side_text(pred, 2)
    return any(bool(g) and _side_ok(g, both) for g in (gold.actor1, gold.actor2))


def within(gold: GoldEvent, pred: Mapping) -> bool | None:
    """Coordinates inside the gold tolerance; None when either side has no location."""
    c = coords(pred)
    if c is None or gold.location is None:
        return None
    return km_between(gold.location.lat, gold.location.lon, *c) <= gold.location.km


def _sub_ok(gold: GoldEvent, pred: Mapping) -> bool:
    subs = {_norm(s) for s in gold.sub_event_type}
    return (not subs) or _norm(pred.get("sub_event_type")) in subs


def fatalities_ok(gold: GoldEvent, pred: Mapping) -> bool:
    try:
        f = int(pred.get("fatalities") or 0)
    except (TypeError, ValueError):
        return False
    return gold.fatalities[0] <= f <= gold.fatalities[1]


def compatible(gold: GoldEvent, pred: Mapping) -> bool:
    """May this prediction be paired with this gold event (GOLD-FORMAT.md, rules 1-4)?"""
    if _norm(pred.get("event_type")) not in {_norm(t) for t in gold.event_type}:
        return False
    if str(pred.get("event_date", ""))[:10] not in gold.date:
        return False
    if within(gold, pred) is False:
        return False
    return _any_actor_ok(gold, pred)


def quality(gold: GoldEvent, pred: Mapping) -> int:
    """Field agreement of a compatible pair (0..4); breaks ties between pairings."""
    return int(_sub_ok(gold, pred)) + actors_ok(gold, pred) + fatalities_ok(gold, pred) + bool(within(gold, pred))


def _assignment(w: list[list[int]]) -> list[int]:
    """Maximum-weight assignment on a square matrix (rows × columns), the Hungarian
    method in the same formulation as score.py so equal-weight ties resolve
    identically. Returns, for each column, its row."""
    n = len(w)
    inf = float("inf")
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = -w[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [p[j] - 1 for j in range(1, n + 1)]


def match(golds: list[GoldEvent], preds: list[Mapping]) -> dict[int, int]:
    """{pred index: gold index}: most pairs first, then the best-agreeing ones
    (weight 1000 + quality for compatible pairs, 0 otherwise)."""
    if not golds or not preds:
        return {}
    n = max(len(golds), len(preds))
    w = [[0] * n for _ in range(n)]
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if compatible(gold, pred):
                w[gi][pi] = 1000 + quality(gold, pred)
    pairs = {}
    for pi, gi in enumerate(_assignment(w)):
        if 0 <= gi < len(golds) and pi < len(preds) and w[gi][pi] > 0:
            pairs[pi] = gi
    return pairs


# --------------------------------------------------------------------------- scoring


def score_doc(doc: GoldDoc, preds: list[Mapping]) -> DocResult:
    """Pair required events first; optional ones only take the predictions left over."""
    required = [g for g in doc.events if g.required]
    optional = [g for g in doc.events if not g.required]
    taken = match(required, preds)
    free = [pi for pi in range(len(preds)) if pi not in taken]
    opt_taken = match(optional, [preds[pi] for pi in free])
    pairs = [(preds[pi], required[gi]) for pi, gi in taken.items()]
    pairs += [(preds[free[pi]], optional[gi]) for pi, gi in opt_taken.items()]
    fields = dict.fromkeys(FIELDS, 0)
    for pred, gold in pairs:
        fields["sub_event_type"] += _sub_ok(gold, pred)
        fields["actors"] += actors_ok(gold, pred)
        fields["fatalities"] += fatalities_ok(gold, pred)
        fields["location"] += bool(within(gold, pred))
        fields["geo"] += coords(pred) is not None
    paired_gold = set(taken.values())
    return DocResult(
        doc_id=doc.doc_id,
        required=len(required),
        optional=len(optional),
        predicted=len(preds),
        matched=len(taken),
        matched_optional=len(opt_taken),
        fields=fields,
        missed=tuple(g.id for gi, g in enumerate(required) if gi not in paired_gold),
        spurious=tuple(_describe(preds[free[k]]) for k in range(len(free)) if k not in opt_taken),
    )


def _describe(pred: Mapping) -> str:
    return (f"{pred.get('event_date')} {pred.get('event_type')} / {pred.get('sub_event_type')} | "
            f"{pred.get('actor1')} vs {pred.get('actor2')}")


def score(gold_docs: Iterable[GoldDoc], predictions: Mapping[str, list[Mapping]]) -> Summary:
    """Precision, recall, F1 and field accuracy over all documents, as score.py counts
    them; a document without predictions counts as predicting nothing."""
    docs = tuple(score_doc(d, list(predictions.get(d.doc_id, []))) for d in gold_docs)
    req = sum(d.required for d in docs)
    pred = sum(d.predicted for d in docs)
    m = sum(d.matched for d in docs)
    mo = sum(d.matched_optional for d in docs)
    p = m / (pred - mo) if pred - mo > 0 else 0.0
    r = m / req if req else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    paired = m + mo
    acc = {k: (sum(d.fields[k] for d in docs) / paired if paired else 0.0) for k in FIELDS}
    return Summary(len(docs), req, pred, m, mo, p, r, f1, acc, docs)


# --------------------------------------------------------------------------- command


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `rasid eval`."""
    parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR", help="folder of *.gold.json files")
    parser.add_argument("--pred-dir", type=Path, help="score saved <doc_id>.jsonl predictions instead of running rasid")
    parser.add_argument("--save-pred", type=Path, help="write the predictions as <doc_id>.jsonl (for score.py)")
    parser.add_argument("--verbose", action="store_true", help="per-document matches, misses and spurious events")
    parser.add_argument("--json", action="store_true", help="print score.py's JSON report")
    parser.add_argument("--data", type=Path, help="folder holding the corpora named by gold files (default ../shared/data)")


def cmd_eval(args: argparse.Namespace) -> int:
    """`rasid eval`: run rasid on the gold documents (or read --pred-dir) and print the
    same report as score.py."""
    try:
        gold_docs = load_gold(args.gold_dir)
        if not gold_docs:
            raise InputError(str(args.gold_dir), "no *.gold.json files found")
        if args.pred_dir is not None:
            predictions = load_predictions(gold_docs, args.pred_dir)
        else:
            predictions = predict(gold_docs, args.data)
        if args.save_pred is not None:
            write_predictions(predictions, args.save_pred)
    except RasidError as e:
        print(f"rasid eval: {e}", file=sys.stderr)
        return 2
    summary = score(gold_docs, predictions)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=1))
    else:
        print("\n".join(summary.lines(verbose=args.verbose)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rasid.evaluate", description=cmd_eval.__doc__)
    add_eval_arguments(parser)
    return cmd_eval(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
