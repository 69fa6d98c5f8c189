"""Helpers for the consent and referral tests: households through the people helpers, consents and
referrals through HTTP."""

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.core.authorization import Role
from api.core.models import utcnow
from api.identity.models import OrganisationKind
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from tests.people.conftest import TODAY, People, Places, committed, people, places  # noqa: F401 - shared fixtures


def later(days: float) -> str:
    return (utcnow() + timedelta(days=days)).isoformat()


@dataclass
class Sharing:
    people: People

    def org(self, kind: OrganisationKind, side: str = "a") -> str:
        return str(self.people.world.organisation(kind, side))

    def record_consent(
        self,
        household_id: str,
        organisation_id: str,
        purpose: str = "relocation",
        role: Role = Role.PARTNER,
        side: str = "a",
        **overrides: Any,
    ) -> httpx.Response:
        body = {"organisationId": organisation_id, "purpose": purpose, "validUntil": later(90)} | overrides
        return self.people.post(f"/households/{household_id}/consents", body, role=role, side=side)

    def consent(
        self, household_id: str, organisation_id: str, purpose: str = "relocation", **kwargs: Any
    ) -> dict:
        response = self.record_consent(household_id, organisation_id, purpose, **kwargs)
        assert response.status_code == 201, response.text
        return response.json()

    def refer(
        self,
        household_id: str,
        to_organisation_id: str,
        consent_id: str,
        purpose: str = "relocation",
        kind: str = "referral",
        role: Role = Role.PARTNER,
        side: str = "a",
        **extra: Any,
    ) -> httpx.Response:
        body = {
            "householdId": household_id,
            "kind": kind,
            "purpose": purpose,
            "toOrganisationId": to_organisation_id,
            "consentId": consent_id,
        } | extra
        return self.people.post("/referrals", body, role=role, side=side)

    def referral(
        self, household_id: str, to_organisation_id: str, purpose: str = "relocation", **kwargs: Any
    ) -> dict:
        """A pending referral with a fresh consent for the receiver and purpose."""
        consent_kwargs = {k: kwargs[k] for k in ("role", "side") if k in kwargs}
        consent = self.consent(household_id, to_organisation_id, purpose, **consent_kwargs)
        response = self.refer(household_id, to_organisation_id, consent["id"], purpose, **kwargs)
        assert response.status_code == 201, response.text
        return response.json()

    def act(
        self, referral_id: str, action: str, role: Role, side: str = "a", body: Any = None
    ) -> httpx.Response:
        return self.people.post(f"/referrals/{referral_id}/{action}", body, role=role, side=side)

    def withdraw(
        self, household_id: str, consent_id: str, role: Role = Role.PARTNER, side: str = "a"
    ) -> httpx.Response:
        return self.people.post(
            f"/households/{household_id}/consents/{consent_id}/withdraw", role=role, side=side
        )

    def place_in_utrecht(self, place_rows: Places, household: dict) -> None:
        """The household lives with a host family in Utrecht (GM0344): municipality a's to see."""
        host = place_rows.host(municipality_code="GM0344")
        hold_beds(
            self.people.db,
            household_id=uuid.UUID(household["id"]),
            place_type=PlaceType.HOST_FAMILY,
            place_id=host.id,
            beds=household["size"],
            starts_on=TODAY - timedelta(days=1),
        )
        self.people.db.commit()

    def audit(self, subject_type: str, subject_id: str, action: str | None = None) -> list[dict]:
        query = f"/audit-events?subjectType={subject_type}&subjectId={subject_id}"
        response = self.people.get(query + (f"&action={action}" if action else ""), role=Role.ADMIN)
        assert response.status_code == 200, response.text
        return response.json()["items"]


@pytest.fixture
def sharing(people: People) -> Sharing:  # noqa: F811 - the shared fixture
    return Sharing(people)
