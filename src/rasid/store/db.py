"""The DuckDB store, and the resumable run that fills it.

One file, no server. Every write is one transaction per batch of articles: an
article's row, its events and their evidence land together or not at all, so a run
killed at any instant (even SIGKILL) leaves whole articles only, and the next run
over the same inputs picks up after the last committed batch. An article already
stored (same id, same content, or nearly the same content) is never coded twice.

DuckDB lets one process write a file at a time, and opening a store costs tens of
milliseconds (closing checkpoints it). A run therefore keeps its connection across
batches (each still its own committed transaction) and closes it once a batch is
stored and `HOLD_S` seconds have passed since it opened; the next batch opens it
again, so `rasid export` or the web app (which retry while the file is locked) get
a window at least every few seconds while a long run is going.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

import duckdb
import numpy as np

from rasid.engines.local import CodingFailure, code_one
from rasid.errors import InputError
from rasid.export.acled import ACLED_COLUMNS, event_row
from rasid.ingest.readers import ReadError, ReadResult
from rasid.model import Article, Extraction
from rasid.store.dedupe import (CURRENT_FINGERPRINT, FINGERPRINT_SCHEMES, NearDuplicateIndex, Triage,
                                fingerprint, fingerprint_doc, fingerprint_text, fingerprints_norm3)

_INT_COLUMNS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso",
                "geo_precision", "fatalities"}
_FLOAT_COLUMNS = {"latitude", "longitude"}


def _acled_type(col: str) -> str:
    if col == "event_date":
        return "DATE"
    if col == "timestamp":
        return "BIGINT"
    if col in _INT_COLUMNS:
        return "INTEGER"
    if col in _FLOAT_COLUMNS:
        return "DOUBLE"
    return "VARCHAR"


ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR PRIMARY KEY"),
    ("content_hash", "VARCHAR"),
    ("source", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "DATE"),
    ("status", "VARCHAR"),  # coded | duplicate | error
    ("duplicate_of", "VARCHAR"),
    ("n_events", "INTEGER"),
    ("coded_at", "TIMESTAMP"),
)
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("event_index", "INTEGER"),
    *((c, _acled_type(c)) for c in ACLED_COLUMNS),
    ("claimed_by", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("plover_event", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("row_json", "VARCHAR"),
)
EVIDENCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"),
    ("field", "VARCHAR"),  # 'evidence' for the event's spans, else the coded field
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
)
ERROR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("input", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("problem", "VARCHAR"),
    ("at", "TIMESTAMP"),
)
SIGNATURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR PRIMARY KEY"),
    ("minhash", "BLOB"),
)
TABLES = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "evidence": EVIDENCE_COLUMNS,
          "errors": ERROR_COLUMNS, "signatures": SIGNATURE_COLUMNS}


def _ddl(name: str, cols) -> str:
    return f'CREATE TABLE IF NOT EXISTS {name} (' + ", ".join(f'"{c}" {t}' for c, t in cols) + ")"


def _retrying(path: str | Path, retry_s: float, opening):
    """opening() (a connect or an ATTACH of the store file), retried while another process
    holds the file's lock for up to `retry_s` seconds; any other failure names the file."""
    deadline = time.monotonic() + retry_s
    while True:
        try:
            return opening()
        except duckdb.IOException as e:
            if "lock" not in str(e).lower() or time.monotonic() > deadline:
                raise InputError(str(path), f"cannot open the database ({str(e).splitlines()[0]})") from None
            time.sleep(0.05)
        except duckdb.Error as e:
            raise InputError(str(path), f"not a rasid database ({str(e).splitlines()[0]})") from None


