"""The offline gazetteer: ~50,000 places with Arabic and English spellings.

Built by tools/build_gazetteer.py into data/gazetteer.tsv.gz (sources and licences in
that file's header). Loading keeps the rows as plain tuples and indexes them by
`name_key`, building a `Place` only when one is asked for: that keeps `load()` well under
a second and the resident size small, because most rows are never used by one article.
"""
from __future__ import annotations

import gzip
import math
from functools import lru_cache
from importlib import resources

from rasid.geo.countries import country_info
from rasid.geo.names import name_key
from rasid.model import Place

# how specific a feature is, for ranking equal names: populated places first
_FEATURE_RANK = {"city": 0, "town": 0, "village": 1, "populated": 0, "neighbourhood": 2,
                 "admin3": 3, "admin2": 3, "admin1": 4, "country": 5}
POPULATED = frozenset({"city", "town", "village", "populated"})
ADMIN = frozenset({"admin1", "admin2", "admin3", "country"})


class Gazetteer:
    """Name → places index over the shipped table. Immutable after construction."""

    def __init__(self, rows: list[tuple[str, ...]], columns: tuple[str, ...]):
        self._rows = rows
        self._col = {c: i for i, c in enumerate(columns)}
        self._by_id: dict[str, int] = {}
        index: dict[str, list[int]] = {}
        kcol, icol = self._col["keys"], self._col["id"]
        for i, row in enumerate(rows):
            self._by_id[row[icol]] = i
            for k in row[kcol].split("|"):
                index.setdefault(k, []).append(i)
        # tuples, not lists: untracked by the garbage collector, so a full collection in
        # a process holding the gazetteer does not walk ~90,000 row lists
        for k, v in index.items():
            index[k] = tuple(v)
        self._index: dict[str, tuple[int, ...]] = index
        self._places: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self._rows)

    # -- look-ups ---------------------------------------------------------------------
    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places called `name` (any Arabic or Latin spelling), best first: in `country`
        if given, then populated places before admin units, larger before smaller."""
        return [self.place(i) for i in self.lookup_rows(name_key(name), country)]

    def lookup_rows(self, key: str, country: str | None = None) -> list[int]:
        """Row numbers for an already-computed name key (the recogniser's fast path)."""
        rows = self._index.get(key, ())
        if country:
            cname = _country_name(country)
            ccol = self._col["country"]
            rows = [i for i in rows if self._rows[i][ccol] == cname]
        return sorted(rows, key=self._rank)

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError if there is none."""
        return self.place(self._by_id[place_id])

    def place(self, row: int) -> Place:
        p = self._places.get(row)
        if p is None:
            r = self._rows[row]
            c = self._col
            p = Place(
                id=r[c["id"]], name=r[c["name"]], name_ar=r[c["name_ar"]], country=r[c["country"]],
                iso=int(r[c["iso"]]), lat=float(r[c["lat"]]), lon=float(r[c["lon"]]),
                feature=r[c["feature"]], admin1=r[c["admin1"]], admin2=r[c["admin2"]],
                admin3=r[c["admin3"]], population=int(r[c["population"]]), parent=r[c["parent"]] or None,
            )
            self._places[row] = p  # memo of immutable values; same answer every time
        return p

    def label(self, place_id: str) -> str:
        """ACLED `location` for a place: "City - Neighbourhood" for places inside a
        town (neighbourhoods, prisons, camps, roundabouts ...), else the place's name."""
        return self._rows[self._by_id[place_id]][self._col["label"]]

    def row_of(self, place_id: str) -> int:
        return self._by_id[place_id]

    def keys(self):
        """Every (name key, rows) pair: what the text matcher compiles."""
        return self._index.items()

    def row_id(self, row: int) -> str:
        return self._rows[row][self._col["id"]]

    def feature(self, row: int) -> str:
        return self._rows[row][self._col["feature"]]

    def population(self, row: int) -> int:
        return int(self._rows[row][self._col["population"]])

    def country_of(self, row: int) -> str:
        return self._rows[row][self._col["country"]]

    def _rank(self, i: int):
        r = self._rows[i]
        feat = r[self._col["feature"]]
        return (_FEATURE_RANK.get(feat, 2), -int(r[self._col["population"]]))


@lru_cache(maxsize=64)
def _country_name(country: str) -> str:
    try:
        return country_info(country).name
    except KeyError:
        return country


def distance_km(a: Place, b: Place) -> float:
    p = math.pi / 180
    h = (math.sin((b.lat - a.lat) * p / 2) ** 2
         + math.cos(a.lat * p) * math.cos(b.lat * p) * math.sin((b.lon - a.lon) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    with resources.files("rasid").joinpath("data/gazetteer.tsv.gz").open("rb") as fh:
        text = gzip.decompress(fh.read()).decode("utf-8")
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    columns = tuple(lines[0].split("\t"))
    return Gazetteer(_shared_values(lines[1:], columns), columns)


# columns whose every value is its row's own; the others repeat (a country, a feature,
# an admin unit, a name that is also the label) and are kept once for all rows
_UNIQUE_COLUMNS = frozenset({"id", "keys", "lat", "lon"})


def _shared_values(lines: list[str], columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The rows, each repeated value one string object: the ~620,000 cells are
    ~100,000 distinct values, and every process that codes holds the table (-10 MB)."""
    shared = [i for i, c in enumerate(columns) if c not in _UNIQUE_COLUMNS]
    pool: dict[str, str] = {}
    rows = []
    for ln in lines:
        cells = ln.split("\t")
        for i in shared:
            cells[i] = pool.setdefault(cells[i], cells[i])
        rows.append(tuple(cells))
    return rows
