import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from api.audit import service
from api.audit.models import AuditEventPublic
from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires

router = APIRouter(prefix="/audit-events", tags=["audit"])


class AuditEventPage(Page[AuditEventPublic]):
    pass


@router.get("", response_model=AuditEventPage, summary="Who read or changed what")
def list_audit_events(
    session: SessionDep,
    page: PageDep,
    _: Annotated[Principal, requires(Permission.AUDIT_READ)],
    subject_type: Annotated[str | None, Query(alias="subjectType", max_length=48)] = None,
    subject_id: Annotated[str | None, Query(alias="subjectId", max_length=64)] = None,
    actor_user_id: Annotated[uuid.UUID | None, Query(alias="actorUserId")] = None,
    action: Annotated[str | None, Query(max_length=32)] = None,
) -> AuditEventPage:
    rows, total = service.list_events(
        session,
        page,
        subject_type=subject_type,
        subject_id=subject_id,
        actor_user_id=actor_user_id,
        action=action,
    )
    return AuditEventPage(items=[AuditEventPublic.model_validate(r) for r in rows], total=total)