@contextmanager
def connect(path: str | Path, read_only: bool = False, retry_s: float = 30.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store, retried while another process holds the file
    (a run writing a batch) for up to `retry_s` seconds."""
    con = _retrying(path, retry_s, lambda: duckdb.connect(str(path), read_only=read_only))
    try:
        yield con
    finally:
        con.close()


# facts about the store itself (not counted among its TABLES): its fingerprint scheme
META_COLUMNS: tuple[tuple[str, str], ...] = (
    ("key", "VARCHAR PRIMARY KEY"),
    ("value", "VARCHAR"),
)
_SCHEME_KEY = "fingerprint_scheme"


def create(path: str | Path) -> None:
    """Create the tables if they are not there (safe on an existing store).

    A new store is fingerprinted with the current scheme (dedupe.py) and says so in
    its meta table; a store from before the meta table was filled with scheme 1 and
    keeps it (its hashes and signatures only match scheme 1's), recorded on first
    opening. One transaction: a store is never left with tables and no scheme."""
    with connect(path) as con:
        con.execute("BEGIN TRANSACTION")
        had_articles = bool(con.execute(
            "SELECT 1 FROM duckdb_tables() WHERE table_name = 'articles' AND database_name = current_database()"
        ).fetchall())
        for name, cols in TABLES.items():
            con.execute(_ddl(name, cols))
        con.execute(_ddl("meta", META_COLUMNS))
        if not con.execute("SELECT 1 FROM meta WHERE key = ?", [_SCHEME_KEY]).fetchall():
            scheme = 1 if had_articles else CURRENT_FINGERPRINT
            con.execute("INSERT INTO meta VALUES (?, ?)", [_SCHEME_KEY, str(scheme)])
        con.execute("COMMIT")


def fingerprint_scheme(con: duckdb.DuckDBPyConnection) -> int:
    """The fingerprint scheme the store was filled with (1 if it never said)."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", [_SCHEME_KEY]).fetchone()
    except duckdb.CatalogException:  # a store from before the meta table
        return 1
    return int(row[0]) if row else 1


# ---------------------------------------------------------------- batch records

class Coded(NamedTuple):
    """What a worker sends back for one article, ready to store: the article's
    fingerprint for triage and its events as plain row tuples (no Extraction, no
    article text: little to pickle, nothing left for the driver to compute)."""

    content_hash: str
    signature: bytes
    problem: str | None  # the coder failed on this article
    events: tuple  # rows of EVENT_COLUMNS
    evidence: tuple  # rows of EVIDENCE_COLUMNS


def code_for_store(articles: list[Article]) -> list[Coded]:
    """The work a run gives each worker, a chunk of articles at a time: code each,
    fingerprint them (the current scheme, from the normalised text the coder built;
    all the chunk's articles together: `dedupe.fingerprints_norm3`) and turn their
    events into store rows. Any article codes the same here as in
    `pipeline.extract_article`."""
    from rasid import pipeline  # at call time, as code_one does: the store loads no coder until it codes

    results, norms, own = [], [], []
    for article in articles:
        results.append(code_one(article))
        doc = pipeline.doc_of(article)  # None if the coder failed before it had one
        if doc is not None and doc.tokens:
            own.append(len(results) - 1)
            norms.append(doc.norm)
    prints: list = [None] * len(articles)
    for i, fp in zip(own, fingerprints_norm3(norms) if norms else ()):
        prints[i] = fp
    return [_coded(a, r, *(fp or fingerprint_text(a.text, 3))) for a, r, fp in zip(articles, results, prints)]


code_for_store.whole_chunk = True  # type: ignore[attr-defined]  (engines.local.code_chunk)


def code_for_scheme2_store(article: Article) -> Coded:
    """`code_for_store` for a store fingerprinted with scheme 2 (written before
    scheme 3): from the tokens the coder built."""
    from rasid import pipeline

    result = code_one(article)
    doc = pipeline.doc_of(article)
    h, sig = fingerprint_doc(doc) if doc is not None else fingerprint_text(article.text, 2)
    return _coded(article, result, h, sig)


def code_for_scheme1_store(article: Article) -> Coded:
    """`code_for_store` for a store fingerprinted with scheme 1 (written before
    scheme 2): fingerprinted first, so the coder reuses the normalised text."""
    h, sig = fingerprint(article.text)
    return _coded(article, code_one(article), h, sig)


# fingerprint scheme → worker's work
_WORK = {1: code_for_scheme1_store, 2: code_for_scheme2_store, 3: code_for_store}


def _coded(article: Article, result: "Extraction | CodingFailure", h: str, sig: bytes) -> Coded:
    if isinstance(result, CodingFailure):
        return Coded(h, sig, result.problem, (), ())
    try:
        evs, evid = _event_tuples(article.id, result)
    except Exception as e:  # noqa: BLE001 - a bad event must not stop the run either
        return Coded(h, sig, f"storing failed: {type(e).__name__}: {e}", (), ())
    return Coded(h, sig, None, evs, evid)


@dataclass(frozen=True)
class Record:
    """One input's outcome, ready to store: an article (coded, duplicate or failed)
    or an input that could not be read (article is None)."""

    seq: int
    article: Article | None
    status: str  # coded | duplicate | error
    content_hash: str = ""
    signature: bytes = b""
    duplicate_of: str | None = None
    events: tuple = ()
    evidence: tuple = ()
    problem: str | None = None
    input_name: str = ""


# Each batch reaches DuckDB as one table of numpy object columns that an INSERT ...
# SELECT reads (a registered Python object: nothing is copied into SQL values one by
# one). That is 2-4 times cheaper than list parameters unnested in SQL (~0.1 ms per
# article less on the whole run), mostly because a list of bytes (the signatures) or
# of the events' forty columns is converted value by value. No pyarrow and no pandas
# are imported (pyarrow alone costs a run ~36 MiB). DuckDB infers each object
# column's type from the values; `_ANALYZE_ALL` makes it look at every value, not a
# sample (a sample that met only ints would turn a rare float into an int), and the
# SELECT casts each column to the table's type, as the list parameters did.
_BATCH_VIEW = "_rasid_batch"
_ANALYZE_ALL = "SET pandas_analyze_sample = 9223372036854775807"


@lru_cache(maxsize=None)
def _insert_sql(name: str) -> str:
    cols = TABLES[name]
    return (f"INSERT INTO {name} SELECT "
            + ", ".join(f"c{i}::{t.split()[0]}" for i, (_, t) in enumerate(cols))
            + f" FROM {_BATCH_VIEW}")


def _columns(rows: list[tuple]) -> dict[str, np.ndarray]:
    """The rows as named object columns c0, c1, ... (np.fromiter: a value that is a
    sequence stays one value, as np.array would not keep it)."""
    n = len(rows)
    return {f"c{i}": np.fromiter(col, dtype=object, count=n) for i, col in enumerate(zip(*rows))}


def _insert(con: duckdb.DuckDBPyConnection, name: str, rows: list[tuple]) -> None:
    """Append rows (tuples in the order of TABLES[name]) to a table."""
    with _registered(con, _columns(rows)):
        con.execute(_insert_sql(name))


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, columns: dict[str, np.ndarray]) -> Iterator[None]:
    """The columns readable as `_BATCH_VIEW` inside the block. If a statement failed,
    DuckDB refuses the unregistering until the ROLLBACK that follows; the failure is
    what must reach the caller, not that refusal (the view goes with the connection)."""
    con.register(_BATCH_VIEW, columns)
    try:
        yield
    except BaseException:
        try:
            con.unregister(_BATCH_VIEW)
        except duckdb.Error:
            pass
        raise
    con.unregister(_BATCH_VIEW)


