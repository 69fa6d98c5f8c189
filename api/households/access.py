"""Who sees which households, and who may read their restricted fields.

Desks and admins see every household; a partner the households it supports; a municipality the
households with an active placement in one of its places. Rows outside scope are 404. Restricted
fields are shown only to callers holding `household-sensitive:read` (for a partner that is, by
scope, only its own households), and every response that shows them is audited.
"""

import uuid
from typing import Any

from sqlalchemy import false, union
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Permission, Principal, Role
from api.core.errors import NotFound
from api.hosts.models import HostFamily
from api.households.models import Household
from api.placements.models import Placement, PlacementStatus
from api.places.models import ShelterLocation, ShelterUnit

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


def scope_households(query: Any, principal: Principal) -> Any:
    """Restrict a query over Household to the caller's scope (erased households are never in it)."""
    query = query.where(col(Household.erased_at).is_(None))
    if principal.role in (Role.ADMIN, Role.DESK):
        return query
    if principal.role == Role.PARTNER:
        return query.where(Household.supporting_organisation_id == principal.organisation_id)
    if principal.role == Role.MUNICIPALITY and principal.municipality_code:
        return query.where(col(Household.id).in_(households_placed_in(principal.municipality_code)))
    return query.where(false())


def get_household(session: Session, principal: Principal, household_id: uuid.UUID) -> Household:
    household = session.exec(
        scope_households(select(Household), principal).where(Household.id == household_id)
    ).first()
    if household is None:
        raise NotFound("No such household.")
    return household


def may_read_sensitive(principal: Principal) -> bool:
    """Within scope (checked by the caller), the permission decides."""
    return principal.can(Permission.HOUSEHOLD_SENSITIVE_READ)


def audit_sensitive_read(session: Session, principal: Principal, household_id: uuid.UUID, what: str) -> None:
    """One audit event per response that shows a household's restricted fields."""
    record(session, principal, SENSITIVE_READ_ACTION, "household", household_id, {"what": what})
