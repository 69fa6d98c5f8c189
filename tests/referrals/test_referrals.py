"""Referrals: sending with a consent, answering, the receiver's scope, and what ends it."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import update

from api.consents.models import Consent
from api.core.authorization import Role
from api.core.models import utcnow
from api.identity.models import OrganisationKind as K


def _expire(db, consent_id: str) -> None:
    """Let a consent's end date pass (as time would)."""
    db.exec(
        update(Consent)
        .where(Consent.id == uuid.UUID(consent_id))
        .values(valid_from=utcnow() - timedelta(days=30), valid_until=utcnow() - timedelta(seconds=1))
    )
    db.commit()


def test_a_desk_refers_a_household_to_a_partner_who_accepts_and_then_sees_it(sharing) -> None:
    people = sharing.people
    household = people.household(role=Role.DESK, supportingOrganisationId=None)
    request = people.request(household["id"], role=Role.DESK)
    partner_b = sharing.org(K.PARTNER, "b")
    path = f"/households/{household['id']}"
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 404

    referral = sharing.referral(
        household["id"],
        partner_b,
        "host_matching",
        role=Role.DESK,
        message="Looking for a host near Utrecht.",
    )
    assert referral["status"] == "pending" and referral["kind"] == "referral"
    assert referral["fromOrganisationId"] == sharing.org(K.RELOCATION_DESK)
    assert referral["fromOrganisationName"] == "Test relocation_desk a"
    assert referral["toOrganisationName"] == "Test partner b"
    assert referral["householdReference"] == household["reference"] and referral["householdSize"] == 3
    assert referral["receiverSeesHousehold"] is False
    # Pending: the receiver reads the referral (reference, size, message), not the household.
    inbox = people.get("/referrals?direction=received", role=Role.PARTNER, side="b").json()
    assert [r["id"] for r in inbox["items"]] == [referral["id"]]
    assert inbox["items"][0]["message"] == "Looking for a host near Utrecht."
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 404

    accepted = sharing.act(referral["id"], "accept", Role.PARTNER, "b")
    assert accepted.status_code == 200, accepted.text
    body = accepted.json()
    assert body["status"] == "accepted" and body["receiverSeesHousehold"] is True
    assert body["respondedByUserId"] == str(people.world.actor(Role.PARTNER, "b").user_id)

    seen = people.get(path, role=Role.PARTNER, side="b")
    assert seen.status_code == 200 and seen.json()["access"] == "referral"
    assert seen.json()["restrictedFieldsShown"] is True  # a partner's role reads them, audited
    assert sharing.audit("household", household["id"], "read_sensitive")[0]["organisationId"] == partner_b
    listed = people.get("/households?limit=200", role=Role.PARTNER, side="b").json()["items"]
    assert [h["access"] for h in listed if h["id"] == household["id"]] == ["referral"]
    for read in ("", "/events", "/offers"):  # the request, its timeline and its offers, to read
        response = people.get(f"/relocation-requests/{request['id']}{read}", role=Role.PARTNER, side="b")
        assert response.status_code == 200, read
    requests = people.get(f"/relocation-requests?householdId={household['id']}", role=Role.PARTNER, side="b")
    assert [r["id"] for r in requests.json()["items"]] == [request["id"]]
    assert people.get(path, role=Role.DESK).json()["access"] == "own_scope"
    assert people.get(path, role=Role.PARTNER).status_code == 404  # partner a is no party

    # A referral shares the household to read; it stays in the desk's care.
    patch = people.client.patch(
        "/api/v1" + path, json={"adults": 2}, headers=people.as_role(Role.PARTNER, "b")
    )
    assert patch.status_code == 403 and patch.json()["type"].endswith("referred-read-only")
    consent = sharing.record_consent(household["id"], sharing.org(K.MUNICIPALITY), side="b")
    assert consent.status_code == 403 and consent.json()["type"].endswith("referred-read-only")
    cancel = people.post(
        f"/relocation-requests/{request['id']}/cancel", {"reason": "x"}, role=Role.PARTNER, side="b"
    )
    assert cancel.status_code == 404
    again = people.post(
        "/relocation-requests",
        {"householdId": household["id"], "reason": "safety", "mustMoveBy": request["mustMoveBy"]},
        role=Role.PARTNER,
        side="b",
    )
    assert again.status_code == 422 and again.json()["type"].endswith("unknown-household")
    actions = [e["action"] for e in sharing.audit("referral", referral["id"])]
    assert actions == ["accept", "create"]


