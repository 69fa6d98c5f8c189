"""GDPR: export, erasure (personal data gone, statistics kept), retention of finished requests."""

import json
import uuid
from datetime import timedelta

from sqlmodel import select

from api.core.authorization import Role
from api.core.config import get_settings
from api.core.models import utcnow
from api.gdpr.service import apply_retention
from api.households.models import Household
from api.notifications.models import Notification
from api.offers.models import Offer
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from api.relocation.models import RelocationAnchor, RelocationEvent, RelocationRequest
from tests.people.conftest import TODAY


def household_with_history(people, places) -> tuple[dict, dict]:
    """A household whose request had an offer it declined (with a reason), now matching."""
    household = people.household(vulnerable=True)
    request = people.request(household["id"], notes="Afraid of the host's son.")
    people.to_matching(request["id"])
    offer = people.offer(request["id"], "shelter_unit", places.unit().id).json()
    people.post(f"/offers/{offer['id']}/decline", {"reason": "No school nearby."}, role=Role.PARTNER)
    return household, request


def test_only_admins_export_and_erase(people) -> None:
    household = people.household()
    for role in (Role.DESK, Role.PARTNER, Role.MUNICIPALITY, Role.HOST):
        assert people.get(f"/households/{household['id']}/export", role=role).status_code == 403
        assert (
            people.client.delete(
                f"/api/v1/households/{household['id']}", headers=people.as_role(role)
            ).status_code
            == 403
        )
    assert people.get(f"/households/{uuid.uuid4()}/export", role=Role.ADMIN).status_code == 404


def test_export_contains_everything_about_the_household(people, places) -> None:
    household, request = household_with_history(people, places)
    response = people.get(f"/households/{household['id']}/export", role=Role.ADMIN)
    assert response.status_code == 200, response.text
    export = response.json()
    assert export["household"]["vulnerable"] is True and export["household"]["notes"]
    [exported] = export["relocationRequests"]
    assert (
        exported["request"]["id"] == request["id"]
        and exported["request"]["notes"] == "Afraid of the host's son."
    )
    assert [e["kind"] for e in exported["events"]][-2:] == ["offer_made", "offer_declined"]
    assert exported["offers"][0]["declineReason"] == "No school nearby."
    assert len(exported["statusLinks"]) == 1 and "token" not in json.dumps(exported["statusLinks"])
    assert {n["kind"] for n in export["notifications"]} >= {"offer_made", "status_changed"}
    actions = {(a["action"], a["subjectType"]) for a in export["accessLog"]}
    assert {
        ("create", "household"),
        ("read_sensitive", "household"),
        ("decline", "offer"),
    } <= actions
    audit = people.get(f"/audit-events?subjectId={household['id']}&action=export", role=Role.ADMIN).json()
    assert audit["total"] == 1


def test_erasure_removes_personal_data_and_keeps_statistics(people, places, db) -> None:
    household, request = household_with_history(people, places)
    hid, rid = uuid.UUID(household["id"]), uuid.UUID(request["id"])
    token = request["statusLink"]["token"]
    response = people.client.delete(f"/api/v1/households/{hid}", headers=people.as_role(Role.ADMIN))
    assert response.status_code == 204, response.text

    assert people.get(f"/households/{hid}").status_code == 404
    assert people.get(f"/relocation-requests/{rid}").status_code == 404
    assert people.get(f"/households/{hid}/export", role=Role.ADMIN).status_code == 404
    assert people.client.get(f"/api/v1/status/{token}").status_code == 404

    row = db.get(Household, hid)
    db.refresh(row)
    assert (row.adults, row.children, row.members, row.legal_status) == (
        2,
        1,
        ["age_30_49", "age_30_49", "age_4_11"],
        "ukrainian_tpd",
    )
    assert row.erased_at is not None and row.reference.startswith("X-")
    assert (
        row.notes is None and row.needs_details is None and row.contact_email is None and not row.vulnerable
    )
    stored = db.get(RelocationRequest, rid)
    db.refresh(stored)
    assert stored.status == "cancelled" and stored.anonymised_at and stored.notes is None
    assert stored.reason == "host_stay_ending"  # statistics stay
    assert not db.exec(select(RelocationAnchor).where(RelocationAnchor.request_id == rid)).all()
    assert all(
        e.note is None for e in db.exec(select(RelocationEvent).where(RelocationEvent.request_id == rid))
    )
    assert all(o.decline_reason is None for o in db.exec(select(Offer).where(Offer.request_id == rid)))
    notifications = db.exec(select(Notification).where(Notification.household_id == hid)).all()
    assert notifications and all(n.recipient == "erased" and n.body == "" for n in notifications)
    assert all(n.status in ("cancelled", "sent", "failed") for n in notifications)
    assert (
        people.client.delete(f"/api/v1/households/{hid}", headers=people.as_role(Role.ADMIN)).status_code
        == 404
    )
    audit = people.get(f"/audit-events?subjectId={hid}&action=erase", role=Role.ADMIN).json()
    assert audit["total"] == 1


def test_a_household_that_holds_beds_is_not_erased(people, places, db) -> None:
    household = people.household()
    host = places.host()
    placement = hold_beds(
        db,
        household_id=uuid.UUID(household["id"]),
        place_type=PlaceType.HOST_FAMILY,
        place_id=host.id,
        beds=3,
        starts_on=TODAY,
        arrived_on=TODAY,
    )
    db.commit()
    path = f"/api/v1/households/{household['id']}"
    refused = people.client.delete(path, headers=people.as_role(Role.ADMIN))
    assert refused.status_code == 409 and refused.json()["type"].endswith("household-placed")
    assert people.get(f"/households/{household['id']}").json()["notes"]  # nothing half-erased
    assert people.post(f"/placements/{placement.id}/end", {}).status_code == 200
    assert people.client.delete(path, headers=people.as_role(Role.ADMIN)).status_code == 204


def test_retention_anonymises_old_finished_requests(people, places, db) -> None:
    settings = get_settings()
    gone, gone_request = household_with_history(people, places)
    assert people.transition(gone_request["id"], "cancelled").status_code == 200
    recent = people.household()
    recent_request = people.request(recent["id"])
    people.transition(recent_request["id"], "cancelled")
    open_one = people.household()
    open_request = people.request(open_one["id"])

    long_ago = utcnow() - timedelta(days=settings.closed_request_retention_days + 1)
    old = db.get(RelocationRequest, uuid.UUID(gone_request["id"]))
    old.closed_at = long_ago
    db.add(old)
    db.commit()

    result = apply_retention(db, settings, utcnow())
    db.commit()
    assert result == {"requests": 1, "households": 1}
    db.refresh(old)
    assert old.anonymised_at is not None and old.notes is None and old.status == "cancelled"
    assert db.get(Household, uuid.UUID(gone["id"])).erased_at is not None
    assert people.get(f"/relocation-requests/{recent_request['id']}").json()["anchors"]  # too recent
    assert people.get(f"/relocation-requests/{open_request['id']}").json()["status"] == "submitted"
    assert apply_retention(db, settings, utcnow()) == {"requests": 0, "households": 0}
