"""The candidates endpoint's fast paths give what the plain ones give."""

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from api.core.authorization import Role
from api.core.config import get_settings
from api.matching import candidates as candidates_module
from api.matching.batch import PlaceTable
from api.matching.models import CandidateList
from api.relocation.models import RelocationRequest
from tests.conftest import IS_POSTGRES
from tests.matching.test_matching_api import candidates, searching


def _varied_places(places) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    today = date.today()
    for i in range(24):
        spot = {
            "name": f"Plek {i}",
            "lat": 52.0 + rng.uniform(0, 0.2),
            "lon": 5.0 + rng.uniform(0, 0.2),
            "status": rng.choice(["open", "open", "planned", "full"]),
            "opens_on": rng.choice([None, today + timedelta(days=rng.randint(-5, 20))]),
            "closes_on": rng.choice([None, today + timedelta(days=rng.randint(5, 200))]),
            "has_staff": rng.random() < 0.5,
            "self_catering": rng.random() < 0.5,
            "visiting_rules": rng.choice(["open", "daytime", "restricted"]),
            "medical_support_nearby": rng.random() < 0.3,
            "special_needs_school_km": rng.choice([None, rng.uniform(0, 20)]),
            "languages_spoken": rng.choice([["nl"], ["nl", "uk"], []]),
        }
        places.unit(
            spot,
            beds=rng.randint(1, 8),
            status=rng.choice(["available", "available", "blocked"]),
            pets_allowed=rng.random() < 0.5,
            wheelchair_accessible=rng.random() < 0.3,
            families_only=rng.random() < 0.2,
            women_only=rng.random() < 0.2,
        )
    for _ in range(12):
        places.host(
            lat=52.0 + rng.uniform(0, 0.2),
            lon=5.0 + rng.uniform(0, 0.2),
            beds=rng.randint(1, 5),
            accepts_children=rng.random() < 0.7,
            vetting_status=rng.choice(["vetted", "pending"]),
            vetting_expires_on=rng.choice([None, today + timedelta(days=rng.randint(-10, 30))]),
            available_from=today + timedelta(days=rng.randint(-10, 20)),
        )


def _a_need_among_varied_places(people, places):  # type: ignore[no-untyped-def]
    """A searching request's need among varied places, and the centres its search starts from."""
    _varied_places(places)
    request_id = searching(people)
    session, settings = places.db, get_settings()
    request = session.get(RelocationRequest, uuid.UUID(request_id))
    need = candidates_module.need_of(session, request, settings, date.today())
    _, _, by_code = candidates_module.anchors_declined_and_centres(
        session, request.id, list(request.preferred_municipalities)
    )
    return session, settings, need, candidates_module.search_centres(need, by_code)


def test_the_table_built_from_rows_holds_what_the_places_hold(people, places) -> None:
    """rank() judges the rows as columns (table_of) and builds Places only for the few it explains;
    the columns are those PlaceTable.of gives for the Places of the same rows."""
    session, settings, need, centres = _a_need_among_varied_places(people, places)
    (found,) = candidates_module._nearest_places(session, need, settings, centres, [(100, False, None)])
    assert len(found.units) >= 20 and len(found.hosts) == 12
    every = list(range(len(found)))
    fresh = found.places(every)
    assert [p.place_id for p, _ in fresh] == [found.table.place_id(i) for i in every]
    expected = PlaceTable.of([(place, location_id, place.safeguarded, None) for place, location_id in fresh])
    assert found.table.place_types == expected.place_types
    assert found.table.hex_ids == expected.hex_ids
    assert found.table.location_ids == expected.location_ids
    assert np.array_equal(found.table.host_vetted, expected.host_vetted)
    assert found.table.columns.keys() == expected.columns.keys()
    for name, column in expected.columns.items():
        assert np.array_equal(found.table.columns[name], column, equal_nan=column.dtype == float), name
    assert found.table.language_bits == expected.language_bits


def test_judging_only_the_excluded_contenders_gives_the_same_excluded(people, places, monkeypatch) -> None:
    """The excluded places shown are those of judging every nearby place one by one."""
    _varied_places(places)
    request_id = searching(people)
    fast = candidates(people, request_id, limit=5)
    monkeypatch.setattr(
        candidates_module, "_excluded_contenders", lambda need, found, *args: list(range(len(found)))
    )
    every = candidates(people, request_id, limit=5)
    assert len(fast["excluded"]) == 5
    assert fast == every


@pytest.mark.skipif(not IS_POSTGRES, reason="the index walks are PostgreSQL's")
def test_the_index_walks_find_what_the_plain_search_finds(people, places, monkeypatch) -> None:
    """On PostgreSQL a search walks the position index once, joined to its centres (and their
    boxes); the plain search, one per centre with the distance computed, finds the same places."""
    session, settings, need, centres = _a_need_among_varied_places(people, places)
    assert len(centres) > 1
    asks: list[tuple[int, bool, float | None]] = [(5, True, None), (4, False, 8.0), (6, False, None)]

    def found() -> list[tuple[list, list]]:
        return [
            (sorted(str(row.id) for row in f.units), sorted(str(row.id) for row in f.hosts))
            for f in candidates_module._nearest_places(session, need, settings, centres, asks)
        ]

    walked = found()
    search = candidates_module._search

    def plain_search(*args, **kwargs):  # type: ignore[no-untyped-def]
        shape, parameters = search(*args, **kwargs)
        return replace(shape, indexed=False), parameters

    monkeypatch.setattr(candidates_module, "_search", plain_search)
    assert found() == walked
    assert all(units and hosts for units, hosts in walked)


def test_the_page_is_written_as_its_models_write_it(people, places, monkeypatch) -> None:
    """The page's JSON is written from plain values: it is the JSON that validating it as a
    CandidateList and writing that gives, to the byte (every field, in order, typed as declared),
    for a household that every term applies to, with integer weights in the settings."""
    _varied_places(places)
    household = people.household(
        adults=1,
        members=[{"ageBand": "age_30_49"}, {"ageBand": "age_4_11"}],
        needs={
            "medicalCare": True,
            "specialNeedsEducation": True,
            "informalCare": True,
            "selfCatering": True,
            "womenAndChildrenOnly": True,
        },
    )
    anchors = [
        {"kind": "work", "label": "Bakkerij", "lat": 52.08, "lon": 5.11},
        {"kind": "school", "label": "Basisschool", "lat": 52.1, "lon": 5.13},
        {"kind": "carer", "label": "Oma", "lat": 52.12, "lon": 5.1},
    ]
    request = people.request(household["id"], anchors=anchors)
    people.to_matching(request["id"])
    monkeypatch.setattr(get_settings(), "matching_weights", {"work": 3, "bed_fit": 2})
    response = people.get(f"/relocation-requests/{request['id']}/candidates?limit=30", role=Role.DESK)
    assert response.status_code == 200, response.text
    page = CandidateList.model_validate_json(response.content)
    assert page.model_dump_json(by_alias=True).encode() == response.content
    terms = {term.name for item in page.items for term in item.explanation.terms}
    assert {"carer", "medical_support", "special_needs_school", "care_fit", "self_catering"} <= terms
    assert page.excluded and all(item.explanation.separation for item in page.items[:-1])
