"""Who sees which households, and who may read their restricted fields.

A caller's own scope (the households in its care): admins and national desks see every household; a
desk with a working area (safety regions) the households anchored, placed or preferring to live there
and those it registered; a partner
the households it supports; a municipality the households with an active placement in one of its
places. Reads may also reach the households referred to the caller's organisation (an accepted
referral whose consent is valid, see api.referrals.access): that access is read-only, so only read
paths ask for it (`referred=True`); every change keeps to the own scope. Rows outside scope are 404.
Restricted fields (needs details, vulnerability, notes, contact) are shown only to callers holding
`household-sensitive:read`, on one household at a time. Classified fields (legal status and three
care flags) are shown, in lists too, to the roles whose work needs them (`CLASSIFIED_FIELDS`).
Every response that shows either kind is audited: one event per response, a list's naming the
households it showed.
"""

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import String, cast, exists, false, literal, or_, true, union
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Permission, Principal, Role
from api.core.errors import NotFound
from api.core.models import utcnow
from api.hosts.models import HostFamily
from api.households.models import Household, HouseholdAccess
from api.placements.models import Placement, PlacementStatus
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality
from api.referrals.access import households_referred_to
from api.relocation.models import RelocationAnchor, RelocationRequest

SENSITIVE_READ_ACTION = "read_sensitive"


def households_placed_in(municipality_code: str) -> Any:
    """Ids of households with an active placement in a place in the municipality."""
    in_units = (
        select(Placement.household_id)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(
            Placement.status == PlacementStatus.ACTIVE.value,
            ShelterLocation.municipality_code == municipality_code,
        )
    )
    at_hosts = (
        select(Placement.household_id)
        .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
        .where(
            Placement.status == PlacementStatus.ACTIVE.value,
            HostFamily.municipality_code == municipality_code,
        )
    )
    return union(in_units, at_hosts)


def _national(principal: Principal) -> bool:
    """Admins, and desks without a working area, see every household."""
    return principal.role == Role.ADMIN or (
        principal.role == Role.DESK and principal.safety_region_codes is None
    )


def households_in_regions(regions: frozenset[str]) -> Any:
    """Households whose requests have an anchor in, or prefer a municipality of, these safety
    regions, and those with an active placement there."""
    municipalities = select(Municipality.code).where(col(Municipality.safety_region_code).in_(regions))
    anchored = (
        select(RelocationRequest.household_id)
        .join(RelocationAnchor, col(RelocationAnchor.request_id) == col(RelocationRequest.id))
        .where(col(RelocationAnchor.municipality_code).in_(municipalities))
    )
    # Preferred municipalities are a JSON list of codes: a quoted code matches one whole entry.
    preferring = select(RelocationRequest.household_id).where(
        exists(
            select(Municipality.code).where(
                col(Municipality.safety_region_code).in_(regions),
                cast(col(RelocationRequest.preferred_municipalities), String).contains(
                    literal('"') + col(Municipality.code) + literal('"')
                ),
            )
        )
    )
    placed_in_units = (
        select(Placement.household_id)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(
            Placement.status == PlacementStatus.ACTIVE.value,
            col(ShelterLocation.municipality_code).in_(municipalities),
        )
    )
    placed_at_hosts = (
        select(Placement.household_id)
        .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
        .where(
            Placement.status == PlacementStatus.ACTIVE.value,
            col(HostFamily.municipality_code).in_(municipalities),
        )
    )
    return union(anchored, preferring, placed_in_units, placed_at_hosts)


def _own_scope(principal: Principal) -> Any:
    if _national(principal):
        return true()
    if principal.role == Role.DESK:
        assert principal.safety_region_codes is not None
        return or_(
            col(Household.id).in_(households_in_regions(principal.safety_region_codes)),
            Household.created_by_organisation_id == principal.organisation_id,
        )
    if principal.role == Role.PARTNER:
        return Household.supporting_organisation_id == principal.organisation_id
    if principal.role == Role.MUNICIPALITY and principal.municipality_code:
        return col(Household.id).in_(households_placed_in(principal.municipality_code))
    return false()


