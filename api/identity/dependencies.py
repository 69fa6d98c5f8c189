"""Who is calling: the request's principal, from an access token or an API key; `requires`.

Routes declare `requires(Permission.X)`, which authenticates the caller and checks one permission
of the one role→permission map (api.core.authorization).
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.errors import Forbidden, Unauthorized
from api.identity.service import principal_from_access_token, principal_from_api_key

bearer_scheme = HTTPBearer(auto_error=False, description="An access token from /auth/token.")
api_key_scheme = APIKeyHeader(
    name="X-Api-Key", auto_error=False, description="An organisation API key (integrations)."
)


def get_principal(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> Principal:
    if credentials is not None and credentials.scheme.lower() == "bearer":
        principal = principal_from_access_token(session, get_settings(), credentials.credentials)
    elif api_key:
        principal = principal_from_api_key(session, api_key)
    else:
        raise Unauthorized()
    if principal is None:
        raise Unauthorized("The credentials are invalid, expired or revoked.")
    request.state.principal = principal
    return principal


def requires(permission: Permission) -> Any:
    """A dependency that yields the caller after checking one permission."""

    async def guard(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        # Async: it only reads the principal, so it needs no trip to the thread pool.
        if not principal.can(permission):
            raise Forbidden(f"Your role may not do this ({permission.value}).")
        return principal

    guard.required_permission = permission  # type: ignore[attr-defined]
    return Depends(guard)
