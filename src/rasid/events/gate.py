"""The learned report gate: one last "is this a report?" check on an assault event that
has passed every report-versus-mention rule.

Why a learned gate in a rule system. The rules (`events/reports.py` and the checks in
`pipeline.extract_article`) catch the constructions that make a violent verb or noun
something other than the report of a new incident: habits, campaigns, plans,
background, figurative uses ... What they let through still holds commentary and
background that no single construction marks ("وقال مسؤول إن التحقيق في اغتيال
المحافظ لم يكشف بعد عن هوية المنفذين": an inquiry, not a killing). A small linear model over the words of the sentence and what the rules
already know of the frame catches a little of it. It is kept conservative on purpose:
it may only demote, never add, and only far below the prior, so that every team-written
report stays an event (see docs/QUALITY.md, "A learned report gate").

What it sees (feature spec version `SPEC_VERSION`; any change to the features must bump
it and retrain): the stems of the trigger's sentence (rasid's own tokens, normalised,
proclitics off) and their bigrams; the frame's sub-event type, trigger stem and part of
speech, and whether it has its own day, place, agent, target or victims, casualties, a
source, and whether it is the headline. Each feature string is hashed (zlib.crc32,
2^18 buckets); the shipped file holds bucket indices and weights, no text.

Where it applies: in `pipeline.extract_article`, where a coded frame becomes a
Candidate, after every rule; only for the assault event types (Battles,
Explosions/Remote violence, Violence against civilians). A candidate scoring below the
threshold becomes an auxiliary Mention with mode "unlikely_report", not an event.
Protest has no gate (its cross-validated gain was +0.003).

How it was trained, and how to retrain: `tools/train_gate.py` codes every sentence of
the dev half of the OEDA Arabic event gold standard (never the held-out half) as a
one-sentence article, takes each assault candidate that reaches this gate as an example
labelled with its sentence's label ("yes" against both kinds of "no"; weighted 1/k for
k candidates in a sentence), fits an L2 logistic regression (λ 3) and writes
`data/gate_assault.npz` with the threshold 0.10 on p(report). Re-running it reproduces
the file byte for byte. After any change to the rules upstream of the gate, retrain
(and re-check the test suite: 0.10 is the strictest threshold that kept it green).
"""
from __future__ import annotations

import io
import math
import zipfile
import zlib
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import repeat
from pathlib import Path

import numpy as np

from rasid.errors import InputError
from rasid.events.reports import VIOLENT
from rasid.text.document import sentence_tokens

SPEC_VERSION = 1
BITS = 18
MASK = (1 << BITS) - 1
GATED = frozenset(VIOLENT)  # the assault event types
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "gate_assault.npz"


def bucket(feature: str) -> int:
    """The hash bucket of one feature string (stable across processes and machines)."""
    return zlib.crc32(feature.encode("utf-8")) & MASK


def buckets(feats) -> set[int]:
    return {bucket(f) for f in feats}


def sentence_features(stems) -> set[str]:
    """The words of a sentence: stems (normalised, proclitics off) and stem bigrams.
    The definition; `sentence_buckets` computes its buckets faster."""
    out = {"w:" + s for s in stems}
    out.update(f"b:{a} {b}" for a, b in zip(stems, stems[1:]))
    return out


_STEM_CODES: dict[str, tuple[int, int, bytes]] = {}
_FEATURE_BUCKETS: dict[str, int] = {}


def _stem_code(stem: str) -> tuple[int, int, bytes]:
    """(bucket of "w:stem", crc32 of "b:stem ", the stem's bytes), once per stem."""
    code = _STEM_CODES.get(stem)
    if code is None:
        if len(_STEM_CODES) > 500_000:  # a bound on memory over a long run
            _STEM_CODES.clear()
        code = _STEM_CODES[stem] = (bucket("w:" + stem), zlib.crc32(f"b:{stem} ".encode("utf-8")),
                                    stem.encode("utf-8"))
    return code


def sentence_buckets(stems) -> set[int]:
    """buckets(sentence_features(stems)), without building the strings: crc32 runs on,
    so crc32("b:a b") = crc32(b"b", crc32(b"b:a ")) and each stem is hashed once per
    process (a news sentence has ~60 features; building and hashing each string took
    about a third more time)."""
    get = _STEM_CODES.get
    codes = [get(s) or _stem_code(s) for s in stems]
    out = {c[0] for c in codes}
    if len(codes) > 1:
        out.update(map(MASK.__and__, map(zlib.crc32, [c[2] for c in codes[1:]], [c[1] for c in codes[:-1]])))
    return out


