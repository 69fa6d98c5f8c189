"""Races, with real commits: answering, revoking and withdrawing at once; sending twice at once."""

from collections import Counter
from datetime import timedelta
from functools import partial

from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.core.models import utcnow
from api.identity.models import OrganisationKind as K
from tests.conftest import APP, bearer
from tests.people.committed import at_once

ROUNDS = 3  # each race a few times: the interleaving differs between runs


class Org:
    """Calls as one role's user, with the app's real sessions (each request commits)."""

    def __init__(self, client: TestClient, world, role: Role, side: str = "a") -> None:
        self.client, self.headers = client, bearer(world.actor(role, side).user_id)
        self.id = str(world.actor(role, side).organisation_id)

    def post(self, path: str, body=None):  # type: ignore[no-untyped-def]
        return self.client.post("/api/v1" + path, json=body, headers=self.headers)

    def get(self, path: str):  # type: ignore[no-untyped-def]
        return self.client.get("/api/v1" + path, headers=self.headers)


def _household_and_consent(partner: Org, receiver: str, purpose: str = "relocation") -> tuple[str, str]:
    household = partner.post(
        "/households", {"adults": 1, "preferredLanguage": "uk", "legalStatus": "ukrainian_tpd"}
    ).json()["id"]
    consent = partner.post(
        f"/households/{household}/consents",
        {
            "organisationId": receiver,
            "purpose": purpose,
            "validUntil": (utcnow() + timedelta(days=30)).isoformat(),
        },
    )
    assert consent.status_code == 201, consent.text
    return household, consent.json()["id"]


def _pending(partner: Org, receiver: str) -> tuple[str, str, str]:
    household, consent = _household_and_consent(partner, receiver)
    referral = partner.post(
        "/referrals",
        {
            "householdId": household,
            "purpose": "relocation",
            "toOrganisationId": receiver,
            "consentId": consent,
        },
    )
    assert referral.status_code == 201, referral.text
    return household, consent, referral.json()["id"]


def test_accepting_and_revoking_at_once_one_wins(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner, desk = Org(client, world, Role.PARTNER), Org(client, world, Role.DESK, "b")
        for _ in range(ROUNDS):
            _, _, referral = _pending(partner, desk.id)
            accept, revoke = at_once(
                partial(desk.post, f"/referrals/{referral}/accept"),
                partial(partner.post, f"/referrals/{referral}/revoke", {"reason": "Changed our mind."}),
            )
            assert sorted([accept.status_code, revoke.status_code]) == [200, 409], (accept.text, revoke.text)
            loser = accept if accept.status_code == 409 else revoke
            assert loser.json()["type"].endswith("referral-not-pending")
            final = partner.get(f"/referrals/{referral}").json()["status"]
            assert final == ("accepted" if accept.status_code == 200 else "revoked")


def test_two_accepts_at_once_one_gets_409(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner, desk = Org(client, world, Role.PARTNER), Org(client, world, Role.DESK, "b")
        for _ in range(ROUNDS):
            _, _, referral = _pending(partner, desk.id)
            results = at_once(*[partial(desk.post, f"/referrals/{referral}/accept")] * 2)
            assert Counter(r.status_code for r in results) == {200: 1, 409: 1}, [r.text for r in results]


def test_withdrawing_the_consent_while_the_referral_is_accepted_leaves_no_access(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner, partner_b = Org(client, world, Role.PARTNER), Org(client, world, Role.PARTNER, "b")
        for _ in range(ROUNDS):
            household, consent, referral = _pending(partner, partner_b.id)
            accept, withdraw = at_once(
                partial(partner_b.post, f"/referrals/{referral}/accept"),
                partial(partner.post, f"/households/{household}/consents/{consent}/withdraw"),
            )
            assert withdraw.status_code == 200, withdraw.text
            assert accept.status_code in (200, 409), accept.text
            body = partner.get(f"/referrals/{referral}").json()
            assert (body["status"], body["endReason"]) == ("ended", "consent_withdrawn")
            assert partner_b.get(f"/households/{household}").status_code == 404


def test_sending_the_same_referral_twice_at_once_makes_one(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner, desk = Org(client, world, Role.PARTNER), Org(client, world, Role.DESK, "b")
        for _ in range(ROUNDS):
            household, consent = _household_and_consent(partner, desk.id)
            body = {
                "householdId": household,
                "purpose": "relocation",
                "toOrganisationId": desk.id,
                "consentId": consent,
            }
            results = at_once(*[partial(partner.post, "/referrals", body)] * 2)
            assert Counter(r.status_code for r in results) == {201: 1, 409: 1}, [r.text for r in results]
            assert partner.get(f"/referrals?householdId={household}").json()["total"] == 1


def test_two_transfers_to_different_partners_at_once_make_one(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner = Org(client, world, Role.PARTNER)
        receivers = [str(world.organisation(K.PARTNER, "b")), str(world.organisation(K.OPERATOR, "b"))]
        for _ in range(ROUNDS):
            household, first = _household_and_consent(partner, receivers[0], "ongoing_support")
            second = partner.post(
                f"/households/{household}/consents",
                {
                    "organisationId": receivers[1],
                    "purpose": "ongoing_support",
                    "validUntil": (utcnow() + timedelta(days=30)).isoformat(),
                },
            ).json()["id"]
            transfers = [
                {
                    "householdId": household,
                    "kind": "transfer",
                    "purpose": "ongoing_support",
                    "toOrganisationId": receiver,
                    "consentId": consent,
                }
                for receiver, consent in zip(receivers, (first, second), strict=True)
            ]
            results = at_once(*[partial(partner.post, "/referrals", body) for body in transfers])
            assert Counter(r.status_code for r in results) == {201: 1, 409: 1}, [r.text for r in results]


def test_overlapping_consents_recorded_at_once_make_one(committed, world) -> None:
    with TestClient(APP, raise_server_exceptions=False) as client:
        partner = Org(client, world, Role.PARTNER)
        desk = str(world.organisation(K.RELOCATION_DESK, "b"))
        for _ in range(ROUNDS):
            household, _ = _household_and_consent(partner, desk, "host_matching")
            body = {
                "organisationId": desk,
                "purpose": "relocation",
                "validUntil": (utcnow() + timedelta(days=9)).isoformat(),
            }
            results = at_once(*[partial(partner.post, f"/households/{household}/consents", body)] * 2)
            assert Counter(r.status_code for r in results) == {201: 1, 409: 1}, [r.text for r in results]
