"""Every table, imported in one place so that Alembic and the tests see the whole schema."""

from api.audit.models import AuditEvent
from api.identity.models import ApiKey, LoginThrottle, Organisation, RefreshToken, User
from api.reference.models import Municipality

__all__ = [
    "ApiKey",
    "AuditEvent",
    "LoginThrottle",
    "Municipality",
    "Organisation",
    "RefreshToken",
    "User",
]
