"""GDPR: export everything about a household, erase it, and anonymise finished requests in time.

Erasure and anonymisation keep what statistics need (household size and age bands, legal-status
category; requests' reason, urgency, dates and statuses; offers and placements) and remove what
identifies or describes a person: free texts, contact details, needs and safeguarding flags,
anchors (addresses of work, school, home), notification contents, status links.
"""

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.audit.service import record
from api.consents.models import Consent
from api.consents.service import consents_public
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.errors import Conflict
from api.core.models import utcnow
from api.gdpr.models import (
    AccessLogEntry,
    HouseholdExport,
    NotificationExport,
    RelocationRequestExport,
    StatusLinkInfo,
)
from api.households.access import ClassifiedField, audit_sensitive_read, get_household
from api.households.models import Household
from api.households.service import household_public, lock_household
from api.notifications.models import Notification, NotificationStatus
from api.offers.models import Offer
from api.offers.service import offer_labels, offer_public
from api.placements.lifecycle import event_public as placement_event_public
from api.placements.models import Placement, PlacementEvent, PlacementStatus
from api.placements.service import active_placement_of, placement_summaries
from api.referrals.models import Referral
from api.referrals.service import end_referrals_of_erased_household, referrals_public
from api.relocation.models import (
    RelocationAnchor,
    RelocationEvent,
    RelocationRequest,
    RequestStatus,
    StatusLink,
)
from api.relocation.service import change_status, event_public, lock_request, requests_public
from api.relocation.workflow import FINISHED_STATUSES, OPEN_STATUSES, Actor

ERASED = "erased"


def export_household(session: Session, principal: Principal, household_id: uuid.UUID) -> HouseholdExport:
    household = get_household(session, principal, household_id)
    requests = list(
        session.exec(
            select(RelocationRequest)
            .where(RelocationRequest.household_id == household.id)
            .order_by(col(RelocationRequest.created_at))
        ).all()
    )
    request_ids = [r.id for r in requests]
    events = session.exec(
        select(RelocationEvent)
        .where(col(RelocationEvent.request_id).in_(request_ids))
        .order_by(col(RelocationEvent.occurred_at), col(RelocationEvent.id))
    ).all()
    offers = session.exec(
        select(Offer).where(col(Offer.request_id).in_(request_ids)).order_by(col(Offer.created_at))
    ).all()
    links = session.exec(
        select(StatusLink)
        .where(col(StatusLink.request_id).in_(request_ids))
        .order_by(col(StatusLink.created_at))
    ).all()
    placements = list(
        session.exec(
            select(Placement).where(Placement.household_id == household.id).order_by(col(Placement.starts_on))
        ).all()
    )
    placement_events = session.exec(
        select(PlacementEvent)
        .where(col(PlacementEvent.placement_id).in_([p.id for p in placements]))
        .order_by(col(PlacementEvent.occurred_at), col(PlacementEvent.id))
    ).all()
    notifications = session.exec(
        select(Notification)
        .where(Notification.household_id == household.id)
        .order_by(col(Notification.created_at))
    ).all()
    consents = list(
        session.exec(
            select(Consent).where(Consent.household_id == household.id).order_by(col(Consent.created_at))
        ).all()
    )
    referrals = list(
        session.exec(
            select(Referral).where(Referral.household_id == household.id).order_by(col(Referral.created_at))
        ).all()
    )
    subject_ids = [
        str(i)
        for i in [
            household.id,
            *request_ids,
            *(o.id for o in offers),
            *(p.id for p in placements),
            *(c.id for c in consents),
            *(r.id for r in referrals),
        ]
    ]
    access_log = session.exec(
        select(AuditEvent)
        .where(col(AuditEvent.subject_id).in_(subject_ids))
        .order_by(col(AuditEvent.occurred_at), col(AuditEvent.id))
    ).all()
    summaries = placement_summaries(session, placements)
    labels = offer_labels(session, list(offers))
    exported_at = utcnow()
    exported = HouseholdExport(
        exported_at=exported_at,
        household=household_public(household, reveal=True, classified=frozenset(ClassifiedField)),
        relocation_requests=[
            RelocationRequestExport(
                request=public,
                events=[event_public(e, reveal=True) for e in events if e.request_id == public.id],
                offers=[
                    offer_public(o, labels[o.place_id], reveal=True)
                    for o in offers
                    if o.request_id == public.id
                ],
                status_links=[
                    StatusLinkInfo.model_validate(link) for link in links if link.request_id == public.id
                ],
            )
            for public in requests_public(session, requests, reveal=True)
        ],
        placements=[summaries[p.id] for p in placements],
        placement_events=[placement_event_public(e, reveal=True) for e in placement_events],
        notifications=[NotificationExport.model_validate(n) for n in notifications],
        consents=consents_public(session, consents, exported_at),
        referrals=referrals_public(session, referrals, exported_at),
        access_log=[AccessLogEntry.model_validate(a) for a in access_log],
    )
    audit_sensitive_read(session, principal, household.id, "export")
    record(session, principal, "export", "household", household.id)
    return exported


