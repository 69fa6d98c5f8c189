"""Host families: scope, the availability-window rule, vetting, and who sees contact details."""

import uuid
from datetime import date, timedelta
from enum import StrEnum

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import get_settings
from api.core.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.hosts.models import (
    HostFamily,
    HostFamilyCreate,
    HostFamilyPublic,
    HostFamilyUpdate,
    VettingPublic,
    VettingStatus,
    VettingUpdate,
)
from api.identity.models import Organisation, OrganisationKind
from api.incidents.models import SubjectType
from api.incidents.service import suspended_ids
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlacementStatus
from api.placements.service import lock_host_family
from api.places.models import contact_columns, contact_of
from api.reference.models import Municipality

VETTING_VALIDITY = timedelta(days=365)


def is_vetted(host: HostFamily, on: date | None = None) -> bool:
    """Vetted, and the vetting has not expired (expired vetting counts as not vetted)."""
    on = on or date.today()
    return host.vetting_status == VettingStatus.VETTED.value and (
        host.vetting_expires_on is None or host.vetting_expires_on >= on
    )


def _scoped(query, principal: Principal):  # type: ignore[no-untyped-def]
    if principal.role in (Role.ADMIN, Role.DESK):
        return query
    if principal.role == Role.PARTNER:
        return query.where(HostFamily.organisation_id == principal.organisation_id)
    if principal.role == Role.MUNICIPALITY:
        return query.where(HostFamily.municipality_code == principal.municipality_code)
    if principal.role == Role.HOST and principal.user_id is not None:
        return query.where(HostFamily.host_user_id == principal.user_id)
    return query.where(False)


def get_host_family(session: Session, principal: Principal, host_id: uuid.UUID) -> HostFamily:
    host = session.exec(_scoped(select(HostFamily), principal).where(HostFamily.id == host_id)).first()
    if host is None:
        raise NotFound("No such host family.")
    return host


