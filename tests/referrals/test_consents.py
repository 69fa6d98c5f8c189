"""Consents: who records, reads and withdraws them; validation; the audit."""

import uuid
from datetime import timedelta

import pytest

from api.core.authorization import Role
from api.core.models import utcnow
from api.identity.models import OrganisationKind as K
from tests.referrals.conftest import later


def test_a_partner_records_a_consent_for_its_household(sharing) -> None:
    household = sharing.people.household()
    desk = sharing.org(K.RELOCATION_DESK)
    consent = sharing.consent(household["id"], desk, "relocation", validUntil=later(60))
    assert consent["householdId"] == household["id"]
    assert consent["organisationId"] == desk and consent["organisationName"] == "Test relocation_desk a"
    assert consent["purpose"] == "relocation" and consent["status"] == "active"
    assert consent["recordedByOrganisationId"] == sharing.org(K.PARTNER)
    assert consent["recordedByUserId"] == str(sharing.people.world.actor(Role.PARTNER).user_id)
    assert consent["withdrawnAt"] is None
    [created] = sharing.audit("consent", consent["id"], "create")
    assert created["details"]["householdId"] == household["id"]
    assert created["details"]["organisationId"] == desk and created["details"]["purpose"] == "relocation"
    listed = sharing.people.get(f"/households/{household['id']}/consents", role=Role.PARTNER).json()
    assert [c["id"] for c in listed["items"]] == [consent["id"]] and listed["total"] == 1


@pytest.mark.parametrize(
    ("role", "side", "status"),
    [
        (Role.PARTNER, "a", 201),  # supports the household
        (Role.DESK, "b", 201),  # desks have every household in their care
        (Role.ADMIN, "a", 201),
        (Role.PARTNER, "b", 404),  # another partner does not see it
        (Role.MUNICIPALITY, "a", 404),  # not placed there
        (Role.HOST, "a", 403),
    ],
)
def test_who_may_record_a_consent(sharing, role, side, status) -> None:
    household = sharing.people.household()
    response = sharing.record_consent(household["id"], sharing.org(K.PARTNER, "b"), role=role, side=side)
    assert response.status_code == status, response.text
    read = sharing.people.get(f"/households/{household['id']}/consents", role=role, side=side)
    assert read.status_code == (200 if status == 201 else status)


