"""Signing secrets (Standard Webhooks `whsec_…`), kept encrypted, and the `v1` HMAC signatures.

The server must sign with the secret, so it is stored recoverably: encrypted with Fernet under a
key derived from ONDERDAK_JWT_SECRET with HKDF-SHA256. Changing ONDERDAK_JWT_SECRET therefore makes
stored secrets unreadable: deliveries fail with "secret unreadable" until each secret is rotated.
"""

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from api.core.config import Settings

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
SECRET_BYTES = 32  # the specification asks for 24 to 64


class SecretUnreadable(Exception):
    """The stored secret does not decrypt under the current ONDERDAK_JWT_SECRET."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def _fernet(settings: Settings) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"onderdak webhook secrets v1").derive(
        settings.jwt_secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_secret(settings: Settings, secret: str) -> str:
    return _fernet(settings).encrypt(secret.encode()).decode()


def decrypt_secret(settings: Settings, token: str) -> str:
    try:
        return _fernet(settings).decrypt(token.encode()).decode()
    except InvalidToken:
        raise SecretUnreadable("the signing secret is unreadable (ONDERDAK_JWT_SECRET changed?)") from None


def sign(secret: str, message_id: str, timestamp: int, body: str) -> str:
    """`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, the key being the secret's base64 part."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    content = f"{message_id}.{timestamp}.{body}".encode()
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()


def signature_header(secrets_in_use: list[str], message_id: str, timestamp: int, body: str) -> str:
    """One signature per secret, space-delimited (the old one too while a rotation overlaps)."""
    return " ".join(sign(secret, message_id, timestamp, body) for secret in secrets_in_use)
