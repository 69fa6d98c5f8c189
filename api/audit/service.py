import uuid
from typing import Any

from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import Principal
from api.core.pagination import PageParams, paginate
from api.core.request_context import current_request_id


def record(
    session: Session,
    principal: Principal | None,
    action: str,
    subject_type: str,
    subject_id: uuid.UUID | str | None,
    details: dict[str, Any] | None = None,
    *,
    organisation_id: uuid.UUID | None = None,
) -> None:
    """Add an audit event to the caller's transaction: it is kept exactly when the change is."""
    session.add(
        AuditEvent(
            actor_user_id=principal.user_id if principal else None,
            actor_api_key_id=principal.api_key_id if principal else None,
            organisation_id=principal.organisation_id if principal else organisation_id,
            action=action,
            subject_type=subject_type,
            subject_id=str(subject_id) if subject_id is not None else None,
            request_id=current_request_id(),
            details=details,
        )
    )


def list_events(
    session: Session,
    page: PageParams,
    *,
    subject_type: str | None,
    subject_id: str | None,
    actor_user_id: uuid.UUID | None,
    action: str | None,
) -> tuple[list[AuditEvent], int]:
    query = select(AuditEvent)
    if subject_type:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id:
        query = query.where(AuditEvent.subject_id == subject_id)
    if actor_user_id:
        query = query.where(AuditEvent.actor_user_id == actor_user_id)
    if action:
        query = query.where(AuditEvent.action == action)
    query = query.order_by(col(AuditEvent.occurred_at).desc(), col(AuditEvent.id))
    return paginate(session, query, page)