def _scrub_notifications(session: Session, condition) -> None:  # type: ignore[no-untyped-def]
    """Cancel what was not sent yet and empty every matching notification."""
    session.exec(
        update(Notification)
        .where(
            condition,
            col(Notification.status).in_(
                [NotificationStatus.PENDING.value, NotificationStatus.SENDING.value]
            ),
        )
        .values(status=NotificationStatus.CANCELLED.value, lease_until=None)
    )
    session.exec(
        update(Notification).where(condition).values(recipient=ERASED, subject="", body="", last_error=None)
    )


def anonymise_request(session: Session, request: RelocationRequest, now: datetime) -> None:
    session.exec(delete(RelocationAnchor).where(col(RelocationAnchor.request_id) == request.id))
    session.exec(
        update(RelocationEvent).where(col(RelocationEvent.request_id) == request.id).values(note=None)
    )
    session.exec(
        update(Offer)
        .where(col(Offer.request_id) == request.id)
        .values(notice_override_reason=None, decline_reason=None, withdraw_reason=None)
    )
    session.exec(
        update(StatusLink)
        .where(col(StatusLink.request_id) == request.id, col(StatusLink.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    _scrub_notifications(session, col(Notification.request_id) == request.id)
    request.notes = None
    request.anonymised_at = now
    session.add(request)


def scrub_household(
    session: Session, principal: Principal | None, household: Household, now: datetime
) -> None:
    """Remove personal data; keep size, age bands and the legal-status category for statistics.

    Its open referrals end and their free texts go; consents stay, as the record of who was allowed
    to see the household (they hold no personal data)."""
    household.reference = f"X-{household.id.hex[:20]}"
    household.languages = []
    household.preferred_language = "und"
    household.needs_wheelchair = household.needs_medical_care = household.has_pets = False
    household.needs_special_needs_education = household.needs_informal_care = False
    household.needs_informal_childcare = household.needs_self_catering = False
    household.pet_details = household.needs_details = household.notes = None
    household.contact_email = household.contact_phone = household.preferred_channel = None
    household.vulnerable = False
    household.erased_at = household.updated_at = now
    session.add(household)
    session.exec(
        update(PlacementEvent)
        .where(
            col(PlacementEvent.placement_id).in_(
                select(Placement.id).where(Placement.household_id == household.id)
            )
        )
        .values(reason=None)
    )
    _scrub_notifications(session, col(Notification.household_id) == household.id)
    end_referrals_of_erased_household(session, principal, household.id, now)


def erase_household(
    session: Session, principal: Principal, household_id: uuid.UUID, settings: Settings, today: date
) -> None:
    """Erase on request (GDPR art. 17). Open requests are cancelled; a household still living in
    a placement is refused (409), since freeing its beds would not make it leave."""
    household = lock_household(session, get_household(session, principal, household_id).id)
    if (placement := active_placement_of(session, household.id)) is not None:
        raise Conflict(
            f"The household still holds beds in placement {placement.id}: end it first.",
            code="household-placed",
        )
    now = utcnow()
    requests = session.exec(
        select(RelocationRequest).where(RelocationRequest.household_id == household.id)
    ).all()
    for request in requests:
        request = lock_request(session, request.id)
        if RequestStatus(request.status) in OPEN_STATUSES:
            change_status(
                session,
                request,
                RequestStatus.CANCELLED,
                Actor.of(principal),
                settings,
                today,
                None,
            )
        anonymise_request(session, request, now)
    scrub_household(session, principal, household, now)
    record(session, principal, "erase", "household", household.id, {"requests": len(requests)})


def apply_retention(session: Session, settings: Settings, now: datetime) -> dict[str, int]:
    """Anonymise requests finished longer ago than the retention period; then erase households
    that have nothing left in progress (no open or unanonymised request, no active placement)."""
    cutoff = now - timedelta(days=settings.closed_request_retention_days)
    due = session.exec(
        select(RelocationRequest).where(
            col(RelocationRequest.status).in_([s.value for s in FINISHED_STATUSES]),
            col(RelocationRequest.closed_at) <= cutoff,
            col(RelocationRequest.anonymised_at).is_(None),
        )
    ).all()
    household_ids = set()
    for request in due:
        anonymise_request(session, request, now)
        household_ids.add(request.household_id)
        record(session, None, "anonymise", "relocation_request", request.id, {"by": "retention"})
    session.flush()
    erased = 0
    for household_id in sorted(household_ids):
        household = session.get(Household, household_id)
        assert household is not None
        remaining = session.exec(
            select(RelocationRequest.id).where(
                RelocationRequest.household_id == household_id,
                or_(
                    col(RelocationRequest.anonymised_at).is_(None),
                    col(RelocationRequest.status).in_([s.value for s in OPEN_STATUSES]),
                ),
            )
        ).first()
        placed = session.exec(
            select(Placement.id).where(
                Placement.household_id == household_id,
                Placement.status == PlacementStatus.ACTIVE.value,
            )
        ).first()
        if household.erased_at is None and remaining is None and placed is None:
            scrub_household(session, None, household, now)
            record(session, None, "anonymise", "household", household.id, {"by": "retention"})
            erased += 1
    return {"requests": len(due), "households": erased}
