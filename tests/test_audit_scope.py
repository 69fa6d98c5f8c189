"""Who reads which audit events: a platform admin every event; an organisation's administrator only
the events of their own organisation (never another's, never the platform's own); nobody else."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.audit.service import record
from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.conftest import bearer

STAFF_ROLES = [Role.DESK, Role.MUNICIPALITY, Role.PARTNER]


@pytest.fixture
def events(client: TestClient, world, as_role, db: Session) -> dict[str, str]:
    """One event of each side's organisation per role (a user renaming themselves), and one of the
    platform itself (a scheduled job, no organisation). Returns subject id → whose event it is."""
    whose = {}
    for side in ("a", "b"):
        for role in Role:
            actor = world.actor(role, side)
            if role == Role.HOST:
                continue  # hosts may not change users
            response = client.patch(
                f"/api/v1/users/{actor.user_id}",
                json={"fullName": f"{role.value} {side}"},
                headers=as_role(role, side),
            )
            assert response.status_code == 200, response.text
            whose[str(actor.user_id)] = f"{role.value}-{side}"
    platform_subject = uuid.uuid4()
    record(db, None, "anonymise", "household", platform_subject, {"by": "retention"})
    db.flush()
    whose[str(platform_subject)] = "platform"
    return whose


def visible(client: TestClient, headers: dict, events: dict[str, str], query: str = "") -> set[str]:
    body = client.get(f"/api/v1/audit-events?limit=200{query}", headers=headers)
    assert body.status_code == 200, body.text
    return {events[e["subjectId"]] for e in body.json()["items"] if e["subjectId"] in events}


def test_a_platform_admin_reads_every_organisations_events_and_the_platforms(
    client: TestClient, as_role, events
) -> None:
    assert visible(client, as_role(Role.ADMIN), events) == set(events.values())


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_an_organisation_admin_reads_only_their_own_organisations_events(
    client: TestClient, world, as_role, events, role: Role
) -> None:
    seen = visible(client, as_role(role), events)
    assert seen == {f"{role.value}-a"}
    body = client.get("/api/v1/audit-events?limit=200", headers=as_role(role)).json()
    assert {e["organisationId"] for e in body["items"]} == {str(world.actor(role).organisation_id)}


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_asking_for_another_organisations_events_finds_none(
    client: TestClient, world, as_role, events, role
) -> None:
    other = world.actor(role, "b").organisation_id
    assert visible(client, as_role(role), events, f"&organisationId={other}") == set()
    assert visible(client, as_role(Role.ADMIN), events, f"&organisationId={other}") == {f"{role.value}-b"}


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_a_member_who_is_not_an_organisation_admin_may_not_read_the_log(
    client: TestClient, world, as_role, role, another_organisation_admin
) -> None:
    actor = world.actor(role)
    another_organisation_admin(actor)
    demoted = client.patch(
        f"/api/v1/users/{actor.user_id}", json={"isOrganisationAdmin": False}, headers=as_role(Role.ADMIN)
    )
    assert demoted.status_code == 200
    response = client.get("/api/v1/audit-events", headers=bearer(actor.user_id))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


def test_a_host_may_not_read_the_log(client: TestClient, as_role) -> None:
    assert client.get("/api/v1/audit-events", headers=as_role(Role.HOST)).status_code == 403


def test_an_api_key_never_reads_the_log(client: TestClient, world, as_role) -> None:
    organisation_id = world.organisation(OrganisationKind.PARTNER)
    key = client.post(
        f"/api/v1/organisations/{organisation_id}/api-keys",
        json={"name": "Koppeling", "scopes": ["users:read", "reference:read"]},
        headers=as_role(Role.PARTNER),
    ).json()["key"]
    assert client.get("/api/v1/audit-events", headers={"X-Api-Key": key}).status_code == 403


def test_events_carry_the_actors_name(client: TestClient, world, as_role, events) -> None:
    desk = world.actor(Role.DESK)
    items = client.get(
        f"/api/v1/audit-events?subjectType=user&subjectId={desk.user_id}&action=update",
        headers=as_role(Role.DESK),
    ).json()["items"]
    assert [(e["action"], e["actorName"]) for e in items] == [("update", "desk a")]
    platform = client.get(
        "/api/v1/audit-events?action=anonymise&subjectType=household", headers=as_role(Role.ADMIN)
    ).json()["items"]
    assert platform and all(e["actorName"] is None and e["organisationId"] is None for e in platform)


def test_events_filter_by_actor_and_time(client: TestClient, world, as_role, events) -> None:
    desk = world.actor(Role.DESK)
    by_actor = visible(client, as_role(Role.ADMIN), events, f"&actorUserId={desk.user_id}")
    assert by_actor == {"desk-a"}
    now = datetime.now(UTC)
    since = (now - timedelta(minutes=5)).isoformat()
    before = (now + timedelta(minutes=5)).isoformat()
    window = {"occurredFrom": since, "occurredBefore": before}
    in_window = client.get(
        "/api/v1/audit-events", params={"limit": 200, **window}, headers=as_role(Role.DESK)
    )
    assert {e["subjectId"] for e in in_window.json()["items"]} >= {str(desk.user_id)}
    later = client.get("/api/v1/audit-events", params={"occurredFrom": before}, headers=as_role(Role.DESK))
    assert later.json() == {"items": [], "total": 0}
    earlier = client.get("/api/v1/audit-events", params={"occurredBefore": since}, headers=as_role(Role.DESK))
    assert str(desk.user_id) not in {e["subjectId"] for e in earlier.json()["items"]}


def test_a_time_without_its_offset_is_400(client: TestClient, as_role) -> None:
    response = client.get(
        "/api/v1/audit-events?occurredFrom=2026-12-01T10:00:00", headers=as_role(Role.ADMIN)
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
