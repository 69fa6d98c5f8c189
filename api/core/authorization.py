"""Roles, permissions and the one role→permission map; the caller (Principal); route guards.

Every API route declares either `requires(Permission.X)` (in api.identity.dependencies) or
`public_route`; the app refuses to start when a route declares neither (deny by default).
Organisation scoping is the services' job: they filter lists by the caller and answer 404 for
single rows outside the caller's scope.
"""

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.routing import iter_route_contexts


class Role(StrEnum):
    ADMIN = "admin"
    DESK = "desk"
    MUNICIPALITY = "municipality"
    PARTNER = "partner"
    HOST = "host"


class Permission(StrEnum):
    """`family:action`; API key scopes use the same strings."""

    PROFILE_READ = "profile:read"
    REFERENCE_READ = "reference:read"
    REFERENCE_WRITE = "reference:write"
    ORGANISATIONS_READ = "organisations:read"
    ORGANISATIONS_WRITE = "organisations:write"
    # How households reach one's own organisation (its administrators; the service checks the flag)
    ORGANISATION_CONTACT_WRITE = "organisation-contact:write"
    USERS_READ = "users:read"
    USERS_WRITE = "users:write"
    API_KEYS_READ = "api-keys:read"
    API_KEYS_WRITE = "api-keys:write"
    AUDIT_READ = "audit:read"
    # Places
    PLACES_READ = "places:read"
    PLACES_WRITE = "places:write"
    HOST_FAMILIES_READ = "host-families:read"
    HOST_FAMILIES_WRITE = "host-families:write"
    HOST_VETTING_WRITE = "host-vetting:write"
    HOST_VETTING_APPROVE = "host-vetting:approve"
    INITIATIVES_READ = "initiatives:read"
    INITIATIVES_WRITE = "initiatives:write"
    INCIDENTS_READ = "incidents:read"
    INCIDENTS_WRITE = "incidents:write"
    INCIDENT_REVIEWS_WRITE = "incident-reviews:write"
    # People and moves
    HOUSEHOLDS_READ = "households:read"
    HOUSEHOLDS_WRITE = "households:write"
    HOUSEHOLD_SENSITIVE_READ = "household-sensitive:read"
    # Classified fields, shown in lists too (api/households/access.py names which field needs which).
    HOUSEHOLD_LEGAL_STATUS_READ = "household-legal-status:read"
    HOUSEHOLD_CARE_NEEDS_READ = "household-care-needs:read"
    HOUSEHOLD_ACCESS_NEEDS_READ = "household-access-needs:read"
    HOUSEHOLD_DATA_WRITE = "household-data:write"
    REQUESTS_READ = "relocation-requests:read"
    REQUESTS_WRITE = "relocation-requests:write"
    REQUEST_TRIAGE_WRITE = "relocation-triage:write"
    OFFERS_WRITE = "offers:write"
    OFFER_RESPONSES_WRITE = "offer-responses:write"
    PLACEMENTS_READ = "placements:read"
    PLACEMENTS_WRITE = "placements:write"
    STAY_EXTENSIONS_WRITE = "stay-extensions:write"
    MATCHING_READ = "matching:read"
    MATCHING_WRITE = "matching:write"
    # Sharing households between organisations
    CONSENTS_READ = "consents:read"
    CONSENTS_WRITE = "consents:write"
    REFERRALS_READ = "referrals:read"
    REFERRALS_WRITE = "referrals:write"
    # Reports (figures over the caller's scope)
    REPORTS_READ = "reports:read"
    # Operations: the worker's jobs and queues (platform administrators)
    OPERATIONS_READ = "operations:read"
    # Development only: the local mailbox of messages that no channel delivered
    DEV_INBOX_READ = "dev-inbox:read"
    # Webhook subscriptions of the organisation (its administrators, or an API key with the scope)
    WEBHOOKS_READ = "webhooks:read"
    WEBHOOKS_WRITE = "webhooks:write"

    @property
    def family(self) -> str:
        return self.value.split(":")[0]


P = Permission
_STAFF = {
    P.PROFILE_READ,
    P.REFERENCE_READ,
    P.ORGANISATIONS_READ,
    # Organisation administrators keep their own organisation's contact for households up to date.
    P.ORGANISATION_CONTACT_WRITE,
    P.USERS_READ,
    P.USERS_WRITE,
    P.API_KEYS_READ,
    P.API_KEYS_WRITE,
    # Organisation administrators read their own organisation's events (the audit service scopes it).
    P.AUDIT_READ,
    P.INCIDENTS_READ,
    P.INCIDENTS_WRITE,
    # Desks, municipalities and partners hand households to each other, with the household's consent.
    P.CONSENTS_READ,
    P.CONSENTS_WRITE,
    P.REFERRALS_READ,
    P.REFERRALS_WRITE,
    # Organisation administrators subscribe their systems to events in their scope (the webhooks
    # service checks the administrator flag, as for API keys).
    P.WEBHOOKS_READ,
    P.WEBHOOKS_WRITE,
}