def _acled_value(col: str, v):
    if col == "event_date":
        return date.fromisoformat(v)
    if col in _INT_COLUMNS:
        return int(v) if v not in ("", None) else None
    if col in _FLOAT_COLUMNS:
        return float(v) if v not in ("", None) else None
    return v


def event_rows(extraction: Extraction) -> list[dict]:
    """The ordered export rows of one article's events."""
    return [event_row(e, i) for i, e in enumerate(extraction.events)]


def _acled_conversions() -> tuple[tuple[str, bool], ...]:
    """(column, whether its export value needs converting) for each ACLED column, in
    order: most are stored as exported, and a run asks this of ~30 columns an event."""
    return tuple((c, c == "event_date" or c in _INT_COLUMNS or c in _FLOAT_COLUMNS) for c in ACLED_COLUMNS)


_ACLED_CONVERSIONS = _acled_conversions()


def _event_tuples(article_id: str, extraction: Extraction) -> tuple[tuple, tuple]:
    """Rows of the events and evidence tables for one article's events."""
    evs, evid = [], []
    for i, row in enumerate(event_rows(extraction)):
        eid = row["event_id_cnty"]
        evs.append((eid, article_id, i, *[_acled_value(c, row[c]) if convert else row[c]
                                          for c, convert in _ACLED_CONVERSIONS],
                    row["claimed_by"], row["confidence"], row["plover"]["event"],
                    row["plover"]["mode"], json.dumps(row, ensure_ascii=False)))
        for span in row["evidence"]:
            evid.append((eid, "evidence", span["start"], span["end"], span["text"]))
        for fname, span in row["field_evidence"].items():
            evid.append((eid, fname, span["start"], span["end"], span["text"]))
    return tuple(evs), tuple(evid)