def _referred(principal: Principal) -> Any:
    if principal.role == Role.HOST:
        return false()
    return col(Household.id).in_(households_referred_to(principal.organisation_id, utcnow()))


def scope_households(query: Any, principal: Principal, *, referred: bool = False) -> Any:
    """Restrict a query over Household to the caller's scope (erased households are never in it).

    `referred=True` adds the households referred to the caller's organisation: for reads only.
    """
    query = query.where(col(Household.erased_at).is_(None))
    if _national(principal):
        return query
    if referred:
        return query.where(or_(_own_scope(principal), _referred(principal)))
    return query.where(_own_scope(principal))


def get_household(
    session: Session, principal: Principal, household_id: uuid.UUID, *, referred: bool = False
) -> Household:
    household = session.exec(
        scope_households(select(Household), principal, referred=referred).where(Household.id == household_id)
    ).first()
    if household is None:
        raise NotFound("No such household.")
    return household


def household_access(
    session: Session, principal: Principal, household_id: uuid.UUID
) -> tuple[Household, HouseholdAccess]:
    """The household (404 when the caller sees it not at all) and why the caller sees it."""
    household = get_household(session, principal, household_id, referred=True)
    return household, access_to(session, principal, [household.id])[household.id]


def access_to(
    session: Session, principal: Principal, household_ids: list[uuid.UUID]
) -> dict[uuid.UUID, HouseholdAccess]:
    """For households the caller sees, which of them are in its own scope (the rest are referred)."""
    if _national(principal):
        return dict.fromkeys(household_ids, HouseholdAccess.OWN_SCOPE)
    own = set(
        session.exec(
            select(Household.id).where(col(Household.id).in_(household_ids), _own_scope(principal))
        ).all()
    )
    return {
        household_id: HouseholdAccess.OWN_SCOPE if household_id in own else HouseholdAccess.REFERRAL
        for household_id in household_ids
    }


class ClassifiedField(StrEnum):
    LEGAL_STATUS = "legalStatus"
    MEDICAL_CARE = "needs.medicalCare"
    WHEELCHAIR = "needs.wheelchair"
    SPECIAL_NEEDS_EDUCATION = "needs.specialNeedsEducation"


# Who may see which classified field is the role's permissions (api.core.authorization).
CLASSIFIED_FIELDS: dict[ClassifiedField, Permission] = {
    ClassifiedField.LEGAL_STATUS: Permission.HOUSEHOLD_LEGAL_STATUS_READ,
    ClassifiedField.MEDICAL_CARE: Permission.HOUSEHOLD_CARE_NEEDS_READ,
    ClassifiedField.WHEELCHAIR: Permission.HOUSEHOLD_ACCESS_NEEDS_READ,
    ClassifiedField.SPECIAL_NEEDS_EDUCATION: Permission.HOUSEHOLD_ACCESS_NEEDS_READ,
}


def classified_fields_for(principal: Principal) -> frozenset[ClassifiedField]:
    return frozenset(field for field, permission in CLASSIFIED_FIELDS.items() if principal.can(permission))


def audit_list_read(
    session: Session, principal: Principal, household_ids: list[uuid.UUID], fields: frozenset[ClassifiedField]
) -> None:
    """One audit event for a list response that showed classified fields, naming its households."""
    if household_ids and fields:
        record(
            session,
            principal,
            SENSITIVE_READ_ACTION,
            "household",
            None,
            {
                "what": "household-list",
                "fields": sorted(fields),
                "householdIds": [str(i) for i in household_ids],
            },
        )


def may_read_sensitive(principal: Principal) -> bool:
    """Within scope (checked by the caller), the permission decides."""
    return principal.can(Permission.HOUSEHOLD_SENSITIVE_READ)


def audit_sensitive_read(
    session: Session,
    principal: Principal,
    household_id: uuid.UUID,
    what: str,
    fields: frozenset[ClassifiedField] = frozenset(),
) -> None:
    """One audit event per response that shows a household's restricted or classified fields."""
    details: dict[str, Any] = {"what": what} | ({"fields": sorted(fields)} if fields else {})
    record(session, principal, SENSITIVE_READ_ACTION, "household", household_id, details)
