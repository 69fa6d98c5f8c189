"""Two-factor login: TOTP (RFC 6238), recovery codes and the password step's challenge.

- The TOTP secret is stored encrypted (Fernet, with a key derived by HKDF-SHA256 from
  ONDERDAK_JWT_SECRET): a copy of the database alone does not give the codes. Changing the JWT
  secret makes the stored secrets unreadable; their users log in with a recovery code and enrol again.
- A code is accepted for the current 30-second step and one step either side, and only for a step
  later than the last one accepted, so that a code seen over someone's shoulder does not work again.
- Recovery codes carry 80 random bits and are stored as hashes; each works once.
- When a factor is due, the password step hands out a challenge (an opaque secret, stored only as a
  hash, short-lived, spent once) instead of tokens; `verify` (a code) or `enrol` (the role or the
  organisation requires a factor the user has not set up yet) decides what it may be spent on.
- Every wrong code counts in the login throttle (api/identity/throttle.py), like a wrong password.
"""

import base64
import hmac
import secrets
import time
from datetime import timedelta
from enum import StrEnum

import pyotp
import segno
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Conflict, ProblemError, Unauthorized
from api.core.models import utcnow
from api.core.security import hash_opaque_token, new_opaque_token, verify_password
from api.identity import throttle
from api.identity.models import (
    Organisation,
    SecondFactor,
    TwoFactorChallenge,
    TwoFactorEnrolment,
    TwoFactorRecoveryCode,
    TwoFactorState,
    User,
    UserTwoFactor,
)

ISSUER = "Onderdak"
PERIOD = 30
CHALLENGE_PREFIX = "ondc"
RECOVERY_CODE_COUNT = 10
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no i, l, o, 0, 1: read aloud safely
RECOVERY_CODE_LENGTH = 16  # 16 of 31 symbols: 79 bits
_KEY_INFO = b"onderdak two-factor secrets v1"


class Purpose(StrEnum):
    VERIFY = "verify"
    ENROL = "enrol"


# --- the secret at rest ---------------------------------------------------------------------


