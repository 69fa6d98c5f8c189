"""Host families: scope, the availability-window rule, vetting with its history and second check,
and who sees contact details.

Vetting is a sequence of decisions (who checked what, when), never overwritten. With
`ONDERDAK_VETTING_FOUR_EYES` a `vetted` decision (what lets a host receive vulnerable households)
takes effect only once a second person, outside the organisation that manages the host, approves
it; decisions that restrict a host (pending, rejected, suspended) take effect at once.
"""

import uuid
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import Settings, get_settings
from api.core.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.sorting import ordering
from api.core.text_search import matches_text
from api.hosts.models import (
    HostAccountCreate,
    HostFamily,
    HostFamilyCreate,
    HostFamilyPublic,
    HostFamilyUpdate,
    ReviewOutcome,
    ReviewStatus,
    StaffRef,
    VettingDecision,
    VettingDecisionPublic,
    VettingPublic,
    VettingReviewCreate,
    VettingReviewPublic,
    VettingStatus,
    VettingUpdate,
)
from api.identity import service as identity
from api.identity.models import Organisation, OrganisationKind, PasswordLink, User, UserCreate
from api.incidents.models import SubjectType
from api.incidents.service import suspended_ids
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlacementStatus
from api.placements.service import lock_host_family
from api.places.models import contact_columns, contact_of
from api.reference.models import Municipality
from api.reference.service import in_municipality_named
from api.webhooks.events import EventType, emit

VETTING_VALIDITY = timedelta(days=365)


def is_vetted(host: HostFamily, on: date | None = None) -> bool:
    """Vetted, and the vetting has not expired (expired vetting counts as not vetted)."""
    on = on or date.today()
    return host.vetting_status == VettingStatus.VETTED.value and (
        host.vetting_expires_on is None or host.vetting_expires_on >= on
    )


def scope_host_families(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from HostFamily to the host families the caller may read:
    desks and admins all; a partner those it manages; a municipality those in its territory; a
    host its own. The list, one host family and the reports all read through this."""
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
    host = session.exec(
        scope_host_families(select(HostFamily), principal).where(HostFamily.id == host_id)
    ).first()
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


def _awaiting_review(session: Session, host_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Host → its decision waiting for a second check, for a whole list in one query."""
    if not host_ids:
        return {}
    return dict(
        session.exec(
            select(VettingDecision.host_family_id, VettingDecision.id).where(
                col(VettingDecision.host_family_id).in_(host_ids),
                VettingDecision.review_status == ReviewStatus.PENDING.value,
            )
        ).all()
    )


def to_public(session: Session, principal: Principal, hosts: list[HostFamily]) -> list[HostFamilyPublic]:
    """The API view; every contact shown is an audited read."""
    ids = [h.id for h in hosts]
    suspended = suspended_ids(session, SubjectType.HOST_FAMILY, ids)
    awaiting = _awaiting_review(session, ids)
    renewal_lead = timedelta(days=get_settings().vetting_renewal_lead_days)
    desk_hosts = (
        hosts_desk_works_with(session, principal.organisation_id, ids)
        if principal.role == Role.DESK
        else set()
    )
    result = []
    for host in hosts:
        visible = _contact_visible(principal, host, desk_hosts)
        contact = contact_of(host) if visible else None
        if contact is not None or (visible and host.address):
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
                        id_checked_on=host.id_checked_on,
                        expires_on=host.vetting_expires_on,
                        is_vetted=is_vetted(host),
                        renewal_due_on=host.vetting_expires_on - renewal_lead
                        if host.vetting_expires_on and host.vetting_status == VettingStatus.VETTED.value
                        else None,
                        awaiting_review=awaiting.get(host.id),
                    ),
                    "occupied": host.occupied_beds,
                    "available": free,
                    "suspended": host.id in suspended,
                    "contact": contact,
                    "address": host.address if visible else None,
                    "arrival_instructions": host.arrival_instructions if visible else None,
                }
            )
        )
    return result


class HostSort(StrEnum):
    """The list's order; a leading `-` reverses it (api/core/sorting.py)."""

    NAME = "displayName"
    NAME_DESC = "-displayName"
    AVAILABLE_UNTIL = "availableUntil"
    AVAILABLE_UNTIL_DESC = "-availableUntil"
    FREE_BEDS = "freeBeds"
    FREE_BEDS_DESC = "-freeBeds"
    OLDEST = "createdAt"
    NEWEST = "-createdAt"