def test_a_partner_refers_to_a_desk_and_the_desk_declines_with_a_reason(sharing) -> None:
    household = sharing.people.household()
    desk_b = sharing.org(K.RELOCATION_DESK, "b")
    referral = sharing.referral(household["id"], desk_b, "relocation")
    missing = sharing.act(referral["id"], "decline", Role.DESK, "b", {})
    assert missing.status_code == 400
    declined = sharing.act(referral["id"], "decline", Role.DESK, "b", {"reason": "Outside our region."})
    assert declined.status_code == 200, declined.text
    body = declined.json()
    assert body["status"] == "declined" and body["declineReason"] == "Outside our region."
    sent = sharing.people.get("/referrals?direction=sent", role=Role.PARTNER).json()["items"]
    assert [(r["id"], r["status"], r["declineReason"]) for r in sent] == [
        (referral["id"], "declined", "Outside our region.")
    ]
    replay = sharing.act(referral["id"], "accept", Role.DESK, "b")
    assert replay.status_code == 409 and replay.json()["type"].endswith("referral-not-pending")
    # Declined is no obstacle to asking again.
    assert sharing.refer(household["id"], desk_b, referral["consentId"]).status_code == 201


def test_a_municipality_refers_a_household_placed_there_to_another_municipality(sharing, places) -> None:
    people = sharing.people
    household = people.household()
    sharing.place_in_utrecht(places, household)
    path = f"/households/{household['id']}"
    other = sharing.org(K.MUNICIPALITY, "b")
    assert people.get(path, role=Role.MUNICIPALITY, side="b").status_code == 404
    referral = sharing.referral(household["id"], other, "reception", role=Role.MUNICIPALITY)
    assert sharing.act(referral["id"], "accept", Role.MUNICIPALITY, "b").status_code == 200
    seen = people.get(path, role=Role.MUNICIPALITY, side="b")
    assert seen.status_code == 200 and seen.json()["restrictedFieldsShown"] is False  # its role reads none


def test_who_sees_and_answers_a_referral(sharing) -> None:
    people = sharing.people
    household = people.household()
    referral = sharing.referral(household["id"], sharing.org(K.RELOCATION_DESK, "b"))
    rid = referral["id"]
    get = f"/referrals/{rid}"
    assert people.get(get, role=Role.PARTNER).status_code == 200  # the sender
    assert people.get(get, role=Role.DESK, side="b").status_code == 200  # the receiver
    assert people.get(get, role=Role.ADMIN).status_code == 200
    assert people.get(get, role=Role.DESK).status_code == 404  # desk a is no party
    assert people.get(get, role=Role.PARTNER, side="b").status_code == 404
    assert people.get(get, role=Role.MUNICIPALITY).status_code == 404
    assert people.get(get, role=Role.HOST).status_code == 403
    assert people.get(f"/referrals/{uuid.uuid4()}", role=Role.PARTNER).status_code == 404
    for role, side in ((Role.DESK, "a"), (Role.PARTNER, "b")):
        assert rid not in {r["id"] for r in people.get("/referrals", role=role, side=side).json()["items"]}
    assert rid in {r["id"] for r in people.get("/referrals?limit=200", role=Role.ADMIN).json()["items"]}

    for action, body in (("accept", None), ("decline", {"reason": "no"})):
        # Another organisation's referral is not there at all; the sender and an admin may not answer.
        for role, side, status, code in (
            (Role.DESK, "a", 404, "not-found"),
            (Role.PARTNER, "b", 404, "not-found"),
            (Role.PARTNER, "a", 403, "not-the-receiver"),
            (Role.ADMIN, "a", 403, "not-the-receiver"),
            (Role.HOST, "a", 403, "forbidden"),
        ):
            response = sharing.act(rid, action, role, side, body)
            assert response.status_code == status and response.json()["type"].endswith(code), (
                action,
                role,
                side,
            )
    receiver_revokes = sharing.act(rid, "revoke", Role.DESK, "b")
    assert receiver_revokes.status_code == 403 and receiver_revokes.json()["type"].endswith("not-the-sender")
    assert sharing.act(rid, "revoke", Role.DESK, "a").status_code == 404
    assert people.get(get, role=Role.PARTNER).json()["status"] == "pending"

    revoked = sharing.act(rid, "revoke", Role.PARTNER, body={"reason": "Sent to the wrong desk."})
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    assert revoked.json()["revokeReason"] == "Sent to the wrong desk."
    late = sharing.act(rid, "accept", Role.DESK, "b")
    assert late.status_code == 409 and late.json()["type"].endswith("referral-not-pending")
    assert (
        people.get(f"/households/{household['id']}", role=Role.DESK, side="b").json()["access"] == "own_scope"
    )


