#!/usr/bin/env python3
"""How well does rasid tell event sentences from the rest? Scores against the OEDA
Arabic event gold standard (ASSAULT, PROTEST); see rasid/gsr.py for the reduction
of rasid's events to one yes/no per sentence.

usage: python3 bench/gsr.py [--data ../shared/data] [--part held-out|dev|all] [--limit N] [--errors K] [--task assault|protest] [--jobs J]

Prints precision / recall / F1 for "yes" against all negatives and against easy
negatives only (ambiguous sentences left out), the throughput, and a keyword
baseline for reference. The GSR is split by sha1(sentence id) (rasid.gsr.part_of):
the "held-out" half (8-f) is what we report, the "dev" half (0-7) is the only part
anyone may read to improve rasid. --errors K prints K false positives and K false
negatives per task from the dev part only, whatever --part says; nothing is saved.
"""
from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rasid.gsr import PARTS, SETTINGS, TASKS, errors, event_types, in_part, read_gsr, score_binary

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# Reference only: a sentence "reports" the event when it holds one of these stems.
KEYWORDS = {
    "assault": ("قتل", "مقتل", "قتلى", "قصف", "غارة", "غارات", "اشتباك", "انفجار", "تفجير", "هجوم",
                "اغتيال", "اختطاف", "كمين", "انتحاري", "مسلح", "جرحى", "هاجم", "فجر"),
    "protest": ("مظاهر", "تظاهر", "احتجاج", "محتج", "اعتصام", "معتصم", "مسيرة", "إضراب", "اضراب"),
}


def keyword_hit(text: str, task: str) -> bool:
    return any(k in text for k in KEYWORDS[task])


def detect(sentences: list, jobs: int) -> list[frozenset[str]]:
    """rasid's event types per sentence, in input order, in `jobs` processes."""
    if jobs <= 1:
        return [event_types(s) for s in sentences]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(event_types, sentences, chunksize=64))


def table_rows(task: str, labels: list[str], predicted: list[bool], system: str) -> list[str]:
    out = []
    for name, negatives in SETTINGS:
        s = score_binary(zip(labels, predicted), negatives)
        out.append(f"{task:8} {system:8} {name:15} {s.tp:5} {s.fp:5} {s.fn:5} {s.tn:5}  "
                   f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding arabic-event-gsr/")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences of each task")
    ap.add_argument("--errors", type=int, default=0, metavar="K", help="print K false positives and K false negatives")
    ap.add_argument("--part", choices=PARTS, action="append",
                    help="which half of the GSR to score (default: held-out, then dev and all for reference)")
    ap.add_argument("--task", choices=sorted(TASKS), action="append", help="default: both")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for rasid (default 1)")
    ap.add_argument("--no-baseline", action="store_true", help="leave out the keyword baseline")
    args = ap.parse_args(argv)
    folder = args.data / "arabic-event-gsr"
    if not folder.is_dir():
        print(f"gsr: {folder} not found (pass --data)", file=sys.stderr)
        return 2
    parts = args.part or list(PARTS)
    rows = [f"{'part':8} {'task':8} {'system':8} {'setting':15} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5}  "
            f"{'P':>6} {'R':>6} {'F1':>6}"]
    n_sent = n_chars = 0
    seconds = 0.0
    for task in args.task or sorted(TASKS):
        filename, types = TASKS[task]
        sentences = read_gsr(folder / filename, task)
        if args.limit:
            sentences = sentences[: args.limit]
        t0 = time.perf_counter()
        found = dict(zip((s.id for s in sentences), (bool(f & types) for f in detect(sentences, args.jobs))))
        seconds += time.perf_counter() - t0
        n_sent += len(sentences)
        n_chars += sum(len(s.text) for s in sentences)
        for part in parts:
            chosen = in_part(sentences, part)
            labels = [s.label for s in chosen]
            rows += [f"{part:8} {r}" for r in table_rows(task, labels, [found[s.id] for s in chosen], "rasid")]
            if not args.no_baseline:
                rows += [f"{part:8} {r}" for r in
                         table_rows(task, labels, [keyword_hit(s.text, task) for s in chosen], "keywords")]
        if args.errors:
            dev = in_part(sentences, "dev")
            fps, fns = errors(dev, [found[s.id] for s in dev], args.errors)
            print(f"== {task}: false positives ({len(fps)})")
            for s in fps:
                print(f"  FP {s.id} [{s.label}] {s.text}")
            print(f"== {task}: false negatives ({len(fns)})")
            for s in fns:
                print(f"  FN {s.id} [{s.label}] {s.text}")
    print("\n".join(rows))
    rate = n_sent / seconds if seconds else float("inf")
    print(f"rasid ({args.jobs} job{'s' if args.jobs > 1 else ''}): {n_sent} sentences, {n_chars:,} characters in {seconds:.1f} s "
          f"({rate:.0f} sentences/s, {n_chars / seconds if seconds else 0:,.0f} chars/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
