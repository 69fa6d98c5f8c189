"""The request flow: open by status and urgency, overdue, time to move, offers, per desk and region."""

import copy

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from tests.reports import expected
from tests.reports.scenario import MUNICIPALITIES, ROLES_WITH_REPORTS, TODAY
from tests.reports.test_occupancy import scope_for


@pytest.mark.parametrize("role", ROLES_WITH_REPORTS)
def test_request_flow_matches_the_requests_in_scope(
    client: TestClient, as_role, world, scenario, role
) -> None:
    response = client.get("/api/v1/reports/requests?periodDays=365", headers=as_role(role))
    assert response.status_code == 200, response.text
    report = response.json()
    want = expected.requests(scenario, scope_for(world, scenario, role), TODAY, 365)
    total = report["total"]
    assert (total["open"], total["overdue"]) == (want["open"], want["overdue"])
    matrix = {(s, u): n for s, row in report["byStatusAndUrgency"].items() for u, n in row.items() if n}
    assert matrix == dict(want["matrix"])
    for status in expected.OPEN:
        assert total[status] == sum(n for (s, _), n in want["matrix"].items() if s == status)
    assert total["moved"] == len(want["moved_hours"])
    assert total["medianDaysToMove"] == expected.percentile_days(want["moved_hours"], 0.5)
    assert total["p90DaysToMove"] == expected.percentile_days(want["moved_hours"], 0.9)
    assert total["offersMade"] == sum(want["offers"].values())
    assert (total["offersAccepted"], total["offersDeclined"], total["offersOpen"]) == (
        want["offers"]["accepted"], want["offers"]["declined"], want["offers"]["open"],
    )  # fmt: skip
    desks = {d["key"]: d for d in report["desks"]}
    for desk, counts in want["desks"].items():
        assert (desks[desk]["open"], desks[desk]["overdue"]) == (counts["open"], counts["overdue"])
    for desk, counts in want["desk_offers"].items():
        assert desks[desk]["offersMade"] == sum(counts.values())
    assert sum(r["open"] for r in report["regions"]) == total["open"]
    assert report["movesThisWeek"] == want.get("moves_this_week", 0)
    if role == Role.MUNICIPALITY:
        assert report["declineReasons"] is None  # restricted text: not for municipalities
    else:
        assert {r["reason"]: r["count"] for r in report["declineReasons"]} == dict(want["reasons"])


def test_decline_reasons_are_normalised_and_their_reading_audited(
    client: TestClient, as_role, db: Session, scenario
) -> None:
    report = client.get("/api/v1/reports/requests", headers=as_role(Role.DESK)).json()
    reasons = [r["reason"] for r in report["declineReasons"]]
    assert "te ver van school" in reasons and "Te ver van school" not in reasons
    events = db.exec(select(AuditEvent).where(AuditEvent.subject_type == "report")).all()
    assert [e.action for e in events] == ["read_sensitive"]


def test_a_region_filter_keeps_that_region(client: TestClient, as_role, scenario) -> None:
    report = client.get("/api/v1/reports/requests?safetyRegion=VR13", headers=as_role(Role.ADMIN)).json()
    assert {r["key"] for r in report["regions"]} <= {"VR13"}


@pytest.mark.parametrize("path", ["requests", "occupancy", "relocation-forecast"])
@pytest.mark.parametrize("on", ["0001-01-01", "9999-12-31", "2101-01-01"])
def test_a_report_date_outside_the_years_it_can_mean_is_refused(
    client: TestClient, as_role, path, on
) -> None:
    response = client.get(f"/api/v1/reports/{path}?date={on}", headers=as_role(Role.ADMIN))
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MUNICIPALITY, Role.PARTNER])
@pytest.mark.parametrize(
    "area",
    [
        {"safetyRegion": "VR09"},
        {"municipalityCode": "GM0344"},
        {"municipalityCode": "GM0344", "safetyRegion": "VR09"},
        {"municipalityCode": "GM0363", "safetyRegion": "VR09"},  # not in that region: nothing
    ],
)
def test_an_area_filter_counts_the_requests_placed_there(
    client: TestClient, as_role, world, scenario, role, area
) -> None:
    """The area filter is applied from the area's side (its locations' units and host families):
    the figures are those of the requests whose current place is in the area, in the caller's scope."""
    query = "&".join(f"{k}={v}" for k, v in area.items())
    report = client.get(f"/api/v1/reports/requests?periodDays=365&{query}", headers=as_role(role)).json()

    def in_area(request) -> bool:
        placement = next(p for p in scenario.placements if p.id == request.current_placement_id)
        code = scenario.place_municipality(placement)
        return (
            area.get("municipalityCode", code) == code
            and area.get("safetyRegion", MUNICIPALITIES[code][0]) == MUNICIPALITIES[code][0]
        )

    placed_there = copy.copy(scenario)
    placed_there.requests = [r for r in scenario.requests if in_area(r)]
    want = expected.requests(placed_there, scope_for(world, placed_there, role), TODAY, 365)
    total = report["total"]
    assert (total["open"], total["overdue"]) == (want["open"], want["overdue"])
    matrix = {(s, u): n for s, row in report["byStatusAndUrgency"].items() for u, n in row.items() if n}
    assert matrix == dict(want["matrix"])
    assert total["moved"] == len(want["moved_hours"])
    assert total["medianDaysToMove"] == expected.percentile_days(want["moved_hours"], 0.5)
    assert total["offersMade"] == sum(want["offers"].values())
    assert report["movesThisWeek"] == want.get("moves_this_week", 0)
    regions = {r["key"] for r in report["regions"]}
    assert regions <= ({area["safetyRegion"]} if "safetyRegion" in area else {MUNICIPALITIES["GM0344"][0]})