SORT_COLUMNS = {
    "displayName": col(HostFamily.display_name),
    "availableUntil": col(HostFamily.available_until),
    "freeBeds": col(HostFamily.beds) - col(HostFamily.occupied_beds),
    "createdAt": col(HostFamily.created_at),
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
    vetting_expires_within_days: int | None = None,
    q: str | None = None,
    sort: HostSort = HostSort.NAME,
) -> tuple[list[HostFamily], int]:
    query = scope_host_families(select(HostFamily), principal)
    if q:
        query = query.where(
            matches_text(q, HostFamily.display_name)
            | in_municipality_named(q, col(HostFamily.municipality_code))
        )
    if vetting_expires_within_days is not None:
        query = query.where(vetting_expiring(date.today(), vetting_expires_within_days))
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
    return paginate(session, query.order_by(ordering(sort.value, SORT_COLUMNS), col(HostFamily.id)), page)


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
    data.refuse_null()
    for name, value in changes.items():
        setattr(host, name, value)
    if host.available_until < host.available_from:
        raise Unprocessable("availableUntil lies before availableFrom.", code="invalid-dates")
    if {"available_from", "available_until"} & set(changes):
        _check_window(principal, host.available_from, host.available_until, data.allow_long_window)
        _check_window_covers_stays(session, host)
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


def _check_window_covers_stays(session: Session, host: HostFamily) -> None:
    """The window may grow, never slide away from a household placed here: it must still begin
    before every stay and last until every stay's planned end (a longer stay is an extension)."""
    first_start, last_end = session.exec(
        select(func.min(Placement.starts_on), func.max(Placement.planned_end_on)).where(
            Placement.host_family_id == host.id, Placement.status == PlacementStatus.ACTIVE.value
        )
    ).one()
    if first_start is not None and host.available_from > first_start:
        raise Conflict(
            f"A household is placed here from {first_start}: availableFrom cannot move after that.",
            code="window-after-stay-start",
            errors=[FieldError(field="availableFrom", message=f"on or before {first_start}")],
        )
    if last_end is not None and host.available_until < last_end:
        raise Conflict(
            f"A household is placed here until {last_end}: availableUntil cannot move before that; "
            "end the stay earlier first.",
            code="window-before-planned-end",
            errors=[FieldError(field="availableUntil", message=f"on or after {last_end}")],
        )


def vetting_expiring(today: date, within_days: int):  # type: ignore[no-untyped-def]
    """Hosts whose vetting is in force and expires within WITHIN_DAYS of TODAY: to re-vet."""
    return (
        (HostFamily.vetting_status == VettingStatus.VETTED.value)
        & (col(HostFamily.vetting_expires_on) >= today)
        & (col(HostFamily.vetting_expires_on) <= today + timedelta(days=within_days))
    )


def hosts_with_vetting_expiring(session: Session, today: date, within_days: int) -> list[HostFamily]:
    """For the reminder job: vetted hosts whose vetting expires within WITHIN_DAYS (soonest first),
    with their managing organisation (`organisation_id`), to ask for re-vetting."""
    return list(
        session.exec(
            select(HostFamily)
            .where(vetting_expiring(today, within_days))
            .order_by(col(HostFamily.vetting_expires_on), col(HostFamily.id))
        ).all()
    )


def _validated_decision(data: VettingUpdate, today: date) -> date | None:
    """The decision's checks are complete and plausible; returns when the vetting expires."""
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
    checks = [data.vog_checked_on, data.home_visit_on, data.references_checked_on, data.id_checked_on]
    if any(d is not None and d > today for d in checks):
        raise Unprocessable("Checks cannot lie in the future.", code="invalid-dates")
    if data.status != VettingStatus.VETTED:
        return data.expires_on
    assert data.vog_checked_on is not None
    expires_on = data.expires_on or data.vog_checked_on + VETTING_VALIDITY
    if expires_on < today:
        raise Unprocessable(
            f"This vetting would have expired on {expires_on}: re-vetting needs recent checks.",
            code="vetting-expired",
            errors=[FieldError(field="expiresOn", message="lies in the past")],
        )
    return expires_on


def _apply(host: HostFamily, decision: VettingDecision) -> None:
    host.vetting_status = decision.status
    host.vog_checked_on = decision.vog_checked_on
    host.home_visit_on = decision.home_visit_on
    host.references_checked_on = decision.references_checked_on
    host.id_checked_on = decision.id_checked_on
    host.vetting_expires_on = decision.expires_on
    host.updated_at = utcnow()