def test_the_referral_lists_filter(sharing) -> None:
    people = sharing.people
    first = people.household()
    second = people.household()
    to_desk = sharing.referral(first["id"], sharing.org(K.RELOCATION_DESK, "b"))
    to_partner = sharing.referral(second["id"], sharing.org(K.PARTNER, "b"), "host_matching")
    sharing.act(to_partner["id"], "accept", Role.PARTNER, "b")
    theirs = people.household(role=Role.DESK, side="b")  # supported by partner b
    back = sharing.referral(theirs["id"], sharing.org(K.PARTNER), "host_matching", role=Role.DESK, side="b")

    def ids(query: str, role: Role = Role.PARTNER, side: str = "a") -> list[str]:
        response = people.get(f"/referrals{query}", role=role, side=side)
        assert response.status_code == 200, response.text
        return [r["id"] for r in response.json()["items"]]

    assert set(ids("")) == {to_desk["id"], to_partner["id"], back["id"]}
    assert set(ids("?direction=sent")) == {to_desk["id"], to_partner["id"]}
    assert ids("?direction=received") == [back["id"]]
    assert ids("?status=accepted") == [to_partner["id"]]
    assert ids(f"?householdId={first['id']}") == [to_desk["id"]]
    assert ids("?kind=transfer") == []
    assert people.get("/referrals?direction=elsewhere", role=Role.PARTNER).status_code == 400


def test_referring_needs_a_household_the_sender_sees(sharing) -> None:
    people = sharing.people
    household = people.household()
    desk_b = sharing.org(K.RELOCATION_DESK, "b")
    consent = sharing.consent(household["id"], desk_b)
    for role, side in ((Role.PARTNER, "b"), (Role.MUNICIPALITY, "a")):
        unseen = sharing.refer(household["id"], desk_b, consent["id"], role=role, side=side)
        assert unseen.status_code == 404, (role, side)
    assert sharing.refer(str(uuid.uuid4()), desk_b, consent["id"]).status_code == 404
    assert sharing.refer(household["id"], desk_b, consent["id"], role=Role.HOST).status_code == 403
    assert people.get("/referrals?direction=received", role=Role.DESK, side="b").json()["total"] == 0


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("another household's consent", 422, "unknown-consent"),
        ("no such consent", 422, "unknown-consent"),
        ("consent for another organisation", 422, "consent-organisation-mismatch"),
        ("consent for another purpose", 422, "consent-purpose-mismatch"),
        ("withdrawn consent", 409, "consent-not-valid"),
        ("expired consent", 409, "consent-not-valid"),
        ("consent from next week", 409, "consent-not-valid"),
        ("unknown receiver", 422, "unknown-organisation"),
        ("to itself", 422, "referral-to-self"),
        ("to its supporting organisation", 422, "receiver-supports-household"),
    ],
)
def test_a_referral_needs_a_valid_consent_for_its_receiver_and_purpose(
    sharing, db, case, status, code
) -> None:
    people = sharing.people
    household = people.household(role=Role.DESK)
    desk_b = sharing.org(K.RELOCATION_DESK, "b")
    receiver, purpose, role = desk_b, "relocation", Role.DESK
    if case == "another household's consent":
        consent = sharing.consent(people.household(role=Role.DESK)["id"], desk_b, role=Role.DESK)
    elif case == "no such consent":
        consent = {"id": str(uuid.uuid4())}
    elif case == "consent for another organisation":
        consent = sharing.consent(household["id"], sharing.org(K.PARTNER, "b"), role=Role.DESK)
    elif case == "consent for another purpose":
        consent = sharing.consent(household["id"], desk_b, "host_matching", role=Role.DESK)
    elif case == "consent from next week":
        start = (utcnow() + timedelta(days=7)).isoformat()
        consent = sharing.consent(household["id"], desk_b, role=Role.DESK, validFrom=start)
    else:
        consent = sharing.consent(household["id"], desk_b, role=Role.DESK)
    if case == "withdrawn consent":
        assert sharing.withdraw(household["id"], consent["id"], role=Role.DESK).status_code == 200
    if case == "expired consent":
        _expire(db, consent["id"])
    if case == "unknown receiver":
        receiver = str(uuid.uuid4())
    if case == "to itself":
        receiver = sharing.org(K.RELOCATION_DESK)
        consent = sharing.consent(household["id"], receiver, role=Role.DESK)
    if case == "to its supporting organisation":
        receiver = household["supportingOrganisationId"]
        consent = sharing.consent(household["id"], receiver, role=Role.DESK)
    response = sharing.refer(household["id"], receiver, consent["id"], purpose, role=role)
    assert response.status_code == status, response.text
    assert response.json()["type"].endswith(code)
    assert people.get("/referrals?direction=sent", role=Role.DESK).json()["total"] == 0


