"""Queueing notifications in the outbox, and the request's delivery log.

Notifications are rows written in the same transaction as the change they report, so a change
and its notifications are kept or lost together, and nothing is lost while the sender is down.
A household gets one row per channel it can be reached on (e-mail, SMS); the status link is
added when a row is delivered, so the outbox never holds the link's secret.
"""

import uuid
from collections import defaultdict
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.errors import Conflict, TooManyRequests, Unprocessable
from api.core.pagination import PageParams, paginate
from api.households.models import Household
from api.identity.models import User
from api.notifications import templates
from api.notifications.models import (
    Channel,
    DeliveryAttemptPublic,
    Notification,
    NotificationDelivery,
    NotificationKind,
    RecipientType,
    RequestNotificationPublic,
)
from api.offers.models import Offer
from api.relocation import texts
from api.relocation.models import RelocationRequest, StatusLanguage

# A desk may send a household its status link this often per request within the window: enough
# to try the other channel or a corrected address, not enough to flood someone's phone.
STATUS_LINK_SENDS = 3
STATUS_LINK_WINDOW = timedelta(hours=1)


def _values(request: RelocationRequest, offer: Offer | None, language: StatusLanguage) -> dict[str, str]:
    values = {
        "must_move_by": request.must_move_by.isoformat(),
        "status": texts.STATUS[request.status][language],
    }
    if offer is not None:
        values |= {"move_on": offer.move_on.isoformat(), "respond_by": offer.respond_by.isoformat()}
    return values


def household_channels(household: Household) -> list[tuple[Channel, str]]:
    """The channel the household prefers if it gave its address; otherwise every channel it
    gave an address for: e-mail and SMS (to its phone)."""
    channels = []
    if household.contact_email:
        channels.append((Channel.EMAIL, household.contact_email))
    if household.contact_phone:
        channels.append((Channel.SMS, household.contact_phone))
    preferred = [
        (channel, address) for channel, address in channels if channel == household.preferred_channel
    ]
    return preferred or channels


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
    """Queue a notification to the household (on each channel it has) and its partner's staff."""
    queued = []
    language = templates.message_language(household)
    template = templates.template(kind.value, language)
    values = _values(request, offer, language)
    for channel, address in household_channels(household):
        queued.append(
            Notification(
                kind=kind.value,
                channel=channel.value,
                recipient_type=RecipientType.HOUSEHOLD.value,
                recipient=address,
                language=language.value,
                subject=template.subject.format(**values),
                body=(template.email if channel == Channel.EMAIL else template.sms).format(**values),
                household_id=household.id,
                request_id=request.id,
            )
        )
    if household.supporting_organisation_id is not None:
        dutch = templates.template(kind.value, StatusLanguage.NL)
        values = _values(request, offer, StatusLanguage.NL)
        prefix = templates.ORGANISATION_PREFIX.format(reference=household.reference, request_id=request.id)
        for user in organisation_recipients(session, household.supporting_organisation_id):
            queued.append(
                Notification(
                    kind=kind.value,
                    recipient_type=RecipientType.ORGANISATION_USER.value,
                    recipient=user.email,
                    recipient_user_id=user.id,
                    language=StatusLanguage.NL.value,
                    subject=f"[{household.reference}] {dutch.subject.format(**values)}",
                    body=prefix + dutch.email.format(**values),
                    household_id=household.id,
                    request_id=request.id,
                )
            )
    for notification in queued:
        session.add(notification)
    return queued


def request_notifications(
    session: Session, principal: Principal, request_id: uuid.UUID, page: PageParams
) -> tuple[list[RequestNotificationPublic], int]:
    """The request's notifications, newest first, each with its delivery attempts (newest first).

    Readable by whoever may read the request (404 otherwise); it shows no addresses."""
    from api.relocation.service import get_request  # the relocation service queues notifications

    request = get_request(session, principal, request_id, referred=True)
    rows, total = paginate(
        session,
        select(Notification)
        .where(Notification.request_id == request.id)
        .order_by(col(Notification.created_at).desc(), col(Notification.id)),
        page,
    )
    attempts: dict[uuid.UUID, list[DeliveryAttemptPublic]] = defaultdict(list)
    for delivery in session.exec(
        select(NotificationDelivery)
        .where(col(NotificationDelivery.notification_id).in_([n.id for n in rows]))
        .order_by(col(NotificationDelivery.attempt).desc())
    ).all():
        attempts[delivery.notification_id].append(DeliveryAttemptPublic.model_validate(delivery))
    return [
        RequestNotificationPublic.model_validate(n.model_dump() | {"attempts": attempts[n.id]}) for n in rows
    ], total


def send_status_link(
    session: Session, principal: Principal, request_id: uuid.UUID, channel: Channel, now: datetime
) -> Notification:
    """Queue a message to the household on CHANNEL that carries a status link of its own (issued
    when it is delivered; the household's other links keep working), in the household's language.

    Whoever may make the request's status link may send one (404 outside the caller's scope).
    Throttled per request (counted from the outbox, under the request's lock) and audited."""
    from api.relocation.service import (
        get_request,
        lock_request,
    )  # the relocation service queues notifications

    request = lock_request(session, get_request(session, principal, request_id).id)
    if request.anonymised_at is not None:
        raise Conflict("The request has been anonymised.", code="request-anonymised")
    household = session.get(Household, request.household_id)
    assert household is not None
    address = household.contact_email if channel == Channel.EMAIL else household.contact_phone
    if not address:
        raise Unprocessable(
            f"The household gave no {'e-mail address' if channel == Channel.EMAIL else 'phone number'}.",
            code="household-address-missing",
        )
    since = now - STATUS_LINK_WINDOW
    recent = session.exec(
        select(Notification.created_at)
        .where(
            Notification.request_id == request.id,
            Notification.kind == NotificationKind.STATUS_LINK.value,
            col(Notification.created_at) > since,
        )
        .order_by(col(Notification.created_at))
    ).all()
    if len(recent) >= STATUS_LINK_SENDS:
        wait = recent[len(recent) - STATUS_LINK_SENDS] + STATUS_LINK_WINDOW - now
        raise TooManyRequests(
            "The status link was sent too often; try again later.",
            headers={"Retry-After": str(max(1, int(wait.total_seconds()) + 1))},
        )
    language = templates.message_language(household)
    template = templates.template(NotificationKind.STATUS_LINK.value, language)
    notification = Notification(
        kind=NotificationKind.STATUS_LINK.value,
        channel=channel.value,
        recipient_type=RecipientType.HOUSEHOLD.value,
        recipient=address,
        language=language.value,
        subject=template.subject,
        body=template.email if channel == Channel.EMAIL else template.sms,
        household_id=household.id,
        request_id=request.id,
        created_at=now,
        next_attempt_at=now,
    )
    session.add(notification)
    session.flush()
    record(
        session,
        principal,
        "send_status_link",
        "relocation_request",
        request.id,
        {"channel": channel.value, "notificationId": str(notification.id)},
    )
    return notification