def set_vetting(
    session: Session, principal: Principal, host_id: uuid.UUID, data: VettingUpdate, settings: Settings
) -> HostFamily:
    """Record a vetting decision. `vetted` needs a certificate of conduct (VOG) and a home visit;
    with four-eyes on it waits for a second person (see review_vetting)."""
    get_host_family(session, principal, host_id)
    host = lock_host_family(session, host_id)
    expires_on = _validated_decision(data, date.today())
    now = utcnow()
    for pending in session.exec(
        select(VettingDecision).where(
            VettingDecision.host_family_id == host.id,
            VettingDecision.review_status == ReviewStatus.PENDING.value,
        )
    ).all():
        pending.review_status = ReviewStatus.SUPERSEDED.value
        pending.reviewed_at = now
        session.add(pending)
    needs_review = settings.vetting_four_eyes and data.status == VettingStatus.VETTED
    decision = VettingDecision(
        host_family_id=host.id,
        status=data.status.value,
        vog_checked_on=data.vog_checked_on,
        home_visit_on=data.home_visit_on,
        references_checked_on=data.references_checked_on,
        id_checked_on=data.id_checked_on,
        expires_on=expires_on,
        note=data.note,
        decided_at=now,
        decided_by_user_id=principal.user_id,
        decided_by_api_key_id=principal.api_key_id,
        decided_by_organisation_id=principal.organisation_id,
        review_status=(ReviewStatus.PENDING if needs_review else ReviewStatus.NOT_REQUIRED).value,
    )
    session.add(decision)
    if not needs_review:
        _apply(host, decision)
        session.add(host)
        emit(session, EventType.HOST_FAMILY_VETTING_CHANGED, host)
    session.flush()
    record(
        session,
        principal,
        "vet",
        "host_family",
        host.id,
        {"status": data.status.value, "decisionId": str(decision.id), "awaitingReview": needs_review},
    )
    return host


def review_vetting(
    session: Session,
    principal: Principal,
    host_id: uuid.UUID,
    decision_id: uuid.UUID,
    data: VettingReviewCreate,
    today: date,
) -> HostFamily:
    """The second check (four-eyes): another person, outside the host's managing organisation,
    approves or rejects a `vetted` decision."""
    get_host_family(session, principal, host_id)
    host = lock_host_family(session, host_id)
    decision = session.get(VettingDecision, decision_id)
    if decision is None or decision.host_family_id != host.id:
        raise NotFound("No such vetting decision for this host family.")
    if decision.review_status != ReviewStatus.PENDING.value:
        raise Conflict(
            f"This decision is {decision.review_status}, not waiting for a review.", code="review-not-pending"
        )
    if principal.user_id is not None and principal.user_id == decision.decided_by_user_id:
        raise Forbidden("You recorded this decision: a second person reviews it.", code="four-eyes")
    if principal.organisation_id == host.organisation_id:
        raise Forbidden(
            "The organisation that manages this host cannot be the only check: someone outside it reviews.",
            code="four-eyes",
        )
    if (
        data.outcome == ReviewOutcome.APPROVED
        and decision.expires_on is not None
        and decision.expires_on < today
    ):
        raise Conflict(
            "This decision's vetting has expired meanwhile; record a new one.", code="vetting-expired"
        )
    decision.review_status = data.outcome.value
    decision.reviewed_at = utcnow()
    decision.reviewed_by_user_id = principal.user_id
    decision.reviewed_by_organisation_id = principal.organisation_id
    decision.review_note = data.note
    session.add(decision)
    if data.outcome == ReviewOutcome.APPROVED:
        _apply(host, decision)
        session.add(host)
        emit(session, EventType.HOST_FAMILY_VETTING_CHANGED, host)
    record(
        session,
        principal,
        "review_vetting",
        "host_family",
        host.id,
        {"decisionId": str(decision.id), "outcome": data.outcome.value},
    )
    return host


def _staff(
    user_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None,
    users: dict[uuid.UUID, str],
    organisations: dict[uuid.UUID, str],
) -> StaffRef | None:
    if user_id is None and organisation_id is None:
        return None
    return StaffRef(
        user_id=user_id,
        full_name=users.get(user_id) if user_id else None,
        organisation_id=organisation_id,
        organisation_name=organisations.get(organisation_id) if organisation_id else None,
    )


