"""Occupancy: every figure against the scenario, per grouping and per role's scope."""

import pytest
from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.reports import expected
from tests.reports.scenario import ROLES_WITH_REPORTS, TODAY

LOCATION_FIELDS = ("locations", "beds", "blocked", "occupied", "free", "households")
HOST_FIELDS = ("hostFamilies", "hostFamilyBeds", "hostFamilyOccupied", "hostFamilyHouseholds")
MUNICIPALITY_OF_SIDE = {"a": "GM0344", "b": "GM0363"}


def scope_for(world, scenario, role: Role, side: str = "a") -> expected.Scope:
    actor = world.actor(role, side)
    return expected.Scope(role, actor.organisation_id, MUNICIPALITY_OF_SIDE[side], scenario)


def figures(row: dict, fields) -> dict:
    return {f: row[f] for f in fields}


@pytest.mark.parametrize("role", ROLES_WITH_REPORTS)
@pytest.mark.parametrize("group_by", ["municipality", "safetyRegion", "province", "kind", "scale"])
def test_occupancy_sums_the_places_in_scope(
    client: TestClient, as_role, world, scenario, role, group_by
) -> None:
    response = client.get(f"/api/v1/reports/occupancy?groupBy={group_by}", headers=as_role(role))
    assert response.status_code == 200, response.text
    report = response.json()
    want = expected.occupancy(scenario, scope_for(world, scenario, role), group_by, TODAY)
    by_area = group_by in ("municipality", "safetyRegion", "province")
    fields = LOCATION_FIELDS + (HOST_FIELDS if by_area else ())
    got = {g["key"]: figures(g, fields) for g in report["groups"] if any(figures(g, fields).values())}
    assert got == {
        k: {f: v[f] for f in fields} for k, v in want.items() if k is not None and any(v[f] for f in fields)
    }
    for field in LOCATION_FIELDS + HOST_FIELDS:
        assert report["total"][field] == sum(v[field] for v in want.values()), field


def test_scale_compares_small_and_large_locations(client: TestClient, as_role, world, scenario) -> None:
    report = client.get(
        "/api/v1/reports/occupancy?groupBy=scale&periodDays=365", headers=as_role(Role.DESK)
    ).json()
    assert [g["key"] for g in report["groups"]] == ["small", "large"]
    assert report["smallScaleMaxBeds"] == 50
    flows = expected.scale_flows(scenario, scope_for(world, scenario, Role.DESK), TODAY, 365)
    for group in report["groups"]:
        counts, average = flows[group["key"]]
        scale = group["scale"]
        assert scale["movesOut"] == counts["moves_out"]
        assert scale["averageStayDays"] == average
        assert scale["incidents"] == counts["incidents"]
        assert scale["offersDeclined"] == counts["offers_declined"]
        rate = round(group["occupied"] / group["beds"], 3) if group["beds"] else None
        assert scale["occupancyRate"] == rate
        per_100 = round(counts["incidents"] * 100 / group["occupied"], 1) if group["occupied"] else None
        assert scale["incidentsPer100Residents"] == per_100


def test_occupancy_on_another_date_counts_the_stays_of_that_day(
    client: TestClient, as_role, world, scenario
) -> None:
    day = TODAY.replace(day=1) if TODAY.day > 1 else TODAY
    past = day.fromordinal(TODAY.toordinal() - 40)
    report = client.get(
        f"/api/v1/reports/occupancy?groupBy=province&date={past}", headers=as_role(Role.ADMIN)
    ).json()
    want = expected.occupancy(scenario, scope_for(world, scenario, Role.ADMIN), "province", past)
    assert report["on"] == past.isoformat()
    assert report["total"]["occupied"] == sum(v["occupied"] for v in want.values())
    assert report["total"]["households"] == sum(v["households"] for v in want.values())


