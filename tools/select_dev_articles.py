#!/usr/bin/env python3
"""Draw the dev-gold articles reproducibly from the two conflict corpora.

Only articles whose id hashes (sha1, hex) to a first digit 0-7 may be looked at:
the rest are held out for an independent evaluation, so they are dropped before
any other field of the record is read. Among the allowed articles the script keeps
short ones (annotation stays careful), assigns each a country by keyword counts,
and draws a seeded random sample per (corpus, stratum) so the same list comes out
on every run.

usage: python3 tools/select_dev_articles.py [--data /work/shared/data] [--seed 20240611]
                                           [--exclude GOLD_DIR ...]
Prints one line per chosen article: corpus, id, stratum, country, length, title.
--exclude drops articles already coded in those gold folders (and, of articles with
the same title, all but the first drawn), for a fresh draw beside an existing set:
eval/dev-gold-b is `--seed 20261126 --exclude eval/dev-gold`.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
from pathlib import Path
from typing import Iterable

ANT = ("ant-multisource-news", ("ant_middleEast.jsonl.gz", "ant_other_categories.jsonl.gz"))
SNN = ("saudinewsnet-conflict", ("saudinewsnet_conflict_subset.jsonl.gz",))

MAX_CHARS = 3500
MIN_CHARS = 300

# Violence vocabulary: an article is a conflict report when its title has one of these
# or its text has at least three distinct ones.
VIOLENCE = (
    "قتل", "مقتل", "قتلى", "قصف", "غارة", "غارات", "اشتباك", "اشتباكات", "انفجار",
    "تفجير", "هجوم", "اعتقال", "معارك", "قذائف", "صاروخ", "مسلح", "جرحى", "انتحاري",
    "كمين", "اغتيال", "اختطاف", "مظاهرة", "احتجاج",
)

# Words that mark talk rather than action: used to draw the stratum of articles
# expected to hold no codable event (diplomacy, trials, opinion, sport).
TALK = (
    "محادثات", "مفاوضات", "محاكمة", "المحكمة", "يدين", "تدين", "بيان", "قمة", "زيارة",
    "يحذر", "تحذر", "مباراة", "مقال", "رأي",
)

COUNTRIES = {
    "Syria": ("سوريا", "سورية", "السوري", "دمشق", "حلب", "إدلب", "الغوطة", "درعا", "حمص", "الرقة", "دير الزور", "عفرين"),
    "Iraq": ("العراق", "العراقي", "بغداد", "الموصل", "الأنبار", "الرمادي", "الفلوجة", "كركوك", "صلاح الدين", "ديالى"),
    "Yemen": ("اليمن", "اليمني", "الحوثي", "صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "صعدة", "لحج"),
    "Libya": ("ليبيا", "الليبي", "طرابلس", "بنغازي", "درنة", "سرت", "مصراتة"),
    "Palestine": ("غزة", "الفلسطيني", "فلسطين", "الضفة", "القدس", "الاحتلال الإسرائيلي"),
    "Egypt": ("مصر", "المصري", "سيناء", "العريش", "القاهرة"),
    "Afghanistan": ("أفغانستان", "الأفغاني", "كابل", "طالبان", "قندهار", "هلمند"),
    "Somalia": ("الصومال", "الصومالي", "مقديشو", "الشباب"),
    "Lebanon": ("لبنان", "اللبناني", "بيروت", "حزب الله"),
    "Saudi Arabia": ("السعودية", "المملكة", "جازان", "نجران", "القطيف", "الرياض"),
    "Turkey": ("تركيا", "التركي", "أنقرة", "إسطنبول", "حزب العمال الكردستاني"),
}

# (stratum, how many) per corpus; a stratum is a country, "talk" (diplomacy,
# trials, statements) or "sport" (football's هجوم = attack).
QUOTAS = {
    ANT[0]: (("Syria", 5), ("Yemen", 3), ("Iraq", 3), ("Libya", 3), ("Palestine", 3),
             ("Egypt", 2), ("Afghanistan", 2), ("Somalia", 1), ("Turkey", 1), ("talk", 3), ("sport", 1)),
    SNN[0]: (("Yemen", 5), ("Syria", 3), ("Iraq", 3), ("Saudi Arabia", 2), ("Libya", 1),
             ("Turkey", 1), ("Afghanistan", 1), ("talk", 4)),
}


def allowed(article_id: str) -> bool:
    """The dev/held-out split: sha1 hex of the id starting with 0-7 is dev."""
    return hashlib.sha1(article_id.encode("utf-8")).hexdigest()[0] in "01234567"


def read_allowed(path: Path):
    """Yield only dev records; held-out records are skipped on their id alone."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if allowed(rec["id"]):
                yield rec


