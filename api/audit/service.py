import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import Principal
from api.core.errors import Forbidden
from api.core.pagination import PageParams, paginate
from api.core.request_context import current_request_id
from api.identity.models import ApiKey, User


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


def readable_organisation(principal: Principal) -> uuid.UUID | None:
    """Whose events the caller may read: a platform admin every organisation's and the platform's
    own (None); an organisation's administrator only the events of their own organisation."""
    if principal.is_admin:
        return None
    if not principal.is_organisation_admin:
        raise Forbidden("Only an administrator of the organisation may read its audit log.")
    return principal.organisation_id


def list_events(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    subject_type: str | None = None,
    subject_id: str | None = None,
    actor_user_id: uuid.UUID | None = None,
    actor_api_key_id: uuid.UUID | None = None,
    action: str | None = None,
    organisation_id: uuid.UUID | None = None,
    occurred_from: datetime | None = None,
    occurred_before: datetime | None = None,
) -> tuple[list[tuple[AuditEvent, str | None]], int]:
    """Events in the caller's scope, newest first, each with its actor's name (a user's full name
    or an API key's name; None for the platform itself)."""
    query = (
        select(AuditEvent, User.full_name, ApiKey.name)
        .outerjoin(User, col(User.id) == col(AuditEvent.actor_user_id))
        .outerjoin(ApiKey, col(ApiKey.id) == col(AuditEvent.actor_api_key_id))
    )
    scope = readable_organisation(principal)
    if scope is not None:
        query = query.where(AuditEvent.organisation_id == scope)
    conditions = {
        AuditEvent.subject_type: subject_type,
        AuditEvent.subject_id: subject_id,
        AuditEvent.actor_user_id: actor_user_id,
        AuditEvent.actor_api_key_id: actor_api_key_id,
        AuditEvent.action: action,
        AuditEvent.organisation_id: organisation_id,
    }
    for column, value in conditions.items():
        if value is not None:
            query = query.where(column == value)
    if occurred_from is not None:
        query = query.where(col(AuditEvent.occurred_at) >= occurred_from)
    if occurred_before is not None:
        query = query.where(col(AuditEvent.occurred_at) < occurred_before)
    query = query.order_by(col(AuditEvent.occurred_at).desc(), col(AuditEvent.id))
    rows, total = paginate(session, query, page)
    return [(event, user_name or key_name) for event, user_name, key_name in rows], total