def frame_features(doc, frame, event) -> set[str]:
    """What the rules already know of the coded frame."""
    trig = frame.trigger
    out = {"sub:" + event.sub_event_type, "pos:" + trig.pos, "t:" + doc.tokens[trig.tok_start].stem}
    flags = {"place": frame.place is not None, "time": frame.time is not None and not frame.time_inherited,
             "agent": frame.agent is not None, "target": frame.target is not None or bool(frame.victims),
             "victims": bool(frame.casualties), "title": frame.is_title, "source": frame.attribution is not None}
    out.update(k for k, v in flags.items() if v)
    return out


def features(doc, frame, event) -> set[str]:
    """Every feature of one candidate event: its sentence's words and its frame (the
    definition; `candidate_buckets` is what the gate and its training use)."""
    stems = [doc.tokens[i].stem for i in sentence_tokens(doc, frame.sentence)]
    return sentence_features(stems) | frame_features(doc, frame, event)


def candidate_buckets(doc, frame, event) -> set[int]:
    """buckets(features(doc, frame, event)): the hashed features of one candidate."""
    toks = doc.tokens
    out = sentence_buckets([toks[i].stem for i in sentence_tokens(doc, frame.sentence)])
    for f in frame_features(doc, frame, event):
        b = _FEATURE_BUCKETS.get(f)
        if b is None:
            if len(_FEATURE_BUCKETS) > 100_000:
                _FEATURE_BUCKETS.clear()
            b = _FEATURE_BUCKETS[f] = bucket(f)
        out.add(b)
    return out


@dataclass(frozen=True)
class Gate:
    weights: dict  # bucket → weight
    bias: float
    threshold: float  # on p(report)

    @cached_property
    def logit(self) -> float:
        return math.log(self.threshold / (1 - self.threshold))

    def margin(self, bs) -> float:
        """bias + the sparse dot product of the weights with a set of buckets."""
        return self.bias + sum(map(self.weights.get, bs, repeat(0.0)))


def load_gate(path: Path) -> Gate:
    """Read a gate file; a missing, unreadable or mismatched file is an InputError
    naming it."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "report gate weights file is missing (retrain: tools/train_gate.py)")
    try:
        with np.load(path, allow_pickle=False) as z:
            spec, bits = int(z["spec"]), int(z["bits"])
            idx, wts = z["indices"], z["weights"]
            bias, threshold = float(z["bias"]), float(z["threshold"])
    except Exception as e:  # zip, npy header or missing key: all mean the file is bad
        raise InputError(str(path), f"report gate weights file is corrupt ({type(e).__name__}: {e})") from None
    if spec != SPEC_VERSION or bits != BITS:
        raise InputError(str(path), f"report gate built for feature spec {spec} ({bits} bits), "
                                    f"the code has {SPEC_VERSION} ({BITS} bits): retrain with tools/train_gate.py")
    if idx.ndim != 1 or idx.shape != wts.shape or (idx.size and (idx.min() < 0 or idx.max() > MASK)) \
            or not 0 < threshold < 1 or not np.all(np.isfinite(wts)) or not math.isfinite(bias):
        raise InputError(str(path), "report gate weights file is corrupt (bad indices, weights or threshold)")
    return Gate(dict(zip(idx.tolist(), wts.astype(np.float64).tolist())), bias, threshold)


def save_gate(path: Path, weights: dict, bias: float, threshold: float) -> None:
    """Write a gate file byte-reproducibly: an .npz (a zip of .npy arrays) with fixed
    member dates, stored uncompressed (no dependence on the zlib version), the buckets
    sorted, float32 weights."""
    cols = sorted(weights)
    arrays = {"spec": np.array(SPEC_VERSION, dtype=np.int32), "bits": np.array(BITS, dtype=np.int32),
              "indices": np.array(cols, dtype=np.int32),
              "weights": np.array([weights[b] for b in cols], dtype=np.float32),
              "bias": np.array(bias, dtype=np.float64), "threshold": np.array(threshold, dtype=np.float64)}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


@cache
def shipped_gate() -> Gate:
    """The shipped assault gate, read once per process."""
    return load_gate(WEIGHTS_FILE)


def keeps_report(doc, frame, event) -> bool:
    """False when an assault candidate scores below the gate's threshold (an unlikely
    report); True for every other event type."""
    if event.event_type not in GATED:
        return True
    gate = shipped_gate()
    return gate.margin(candidate_buckets(doc, frame, event)) >= gate.logit