def test_a_pending_referral_is_not_sent_twice(sharing) -> None:
    household = sharing.people.household()
    desk_b = sharing.org(K.RELOCATION_DESK, "b")
    referral = sharing.referral(household["id"], desk_b)
    replay = sharing.refer(household["id"], desk_b, referral["consentId"])
    assert replay.status_code == 409 and replay.json()["type"].endswith("referral-pending")
    # Another receiver is another referral.
    assert sharing.referral(household["id"], sharing.org(K.PARTNER, "b")) is not None


def test_withdrawing_the_consent_ends_the_access_at_once_and_is_audited(sharing) -> None:
    people = sharing.people
    household = people.household()
    request = people.request(household["id"])
    partner_b, desk_b = sharing.org(K.PARTNER, "b"), sharing.org(K.RELOCATION_DESK, "b")
    shared = sharing.referral(household["id"], partner_b, "host_matching")
    assert sharing.act(shared["id"], "accept", Role.PARTNER, "b").status_code == 200
    pending = sharing.referral(household["id"], desk_b)
    path = f"/households/{household['id']}"
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 200

    withdrawn = sharing.withdraw(household["id"], shared["consentId"])
    assert withdrawn.status_code == 200, withdrawn.text
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 404
    assert people.get(f"/relocation-requests/{request['id']}", role=Role.PARTNER, side="b").status_code == 404
    listed = people.get("/households?limit=200", role=Role.PARTNER, side="b").json()["items"]
    assert household["id"] not in {h["id"] for h in listed}
    assert (
        people.get(f"/households/{household['id']}/consents", role=Role.PARTNER, side="b").status_code == 404
    )
    ended = people.get(f"/referrals/{shared['id']}", role=Role.PARTNER, side="b").json()
    assert ended["status"] == "ended" and ended["endReason"] == "consent_withdrawn"
    assert ended["receiverSeesHousehold"] is False and ended["endedAt"]
    [event] = sharing.audit("consent", shared["consentId"], "withdraw")
    assert event["details"]["endedReferralIds"] == [shared["id"]]
    assert event["organisationId"] == sharing.org(K.PARTNER)
    [end] = sharing.audit("referral", shared["id"], "end")
    assert end["details"] == {"householdId": household["id"], "reason": "consent_withdrawn"}
    # Another consent's referral goes on.
    assert people.get(f"/referrals/{pending['id']}", role=Role.PARTNER).json()["status"] == "pending"
    # Withdrawing the pending one's consent ends it before it is answered.
    sharing.withdraw(household["id"], pending["consentId"])
    late = sharing.act(pending["id"], "accept", Role.DESK, "b")
    assert late.status_code == 409 and late.json()["type"].endswith("referral-not-pending")
    assert (
        people.get(f"/referrals/{pending['id']}", role=Role.PARTNER).json()["endReason"]
        == "consent_withdrawn"
    )