def _fernet(settings: Settings) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(
        settings.jwt_secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def _encrypt(settings: Settings, secret: str) -> str:
    return _fernet(settings).encrypt(secret.encode()).decode()


def _decrypt(settings: Settings, ciphertext: str) -> str | None:
    """None when the key changed (ONDERDAK_JWT_SECRET was replaced): only recovery codes work."""
    try:
        return _fernet(settings).decrypt(ciphertext.encode()).decode()
    except InvalidToken:
        return None


# --- who needs a factor ---------------------------------------------------------------------


def is_required(session: Session, settings: Settings, user: User) -> bool:
    if user.role in settings.roles_requiring_two_factor:
        return True
    organisation = session.get(Organisation, user.organisation_id)
    return organisation is not None and organisation.two_factor_required


def state(session: Session, settings: Settings, user: User) -> TwoFactorState:
    left = session.exec(
        select(func.count())
        .select_from(TwoFactorRecoveryCode)
        .where(
            col(TwoFactorRecoveryCode.user_id) == user.id,
            col(TwoFactorRecoveryCode.used_at).is_(None),
        )
    ).one()
    return TwoFactorState(
        enabled=user.two_factor_enabled,
        required=is_required(session, settings, user),
        recovery_codes_left=left if user.two_factor_enabled else 0,
    )


# --- enrolment ------------------------------------------------------------------------------


def start_enrolment(session: Session, settings: Settings, user: User) -> TwoFactorEnrolment:
    """A new secret, replacing an unconfirmed one; a confirmed factor is disabled first."""
    lock_row(session, User, user.id)
    if user.two_factor_enabled:
        raise Conflict(
            "Two-factor login is on already; disable it first to set up a new app.",
            code="two-factor-enabled",
        )
    secret = pyotp.random_base32()
    row = session.get(UserTwoFactor, user.id)
    if row is None:
        row = UserTwoFactor(user_id=user.id, secret_ciphertext="")
    row.secret_ciphertext = _encrypt(settings, secret)
    row.confirmed_at = None
    row.last_used_step = None
    row.created_at = utcnow()
    session.add(row)
    uri = pyotp.TOTP(secret, interval=PERIOD).provisioning_uri(name=user.email, issuer_name=ISSUER)
    qr_code = segno.make(uri, error="m").svg_data_uri(scale=5, border=2)
    return TwoFactorEnrolment(secret=secret, otpauth_uri=uri, qr_code=qr_code)


def confirm_enrolment(
    session: Session,
    settings: Settings,
    principal: Principal | None,
    user: User,
    code: str,
    keys: throttle.LoginKeys,
) -> list[str]:
    """Activate the pending secret with one of its codes; returns the recovery codes (shown once)."""
    throttle.refuse_while_locked(session, keys, utcnow())
    lock_row(session, User, user.id)
    row = session.get(UserTwoFactor, user.id)
    if user.two_factor_enabled or row is None or row.confirmed_at is not None:
        raise Conflict("There is no enrolment to confirm; start one first.", code="no-two-factor-enrolment")
    if not _accept_code(session, settings, row, code):
        _refuse(session, settings, keys, status=400)
    row.confirmed_at = utcnow()
    session.add(row)
    user.two_factor_enabled = True
    session.add(user)
    codes = _new_recovery_codes(session, user)
    record(session, principal, "enable_two_factor", "user", user.id, organisation_id=user.organisation_id)
    return codes


def check_password(
    session: Session, settings: Settings, user: User, password: str, keys: throttle.LoginKeys
) -> None:
    """A signed-in change to the factor asks for the password again; a wrong one counts."""
    throttle.refuse_while_locked(session, keys, utcnow())
    if not verify_password(password, user.password_hash):
        _refuse(session, settings, keys, status=403, detail="The password is wrong.")


def disable(
    session: Session,
    settings: Settings,
    principal: Principal,
    user: User,
    password: str,
    factor: SecondFactor,
    keys: throttle.LoginKeys,
) -> None:
    """With the password and a fresh second factor; refused while the role or organisation requires one."""
    if not user.two_factor_enabled:
        raise Conflict("Two-factor login is off already.", code="two-factor-disabled")
    if is_required(session, settings, user):
        raise Conflict(
            "Your role or organisation requires two-factor login; it cannot be switched off.",
            code="two-factor-required",
        )
    check_password(session, settings, user, password, keys)
    check_factor(session, settings, user, factor, keys, status=403)
    remove_factor(session, user)
    record(session, principal, "disable_two_factor", "user", user.id)


def remove_factor(session: Session, user: User) -> None:
    """The user's TOTP secret and recovery codes are gone; a required factor is asked for anew."""
    session.exec(delete(TwoFactorRecoveryCode).where(col(TwoFactorRecoveryCode.user_id) == user.id))
    session.exec(delete(UserTwoFactor).where(col(UserTwoFactor.user_id) == user.id))
    user.two_factor_enabled = False
    session.add(user)


def regenerate_recovery_codes(
    session: Session,
    settings: Settings,
    principal: Principal,
    user: User,
    factor: SecondFactor,
    keys: throttle.LoginKeys,
) -> list[str]:
    throttle.refuse_while_locked(session, keys, utcnow())
    if not user.two_factor_enabled:
        raise Conflict("Two-factor login is off.", code="two-factor-disabled")
    check_factor(session, settings, user, factor, keys, status=403)
    codes = _new_recovery_codes(session, user)
    record(session, principal, "regenerate_recovery_codes", "user", user.id)
    return codes


# --- checking a factor ----------------------------------------------------------------------


def _refuse(
    session: Session,
    settings: Settings,
    keys: throttle.LoginKeys,
    *,
    status: int,
    detail: str = "The code is wrong or was used already.",
) -> None:
    throttle.count_failure(session, settings, keys, utcnow())
    raise ProblemError(detail, status=status, code="invalid-second-factor", keep_changes=True)


def _accept_code(session: Session, settings: Settings, row: UserTwoFactor, code: str) -> bool:
    """Whether CODE is right for a step within one of now and later than the last one accepted;
    the step is recorded in the same statement that checks it is new (two requests at once: one wins)."""
    secret = _decrypt(settings, row.secret_ciphertext)
    code = "".join(code.split())
    if secret is None or len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(secret, interval=PERIOD)
    now_step = int(time.time()) // PERIOD
    matched = [
        step
        for step in (now_step - 1, now_step, now_step + 1)
        if hmac.compare_digest(totp.at(step * PERIOD), code)
    ]
    if not matched:
        return False
    step = matched[0]
    accepted = session.exec(
        update(UserTwoFactor)
        .where(
            col(UserTwoFactor.user_id) == row.user_id,
            or_(col(UserTwoFactor.last_used_step).is_(None), col(UserTwoFactor.last_used_step) < step),
        )
        .values(last_used_step=step)
    )
    return accepted.rowcount == 1


def _normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def _accept_recovery_code(session: Session, user: User, code: str) -> bool:
    spent = session.exec(
        update(TwoFactorRecoveryCode)
        .where(
            col(TwoFactorRecoveryCode.user_id) == user.id,
            col(TwoFactorRecoveryCode.code_hash) == hash_opaque_token(_normalise_recovery_code(code)),
            col(TwoFactorRecoveryCode.used_at).is_(None),
        )
        .values(used_at=utcnow())
    )
    return spent.rowcount == 1


def check_factor(
    session: Session,
    settings: Settings,
    user: User,
    factor: SecondFactor,
    keys: throttle.LoginKeys,
    *,
    status: int,
) -> None:
    """Raises, counting a failure, unless FACTOR is a fresh code or an unused recovery code."""
    row = session.get(UserTwoFactor, user.id)
    ok = False
    if user.two_factor_enabled and row is not None and row.confirmed_at is not None:
        if factor.code is not None:
            ok = _accept_code(session, settings, row, factor.code)
        elif factor.recovery_code is not None:
            ok = _accept_recovery_code(session, user, factor.recovery_code)
    if not ok:
        _refuse(session, settings, keys, status=status)


def _new_recovery_codes(session: Session, user: User) -> list[str]:
    session.exec(delete(TwoFactorRecoveryCode).where(col(TwoFactorRecoveryCode.user_id) == user.id))
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
        session.add(TwoFactorRecoveryCode(user_id=user.id, code_hash=hash_opaque_token(raw)))
        codes.append("-".join(raw[i : i + 4] for i in range(0, RECOVERY_CODE_LENGTH, 4)))
    return codes


# --- the password step's challenge ----------------------------------------------------------


def challenge_if_due(session: Session, settings: Settings, user: User) -> ProblemError | None:
    """After a correct password: None when no factor is due, else the refusal to raise, which
    carries a new challenge (the response is a 401 problem, so an OAuth2 client never mistakes it
    for tokens)."""
    if user.two_factor_enabled:
        purpose = Purpose.VERIFY
    elif is_required(session, settings, user):
        purpose = Purpose.ENROL
    else:
        return None
    now = utcnow()
    session.exec(
        delete(TwoFactorChallenge).where(
            col(TwoFactorChallenge.user_id) == user.id,
            or_(col(TwoFactorChallenge.expires_at) <= now, col(TwoFactorChallenge.used_at).is_not(None)),
        )
    )
    token = new_opaque_token(CHALLENGE_PREFIX)
    lifetime = timedelta(minutes=settings.two_factor_challenge_minutes)
    session.add(
        TwoFactorChallenge(
            user_id=user.id,
            token_hash=hash_opaque_token(token),
            purpose=purpose.value,
            expires_at=now + lifetime,
        )
    )
    if purpose == Purpose.VERIFY:
        detail, code = "Give the code of your authenticator app.", "second-factor-required"
    else:
        detail = "Your role or organisation requires two-factor login: set it up to continue."
        code = "second-factor-enrolment-required"
    return Unauthorized(
        detail,
        code=code,
        keep_changes=True,
        extensions={"challenge": token, "challengeExpiresIn": int(lifetime.total_seconds())},
    )


def challenge_user(session: Session, token: str, purpose: Purpose) -> tuple[User, TwoFactorChallenge]:
    """The user an unspent, unexpired challenge of PURPOSE belongs to."""
    row = session.exec(
        select(TwoFactorChallenge).where(TwoFactorChallenge.token_hash == hash_opaque_token(token))
    ).first()
    user = session.get(User, row.user_id) if row is not None else None
    if (
        row is None
        or user is None
        or not user.is_active
        or row.purpose != purpose.value
        or row.used_at is not None
        or row.expires_at <= utcnow()
    ):
        raise Unauthorized(
            "The challenge is invalid, expired or used; log in again.", code="invalid-challenge"
        )
    return user, row


def spend_challenge(session: Session, challenge: TwoFactorChallenge) -> None:
    """Once, even when it is presented twice at the same moment."""
    spent = session.exec(
        update(TwoFactorChallenge)
        .where(col(TwoFactorChallenge.id) == challenge.id, col(TwoFactorChallenge.used_at).is_(None))
        .values(used_at=utcnow())
    )
    if spent.rowcount != 1:
        raise Unauthorized(
            "The challenge is invalid, expired or used; log in again.", code="invalid-challenge"
        )


def verify(
    session: Session,
    settings: Settings,
    token: str,
    factor: SecondFactor,
    client_address: str,
) -> tuple[User, throttle.LoginKeys]:
    """The second step of a login: the user, once the challenge and the factor are right."""
    user, challenge = challenge_user(session, token, Purpose.VERIFY)
    keys = throttle.LoginKeys.of(user.email, client_address)
    throttle.refuse_while_locked(session, keys, utcnow())
    check_factor(session, settings, user, factor, keys, status=401)
    spend_challenge(session, challenge)
    return user, keys
