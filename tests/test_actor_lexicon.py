"""Schema checks for src/rasid/data/actors.yaml, the actor lexicon.

Loads the YAML with yaml.safe_load and checks every entry: unique ids, ACLED inter codes,
known kinds and roles, "{period}" names carry periods that tile time, parents exist,
no surface form (after the matcher's normalisation) is claimed by two entries, and every
Arab League state has a military actor.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from importlib import resources

import pytest
import yaml

from rasid.text.normalize import normalize_key

KINDS = {"state", "armed", "political", "identity", "external", "civilian", "protester", "rioter"}
ROLES = {"military", "police", "air_force", "navy", "intelligence", "government", "prison_guards"}
ACTOR_KEYS = {"id", "name", "periods", "inter", "country", "kind", "role", "parent",
              "default_for_country", "context_ar", "resolve_by_country", "aliases_ar", "aliases_en"}
GENERIC_KEYS = {"id", "kind", "name", "inter", "resolve", "resolve_by_country", "unattributed",
                "label_only", "aliases_ar", "aliases_en"}
ARAB_LEAGUE = ["Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait",
               "Lebanon", "Libya", "Mauritania", "Morocco", "Oman", "Palestine", "Qatar",
               "Saudi Arabia", "Somalia", "Sudan", "Syria", "Tunisia", "United Arab Emirates", "Yemen"]
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@pytest.fixture(scope="module")
def lexicon():
    text = resources.files("rasid").joinpath("data", "actors.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def actors(lexicon):
    return lexicon["actors"]


@pytest.fixture(scope="module")
def generic(lexicon):
    return lexicon["generic"]


def test_ids_are_unique_lowercase_ascii(actors, generic):
    ids = [e["id"] for e in actors + generic]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert all(ID_RE.match(i) for i in ids), [i for i in ids if not ID_RE.match(i)]


def test_actor_entries_have_exactly_the_schema_keys(actors):
    for a in actors:
        missing = {"id", "name", "inter", "country", "kind", "role", "parent", "aliases_ar", "aliases_en"} - set(a)
        assert not missing, (a["id"], missing)
        assert set(a) <= ACTOR_KEYS, (a["id"], set(a) - ACTOR_KEYS)


def test_inter_codes_kinds_and_roles_are_known(actors):
    for a in actors:
        assert a["inter"] in range(1, 9), a["id"]
        assert a["kind"] in KINDS, a["id"]
        if a["kind"] == "state":
            assert a["role"] in ROLES, a["id"]
            assert a["inter"] == 1, a["id"]
        else:
            assert a["role"] is None, a["id"]


def test_period_names_have_periods_that_follow_each_other(actors):
    for a in actors:
        if "{period}" not in a["name"]:
            assert not a.get("periods"), a["id"]
            continue
        periods = a.get("periods")
        assert periods, a["id"]
        for p in periods:
            assert isinstance(p["start"], date) and p["label"], a["id"]
            assert p["end"] is None or (isinstance(p["end"], date) and p["end"] > p["start"]), a["id"]
        for before, after in zip(periods, periods[1:]):
            assert before["end"] == after["start"], a["id"]


def test_parents_exist_and_form_no_cycles(actors):
    by_id = {a["id"]: a for a in actors}
    for a in actors:
        seen, cur = set(), a
        while cur["parent"] is not None:
            assert cur["parent"] in by_id, (cur["id"], cur["parent"])
            assert cur["id"] not in seen, a["id"]
            seen.add(cur["id"])
            cur = by_id[cur["parent"]]


def test_every_entry_has_arabic_aliases_as_strings(actors, generic):
    for e in actors + generic:
        assert e["aliases_ar"], e["id"]
        for alias in e["aliases_ar"] + e.get("aliases_en", []):
            assert isinstance(alias, str) and alias.strip() == alias and alias, (e["id"], alias)


def test_no_alias_is_claimed_by_two_entries(actors, generic):
    owners = defaultdict(set)
    for e in actors + generic:
        for alias in e["aliases_ar"]:
            owners[normalize_key(alias)].add(e["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_every_arab_league_state_has_military_and_police(actors):
    for country in ARAB_LEAGUE:
        roles = {a["role"] for a in actors
                 if a["country"] == country and a["kind"] == "state" and a["parent"] is None}
        assert {"military", "police"} <= roles, (country, roles)


def test_generic_entries_resolve_or_name_an_actor(actors, generic):
    ids = {a["id"] for a in actors}
    for g in generic:
        assert set(g) <= GENERIC_KEYS, (g["id"], set(g) - GENERIC_KEYS)
        for target in (g.get("resolve_by_country") or {}).values():
            assert target in ids, (g["id"], target)
        if "resolve" in g:
            assert g["resolve"].get("kind") in KINDS, g["id"]
            assert g["resolve"].get("role") in ROLES | {None}, g["id"]
        elif "name" not in g:
            assert g.get("resolve_by_country"), g["id"]  # names someone only where the map says who
        else:
            assert "{country}" in g["name"] and g["inter"] in range(1, 9), g["id"]


def test_seed_actors_are_covered(actors):
    aliases = {normalize_key(x): a["id"] for a in actors for x in a["aliases_ar"]}
    assert aliases[normalize_key("قسد")] == "sdf"
    assert aliases[normalize_key("تنظيم داعش")] == "is"
    assert aliases[normalize_key("الدواعش")] == "is"
    assert aliases[normalize_key("التحالف الدولي")] == "global_coalition"


def test_a_date_before_every_known_period_gets_no_period_rather_than_a_later_one():
    from datetime import date

    from rasid.recognize.actors import actor_name, lexicon

    name, inter = actor_name(lexicon().entries["libya_military"], date(2015, 7, 23), "Libya")
    assert name == "Military Forces of Libya" and inter == 1
