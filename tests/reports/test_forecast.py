"""The relocation forecast: endings per week and group, open requests, fitting free places."""

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from api.placements.models import Placement
from api.placements.service import refresh_host_family, refresh_location, refresh_unit
from tests.people.factories import make_host, make_household, make_location, make_unit
from tests.reports import expected
from tests.reports.scenario import ROLES_WITH_REPORTS, TODAY
from tests.reports.test_occupancy import scope_for


@pytest.mark.parametrize("role", ROLES_WITH_REPORTS)
@pytest.mark.parametrize("group_by", ["municipality", "safetyRegion", "province", "kind"])
def test_forecast_counts_endings_and_free_places_in_scope(
    client: TestClient, as_role, world, scenario, role, group_by
) -> None:
    response = client.get(
        f"/api/v1/reports/relocation-forecast?weeks=12&groupBy={group_by}", headers=as_role(role)
    )
    assert response.status_code == 200, response.text
    report = response.json()
    endings, free = expected.forecast(scenario, scope_for(world, scenario, role), group_by, TODAY, 12)
    got = {}
    for group in report["groups"]:
        assert group["freePlaces"] == free[group["key"]]["places"]
        assert group["freeBeds"] == free[group["key"]]["beds"]
        assert len(group["weeks"]) == 12
        assert group["endings"] == sum(w["endings"] for w in group["weeks"])
        for index, week in enumerate(group["weeks"]):
            assert week["startsOn"] == (TODAY + timedelta(days=7 * index)).isoformat()
            assert 0 <= week["placeable"] <= week["endings"]
            if week["endings"]:
                got[(group["key"], index)] = {k: week[k] for k in ("endings", "people", "withOpenRequest")}
        assert group["flagged"] == (group["weeks"][-1]["shortfall"] > 0)
        assert group["weeks"][-1]["shortfall"] == group["endings"] - sum(
            w["placeable"] for w in group["weeks"]
        )
    assert got == {k: dict(v) for k, v in endings.items()}
    assert report["flaggedGroups"] == sum(g["flagged"] for g in report["groups"])


def test_a_shortfall_is_flagged_from_the_day_endings_exceed_fitting_places(
    client: TestClient, as_role, db: Session, world
) -> None:
    partner = world.organisation(OrganisationKind.PARTNER, "a")
    location = make_location(db, municipality_code="GM0599", closes_on=None)
    unit = make_unit(db, location, beds=4, max_households=1)  # one free place of 4 beds
    small = make_unit(db, location, name="Kamer 2", beds=2, max_households=1)  # too small for 3
    placements = []
    for days, size in ((10, 3), (20, 3)):
        host = make_host(db, partner, municipality_code="GM0599", beds=size,
                         available_until=TODAY + timedelta(days=days))  # fmt: skip
        household = make_household(db, adults=size)
        placements.append(
            Placement(
                household_id=household.id,
                place_type="host_family",
                host_family_id=host.id,
                beds=size,
                starts_on=TODAY - timedelta(days=30),
            )  # fmt: skip
        )
        db.add(placements[-1])
        db.flush()
        refresh_host_family(db, host)
    for u in (unit, small):
        refresh_unit(db, u)
    refresh_location(db, location)
    db.flush()
    report = client.get(
        "/api/v1/reports/relocation-forecast?weeks=4&municipalityCode=GM0599", headers=as_role(Role.DESK)
    ).json()
    (group,) = report["groups"]
    assert (group["key"], group["freePlaces"], group["freeBeds"]) == ("GM0599", 2, 6)
    assert group["flagged"] is True
    assert group["shortfallStartsOn"] == (TODAY + timedelta(days=20)).isoformat()
    weeks = group["weeks"]
    assert [w["endings"] for w in weeks] == [0, 1, 1, 0]
    assert [w["placeable"] for w in weeks] == [0, 1, 0, 0]
    assert [w["shortfall"] for w in weeks] == [0, 0, 1, 1]


def test_weeks_are_bounded(client: TestClient, as_role) -> None:
    headers = as_role(Role.ADMIN)
    assert client.get("/api/v1/reports/relocation-forecast?weeks=0", headers=headers).status_code == 400
    assert client.get("/api/v1/reports/relocation-forecast?weeks=53", headers=headers).status_code == 400
    assert client.get("/api/v1/reports/relocation-forecast?groupBy=scale", headers=headers).status_code == 400


def test_by_kind_host_families_are_one_group_beside_the_location_kinds(
    client: TestClient, as_role, world, scenario
) -> None:
    report = client.get(
        "/api/v1/reports/relocation-forecast?weeks=12&groupBy=kind", headers=as_role(Role.ADMIN)
    ).json()
    endings, free = expected.forecast(scenario, scope_for(world, scenario, Role.ADMIN), "kind", TODAY, 12)
    host_endings = sum(v["endings"] for (key, _), v in endings.items() if key == "host_family")
    assert host_endings > 0  # the scenario has host stays ending within the horizon
    groups = {g["key"]: g for g in report["groups"]}
    assert groups["host_family"]["endings"] == host_endings
    assert set(groups) <= {"host_family", "municipal", "hotel", "small_scale", "holiday_park"}
    assert report["groupBy"] == "kind"


@pytest.mark.parametrize("area", ["", "&municipalityCode=GM0599"])
def test_a_place_with_no_free_bed_left_is_not_a_free_place(
    client: TestClient, as_role, db: Session, world, area
) -> None:
    """A unit or host family whose beds are all held (a household slot left, 0 beds free) offers
    nothing; for the whole country and for an area (the forecast reads them two ways)."""
    partner = world.organisation(OrganisationKind.PARTNER, "a")
    location = make_location(db, municipality_code="GM0599", closes_on=None)
    full = make_unit(db, location, beds=3, max_households=2)
    free = make_unit(db, location, name="Kamer 2", beds=2, max_households=1)
    host = make_host(db, partner, municipality_code="GM0599", beds=2, max_households=2)
    for place_type, place, size, ends_in in (("shelter_unit", full, 3, 5), ("host_family", host, 2, None)):
        household = make_household(db, adults=size)
        placement = Placement(
            household_id=household.id,
            place_type=place_type,
            shelter_unit_id=place.id if place_type == "shelter_unit" else None,
            host_family_id=place.id if place_type == "host_family" else None,
            beds=size,
            starts_on=TODAY - timedelta(days=30),
            planned_end_on=TODAY + timedelta(days=ends_in) if ends_in else None,
        )
        db.add(placement)
        db.flush()
    for u in (full, free):
        refresh_unit(db, u)
    refresh_location(db, location)
    refresh_host_family(db, host)
    db.flush()
    report = client.get(
        f"/api/v1/reports/relocation-forecast?weeks=4{area}", headers=as_role(Role.ADMIN)
    ).json()
    (group,) = [g for g in report["groups"] if g["key"] == "GM0599"]
    assert (group["freePlaces"], group["freeBeds"]) == (1, 2)
    assert group["endings"] == 1