def vetting_history(
    session: Session, principal: Principal, host_id: uuid.UUID
) -> list[VettingDecisionPublic]:
    """Every decision on a host, newest first; the host itself does not see who decided."""
    host = get_host_family(session, principal, host_id)
    decisions = list(
        session.exec(
            select(VettingDecision)
            .where(VettingDecision.host_family_id == host.id)
            .order_by(col(VettingDecision.decided_at).desc(), col(VettingDecision.id))
        ).all()
    )
    in_effect = next(
        (
            d.id
            for d in decisions
            if d.review_status in (ReviewStatus.NOT_REQUIRED.value, ReviewStatus.APPROVED.value)
        ),
        None,
    )
    show_staff = principal.role != Role.HOST  # the host sees what was checked, not by whom or why
    user_ids = {u for d in decisions for u in (d.decided_by_user_id, d.reviewed_by_user_id) if u}
    organisation_ids = {
        o for d in decisions for o in (d.decided_by_organisation_id, d.reviewed_by_organisation_id) if o
    }
    users = (
        dict(session.exec(select(User.id, User.full_name).where(col(User.id).in_(user_ids))).all())
        if user_ids
        else {}
    )
    organisations = (
        dict(
            session.exec(
                select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(organisation_ids))
            ).all()
        )
        if organisation_ids
        else {}
    )
    return [
        VettingDecisionPublic(
            id=d.id,
            host_family_id=d.host_family_id,
            status=VettingStatus(d.status),
            vog_checked_on=d.vog_checked_on,
            home_visit_on=d.home_visit_on,
            references_checked_on=d.references_checked_on,
            id_checked_on=d.id_checked_on,
            expires_on=d.expires_on,
            note=d.note if show_staff else None,
            decided_at=d.decided_at,
            decided_by=_staff(d.decided_by_user_id, d.decided_by_organisation_id, users, organisations)
            if show_staff
            else None,
            review=VettingReviewPublic(
                status=ReviewStatus(d.review_status),
                reviewed_at=d.reviewed_at,
                reviewed_by=_staff(d.reviewed_by_user_id, d.reviewed_by_organisation_id, users, organisations)
                if show_staff
                else None,
                note=d.review_note if show_staff else None,
            ),
            in_effect=d.id == in_effect,
        )
        for d in decisions
    ]


# --- the host family's own account (its host screens) ---------------------------------------


def _check_may_invite(principal: Principal, host: HostFamily) -> None:
    """The partner that manages the host family (any of its staff), or a platform administrator."""
    if not principal.is_admin and principal.organisation_id != host.organisation_id:
        raise Forbidden("Only the organisation that manages the host family invites its host.")


def invite_host(
    session: Session, settings: Settings, principal: Principal, host_id: uuid.UUID, data: HostAccountCreate
) -> tuple[User, PasswordLink, str]:
    """A user with role host in the managing organisation, linked to the host family, and the
    password link through which they choose their password (the existing invitation)."""
    get_host_family(session, principal, host_id)
    host = lock_host_family(session, host_id)  # two invitations at once link one account
    _check_may_invite(principal, host)
    if host.host_user_id is not None:
        raise Conflict(
            "The host family has an account already; send its host a new password link instead.",
            code="host-account-exists",
        )
    user = identity.create_user(
        session,
        principal,
        UserCreate(
            email=data.email,
            fullName=data.full_name,
            role=Role.HOST,
            organisationId=host.organisation_id,
        ),
        checked=True,
    )
    host.host_user_id = user.id
    host.updated_at = utcnow()
    session.add(host)
    record(session, principal, "invite_host", "host_family", host.id, {"userId": str(user.id)})
    link, token = identity.new_password_link(session, settings, principal, user)
    return user, link, token


def reinvite_host(
    session: Session, settings: Settings, principal: Principal, host_id: uuid.UUID
) -> tuple[User, PasswordLink, str]:
    """A new password link for the host family's account (an expired invitation, a lost password)."""
    host = get_host_family(session, principal, host_id)
    _check_may_invite(principal, host)
    user = session.get(User, host.host_user_id) if host.host_user_id else None
    if user is None or user.role != Role.HOST.value or user.organisation_id != host.organisation_id:
        raise Conflict(
            "The host family has no account of its own yet; invite its host.", code="no-host-account"
        )
    link, token = identity.new_password_link(session, settings, principal, user)
    record(session, principal, "reinvite_host", "host_family", host.id, {"userId": str(user.id)})
    return user, link, token
