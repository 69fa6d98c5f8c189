"""Passwords, access tokens and opaque secrets. The one place that decodes JWTs."""

import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass
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
# How far a token's `iat` may lie ahead of this server's clock (servers' clocks differ a little).
CLOCK_LEEWAY_SECONDS = 30


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Constant-cost check; a missing hash still runs one Argon2 verification."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    generation: int


def create_access_token(settings: Settings, *, user_id: uuid.UUID, generation: int) -> tuple[str, int]:
    """Return the signed token and its lifetime in seconds. GENERATION is the user's current token
    generation: raising it ends every token issued before."""
    lifetime = timedelta(minutes=settings.access_token_minutes)
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "type": ACCESS_TOKEN_TYPE,
        "gen": generation,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)
    return token, int(lifetime.total_seconds())


def decode_access_token(settings: Settings, token: str) -> AccessClaims | None:
    """The user and token generation of a valid access token, or None for anything else.

    Only the configured algorithm is accepted (so `alg: none` and RS/HS key confusion fail);
    `exp`, `iat`, `sub` and `gen` are required; a token issued in the future (beyond a small clock
    leeway) or meant to live longer than the configured lifetime is refused, whoever signed it.
    """
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[settings.jwt_algorithm],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
        issued_at, expires_at, generation = claims["iat"], claims["exp"], claims["gen"]
        if claims.get("type") != ACCESS_TOKEN_TYPE or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in (issued_at, expires_at, generation)
        ):
            return None
        if issued_at > time.time() + CLOCK_LEEWAY_SECONDS:
            return None
        if expires_at - issued_at > settings.access_token_minutes * 60:
            return None
        return AccessClaims(user_id=uuid.UUID(str(claims["sub"])), generation=generation)
    except (JOSEError, JWTError, ValueError, TypeError, KeyError):
        return None


def new_opaque_token(prefix: str) -> str:
    """A random bearer secret with a recognisable prefix (e.g. for secret scanners)."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def hash_opaque_token(token: str) -> str:
    """Tokens carry 256 bits of entropy, so a fast keyed-less digest is enough to store them."""
    return hashlib.sha256(token.encode()).hexdigest()
