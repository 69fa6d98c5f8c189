"""The request's delivery log, and in development the local inbox of messages not sent anywhere."""

import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Path

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.errors import NotFound
from api.core.models import Schema, utcnow
from api.core.openapi import THROTTLED
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.notifications import service
from api.notifications.models import RequestNotificationPublic, StatusLinkSend

request_notifications_router = APIRouter(prefix="/relocation-requests", tags=["relocation-requests"])
dev_router = APIRouter(prefix="/dev", tags=["development"])

RequestId = Annotated[uuid.UUID, Path(alias="requestId")]


class RequestNotificationPage(Page[RequestNotificationPublic]):
    pass


@request_notifications_router.get(
    "/{requestId}/notifications",
    response_model=RequestNotificationPage,
    summary="Messages about the request and each attempt to deliver them (newest first)",
)
def list_request_notifications(
    session: SessionDep,
    request_id: RequestId,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> RequestNotificationPage:
    items, total = service.request_notifications(session, principal, request_id, page)
    return RequestNotificationPage(items=items, total=total)


@request_notifications_router.post(
    "/{requestId}/status-link/send",
    response_model=RequestNotificationPublic,
    status_code=202,
    responses=THROTTLED,
    summary="Send the household a status link by e-mail or SMS, in its own language",
    description="The message is queued and carries a link of its own, issued when it is delivered: "
    "the household's other links keep working. At most a few per request per hour (429).",
)
def send_status_link(
    session: SessionDep,
    request_id: RequestId,
    body: StatusLinkSend,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RequestNotificationPublic:
    notification = service.send_status_link(session, principal, request_id, body.channel, utcnow())
    return RequestNotificationPublic.model_validate(notification.model_dump() | {"attempts": []})


class InboxMessage(Schema):
    id: str
    written_at: str
    channel: str
    to: str
    kind: str
    language: str
    subject: str
    body: str


class InboxPage(Page[InboxMessage]):
    pass


@dev_router.get(
    "/inbox",
    response_model=InboxPage,
    summary="Development only: the messages written to the local mailbox, newest first",
)
def read_dev_inbox(
    page: PageDep, principal: Annotated[Principal, requires(Permission.DEV_INBOX_READ)]
) -> InboxPage:
    settings = get_settings()
    if settings.env != "development":
        raise NotFound("The development inbox exists only when ONDERDAK_ENV is development.")
    path = settings.mailbox_path
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    messages = [InboxMessage.model_validate(json.loads(line)) for line in reversed(lines) if line.strip()]
    return InboxPage(items=messages[page.offset : page.offset + page.limit], total=len(messages))