def _rows_for(records: list[Record], now: datetime):
    arts, evs, evid, errs, sigs = [], [], [], [], []
    for r in records:
        if r.article is None:
            errs.append((r.input_name, None, r.problem, now))
            continue
        a = r.article
        arts.append((a.id, r.content_hash, a.source_name, a.url, a.title, a.published, r.status,
                     r.duplicate_of, len(r.events), now))
        if r.signature:
            sigs.append((a.id, r.signature))
        if r.problem:
            errs.append((r.input_name, a.id, r.problem, now))
        evs.extend(r.events)
        evid.extend(r.evidence)
    return {"articles": arts, "events": evs, "evidence": evid, "errors": errs, "signatures": sigs}


def write_batch(path: str | Path, records: list[Record]) -> None:
    """Store a batch in one transaction. Articles already stored are left alone, so
    writing the same batch twice changes nothing."""
    if not records:
        return
    with connect(path) as con:
        _write(con, records)


# articles per store transaction: a killed run redoes at most one batch (~2 s of one
# worker's work), and each batch costs ~25 ms of statements whatever its size (the
# events INSERT alone ~9 ms), so 256 spent ~0.1 ms per article on them, 1024 a quarter
BATCH_SIZE = 1024
HOLD_S = 2.0  # how long a run keeps the store open before letting readers in (each reopening
# costs ~60 ms of CPU, nearly all of it the checkpoint, ~2 % of a one-worker run; 5 s
# was tried and made readers wait too long)


GAP_S = 0.2  # how long the store then stays free at least, whatever comes to be written


class _Writer:
    """The run's connection to the store: attached on demand, detached after a batch
    once it has been held `hold_s` seconds (or at the end of the run).

    The connection is an in-memory DuckDB kept for the whole run, and the store file
    is ATTACHed to it (and made the default with USE) only while it is held. DETACH
    checkpoints the file and releases its lock, as closing a connection does, but
    attaching the file again costs ~2 ms of CPU where opening a new connection costs
    ~12 ms: each new DuckDB instance first builds its catalogue of built-in
    functions. A run at ~500 articles/s lets readers in after every batch.

    Once let go, the file stays free for `gap_s` at least: a batch that comes sooner
    (results arrive a chunk at a time, so the next batch can be complete a moment
    after the last) waits and is written with the one after it, so a reader polling
    the store always finds its turn. A run killed meanwhile has stored none of it,
    and codes it again when resumed."""

    def __init__(self, path: str | Path, hold_s: float = HOLD_S, gap_s: float = GAP_S):
        self.path, self.hold_s, self.gap_s = path, hold_s, gap_s
        self._con: duckdb.DuckDBPyConnection | None = None
        self._attached = False
        self._opened = 0.0
        self._released = -gap_s  # (never let go yet)
        self._waiting: list[Record] = []

    def write(self, records: list[Record]) -> None:
        if not records:
            return
        if not self._attached and time.monotonic() - self._released < self.gap_s:
            self._waiting.extend(records)  # the readers' turn
            return
        self._store(records)

    def _store(self, records: list[Record]) -> None:
        if self._waiting:
            records, self._waiting = self._waiting + records, []
        if not self._attached:
            if self._con is None:
                self._con = duckdb.connect(":memory:")
                self._con.execute("SET threads = 1")  # small inserts; leave the cores to the coder
            _attach(self._con, self.path)
            self._attached = True
            self._opened = time.monotonic()
        try:
            _write(self._con, records)
        except BaseException:
            self.close()
            raise
        if time.monotonic() - self._opened >= self.hold_s:
            self._detach()

    def _detach(self) -> None:
        if self._attached:
            self._attached = False
            self._con.execute("USE memory")
            self._con.execute(f"DETACH {_STORE}")
            self._released = time.monotonic()

    def finish(self) -> None:
        """Store what still waits (the end of a run that was not interrupted)."""
        if self._waiting:
            self._store([])

    def close(self) -> None:
        try:
            self._detach()
        finally:
            self._waiting = []
            if self._con is not None:
                con, self._con = self._con, None
                con.close()


_STORE = "rasid_store"  # the store's name while attached to a run's connection


def _attach(con: duckdb.DuckDBPyConnection, path: str | Path, retry_s: float = 30.0) -> None:
    """ATTACH the store file as the connection's default database, retried while
    another process holds it, with the errors `connect` gives."""
    sql = "ATTACH '" + str(path).replace("'", "''") + f"' AS {_STORE}"
    _retrying(path, retry_s, lambda: con.execute(sql))
    con.execute(f"USE {_STORE}")