def test_an_expired_consent_ends_the_access_at_once_and_the_daily_job_records_it(sharing, db) -> None:
    from api.referrals.service import end_referrals_of_expired_consents

    people = sharing.people
    household = people.household()
    shared = sharing.referral(household["id"], sharing.org(K.PARTNER, "b"), "host_matching")
    assert sharing.act(shared["id"], "accept", Role.PARTNER, "b").status_code == 200
    waiting = sharing.referral(household["id"], sharing.org(K.RELOCATION_DESK, "b"))
    path = f"/households/{household['id']}"
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 200
    _expire(db, shared["consentId"])
    _expire(db, waiting["consentId"])

    assert people.get(path, role=Role.PARTNER, side="b").status_code == 404  # before any job ran
    view = people.get(f"/referrals/{shared['id']}", role=Role.PARTNER, side="b").json()
    assert view["status"] == "accepted" and view["receiverSeesHousehold"] is False
    too_late = sharing.act(waiting["id"], "accept", Role.DESK, "b")
    assert too_late.status_code == 409 and too_late.json()["type"].endswith("consent-not-valid")

    assert end_referrals_of_expired_consents(db, utcnow()) == {"ended": 2}
    db.commit()
    for referral in (shared, waiting):
        body = people.get(f"/referrals/{referral['id']}", role=Role.PARTNER).json()
        assert (body["status"], body["endReason"]) == ("ended", "consent_expired")
        [end] = sharing.audit("referral", referral["id"], "end")
        assert end["organisationId"] is None and end["actorUserId"] is None  # the system did it
    assert end_referrals_of_expired_consents(db, utcnow()) == {"ended": 0}


def test_an_organisation_a_household_is_referred_to_may_refer_it_on_with_consent(sharing) -> None:
    people = sharing.people
    household = people.household()
    shared = sharing.referral(household["id"], sharing.org(K.PARTNER, "b"), "host_matching")
    sharing.act(shared["id"], "accept", Role.PARTNER, "b")
    desk_b = sharing.org(K.RELOCATION_DESK, "b")
    consents = people.get(f"/households/{household['id']}/consents", role=Role.PARTNER, side="b").json()
    assert [c["id"] for c in consents["items"]] == [shared["consentId"]]  # only the ones naming itself
    on = sharing.consent(household["id"], desk_b)  # the household's consent, recorded by its partner
    onward = sharing.refer(household["id"], desk_b, on["id"], role=Role.PARTNER, side="b")
    assert onward.status_code == 201 and onward.json()["fromOrganisationId"] == sharing.org(K.PARTNER, "b")
    hidden = people.get(f"/households/{household['id']}/consents/{on['id']}", role=Role.PARTNER, side="b")
    assert hidden.status_code == 404


# --- transfers --------------------------------------------------------------------------------


def test_a_partner_transfers_its_household_to_another_partner(sharing) -> None:
    people = sharing.people
    household = people.household()
    request = people.request(household["id"])
    partner_a, partner_b = sharing.org(K.PARTNER), sharing.org(K.PARTNER, "b")
    path = f"/households/{household['id']}"
    transfer = sharing.referral(household["id"], partner_b, "ongoing_support", kind="transfer")
    assert transfer["kind"] == "transfer" and transfer["status"] == "pending"
    assert people.get(path, role=Role.PARTNER).json()["supportingOrganisationId"] == partner_a

    accepted = sharing.act(transfer["id"], "accept", Role.PARTNER, "b")
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["receiverSeesHousehold"] is True
    mine = people.get(path, role=Role.PARTNER, side="b")
    assert mine.status_code == 200
    assert mine.json()["supportingOrganisationId"] == partner_b and mine.json()["access"] == "own_scope"
    assert people.get(path, role=Role.PARTNER).status_code == 404  # the sender's care ended
    assert people.get(f"/relocation-requests/{request['id']}", role=Role.PARTNER).status_code == 404
    patch = people.client.patch(
        "/api/v1" + path, json={"adults": 2}, headers=people.as_role(Role.PARTNER, "b")
    )
    assert patch.status_code == 200  # the new supporter changes the household
    [moved] = sharing.audit("household", household["id"], "transfer")
    assert moved["details"] == {"referralId": transfer["id"], "from": partner_a, "to": partner_b}
    assert moved["organisationId"] == partner_b

    # A completed transfer is not undone by withdrawing its consent: the household has a new supporter.
    assert sharing.withdraw(household["id"], transfer["consentId"], side="b").status_code == 200
    assert people.get(path, role=Role.PARTNER, side="b").status_code == 200
    assert (
        people.get(f"/referrals/{transfer['id']}", role=Role.PARTNER, side="b").json()["status"] == "accepted"
    )