# What each role may do at all; which rows it may touch is the services' organisation scoping.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    # Relocation desks: triage, match and offer, across all places of their region.
    Role.DESK: frozenset(
        _STAFF
        | {
            P.PLACES_READ,
            P.HOST_FAMILIES_READ,
            P.INITIATIVES_READ,
            P.INCIDENT_REVIEWS_WRITE,
            P.HOUSEHOLDS_READ,
            P.HOUSEHOLDS_WRITE,
            P.HOUSEHOLD_SENSITIVE_READ,
            P.HOUSEHOLD_LEGAL_STATUS_READ,
            P.HOUSEHOLD_CARE_NEEDS_READ,
            P.HOUSEHOLD_ACCESS_NEEDS_READ,
            P.REQUESTS_READ,
            P.REQUESTS_WRITE,
            P.REQUEST_TRIAGE_WRITE,
            P.OFFERS_WRITE,
            P.OFFER_RESPONSES_WRITE,
            P.MATCHING_READ,
            P.MATCHING_WRITE,
            P.REPORTS_READ,
            P.PLACEMENTS_READ,
            P.PLACEMENTS_WRITE,
            P.STAY_EXTENSIONS_WRITE,
            P.HOST_VETTING_APPROVE,
        }
    ),
    # Municipality staff: their locations and initiatives, and the households placed there.
    Role.MUNICIPALITY: frozenset(
        _STAFF
        | {
            P.PLACES_READ,
            P.PLACES_WRITE,
            P.HOST_FAMILIES_READ,
            P.INITIATIVES_READ,
            P.INITIATIVES_WRITE,
            P.HOUSEHOLDS_READ,
            # Of the households placed in its territory: whether the place must be accessible and
            # whether a child needs special-needs education (schooling is a municipal task); not
            # their legal status, nor medical care.
            P.HOUSEHOLD_ACCESS_NEEDS_READ,
            P.REQUESTS_READ,
            P.REPORTS_READ,
            P.PLACEMENTS_READ,
            P.PLACEMENTS_WRITE,
            P.HOST_VETTING_APPROVE,
        }
    ),
    # Partners (and operators): the households and host families they support, their locations.
    Role.PARTNER: frozenset(
        _STAFF
        | {
            P.PLACES_READ,
            P.PLACES_WRITE,
            P.HOST_FAMILIES_READ,
            P.HOST_FAMILIES_WRITE,
            P.HOST_VETTING_WRITE,
            P.INITIATIVES_READ,
            P.HOUSEHOLDS_READ,
            P.HOUSEHOLDS_WRITE,
            P.HOUSEHOLD_SENSITIVE_READ,
            P.HOUSEHOLD_LEGAL_STATUS_READ,
            P.HOUSEHOLD_CARE_NEEDS_READ,
            P.HOUSEHOLD_ACCESS_NEEDS_READ,
            P.REQUESTS_READ,
            P.REQUESTS_WRITE,
            P.OFFER_RESPONSES_WRITE,
            P.REPORTS_READ,
            P.PLACEMENTS_READ,
            P.PLACEMENTS_WRITE,
        }
    ),
    # A host family managing its own offer, and following the reports it filed.
    Role.HOST: frozenset(
        {
            P.PROFILE_READ,
            P.REFERENCE_READ,
            P.HOST_FAMILIES_READ,
            P.HOST_FAMILIES_WRITE,
            P.INCIDENTS_READ,
            P.INCIDENTS_WRITE,
        }
    ),
}

# Permissions that only users may exercise, never an integration's API key.
USER_ONLY_PERMISSIONS = frozenset(
    {
        Permission.PROFILE_READ,
        Permission.USERS_WRITE,
        Permission.ORGANISATION_CONTACT_WRITE,
        Permission.API_KEYS_WRITE,
        Permission.AUDIT_READ,
        Permission.OPERATIONS_READ,
        Permission.HOUSEHOLD_DATA_WRITE,
        # A person decides these, never an integration: a longer stay, a second vetting check.
        Permission.STAY_EXTENSIONS_WRITE,
        Permission.HOST_VETTING_APPROVE,
        # A newcomer's look at the development mailbox, never an integration's.
        Permission.DEV_INBOX_READ,
    }
)


@dataclass(frozen=True)
class Principal:
    """Who is calling: a user, or an organisation's integration through an API key."""

    organisation_id: uuid.UUID
    role: Role
    permissions: frozenset[Permission]
    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    is_organisation_admin: bool = False
    municipality_code: str | None = None
    # A relocation desk's working area (safety-region codes); None: the whole country.
    safety_region_codes: frozenset[str] | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def _public() -> None:
    """Marks a route as deliberately open to everyone."""


_public.is_public = True  # type: ignore[attr-defined]
public_route = Depends(_public)


def route_guards(api: FastAPI) -> dict[tuple[str, str], Permission | None]:
    """(method, path) → the permission each API operation requires (None: public).

    Raises when an operation declares neither a permission nor `public_route`. The interactive
    docs and the OpenAPI document itself are plain Starlette routes and are public by design.
    """
    guards: dict[tuple[str, str], Permission | None] = {}
    for context in iter_route_contexts(api.routes):
        if getattr(context, "dependant", None) is None:
            continue
        guard = _guard_of(context.dependant, f"{sorted(context.methods)} {context.path}")
        for method in context.methods:
            guards[(method, context.path)] = guard
    return guards


def _guard_of(dependant: Any, name: str) -> Permission | None:
    stack = list(dependant.dependencies)
    while stack:
        dependant = stack.pop()
        call = dependant.call
        if getattr(call, "is_public", False):
            return None
        if (permission := getattr(call, "required_permission", None)) is not None:
            return permission
        stack.extend(dependant.dependencies)
    raise RuntimeError(f"{name} declares neither requires(...) nor public_route")
