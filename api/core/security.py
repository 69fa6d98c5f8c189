"""Passwords, access tokens and opaque secrets. The one place that decodes JWTs."""

import hashlib
import secrets
import uuid
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt
from jose.exceptions import JOSEError

from api.core.config import Settings
from api.core.models import utcnow

_hasher = PasswordHasher()
# Verified when the e-mail is unknown, so that a failed login costs the same either way.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Constant-cost check; a missing hash still runs one Argon2 verification."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def create_access_token(settings: Settings, *, user_id: uuid.UUID) -> tuple[str, int]:
    """Return the signed token and its lifetime in seconds."""
    lifetime = timedelta(minutes=settings.access_token_minutes)
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "type": ACCESS_TOKEN_TYPE,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)
    return token, int(lifetime.total_seconds())


def decode_access_token(settings: Settings, token: str) -> uuid.UUID | None:
    """The user id of a valid access token, or None for anything else.

    Only the configured algorithm is accepted (so `alg: none` and RS/HS key confusion fail),
    and `exp`, `iat` and `sub` are required.
    """
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[settings.jwt_algorithm],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
        if claims.get("type") != ACCESS_TOKEN_TYPE:
            return None
        return uuid.UUID(str(claims["sub"]))
    except (JOSEError, JWTError, ValueError, TypeError, KeyError):
        return None


def new_opaque_token(prefix: str) -> str:
    """A random bearer secret with a recognisable prefix (e.g. for secret scanners)."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def hash_opaque_token(token: str) -> str:
    """Tokens carry 256 bits of entropy, so a fast keyed-less digest is enough to store them."""
    return hashlib.sha256(token.encode()).hexdigest()