def test_filters_narrow_to_a_municipality_region_or_kind(
    client: TestClient, as_role, world, scenario
) -> None:
    headers = as_role(Role.DESK)
    want = expected.occupancy(scenario, scope_for(world, scenario, Role.DESK), "municipality", TODAY)
    one = client.get("/api/v1/reports/occupancy?municipalityCode=GM0307", headers=headers).json()
    assert {g["key"] for g in one["groups"]} <= {"GM0307"}
    assert one["total"]["beds"] == want.get("GM0307", {}).get("beds", 0)
    region = client.get("/api/v1/reports/occupancy?safetyRegion=VR09", headers=headers).json()
    assert region["total"]["beds"] == sum(want.get(c, {}).get("beds", 0) for c in ("GM0344", "GM0307"))
    kinds = expected.occupancy(scenario, scope_for(world, scenario, Role.DESK), "kind", TODAY)
    hotel = client.get("/api/v1/reports/occupancy?groupBy=kind&kind=hotel", headers=headers).json()
    assert hotel["total"]["beds"] == kinds.get("hotel", {}).get("beds", 0)
    assert hotel["total"]["hostFamilyBeds"] == 0  # host families have no kind
    bad = client.get("/api/v1/reports/occupancy?safetyRegion=Utrecht", headers=headers)
    assert bad.status_code == 400


def test_a_municipality_sees_only_its_territory(client: TestClient, as_role, scenario) -> None:
    report = client.get("/api/v1/reports/occupancy", headers=as_role(Role.MUNICIPALITY, "b")).json()
    assert {g["key"] for g in report["groups"]} <= {"GM0363"}
    other = client.get(
        "/api/v1/reports/occupancy?municipalityCode=GM0344", headers=as_role(Role.MUNICIPALITY, "b")
    )
    assert other.json()["total"]["beds"] == 0 and other.json()["groups"] == []


def test_a_partner_sees_the_places_it_runs(client: TestClient, as_role, world, scenario) -> None:
    partner = world.organisation(OrganisationKind.PARTNER, "a")
    report = client.get("/api/v1/reports/occupancy", headers=as_role(Role.PARTNER)).json()
    mine = [loc for loc in scenario.locations if loc.operator_organisation_id == partner]
    assert report["total"]["locations"] == sum(expected.location_counts(loc, TODAY) for loc in mine)


def test_hosts_have_no_reports(client: TestClient, as_role) -> None:
    assert client.get("/api/v1/reports/occupancy", headers=as_role(Role.HOST)).status_code == 403


@pytest.mark.parametrize("group_by", ["municipality", "kind", "scale"])
def test_a_region_filter_sums_and_flows_only_that_region(
    client: TestClient, as_role, world, scenario, group_by
) -> None:
    """The region's locations and units are found once and every part (beds held, moves out,
    incidents, declines) reads only those: the figures equal those of a desk working in VR09."""
    report = client.get(
        f"/api/v1/reports/occupancy?groupBy={group_by}&safetyRegion=VR09&periodDays=365",
        headers=as_role(Role.ADMIN),
    ).json()
    actor = world.actor(Role.DESK, "a")
    region = expected.Scope(Role.DESK, actor.organisation_id, None, scenario, regions={"VR09"})
    want = expected.occupancy(scenario, region, group_by, TODAY)
    got = {
        g["key"]: figures(g, LOCATION_FIELDS)
        for g in report["groups"]
        if any(figures(g, LOCATION_FIELDS).values())
    }
    assert got == {
        k: figures(v, LOCATION_FIELDS) for k, v in want.items() if any(v[f] for f in LOCATION_FIELDS)
    }
    if group_by == "scale":
        flows = expected.scale_flows(scenario, region, TODAY, 365)
        for group in report["groups"]:
            counts, average = flows[group["key"]]
            assert group["scale"]["movesOut"] == counts["moves_out"]
            assert group["scale"]["averageStayDays"] == average
            assert group["scale"]["incidents"] == counts["incidents"]
            assert group["scale"]["offersDeclined"] == counts["offers_declined"]