def test_a_municipality_records_consents_for_the_households_placed_there(sharing, places) -> None:
    household = sharing.people.household()
    sharing.place_in_utrecht(places, household)
    other = sharing.org(K.MUNICIPALITY, "b")
    assert (
        sharing.record_consent(household["id"], other, "reception", role=Role.MUNICIPALITY).status_code == 201
    )
    assert (
        sharing.record_consent(
            household["id"], other, "reception", role=Role.MUNICIPALITY, side="b"
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("overrides", "status", "code"),
    [
        ({"validUntil": later(-1)}, 422, "invalid-window"),
        ({"validFrom": later(10), "validUntil": later(5)}, 422, "invalid-window"),
        ({"validUntil": later(800)}, 422, "consent-too-long"),
        ({"organisationId": str(uuid.uuid4())}, 422, "unknown-organisation"),
        ({"purpose": "marketing"}, 400, "invalid-input"),
        ({"validUntil": "2030-01-01T00:00:00"}, 400, "invalid-input"),  # no timezone
        ({"validUntil": None}, 400, "invalid-input"),
        ({"withdrawnAt": later(1)}, 400, "invalid-input"),  # not settable
    ],
)
def test_invalid_consents_are_refused(sharing, overrides, status, code) -> None:
    household = sharing.people.household()
    body = {
        "organisationId": sharing.org(K.RELOCATION_DESK),
        "purpose": "relocation",
        "validUntil": later(30),
    }
    response = sharing.people.post(
        f"/households/{household['id']}/consents", body | overrides, role=Role.PARTNER
    )
    assert response.status_code == status, response.text
    assert response.json()["type"].endswith(code)
    assert (
        sharing.people.get(f"/households/{household['id']}/consents", role=Role.PARTNER).json()["total"] == 0
    )


def test_overlapping_consents_for_one_organisation_and_purpose_are_refused(sharing) -> None:
    household = sharing.people.household()
    desk = sharing.org(K.RELOCATION_DESK)
    first = sharing.consent(household["id"], desk, "relocation", validUntil=later(30))
    overlap = sharing.record_consent(
        household["id"], desk, "relocation", validFrom=later(20), validUntil=later(50)
    )
    assert overlap.status_code == 409 and overlap.json()["type"].endswith("consent-overlaps")
    # Another purpose, or the time after the first one ends, is fine.
    assert sharing.record_consent(household["id"], desk, "host_matching").status_code == 201
    after = sharing.consent(
        household["id"], desk, "relocation", validFrom=first["validUntil"], validUntil=later(60)
    )
    assert after["status"] == "scheduled"
    # Withdrawn consents no longer count.
    assert sharing.withdraw(household["id"], after["id"]).status_code == 200
    assert sharing.withdraw(household["id"], first["id"]).status_code == 200
    assert sharing.record_consent(household["id"], desk, "relocation").status_code == 201


def test_withdrawing_a_consent(sharing) -> None:
    household = sharing.people.household()
    consent = sharing.consent(household["id"], sharing.org(K.RELOCATION_DESK))
    assert sharing.withdraw(household["id"], consent["id"], role=Role.PARTNER, side="b").status_code == 404
    assert sharing.withdraw(household["id"], consent["id"], role=Role.MUNICIPALITY).status_code == 404
    assert sharing.withdraw(household["id"], consent["id"], role=Role.HOST).status_code == 403
    other = sharing.people.household()
    assert sharing.withdraw(other["id"], consent["id"]).status_code == 404  # not this household's
    withdrawn = sharing.withdraw(household["id"], consent["id"])
    assert withdrawn.status_code == 200, withdrawn.text
    body = withdrawn.json()
    assert body["status"] == "withdrawn" and body["withdrawnAt"]
    assert body["withdrawnByOrganisationId"] == sharing.org(K.PARTNER)
    again = sharing.withdraw(household["id"], consent["id"])
    assert again.status_code == 409 and again.json()["type"].endswith("consent-withdrawn")
    [event] = sharing.audit("consent", consent["id"], "withdraw")
    assert event["details"] == {
        "householdId": household["id"],
        "organisationId": consent["organisationId"],
        "purpose": "relocation",
        "endedReferralIds": [],
    }


def test_a_desk_withdraws_too_and_an_expired_consent_cannot_be_withdrawn(sharing, db) -> None:
    from sqlalchemy import update

    from api.consents.models import Consent

    household = sharing.people.household()
    consent = sharing.consent(household["id"], sharing.org(K.PARTNER, "b"), "host_matching")
    lapsed = sharing.consent(household["id"], sharing.org(K.PARTNER, "b"), "relocation")
    db.exec(
        update(Consent)
        .where(Consent.id == uuid.UUID(lapsed["id"]))
        .values(valid_from=utcnow() - timedelta(days=9), valid_until=utcnow() - timedelta(days=1))
    )
    db.commit()
    assert sharing.withdraw(household["id"], consent["id"], role=Role.DESK, side="b").status_code == 200
    expired = sharing.withdraw(household["id"], lapsed["id"])
    assert expired.status_code == 409 and expired.json()["type"].endswith("consent-expired")


def test_consent_lists_filter_by_status(sharing) -> None:
    household = sharing.people.household()
    desk = sharing.org(K.RELOCATION_DESK)
    active = sharing.consent(household["id"], desk, "relocation")
    scheduled = sharing.consent(
        household["id"], desk, "host_matching", validFrom=later(5), validUntil=later(30)
    )
    withdrawn = sharing.consent(household["id"], desk, "safeguarding")
    sharing.withdraw(household["id"], withdrawn["id"])
    path = f"/households/{household['id']}/consents"
    for status, expected in (("active", active), ("scheduled", scheduled), ("withdrawn", withdrawn)):
        items = sharing.people.get(f"{path}?status={status}", role=Role.PARTNER).json()["items"]
        assert [c["id"] for c in items] == [expected["id"]], status
    assert sharing.people.get(f"{path}?status=expired", role=Role.PARTNER).json()["total"] == 0
    one = sharing.people.get(f"{path}/{scheduled['id']}", role=Role.DESK)
    assert one.status_code == 200 and one.json()["status"] == "scheduled"
    assert sharing.people.get(f"{path}/{scheduled['id']}", role=Role.PARTNER, side="b").status_code == 404
    assert sharing.people.get(f"{path}/{uuid.uuid4()}", role=Role.PARTNER).status_code == 404
