"""Country facts the exporter and the actor coder need: ACLED name, ISO codes, region,
Arabic name and nisba adjective, capital.

ACLED writes "Civilians (Syria)" where the text says "مدنيين سوريين", so the nisba
(السوري، السورية، السوريين، سوريات) must lead back to the country; the table lives in
data/countries.tsv and every form is generated from its stem here.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasid.geo.names import name_key


@dataclass(frozen=True)
class CountryInfo:
    name: str  # ACLED English name
    iso: int  # ISO 3166 numeric
    iso3: str
    region: str  # ACLED region
    name_ar: str
    capital: str
    lat: float  # capital
    lon: float
    iso2: str = ""
    capital_ar: str = ""


# nisba endings: masculine/feminine singular, plural, dual, oblique forms
_NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ات", "يون", "يين", "ان", "تان", "تين")


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    text = resources.files("rasid").joinpath("data/countries.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, CountryInfo], dict[str, CountryInfo]]:
    by_key: dict[str, CountryInfo] = {}
    by_nisba: dict[str, CountryInfo] = {}
    for r in _rows():
        info = CountryInfo(
            r["name"], int(r["isonum"]), r["iso3"], r["region"], r["name_ar"],
            r["capital_en"], float(r["lat"]), float(r["lon"]), r["iso2"], r["capital_ar"],
        )
        names = [r["name"], r["iso2"], r["iso3"], r["isonum"], r["name_ar"]]
        names += [a for a in r["aliases_ar"].split("|") if a.strip()]
        for n in names:
            by_key.setdefault(name_key(n), info)
            by_key.setdefault(n.strip().lower(), info)
        for stem in r["adjective_ar"].split("|"):
            stem = name_key(stem.strip())
            if len(stem) < 3:
                continue
            for suf in _NISBA_SUFFIXES:
                by_nisba.setdefault(stem + suf, info)
    return by_key, by_nisba


def country_info(name_or_code: str) -> CountryInfo:
    """"Syria", "SYR", "SY", "760", "سوريا", "سورية" → Syria. KeyError if unknown."""
    by_key, _ = _index()
    s = str(name_or_code).strip()
    info = by_key.get(s.lower()) or by_key.get(name_key(s))
    if info is None:
        raise KeyError(name_or_code)
    return info


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    return frozenset((info.capital, info.name) for info in {id(i): i for i in _index()[0].values()}.values())


def is_capital(place) -> bool:
    """Is this gazetteer place the capital of its country ("Ankara" in Turkey)? A
    capital also names its government ("الموالية لأنقرة")."""
    return (place.name, place.country) in _capitals()


def country_of_people(word_norm: str) -> CountryInfo | None:
    """`country_by_nisba`, also for the accusative singular that counts people after a
    number ("60 فلسطينيا", "14 إيرانيا"): the nisba with the tanween alif."""
    info = country_by_nisba(word_norm)
    if info is None and word_norm.endswith("يا"):
        info = country_by_nisba(word_norm[:-1])
    return info


def country_by_nisba(word_norm: str) -> CountryInfo | None:
    """"سوري"/"السورية"/"السوريين"/"والسوريون" → Syria; None when the word is no nisba.
    Kept per word: actors and frames ask about the word after every generic actor
    and strike."""
    out = _NISBA_OF.get(word_norm, _UNSEEN)
    if out is _UNSEEN:
        if len(_NISBA_OF) >= 65536:  # bounded
            _NISBA_OF.clear()
        out = _NISBA_OF[word_norm] = _country_by_nisba(word_norm)
    return out


_NISBA_OF: dict = {}
_UNSEEN = object()


def _country_by_nisba(word_norm: str) -> CountryInfo | None:
    _, by_nisba = _index()
    w = name_key(word_norm)
    if w in by_nisba:
        return by_nisba[w]
    for p in ("وال", "بال", "لل", "فال", "و", "ب", "ل", "ال"):
        if w.startswith(p) and w[len(p):] in by_nisba:
            return by_nisba[w[len(p):]]
    return None


def all_countries() -> tuple[CountryInfo, ...]:
    by_key, _ = _index()
    seen: dict[str, CountryInfo] = {}
    for info in by_key.values():
        seen.setdefault(info.name, info)
    return tuple(seen.values())
