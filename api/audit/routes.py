import uuid
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AwareDatetime

from api.audit import service
from api.audit.models import AuditEventPublic
from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires

router = APIRouter(prefix="/audit-events", tags=["audit"])


class AuditEventPage(Page[AuditEventPublic]):
    pass


@router.get(
    "",
    response_model=AuditEventPage,
    summary="Who read or changed what",
    description="A platform admin reads every event; an organisation's administrator reads the events "
    "of their own organisation's users and API keys only.",
)
def list_audit_events(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.AUDIT_READ)],
    subject_type: Annotated[str | None, Query(alias="subjectType", max_length=48)] = None,
    subject_id: Annotated[str | None, Query(alias="subjectId", max_length=64)] = None,
    actor_user_id: Annotated[uuid.UUID | None, Query(alias="actorUserId")] = None,
    actor_api_key_id: Annotated[uuid.UUID | None, Query(alias="actorApiKeyId")] = None,
    action: Annotated[str | None, Query(max_length=32)] = None,
    organisation_id: Annotated[
        uuid.UUID | None, Query(alias="organisationId", description="The acting organisation.")
    ] = None,
    occurred_from: Annotated[
        AwareDatetime | None,
        Query(alias="occurredFrom", description="Events at or after this time (with its offset)."),
    ] = None,
    occurred_before: Annotated[
        AwareDatetime | None,
        Query(alias="occurredBefore", description="Events before this time (with its offset)."),
    ] = None,
) -> AuditEventPage:
    rows, total = service.list_events(
        session,
        principal,
        page,
        subject_type=subject_type,
        subject_id=subject_id,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        action=action,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_before=occurred_before,
    )
    return AuditEventPage(
        items=[
            AuditEventPublic.model_validate(event).model_copy(update={"actor_name": name})
            for event, name in rows
        ],
        total=total,
    )