def test_who_may_transfer_a_household(sharing) -> None:
    people = sharing.people
    partner_b = sharing.org(K.PARTNER, "b")
    supported = people.household()
    consent = sharing.consent(supported["id"], partner_b, "ongoing_support")
    for role in (Role.DESK, Role.MUNICIPALITY):  # a desk sees it, but does not take it from its partner
        response = sharing.refer(
            supported["id"], partner_b, consent["id"], "ongoing_support", "transfer", role=role
        )
        expected = 403 if role == Role.DESK else 404
        assert response.status_code == expected, (role, response.text)
    by_desk = sharing.refer(
        supported["id"], partner_b, consent["id"], "ongoing_support", "transfer", role=Role.DESK
    )
    assert by_desk.json()["type"].endswith("not-supporting-organisation")
    by_admin = sharing.refer(
        supported["id"], partner_b, consent["id"], "ongoing_support", "transfer", role=Role.ADMIN
    )
    assert by_admin.status_code == 201
    assert sharing.act(by_admin.json()["id"], "revoke", Role.ADMIN).status_code == 200

    unsupported = people.household(role=Role.DESK, supportingOrganisationId=None)
    consent = sharing.consent(unsupported["id"], partner_b, "ongoing_support", role=Role.DESK)
    by_desk = sharing.refer(
        unsupported["id"], partner_b, consent["id"], "ongoing_support", "transfer", role=Role.DESK
    )
    assert by_desk.status_code == 201
    assert sharing.act(by_desk.json()["id"], "accept", Role.PARTNER, "b").status_code == 200
    assert people.get(f"/households/{unsupported['id']}", role=Role.PARTNER, side="b").status_code == 200

    # An organisation the household is only referred to does not transfer it.
    referred = people.household()
    sharing.act(
        sharing.referral(referred["id"], partner_b, "host_matching")["id"], "accept", Role.PARTNER, "b"
    )
    other = sharing.consent(referred["id"], sharing.org(K.PARTNER, "a"), "ongoing_support", role=Role.DESK)
    onward = sharing.refer(
        referred["id"], sharing.org(K.PARTNER, "a"), other["id"], "ongoing_support", "transfer", side="b"
    )
    assert onward.status_code == 403 and onward.json()["type"].endswith("not-supporting-organisation")


@pytest.mark.parametrize(
    ("receiver_kind", "purpose", "code"),
    [
        (K.MUNICIPALITY, "ongoing_support", "receiver-cannot-support"),
        (K.RELOCATION_DESK, "ongoing_support", "receiver-cannot-support"),
        (K.PARTNER, "relocation", "transfer-purpose"),
    ],
)
def test_a_transfer_goes_to_a_partner_for_ongoing_support(sharing, receiver_kind, purpose, code) -> None:
    household = sharing.people.household()
    receiver = sharing.org(receiver_kind, "b")
    consent = sharing.consent(household["id"], receiver, purpose)
    response = sharing.refer(household["id"], receiver, consent["id"], purpose, "transfer")
    assert response.status_code == 422 and response.json()["type"].endswith(code), response.text


def test_one_pending_transfer_per_household_and_a_changed_household_refuses_it(sharing) -> None:
    people = sharing.people
    household = people.household()
    partner_b, operator_b = sharing.org(K.PARTNER, "b"), sharing.org(K.OPERATOR, "b")
    first = sharing.referral(household["id"], partner_b, "ongoing_support", kind="transfer")
    consent = sharing.consent(household["id"], operator_b, "ongoing_support")
    second = sharing.refer(household["id"], operator_b, consent["id"], "ongoing_support", "transfer")
    assert second.status_code == 409 and second.json()["type"].endswith("transfer-pending")
    # A platform admin corrects the supporting organisation meanwhile: the transfer no longer fits.
    fix = people.client.patch(
        f"/api/v1/households/{household['id']}",
        json={"supportingOrganisationId": operator_b},
        headers=people.as_role(Role.ADMIN),
    )
    assert fix.status_code == 200
    stale = sharing.act(first["id"], "accept", Role.PARTNER, "b")
    assert stale.status_code == 409 and stale.json()["type"].endswith("household-changed")
    assert people.get(f"/households/{household['id']}", role=Role.PARTNER, side="b").status_code == 404
