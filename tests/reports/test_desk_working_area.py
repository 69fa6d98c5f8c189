"""A relocation desk with a working area (#13 part 4) gets its reports narrowed to its safety
regions: occupancy, forecast and location list count the places there, the request flow the
households its scope holds. Without a working area a desk's reports stay national; the other
roles are not affected by a desk's area."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.core.authorization import Role
from api.identity.models import Organisation, OrganisationKind
from tests.reports import expected
from tests.reports.scenario import MUNICIPALITIES, TODAY
from tests.reports.test_occupancy import HOST_FIELDS, LOCATION_FIELDS, MUNICIPALITY_OF_SIDE

REGIONS = ["VR09"]  # Utrecht: GM0344 and GM0307 in the scenario


@pytest.fixture
def regional_desk(db: Session, world, scenario):  # type: ignore[no-untyped-def]
    """Desk b works for Utrecht; desk a stays national."""
    desk = db.get(Organisation, world.organisation(OrganisationKind.RELOCATION_DESK, "b"))
    assert desk is not None
    desk.safety_region_codes = REGIONS
    db.add(desk)
    db.flush()
    actor = world.actor(Role.DESK, "b")
    return expected.Scope(Role.DESK, actor.organisation_id, MUNICIPALITY_OF_SIDE["b"], scenario, set(REGIONS))


@pytest.mark.parametrize("group_by", ["municipality", "safetyRegion", "kind", "scale"])
def test_occupancy_counts_only_the_places_in_the_desks_regions(
    client: TestClient, as_role, scenario, regional_desk, group_by
) -> None:
    report = client.get(
        f"/api/v1/reports/occupancy?groupBy={group_by}", headers=as_role(Role.DESK, "b")
    ).json()
    want = expected.occupancy(scenario, regional_desk, group_by, TODAY)
    for field in LOCATION_FIELDS + HOST_FIELDS:
        assert report["total"][field] == sum(v[field] for v in want.values()), field
    if group_by == "municipality":
        assert {g["key"] for g in report["groups"]} <= {
            c for c, (r, _) in MUNICIPALITIES.items() if r in REGIONS
        }
    national = client.get(
        f"/api/v1/reports/occupancy?groupBy={group_by}", headers=as_role(Role.DESK, "a")
    ).json()
    assert national["total"]["beds"] > report["total"]["beds"]  # the scenario has places outside VR09


def test_the_forecast_and_the_location_list_keep_to_the_regions(
    client: TestClient, as_role, scenario, regional_desk
) -> None:
    headers = as_role(Role.DESK, "b")
    report = client.get("/api/v1/reports/relocation-forecast?weeks=12&groupBy=municipality", headers=headers)
    endings, free = expected.forecast(scenario, regional_desk, "municipality", TODAY, 12)
    got = {
        (g["key"], i): w["endings"]
        for g in report.json()["groups"]
        for i, w in enumerate(g["weeks"])
        if w["endings"]
    }
    assert got == {k: v["endings"] for k, v in endings.items()}
    for group in report.json()["groups"]:
        assert (group["freePlaces"], group["freeBeds"]) == (
            free[group["key"]]["places"],
            free[group["key"]]["beds"],
        )
    listed = client.get("/api/v1/reports/locations", headers=headers).json()
    assert {i["safetyRegionCode"] for i in listed["items"]} <= set(REGIONS)
    assert listed["total"] == sum(regional_desk.location(loc) for loc in scenario.locations)


def test_the_request_flow_counts_the_households_of_the_regions(
    client: TestClient, as_role, scenario, regional_desk
) -> None:
    report = client.get("/api/v1/reports/requests?periodDays=365", headers=as_role(Role.DESK, "b")).json()
    want = expected.requests(scenario, regional_desk, TODAY, 365)
    assert (report["total"]["open"], report["total"]["overdue"]) == (want["open"], want["overdue"])
    assert report["total"]["offersMade"] == sum(want["offers"].values())
    assert {r["key"] for r in report["regions"]} <= {*REGIONS, None}
    national = client.get("/api/v1/reports/requests?periodDays=365", headers=as_role(Role.DESK, "a")).json()
    assert national["total"]["open"] > report["total"]["open"]


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MUNICIPALITY, Role.PARTNER])
def test_other_roles_are_not_narrowed_by_a_desks_area(
    client: TestClient, as_role, world, scenario, regional_desk, role
) -> None:
    report = client.get("/api/v1/reports/occupancy?groupBy=province", headers=as_role(role)).json()
    actor = world.actor(role, "a")
    want = expected.occupancy(
        scenario,
        expected.Scope(role, actor.organisation_id, MUNICIPALITY_OF_SIDE["a"], scenario),
        "province",
        TODAY,
    )
    assert report["total"]["beds"] == sum(v["beds"] for v in want.values())
