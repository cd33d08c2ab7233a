#!/usr/bin/env python3
"""Train the shipped assault report gate (src/rasid/data/gate_assault.npz).

usage: PYTHONPATH=src python tools/train_gate.py [--data ../shared/data] [--out PATH] [--no-cv]

Fixed settings, those docs/QUALITY.md ("A learned report gate") chose by cross-validation:
task assault, λ 3, threshold 0.10 on p(report) — the strictest threshold that keeps every
team-written test green. Only the dev half of the GSR is read (tools/gate_study.examples
applies rasid.gsr.in_part(..., "dev") before anything else); the model is fitted on
every assault candidate of every dev sentence, so rasid's in-sample GSR dev score says
nothing about the gate afterwards: the cross-validated figures printed here are the
estimate. The file holds hashed bucket indices and float32 weights, no text, and is
written with fixed zip dates: re-running reproduces it byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate_study import (DEFAULT_DATA, cross_validate, examples, fit, mean_scores,  # noqa: E402
                        show, train_rows)

from rasid.events.gate import WEIGHTS_FILE, save_gate  # noqa: E402

TASK, LAM, THRESHOLD = "assault", 3.0, 0.10


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validated figures")
    args = ap.parse_args(argv)
    data = examples(args.data / "arabic-event-gsr", TASK)  # dev half only
    if not args.no_cv:
        res, rules = cross_validate(data, (LAM,), (THRESHOLD,), False)
        rs = mean_scores([rules])
        show(TASK, "rules alone", rs)
        show(TASK, f"CV coded lam={LAM} t={THRESHOLD}", mean_scores(res[(LAM, THRESHOLD)]), rs)
    rows, y, wt = train_rows(data, {d[0] for d in data}, False)
    weights, bias = fit(rows, y, wt, LAM)
    save_gate(args.out, weights, bias, THRESHOLD)
    md5 = hashlib.md5(args.out.read_bytes()).hexdigest()
    print(f"{TASK}: trained on {len(rows)} candidate events of {len(data)} dev sentences, "
          f"{len(weights)} buckets, bias {bias:.3f}, t {THRESHOLD} → {args.out} (md5 {md5})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