def _write(con: duckdb.DuckDBPyConnection, records: list[Record]) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.execute(_ANALYZE_ALL)
    con.execute("BEGIN TRANSACTION")
    try:
        ids = [r.article.id for r in records if r.article is not None]
        if ids:
            with _registered(con, _columns([(i,) for i in ids])):
                known = {x for (x,) in con.execute(
                    f"SELECT article_id FROM articles WHERE article_id IN (SELECT c0::VARCHAR FROM {_BATCH_VIEW})"
                ).fetchall()}
            if known:
                records = [r for r in records if r.article is None or r.article.id not in known]
        for name, rows in _rows_for(records, now).items():
            if not rows:
                continue
            if name == "errors":
                rows = _new_errors(con, rows)
                if not rows:
                    continue
            _insert(con, name, rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _new_errors(con, rows: list[tuple]) -> list[tuple]:
    """Drop errors already recorded (same input, article and problem): a rerun over
    the same broken line must not add a second row."""
    seen = set(con.execute("SELECT input, coalesce(article_id, ''), problem FROM errors").fetchall())
    out = []
    for r in rows:
        key = (r[0], r[1] or "", r[2])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def load_triage(path: str | Path) -> Triage:
    """Ids, hashes and the near-duplicate index of everything already stored, and
    the store's fingerprint scheme."""
    with connect(path, read_only=False) as con:
        scheme = fingerprint_scheme(con)
        if scheme not in FINGERPRINT_SCHEMES:
            raise InputError(str(path), f"unknown fingerprint scheme {scheme} (written by a newer rasid?)")
        ids = {x for (x,) in con.execute("SELECT article_id FROM articles").fetchall()}
        hashes = dict(con.execute(
            "SELECT content_hash, article_id FROM articles WHERE status <> 'duplicate' "
            "AND content_hash IS NOT NULL ORDER BY article_id").fetchall())
        index = NearDuplicateIndex()
        for aid, sig in con.execute("SELECT article_id, minhash FROM signatures ORDER BY article_id").fetchall():
            index.add(aid, bytes(sig))
    return Triage(ids, hashes, index, scheme)


# ---------------------------------------------------------------- the run

@dataclass
class RunStats:
    """Counts of one run, updated as batches are stored (for the progress bar)."""

    read: int = 0
    coded: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: int = 0
    events: int = 0
    started: float = field(default_factory=time.monotonic)
    first_result_s: float | None = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


Mapper = Callable[..., Iterator[tuple[Article, "Coded | Extraction | CodingFailure"]]]


def _takes_work(mapper: Mapper) -> bool:
    """Does the mapper accept `work=` (the engines' map_articles do)?"""
    try:
        params = inspect.signature(mapper).parameters
    except (TypeError, ValueError):
        return False
    return "work" in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def run(items: Iterable[ReadResult], path: str | Path, mapper: Mapper, batch_size: int = BATCH_SIZE,
        on_batch: Callable[[RunStats], None] | None = None) -> RunStats:
    """Code every new article of `items` into the store at `path`.

    `mapper` codes the articles it is given and must return them in that order;
    when it takes `work=` (the engines do), the workers also fingerprint each
    article and build its store rows (`code_for_store`), so this process only reads,
    triages and writes. Triage (skip / duplicate / code) happens here in input
    order: ids already stored or met are never sent, nor byte-identical copies of a
    text already sent; exact and near duplicates are decided as results come back,
    in input order, so the decisions are the same whatever the engine (the coding
    of a duplicate that is not a byte copy is then discarded). Unreadable inputs
    and copies wait in a queue and are handled in their input position."""
    create(path)
    triage = load_triage(path)
    stats = RunStats()
    side: deque[Record | _Copy] = deque()
    seqs: deque[tuple[int, bytes]] = deque()
    # digest of each raw text sent to be coded → its content hash (None until its
    # result is back)
    texts: dict[bytes, str | None] = {}

    def to_code() -> Iterator[Article]:
        for seq, item in enumerate(items):
            stats.read += 1
            if isinstance(item, ReadError):
                side.append(Record(seq, None, "error", problem=item.problem, input_name=item.input_name))
                continue
            if triage.seen(item.id):
                stats.skipped += 1
                continue
            # a byte-identical copy of a text already sent (most wire copies are) is
            # not coded: it is triaged with that text's fingerprint when its turn
            # comes, and is certain to be recorded as a duplicate
            key = hashlib.sha1(item.text.encode("utf-8", "surrogatepass")).digest()
            if key in texts:
                side.append(_Copy(seq, item, key))
                continue
            texts[key] = None
            seqs.append((seq, key))
            yield item

    batch: list[Record] = []
    writer = _Writer(path)

    def flush() -> None:
        if not batch:
            return
        writer.write(batch)
        for r in batch:
            if r.status == "coded":
                stats.coded += 1
                stats.events += len(r.events)
            elif r.status == "duplicate":
                stats.duplicates += 1
            else:
                stats.errors += 1
        batch.clear()
        if on_batch:
            on_batch(stats)

    def add(r: Record | _Copy) -> None:
        if isinstance(r, _Copy):
            # the earlier text came back before this copy's turn (its seq is smaller)
            h = texts[r.key]
            # the signature is needed only when the hash is not a kept article's
            sig = b"" if h in triage.hashes else fingerprint_text(r.article.text, triage.scheme)[1]
            action, dup_of, h, sig = triage.decide_prepared(r.article.id, h, sig)
            if action == "duplicate":  # always, as the same text was triaged before
                r = Record(r.seq, r.article, "duplicate", h, duplicate_of=dup_of, input_name=r.article.id)
            else:
                c = _coded(r.article, code_one(r.article), h, sig)
                r = Record(r.seq, r.article, "error" if c.problem else "coded", h, sig, events=c.events,
                           evidence=c.evidence, problem=c.problem, input_name=r.article.id)
        batch.append(r)
        if len(batch) >= batch_size:
            flush()

    try:
        _consume(mapper, to_code(), triage, seqs, side, texts, add, stats)
        while side:
            add(side.popleft())
        flush()
        writer.finish()
    finally:
        writer.close()
    return stats


@dataclass(frozen=True)
class _Copy:
    """An article whose raw text is the same as an earlier one's (digest `key`)."""

    seq: int
    article: Article
    key: bytes


def _consume(mapper: Mapper, articles: Iterator[Article], triage: Triage, seqs: deque, side: deque,
             texts: dict, add: Callable[[Record | _Copy], None], stats: RunStats) -> None:
    """Triage the mapper's results in input order and hand each record to `add`."""
    work = _WORK[triage.scheme]
    results = mapper(articles, work=work) if _takes_work(mapper) else mapper(articles)
    for article, result in results:
        if stats.first_result_s is None:
            stats.first_result_s = stats.elapsed
        seq, key = seqs.popleft()
        while side and side[0].seq < seq:
            add(side.popleft())
        if isinstance(result, Coded):
            h, sig = result.content_hash, result.signature
        else:  # a plain mapper: (article, Extraction or CodingFailure)
            h, sig = fingerprint_text(article.text, triage.scheme)
        texts[key] = h
        action, dup_of, h, sig = triage.decide_prepared(article.id, h, sig)
        if action == "duplicate":
            add(Record(seq, article, "duplicate", h, duplicate_of=dup_of, input_name=article.id))
            continue
        if not isinstance(result, Coded):
            result = _coded(article, result, h, sig)
        add(Record(seq, article, "error" if result.problem else "coded", h, sig,
                   events=result.events, evidence=result.evidence, problem=result.problem,
                   input_name=article.id))


# ---------------------------------------------------------------- reading back

def select_rows(path: str | Path, since: date | None = None, until: date | None = None,
                country: str | None = None, event_type: str | None = None) -> Iterator[dict]:
    """Stored event rows (event_row dicts), filtered, in a fixed order: event date,
    article id, then the event's position in its article. The order never depends
    on how or in what order the store was filled."""
    if not Path(path).exists():
        raise InputError(str(path), "no such database")
    where, params = [], []
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if until:
        where.append("event_date <= ?")
        params.append(until)
    if country:
        where.append("lower(country) = lower(?)")
        params.append(country)
    if event_type:
        where.append("lower(event_type) = lower(?)")
        params.append(event_type)
    sql = "SELECT row_json FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_date, article_id, event_index, event_id"
    with connect(path, read_only=True) as con:
        cur = con.execute(sql, params)
        while batch := cur.fetchmany(1000):
            for (js,) in batch:
                yield json.loads(js)


def counts(path: str | Path) -> dict[str, int]:
    """Row counts per table, and articles per status (for summaries and tests)."""
    with connect(path, read_only=True) as con:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        for status, n in con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall():
            out[f"articles_{status}"] = n
    return out