def hosts_desk_works_with(
    session: Session, organisation_id: uuid.UUID, host_ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    """The hosts among HOST_IDS where a desk organisation has an open offer, or an accepted one
    still placed. For the host-contact rule: a desk sees contact details only while it places there.
    One query for a whole list."""
    if not host_ids:
        return set()
    rows = session.exec(
        select(Offer.host_family_id, Offer.status, Placement.status)
        .join(Placement, col(Placement.id) == col(Offer.placement_id), isouter=True)
        .where(col(Offer.host_family_id).in_(host_ids), Offer.made_by_organisation_id == organisation_id)
    ).all()
    return {
        host_id
        for host_id, offer_status, placement_status in rows
        if offer_status == OfferStatus.OPEN.value
        or (offer_status == OfferStatus.ACCEPTED.value and placement_status == PlacementStatus.ACTIVE.value)
    }


def _contact_visible(principal: Principal, host: HostFamily, desk_hosts: set[uuid.UUID]) -> bool:
    """The managing organisation, the host, admins, and a desk while it places with the host."""
    if principal.is_admin or (
        host.organisation_id == principal.organisation_id and principal.role == Role.PARTNER
    ):
        return True
    if principal.user_id is not None and host.host_user_id == principal.user_id:
        return True
    return principal.role == Role.DESK and host.id in desk_hosts


def to_public(session: Session, principal: Principal, hosts: list[HostFamily]) -> list[HostFamilyPublic]:
    """The API view; every contact shown is an audited read."""
    ids = [h.id for h in hosts]
    suspended = suspended_ids(session, SubjectType.HOST_FAMILY, ids)
    desk_hosts = (
        hosts_desk_works_with(session, principal.organisation_id, ids)
        if principal.role == Role.DESK
        else set()
    )
    result = []
    for host in hosts:
        contact = contact_of(host) if _contact_visible(principal, host, desk_hosts) else None
        if contact is not None:
            record(session, principal, "read_contact", "host_family", host.id)
        free = (
            0 if host.occupied_households >= host.max_households else max(0, host.beds - host.occupied_beds)
        )
        result.append(
            HostFamilyPublic.model_validate(
                {
                    **host.model_dump(),
                    "vetting": VettingPublic(
                        status=VettingStatus(host.vetting_status),
                        vog_checked_on=host.vog_checked_on,
                        home_visit_on=host.home_visit_on,
                        references_checked_on=host.references_checked_on,
                        expires_on=host.vetting_expires_on,
                        is_vetted=is_vetted(host),
                    ),
                    "occupied": host.occupied_beds,
                    "available": free,
                    "suspended": host.id in suspended,
                    "contact": contact,
                }
            )
        )
    return result


class HostSort(StrEnum):
    NAME = "displayName"
    AVAILABLE_UNTIL = "availableUntil"
    NEWEST = "-createdAt"


SORT_COLUMNS = {
    HostSort.NAME: col(HostFamily.display_name),
    HostSort.AVAILABLE_UNTIL: col(HostFamily.available_until),
    HostSort.NEWEST: col(HostFamily.created_at).desc(),
}


def list_host_families(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    municipality_code: str | None = None,
    organisation_id: uuid.UUID | None = None,
    vetted: bool | None = None,
    min_free_beds: int | None = None,
    pets: bool | None = None,
    wheelchair: bool | None = None,
    accepts_children: bool | None = None,
    available_on: date | None = None,
    sort: HostSort = HostSort.NAME,
) -> tuple[list[HostFamily], int]:
    query = _scoped(select(HostFamily), principal)
    if municipality_code:
        query = query.where(HostFamily.municipality_code == municipality_code.upper())
    if organisation_id:
        query = query.where(HostFamily.organisation_id == organisation_id)
    if vetted is not None:
        today = date.today()
        vetted_clause = (HostFamily.vetting_status == VettingStatus.VETTED.value) & (
            col(HostFamily.vetting_expires_on).is_(None) | (col(HostFamily.vetting_expires_on) >= today)
        )
        query = query.where(vetted_clause if vetted else ~vetted_clause)
    if min_free_beds is not None:
        query = query.where(
            HostFamily.beds - HostFamily.occupied_beds >= min_free_beds,
            HostFamily.occupied_households < HostFamily.max_households,
        )
    if pets is not None:
        query = query.where(HostFamily.pets_allowed.is_(pets))
    if wheelchair is not None:
        query = query.where(HostFamily.wheelchair_accessible.is_(wheelchair))
    if accepts_children is not None:
        query = query.where(HostFamily.accepts_children.is_(accepts_children))
    if available_on is not None:
        query = query.where(
            HostFamily.available_from <= available_on, HostFamily.available_until >= available_on
        )
    return paginate(session, query.order_by(SORT_COLUMNS[sort], col(HostFamily.id)), page)


def _check_window(principal: Principal, start: date, end: date, allow_long: bool) -> None:
    limit = get_settings().host_window_max_days
    if (end - start).days > limit:
        if allow_long and principal.is_admin:
            return
        raise Unprocessable(
            f"The availability window is {(end - start).days} days; hosting lasts at most {limit} days "
            "(about 6 months). An administrator can accept a longer window.",
            code="window-too-long",
            errors=[FieldError(field="availableUntil", message=f"at most {limit} days after availableFrom")],
        )


def _managing_organisation(session: Session, principal: Principal, requested: uuid.UUID | None) -> uuid.UUID:
    if principal.is_admin:
        if requested is None:
            raise Unprocessable(
                "Name the managing partner organisation (organisationId).", code="missing-field"
            )
        organisation = session.get(Organisation, requested)
        if organisation is None or organisation.kind != OrganisationKind.PARTNER.value:
            raise Unprocessable(
                "The managing organisation must be a partner organisation.", code="unknown-organisation"
            )
        return organisation.id
    if requested is not None and requested != principal.organisation_id:
        raise Forbidden("Host families are registered under your own organisation.")
    return principal.organisation_id


def create_host_family(session: Session, principal: Principal, data: HostFamilyCreate) -> HostFamily:
    if principal.role not in (Role.ADMIN, Role.PARTNER, Role.HOST):
        raise Forbidden("Your role may not register host families.")
    organisation_id = _managing_organisation(session, principal, data.organisation_id)
    if session.get(Municipality, data.municipality_code) is None:
        raise Unprocessable(
            f"Unknown municipality code {data.municipality_code}.", code="unknown-municipality"
        )
    _check_window(principal, data.available_from, data.available_until, data.allow_long_window)
    host_user_id = principal.user_id if principal.role == Role.HOST else None
    if (
        host_user_id
        and session.exec(select(HostFamily).where(HostFamily.host_user_id == host_user_id)).first()
    ):
        raise Conflict("You have registered your offer already; change it instead.")
    host = HostFamily(
        **data.model_dump(exclude={"contact", "allow_long_window", "organisation_id"}),
        organisation_id=organisation_id,
        host_user_id=host_user_id,
        vetting_status=VettingStatus.PENDING.value,
        **contact_columns(data.contact),
    )
    session.add(host)
    session.flush()
    record(session, principal, "create", "host_family", host.id, {"selfRegistered": host_user_id is not None})
    return host


def update_host_family(
    session: Session, principal: Principal, host_id: uuid.UUID, data: HostFamilyUpdate
) -> HostFamily:
    get_host_family(session, principal, host_id)
    host = lock_host_family(session, host_id)
    if principal.role not in (Role.ADMIN, Role.PARTNER, Role.HOST):
        raise Forbidden("Your role may not change host families.")
    changes = data.model_dump(exclude_unset=True, exclude={"allow_long_window"})
    changes.pop("contact", None)
    for name, value in changes.items():
        if value is None:
            raise Unprocessable(f"{name} may not be null.", code="null-field")
        setattr(host, name, value)
    if host.available_until < host.available_from:
        raise Unprocessable("availableUntil lies before availableFrom.", code="invalid-dates")
    if {"available_from", "available_until"} & set(changes):
        _check_window(principal, host.available_from, host.available_until, data.allow_long_window)
    if host.beds < host.occupied_beds or host.max_households < host.occupied_households:
        raise Unprocessable(
            "A household is placed here; move it before shrinking the offer.", code="below-occupancy"
        )
    if "contact" in data.model_fields_set:
        for name, value in contact_columns(data.contact).items():
            setattr(host, name, value)
    host.updated_at = utcnow()
    session.add(host)
    record(session, principal, "update", "host_family", host.id, {"fields": sorted(data.model_fields_set)})
    return host


def set_vetting(
    session: Session, principal: Principal, host_id: uuid.UUID, data: VettingUpdate
) -> HostFamily:
    """Record a vetting decision. `vetted` needs a certificate of conduct (VOG) and a home visit."""
    get_host_family(session, principal, host_id)
    host = lock_host_family(session, host_id)
    if data.status == VettingStatus.VETTED:
        missing = [
            n
            for n, v in (("vogCheckedOn", data.vog_checked_on), ("homeVisitOn", data.home_visit_on))
            if v is None
        ]
        if missing:
            raise Unprocessable(
                "Vetting needs a certificate-of-conduct check and a home visit: "
                f"missing {', '.join(missing)}.",
                code="vetting-incomplete",
                errors=[FieldError(field=name, message="required to vet") for name in missing],
            )
        today = date.today()
        if data.vog_checked_on > today or data.home_visit_on > today:
            raise Unprocessable("Checks cannot lie in the future.", code="invalid-dates")
    expires_on = data.expires_on
    if data.status == VettingStatus.VETTED and expires_on is None:
        expires_on = data.vog_checked_on + VETTING_VALIDITY
    host.vetting_status = data.status.value
    host.vog_checked_on = data.vog_checked_on
    host.home_visit_on = data.home_visit_on
    host.references_checked_on = data.references_checked_on
    host.vetting_expires_on = expires_on
    host.updated_at = utcnow()
    session.add(host)
    record(session, principal, "vet", "host_family", host.id, {"status": host.vetting_status})
    return host
