"""Queueing notifications in the outbox.

Notifications are rows written in the same transaction as the change they report, so a change
and its notifications are kept or lost together, and nothing is lost while the sender is down.
"""

import uuid

from sqlmodel import Session, col, select

from api.households.models import Household
from api.identity.models import User
from api.notifications.models import Notification, NotificationKind, RecipientType
from api.offers.models import Offer
from api.relocation import texts
from api.relocation.models import RelocationRequest, StatusLanguage


def _values(request: RelocationRequest, offer: Offer | None, language: StatusLanguage) -> dict[str, str]:
    values = {
        "must_move_by": request.must_move_by.isoformat(),
        "status": texts.STATUS[request.status][language],
    }
    if offer is not None:
        values |= {"move_on": offer.move_on.isoformat(), "respond_by": offer.respond_by.isoformat()}
    return values


def _message(
    kind: NotificationKind,
    request: RelocationRequest,
    offer: Offer | None,
    language: StatusLanguage,
) -> tuple[str, str]:
    values = _values(request, offer, language)
    subject = texts.text(texts.NOTIFICATION_SUBJECT, kind.value, language)
    body = texts.text(texts.NOTIFICATION_BODY, kind.value, language, **values)
    return subject, body


def organisation_recipients(session: Session, organisation_id: uuid.UUID) -> list[User]:
    """The organisation's active administrators, or all its active users if it has none."""
    users = list(
        session.exec(
            select(User)
            .where(User.organisation_id == organisation_id, User.is_active == True)  # noqa: E712
            .order_by(col(User.email))
        ).all()
    )
    admins = [u for u in users if u.is_organisation_admin]
    return admins or users


def enqueue(
    session: Session,
    kind: NotificationKind,
    request: RelocationRequest,
    household: Household,
    offer: Offer | None = None,
) -> list[Notification]:
    """Queue a notification to the household (if it gave an e-mail address) and its partner."""
    queued = []
    if household.contact_email:
        language = texts.page_language(household.preferred_language, None)
        subject, body = _message(kind, request, offer, language)
        queued.append(
            Notification(
                kind=kind.value,
                recipient_type=RecipientType.HOUSEHOLD.value,
                recipient=household.contact_email,
                language=language.value,
                subject=subject,
                body=body,
                household_id=household.id,
                request_id=request.id,
            )
        )
    if household.supporting_organisation_id is not None:
        subject, body = _message(kind, request, offer, StatusLanguage.NL)
        prefix = texts.ORGANISATION_PREFIX.format(reference=household.reference, request_id=request.id)
        for user in organisation_recipients(session, household.supporting_organisation_id):
            queued.append(
                Notification(
                    kind=kind.value,
                    recipient_type=RecipientType.ORGANISATION_USER.value,
                    recipient=user.email,
                    recipient_user_id=user.id,
                    language=StatusLanguage.NL.value,
                    subject=f"[{household.reference}] {subject}",
                    body=prefix + body,
                    household_id=household.id,
                    request_id=request.id,
                )
            )
    for notification in queued:
        session.add(notification)
    return queued
