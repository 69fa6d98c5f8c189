"""An organisation's administrators keep its contact for households up to date (#10): the contact
that the status page of every household it supports names. Their own organisation only (another's
is 404), administrators only (other members 403); platform administrators any organisation."""

import uuid

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.identity.models import OrganisationKind
from tests.conftest import PASSWORD, bearer

CONTACT = {
    "name": "Loket Oekraïne",
    "phone": "+31 30 123 45 67",
    "email": "loket@thuis.example.org",
    "visitingAddress": "Stadsplateau 1, Utrecht",
    "openingHours": "ma–vr 9.00–17.00, woensdag tot 20.00",
}


def set_contact(client: TestClient, headers, organisation_id, body):
    return client.put(f"/api/v1/organisations/{organisation_id}/contact", json=body, headers=headers)


def member(client: TestClient, as_role, role: Role, organisation_id, *, admin: bool) -> dict:
    created = client.post(
        "/api/v1/users",
        json={
            "email": f"lid-{uuid.uuid4().hex[:8]}@example.org",
            "fullName": "Gewoon Lid",
            "role": role.value,
            "organisationId": str(organisation_id),
            "isOrganisationAdmin": admin,
            "password": PASSWORD,
        },
        headers=as_role(Role.ADMIN),
    )
    assert created.status_code == 201, created.text
    return bearer(uuid.UUID(created.json()["id"]))


def test_an_organisation_admin_sets_and_clears_its_own_contact(
    client: TestClient, world, as_role, db: Session
) -> None:
    partner = world.actor(Role.PARTNER)
    answer = set_contact(client, as_role(Role.PARTNER), partner.organisation_id, CONTACT)
    assert answer.status_code == 200, answer.text
    assert answer.json()["contact"] == CONTACT
    read = client.get(f"/api/v1/organisations/{partner.organisation_id}", headers=as_role(Role.PARTNER))
    assert read.json()["contact"] == CONTACT
    events = db.exec(
        select(AuditEvent).where(
            AuditEvent.subject_type == "organisation",
            AuditEvent.subject_id == str(partner.organisation_id),
            AuditEvent.action == "update",
        )
    ).all()
    assert [(e.action, e.actor_user_id, e.details) for e in events] == [
        (
            "update",
            partner.user_id,
            {
                "fields": [
                    "contact_email",
                    "contact_name",
                    "contact_opening_hours",
                    "contact_phone",
                    "contact_visiting_address",
                ]
            },
        )
    ]

    # The contact is replaced as a whole: what is left out is cleared; nothing left, no contact.
    phone_only = set_contact(
        client, as_role(Role.PARTNER), partner.organisation_id, {"phone": "030 123 45 67"}
    )
    assert phone_only.json()["contact"] == {
        "name": None,
        "phone": "030 123 45 67",
        "email": None,
        "visitingAddress": None,
        "openingHours": None,
    }
    hours_only = set_contact(
        client, as_role(Role.PARTNER), partner.organisation_id, {"openingHours": "ma 9–12"}
    )
    assert hours_only.json()["contact"]["openingHours"] == "ma 9–12"
    cleared = set_contact(client, as_role(Role.PARTNER), partner.organisation_id, {})
    assert cleared.status_code == 200
    assert cleared.json()["contact"] is None


def test_every_kind_of_organisation_admin_may_set_its_contact(client: TestClient, world, as_role) -> None:
    for role in (Role.DESK, Role.MUNICIPALITY, Role.PARTNER):
        actor = world.actor(role)
        answer = set_contact(client, as_role(role), actor.organisation_id, CONTACT)
        assert answer.status_code == 200, (role, answer.text)


def test_another_organisations_contact_is_404(client: TestClient, world, as_role) -> None:
    other = world.organisations[("b", OrganisationKind.PARTNER)]
    answer = set_contact(client, as_role(Role.PARTNER), other, CONTACT)
    assert answer.status_code == 404
    unknown = set_contact(client, as_role(Role.DESK), uuid.uuid4(), CONTACT)
    assert unknown.status_code == 404
    untouched = client.get(f"/api/v1/organisations/{other}", headers=as_role(Role.ADMIN))
    assert untouched.json()["contact"] is None


def test_members_who_are_not_its_administrators_get_403(client: TestClient, world, as_role) -> None:
    for role in (Role.DESK, Role.MUNICIPALITY, Role.PARTNER):
        organisation_id = world.actor(role).organisation_id
        plain_member = member(client, as_role, role, organisation_id, admin=False)
        answer = set_contact(client, plain_member, organisation_id, CONTACT)
        assert answer.status_code == 403, (role, answer.text)
        assert answer.json()["type"].endswith("/forbidden")
        # Another organisation's stays 404 for them too: existence before permission.
        other = world.organisations[("b", OrganisationKind.PARTNER)]
        assert set_contact(client, plain_member, other, CONTACT).status_code == 404
    host = set_contact(client, as_role(Role.HOST), world.actor(Role.HOST).organisation_id, CONTACT)
    assert host.status_code == 403


def test_a_platform_admin_sets_any_organisations_contact(client: TestClient, world, as_role) -> None:
    other = world.organisations[("b", OrganisationKind.RELOCATION_DESK)]
    answer = set_contact(client, as_role(Role.ADMIN), other, CONTACT)
    assert answer.status_code == 200
    assert answer.json()["contact"] == CONTACT
    assert set_contact(client, as_role(Role.ADMIN), uuid.uuid4(), CONTACT).status_code == 404


def test_a_contact_that_reaches_nobody_is_refused(client: TestClient, world, as_role) -> None:
    organisation_id = world.actor(Role.PARTNER).organisation_id
    for body in (
        {"phone": "bel ons"},
        {"email": "geen-adres"},
        {"name": "x" * 201},
        {"visitingAddress": "x" * 301},
        {"fax": "030"},
    ):
        answer = set_contact(client, as_role(Role.PARTNER), organisation_id, body)
        assert answer.status_code == 400, body
