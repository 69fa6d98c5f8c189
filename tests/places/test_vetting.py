"""Vetting: every decision kept (who checked what, when), the ID check, the second check (four-eyes)
for hosts who may receive vulnerable households, and the hosts due for re-vetting."""

import uuid
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.core.authorization import Role
from api.core.config import get_settings
from api.hosts.service import hosts_with_vetting_expiring
from api.identity import service as identity
from api.identity.models import OrganisationKind, UserCreate
from tests.conftest import PASSWORD, bearer
from tests.people.factories import make_host

TODAY = date.today()


def day(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


def vetted(**extra: object) -> dict:
    return {"status": "vetted", "vogCheckedOn": day(-20), "homeVisitOn": day(-10)} | extra


def problem_code(response) -> str:  # type: ignore[no-untyped-def]
    return response.json()["type"].rsplit("/", 1)[1]


def test_every_decision_is_kept_with_who_checked_what_and_when(
    client: TestClient, as_role, new_host, world
) -> None:
    host = new_host(headers=as_role(Role.HOST))  # registered by the host, managed by partner a
    base = f"/api/v1/host-families/{host['id']}"
    partner = as_role(Role.PARTNER)
    future_id_check = client.put(f"{base}/vetting", json=vetted(idCheckedOn=day(1)), headers=partner)
    assert future_id_check.status_code == 422 and problem_code(future_id_check) == "invalid-dates"

    first = client.put(
        f"{base}/vetting",
        json=vetted(idCheckedOn=day(-20), note="Passport seen at the home visit."),
        headers=partner,
    )
    assert first.status_code == 200, first.text
    assert first.json()["vetting"]["idCheckedOn"] == day(-20) and first.json()["vetting"]["isVetted"] is True
    expires = first.json()["vetting"]["expiresOn"]
    renewal_due = date.fromisoformat(expires) - timedelta(days=get_settings().vetting_renewal_lead_days)
    assert first.json()["vetting"]["renewalDueOn"] == renewal_due.isoformat()
    suspended = client.put(
        f"{base}/vetting", json={"status": "suspended", "note": "Neighbours worried."}, headers=partner
    )
    assert suspended.status_code == 200 and suspended.json()["vetting"]["status"] == "suspended"

    history = client.get(f"{base}/vetting-decisions", headers=partner)
    assert history.status_code == 200
    newest, oldest = history.json()["items"]
    assert (newest["status"], newest["inEffect"]) == ("suspended", True)
    assert (oldest["status"], oldest["inEffect"]) == ("vetted", False)
    assert oldest["idCheckedOn"] == day(-20) and oldest["note"] == "Passport seen at the home visit."
    assert oldest["expiresOn"] == expires and oldest["review"]["status"] == "not_required"
    partner_actor = world.actor(Role.PARTNER)
    assert oldest["decidedBy"] == {
        "userId": str(partner_actor.user_id),
        "fullName": "Partner A",
        "organisationId": str(partner_actor.organisation_id),
        "organisationName": "Test partner a",
    }
    # The host sees what was checked and when, not who decided or why.
    own = client.get(f"{base}/vetting-decisions", headers=as_role(Role.HOST)).json()["items"]
    assert [d["status"] for d in own] == ["suspended", "vetted"]
    assert all(d["decidedBy"] is None and d["note"] is None for d in own)
    assert client.get(f"{base}/vetting-decisions", headers=as_role(Role.PARTNER, "b")).status_code == 404
    assert client.get(f"{base}/vetting-decisions", headers=as_role(Role.DESK)).status_code == 200


def test_a_renewal_needs_recent_checks(client: TestClient, as_role, new_host) -> None:
    host = new_host()
    url = f"/api/v1/host-families/{host['id']}/vetting"
    stale = client.put(
        url, json=vetted(vogCheckedOn=day(-400), homeVisitOn=day(-390)), headers=as_role(Role.PARTNER)
    )
    assert stale.status_code == 422 and problem_code(stale) == "vetting-expired"


@pytest.fixture
def four_eyes(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(get_settings(), "vetting_four_eyes", True)


def test_with_four_eyes_a_second_person_outside_the_partner_approves(
    client: TestClient, as_role, new_host, four_eyes, db: Session, world
) -> None:
    host = new_host()
    base = f"/api/v1/host-families/{host['id']}"
    proposed = client.put(f"{base}/vetting", json=vetted(), headers=as_role(Role.PARTNER))
    assert proposed.status_code == 200, proposed.text
    vetting = proposed.json()["vetting"]
    assert (
        vetting["status"] == "pending" and vetting["isVetted"] is False
    )  # not yet for vulnerable households
    decision_id = vetting["awaitingReview"]
    [decision] = client.get(f"{base}/vetting-decisions", headers=as_role(Role.PARTNER)).json()["items"]
    assert decision["id"] == decision_id and decision["review"]["status"] == "pending"
    review = f"{base}/vetting-decisions/{decision_id}/review"
    approve = {"outcome": "approved", "note": "Checked the VOG and the visit report."}

    assert (
        client.post(review, json=approve, headers=as_role(Role.PARTNER)).status_code == 403
    )  # may not review
    assert client.post(review, json=approve, headers=as_role(Role.MUNICIPALITY, "b")).status_code == 404
    # An administrator of the managing partner itself is not a second check.
    insider = identity.create_user(
        db,
        None,
        UserCreate(
            email="admin-at-partner@test.onderdak.nl",
            fullName="Insider",
            role=Role.ADMIN,
            organisationId=world.organisation(OrganisationKind.PARTNER),
            password=PASSWORD,
        ),
    )
    db.commit()
    refused = client.post(review, json=approve, headers=bearer(insider.id))
    assert refused.status_code == 403 and problem_code(refused) == "four-eyes"

    approved = client.post(review, json=approve, headers=as_role(Role.MUNICIPALITY))
    assert approved.status_code == 200, approved.text
    assert approved.json()["vetting"]["status"] == "vetted" and approved.json()["vetting"]["isVetted"] is True
    assert approved.json()["vetting"]["awaitingReview"] is None
    [decision] = client.get(f"{base}/vetting-decisions", headers=as_role(Role.DESK)).json()["items"]
    assert decision["review"]["status"] == "approved" and decision["inEffect"] is True
    assert decision["review"]["reviewedBy"]["userId"] == str(world.actor(Role.MUNICIPALITY).user_id)
    again = client.post(review, json=approve, headers=as_role(Role.DESK))
    assert again.status_code == 409 and problem_code(again) == "review-not-pending"


def test_with_four_eyes_the_decider_cannot_approve_and_restrictions_apply_at_once(
    client: TestClient, as_role, new_host, four_eyes
) -> None:
    host = new_host()
    base = f"/api/v1/host-families/{host['id']}"
    admin = as_role(Role.ADMIN)
    own = client.put(f"{base}/vetting", json=vetted(), headers=admin).json()["vetting"]["awaitingReview"]
    same_person = client.post(
        f"{base}/vetting-decisions/{own}/review", json={"outcome": "approved"}, headers=admin
    )
    assert same_person.status_code == 403 and problem_code(same_person) == "four-eyes"
    rejected = client.post(
        f"{base}/vetting-decisions/{own}/review", json={"outcome": "rejected"}, headers=as_role(Role.DESK)
    )
    assert rejected.status_code == 200 and rejected.json()["vetting"]["status"] == "pending"

    # A new proposal, then a suspension: the suspension counts at once and replaces the proposal.
    proposal = client.put(f"{base}/vetting", json=vetted(), headers=as_role(Role.PARTNER)).json()
    suspended = client.put(
        f"{base}/vetting", json={"status": "suspended"}, headers=as_role(Role.PARTNER)
    ).json()
    assert suspended["vetting"]["status"] == "suspended" and suspended["vetting"]["awaitingReview"] is None
    late = client.post(
        f"{base}/vetting-decisions/{proposal['vetting']['awaitingReview']}/review",
        json={"outcome": "approved"},
        headers=as_role(Role.DESK),
    )
    assert late.status_code == 409
    statuses = [
        d["review"]["status"] for d in client.get(f"{base}/vetting-decisions", headers=admin).json()["items"]
    ]
    assert statuses == ["not_required", "superseded", "rejected"]
    unknown = client.post(
        f"{base}/vetting-decisions/{uuid.uuid4()}/review",
        json={"outcome": "approved"},
        headers=as_role(Role.DESK),
    )
    assert unknown.status_code == 404


def test_hosts_due_for_re_vetting(client: TestClient, as_role, db: Session, world) -> None:
    partner = world.organisation(OrganisationKind.PARTNER)
    soon = make_host(db, partner, display_name="Soon", vetting_expires_on=TODAY + timedelta(days=10))
    make_host(db, partner, display_name="Later", vetting_expires_on=TODAY + timedelta(days=60))
    make_host(db, partner, display_name="Expired", vetting_expires_on=TODAY - timedelta(days=1))
    make_host(
        db,
        partner,
        display_name="Pending",
        vetting_status="pending",
        vetting_expires_on=TODAY + timedelta(days=5),
    )
    db.commit()
    listed = client.get("/api/v1/host-families?vettingExpiresWithinDays=30", headers=as_role(Role.PARTNER))
    assert listed.status_code == 200
    assert [h["displayName"] for h in listed.json()["items"]] == ["Soon"]
    assert [h.id for h in hosts_with_vetting_expiring(db, TODAY, 30)] == [soon.id]
    other = client.get(
        "/api/v1/host-families?vettingExpiresWithinDays=30", headers=as_role(Role.PARTNER, "b")
    )
    assert other.json()["items"] == []
