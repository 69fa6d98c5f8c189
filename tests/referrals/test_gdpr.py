"""The household's export names who it allowed to see it and where it was referred; erasure ends
its referrals and empties their free texts."""

import uuid

from api.core.authorization import Role
from api.identity.models import OrganisationKind as K
from api.referrals.models import Referral


def test_the_export_lists_consents_and_referrals_with_their_audit(sharing) -> None:
    household = sharing.people.household()
    referral = sharing.referral(household["id"], sharing.org(K.RELOCATION_DESK, "b"), message="Needs a move.")
    export = sharing.people.get(f"/households/{household['id']}/export", role=Role.ADMIN).json()
    assert [c["id"] for c in export["consents"]] == [referral["consentId"]]
    assert [(r["id"], r["message"]) for r in export["referrals"]] == [(referral["id"], "Needs a move.")]
    logged = {(a["action"], a["subjectType"]) for a in export["accessLog"]}
    assert {("create", "consent"), ("create", "referral")} <= logged


def test_erasure_ends_open_referrals_and_empties_their_texts(sharing, db) -> None:
    people = sharing.people
    household = people.household()
    shared = sharing.referral(household["id"], sharing.org(K.PARTNER, "b"), "host_matching", message="Host?")
    sharing.act(shared["id"], "accept", Role.PARTNER, "b")
    declined = sharing.referral(household["id"], sharing.org(K.RELOCATION_DESK, "b"))
    sharing.act(declined["id"], "decline", Role.DESK, "b", {"reason": "Full this month."})
    pending = sharing.referral(
        household["id"], sharing.org(K.OPERATOR, "b"), "host_matching", message="Or you?"
    )
    response = people.client.delete(
        f"/api/v1/households/{household['id']}", headers=people.as_role(Role.ADMIN)
    )
    assert response.status_code == 204, response.text

    statuses = {}
    for referral in (shared, declined, pending):
        row = db.get(Referral, uuid.UUID(referral["id"]))
        db.refresh(row)
        assert row.message is None and row.decline_reason is None
        statuses[referral["id"]] = (row.status, row.end_reason)
    assert statuses == {
        shared["id"]: ("ended", "household_erased"),
        declined["id"]: ("declined", None),
        pending["id"]: ("ended", "household_erased"),
    }
    [end] = sharing.audit("referral", pending["id"], "end")
    assert end["actorUserId"] == str(people.world.actor(Role.ADMIN).user_id)
    assert (
        sharing.act(pending["id"], "accept", Role.PARTNER, "b").status_code == 404
    )  # operator b's, not partner b's