def distinct_hits(text: str, words) -> int:
    return sum(1 for w in words if w in text)


def is_conflict(title: str, text: str) -> bool:
    return distinct_hits(title, VIOLENCE) > 0 or distinct_hits(text, VIOLENCE) >= 3


def country_of(title: str, text: str) -> str | None:
    """The country the title names, ties broken by mentions in the text.

    Requiring the title to name it keeps foreign stories that merely mention a
    country in passing out of that country's stratum."""
    scores = {c: (sum(title.count(k) for k in ks), sum(text.count(k) for k in ks))
              for c, ks in COUNTRIES.items()}
    best = max(scores, key=scores.get)
    return best if scores[best][0] > 0 else None


def stratum_of(rec: dict) -> tuple[str | None, str | None]:
    title, text = rec.get("title") or "", rec.get("text") or ""
    country = country_of(title, text)
    if country is None:
        return None, None
    if rec.get("category") == "sport":
        return ("sport" if "هجوم" in text else None), country
    if distinct_hits(title, TALK) > 0 and distinct_hits(title, VIOLENCE) == 0:
        # talk about a conflict: the text still uses violent words
        return ("talk" if distinct_hits(text, VIOLENCE) >= 2 else None), country
    if is_conflict(title, text):
        return country, country
    return None, country


def candidates(data: Path, corpus: str, files) -> dict[str, list[tuple[str, str, int, str]]]:
    pools: dict[str, list] = {}
    for name in files:
        for rec in read_allowed(data / corpus / name):
            n = len(rec.get("text") or "")
            if not MIN_CHARS <= n <= MAX_CHARS:
                continue
            stratum, country = stratum_of(rec)
            if stratum is None:
                continue
            pools.setdefault(stratum, []).append((rec["id"], country, n, rec.get("title") or ""))
    return pools


def select(data: Path, seed: int) -> list[tuple[str, str, str, str, int, str]]:
    chosen = []
    for corpus, files in (ANT, SNN):
        pools = candidates(data, corpus, files)
        for stratum, k in QUOTAS[corpus]:
            pool = sorted(pools.get(stratum, []))
            rng = random.Random(f"{seed}:{corpus}:{stratum}")
            for aid, country, n, title in rng.sample(pool, min(k, len(pool))):
                chosen.append((corpus, aid, stratum, country, n, title))
    return chosen


def coded_ids(gold_dirs: Iterable[Path]) -> set[str]:
    """The article ids the gold files of these folders already code."""
    return {json.loads(f.read_text(encoding="utf-8"))["article_id"]
            for d in gold_dirs for f in sorted(Path(d).glob("*.gold.json"))}


def fresh(chosen, exclude: set[str]):
    """The draw without articles coded elsewhere and without repeated titles (the
    corpora hold the same story under two ids)."""
    seen: set[str] = set()
    for row in chosen:
        if row[1] in exclude or row[5] in seen:
            continue
        seen.add(row[5])
        yield row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], metavar="GOLD_DIR")
    args = ap.parse_args()
    chosen = select(args.data, args.seed)
    if args.exclude:
        chosen = list(fresh(chosen, coded_ids(args.exclude)))
    for corpus, aid, stratum, country, n, title in chosen:
        print(f"{corpus}\t{aid}\t{stratum}\t{country}\t{n}\t{title}")


if __name__ == "__main__":
    main()
