import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, EmailStr, StringConstraints, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, BigInteger, Column, String, false
from sqlmodel import Field, SQLModel

from api.core.authorization import Permission, Role
from api.core.models import InputSchema, Schema, id_field, timestamp_field
from api.places.models import Contact, ContactPublic, contact_columns, contact_of


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    RELOCATION_DESK = "relocation_desk"
    PARTNER = "partner"
    OPERATOR = "operator"


# The role an organisation's integration acts with when it calls through an API key.
INTEGRATION_ROLE = {
    OrganisationKind.MUNICIPALITY: Role.MUNICIPALITY,
    OrganisationKind.RELOCATION_DESK: Role.DESK,
    OrganisationKind.PARTNER: Role.PARTNER,
    OrganisationKind.OPERATOR: Role.PARTNER,
}

Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
MunicipalityCode = Annotated[str, StringConstraints(pattern=r"^GM\d{4}$")]
SafetyRegionCode = Annotated[str, StringConstraints(pattern=r"^VR\d{2}$")]
Password = Annotated[str, StringConstraints(min_length=12, max_length=256, strip_whitespace=False)]


class Organisation(SQLModel, table=True):
    id: uuid.UUID = id_field()
    name: str = Field(max_length=200, unique=True)
    kind: str = Field(sa_type=String(32), index=True)
    municipality_code: str | None = Field(
        default=None, max_length=6, foreign_key="municipality.code", index=True
    )
    # How households reach the organisation: on the status page of every household it supports.
    contact_name: str | None = Field(default=None, max_length=200)
    contact_phone: str | None = Field(default=None, max_length=40)
    contact_email: str | None = Field(default=None, max_length=320)
    contact_visiting_address: str | None = Field(default=None, max_length=300)
    contact_opening_hours: str | None = Field(default=None, max_length=300)
    two_factor_required: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    # A relocation desk's working area (safety-region codes); null: it works nationally.
    safety_region_codes: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = timestamp_field()

    @property
    def contact(self) -> "OrganisationContactPublic | None":
        base = contact_of(self)
        extra = {
            "visiting_address": self.contact_visiting_address,
            "opening_hours": self.contact_opening_hours,
        }
        if base is None and not any(extra.values()):
            return None
        parts = base.model_dump() if base else {"name": None, "phone": None, "email": None}
        return OrganisationContactPublic(**parts, **extra)

    @property
    def working_area(self) -> frozenset[str] | None:
        """The safety regions a desk works for, as a Principal carries them; None: national."""
        return working_area(self.safety_region_codes)


def working_area(safety_region_codes: list[str] | None) -> frozenset[str] | None:
    """An organisation's safety-region codes as a Principal carries them; None: national."""
    return frozenset(safety_region_codes) if safety_region_codes is not None else None


TWO_FACTOR_REQUIRED = (
    "Every member logs in with a second factor (TOTP), besides the roles the platform requires it for."
)

SAFETY_REGIONS = (
    "A relocation desk's working area: it sees the households anchored, placed or preferring to live "
    "in these safety regions (VR01–VR25), those it registered and those referred to it. Null: the whole "
    "country. Set by platform administrators."
)

ORGANISATION_CONTACT = (
    "How households reach the organisation; shown on the status page of every household it supports."
)

LongText = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class OrganisationContact(Contact):
    """How households reach the organisation: besides a name, phone and e-mail, where and when they
    can come by."""

    visiting_address: LongText | None = PydanticField(
        default=None, description="Where households can come by, e.g. 'Stadsplateau 1, Utrecht'."
    )
    opening_hours: LongText | None = PydanticField(
        default=None, description="When, in words, e.g. 'ma–vr 9.00–17.00, woensdag tot 20.00'."
    )


class OrganisationContactPublic(ContactPublic):
    visiting_address: str | None
    opening_hours: str | None


def organisation_contact_columns(contact: OrganisationContact | None) -> dict[str, str | None]:
    """An organisation's contact as its contact_* columns."""
    return contact_columns(contact) | {
        "contact_visiting_address": contact.visiting_address if contact else None,
        "contact_opening_hours": contact.opening_hours if contact else None,
    }


class OrganisationCreate(InputSchema):
    name: Name
    kind: OrganisationKind
    municipality_code: MunicipalityCode | None = None
    contact: OrganisationContact | None = PydanticField(default=None, description=ORGANISATION_CONTACT)
    two_factor_required: bool = PydanticField(default=False, description=TWO_FACTOR_REQUIRED)
    safety_region_codes: list[SafetyRegionCode] | None = PydanticField(
        default=None, min_length=1, max_length=25, description=SAFETY_REGIONS
    )


class OrganisationUpdate(InputSchema):
    name: Name | None = None
    kind: OrganisationKind | None = PydanticField(
        default=None,
        description="Changes only while every member's role and every active API key fit the new kind.",
    )
    municipality_code: MunicipalityCode | None = None
    contact: OrganisationContact | None = PydanticField(default=None, description=ORGANISATION_CONTACT)
    two_factor_required: bool | None = PydanticField(default=None, description=TWO_FACTOR_REQUIRED)
    safety_region_codes: list[SafetyRegionCode] | None = PydanticField(
        default=None,
        min_length=1,
        max_length=25,
        description=SAFETY_REGIONS + " Null makes it national again.",
    )


class OrganisationPublic(Schema):
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    municipality_code: str | None
    contact: OrganisationContactPublic | None = PydanticField(description=ORGANISATION_CONTACT)
    two_factor_required: bool = PydanticField(description=TWO_FACTOR_REQUIRED)
    safety_region_codes: list[str] | None = PydanticField(description=SAFETY_REGIONS)


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: uuid.UUID = id_field()
    email: str = Field(max_length=320, unique=True)
    full_name: str = Field(max_length=200)
    role: str = Field(sa_type=String(32))
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    is_organisation_admin: bool = False
    is_active: bool = True
    password_hash: str = Field(max_length=255)
    # Carried by every access token (`gen`); raised to end them all: logout, a new password,
    # deactivation and re-activation (api.identity.service.end_access_tokens).
    token_generation: int = 0
    # Whether a confirmed TOTP factor exists (user_two_factor); kept beside it for cheap lists.
    two_factor_enabled: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = timestamp_field()


class UserCreate(InputSchema):
    email: EmailStr
    full_name: Name
    role: Role
    organisation_id: uuid.UUID
    is_organisation_admin: bool = False
    password: Password | None = PydanticField(
        default=None,
        description="Leave it out to invite the user: they choose a password through a password link "
        "(POST /users/{userId}/password-links).",
    )


class UserUpdate(InputSchema):
    refuses_null = ("full_name", "role", "is_organisation_admin", "is_active", "password")

    full_name: Name | None = None
    role: Role | None = None
    is_organisation_admin: bool | None = None
    is_active: bool | None = None
    password: Password | None = None


class UserPublic(Schema):
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    organisation_id: uuid.UUID
    is_organisation_admin: bool
    is_active: bool
    two_factor_enabled: bool = PydanticField(description="Whether the user logs in with a second factor.")


class CurrentUserPublic(UserPublic):
    organisation: OrganisationPublic


class RefreshToken(SQLModel, table=True):
    """A rotating refresh token, stored only as a hash; a family is one login's chain."""

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    family_id: uuid.UUID = Field(index=True)
    token_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime = timestamp_field()
    revoked_at: datetime | None = timestamp_field(nullable=True)
    created_at: datetime = timestamp_field()


class LoginThrottle(SQLModel, table=True):
    """Failed logins per account and client address (`pair:`), per client address (`ip:`) and per
    account (`acct:`); keys are hashes (api/identity/throttle.py)."""

    email_key: str = Field(primary_key=True, max_length=64)
    failures: int = 0
    locked_until: datetime | None = timestamp_field(nullable=True)
    updated_at: datetime = timestamp_field()


class LoginKnownClient(SQLModel, table=True):
    """An account and client address that logged in successfully (a hash of both): the correct
    password from here still works while a guess spread over many addresses slows the account."""

    __tablename__ = "login_known_client"

    pair_key: str = Field(primary_key=True, max_length=64)
    last_login_at: datetime = timestamp_field()


class PasswordLink(SQLModel, table=True):
    """A one-time link with which a user chooses their password (an invitation or a reset), stored
    only as a hash. Issuing one disables the user's current password and any earlier link."""

    __tablename__ = "password_link"

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime = timestamp_field()
    used_at: datetime | None = timestamp_field(nullable=True)
    revoked_at: datetime | None = timestamp_field(nullable=True)
    created_by_user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime = timestamp_field()


class PasswordLinkCreated(Schema):
    token: str = PydanticField(description="The secret of the link. It is shown only this once.")
    path: str = PydanticField(description="Where the web app lets the user choose a password.")
    expires_at: datetime


class SetPasswordRequest(InputSchema):
    token: str = PydanticField(min_length=1, max_length=200)
    password: Password


class SetPasswordResult(Schema):
    email: str = PydanticField(description="The address to log in with.")


class TokenResponse(BaseModel):
    """OAuth2 token response (RFC 6749 names, hence snake_case)."""

    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int


class RefreshRequest(InputSchema):
    refresh_token: str = PydanticField(min_length=1, max_length=200)


class ApiKey(SQLModel, table=True):
    """An organisation's integration credential, stored only as a hash."""

    id: uuid.UUID = id_field()
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    name: str = Field(max_length=200)
    prefix: str = Field(max_length=16)
    key_hash: str = Field(max_length=64, unique=True)
    role: str = Field(sa_type=String(32))
    scopes: list[str] = Field(sa_column=Column(JSON, nullable=False))
    created_by_user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime = timestamp_field()
    last_used_at: datetime | None = timestamp_field(nullable=True)
    revoked_at: datetime | None = timestamp_field(nullable=True)


class ApiKeyCreate(InputSchema):
    name: Name
    scopes: list[Permission] = PydanticField(
        min_length=1,
        description="`family:read` or `family:write`; write includes read of the same family.",
    )


class ApiKeyPublic(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    name: str
    prefix: str
    role: Role
    scopes: list[str]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyScopes(Schema):
    """What an organisation's API keys may hold: the scopes of the role its integrations act with."""

    role: Role
    scopes: list[Permission]


class ApiKeyCreated(ApiKeyPublic):
    key: str = PydanticField(description="The secret key. It is shown only this once.")


# --- two-factor login (api/identity/two_factor.py) ------------------------------------------


class UserTwoFactor(SQLModel, table=True):
    """A user's TOTP secret (RFC 6238), encrypted; active once confirmed with a code. The last time
    step a code was accepted for is kept, so that no code works twice."""

    __tablename__ = "user_two_factor"

    user_id: uuid.UUID = Field(primary_key=True, foreign_key="app_user.id", ondelete="CASCADE")
    secret_ciphertext: str = Field(max_length=255)
    confirmed_at: datetime | None = timestamp_field(nullable=True)
    last_used_step: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = timestamp_field()


class TwoFactorRecoveryCode(SQLModel, table=True):
    """A single-use recovery code, stored only as a hash (codes carry 80 random bits)."""

    __tablename__ = "two_factor_recovery_code"

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    code_hash: str = Field(max_length=64, unique=True)
    used_at: datetime | None = timestamp_field(nullable=True)
    created_at: datetime = timestamp_field()


class TwoFactorChallenge(SQLModel, table=True):
    """What the password step hands out when a second factor is due: an opaque secret, stored only
    as a hash, short-lived and spent once. `purpose` is `verify` (give a code) or `enrol` (the role
    or organisation requires a factor the user has not set up yet)."""

    __tablename__ = "two_factor_challenge"

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    purpose: str = Field(sa_type=String(16))
    expires_at: datetime = timestamp_field()
    used_at: datetime | None = timestamp_field(nullable=True)
    created_at: datetime = timestamp_field()


TotpCode = Annotated[str, StringConstraints(pattern=r"^\s*\d{3}\s?\d{3}\s*$")]
RecoveryCode = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Challenge = Annotated[str, StringConstraints(min_length=1, max_length=1000)]


class SecondFactor(InputSchema):
    """A fresh second factor: a code from the authenticator app, or one unused recovery code."""

    code: TotpCode | None = PydanticField(default=None, description="The 6-digit code of the app.")
    recovery_code: RecoveryCode | None = PydanticField(
        default=None, description="One of the recovery codes (each works once)."
    )

    @model_validator(mode="after")
    def exactly_one(self) -> "SecondFactor":
        if (self.code is None) == (self.recovery_code is None):
            raise ValueError("give either code or recoveryCode")
        return self


class TwoFactorVerify(SecondFactor):
    challenge: Challenge = PydanticField(description="The challenge from POST /auth/token.")


class TwoFactorChallengeRequest(InputSchema):
    challenge: Challenge = PydanticField(description="The enrolment challenge from POST /auth/token.")


class TwoFactorConfirm(InputSchema):
    code: TotpCode = PydanticField(description="A current code of the authenticator app.")


class TwoFactorChallengeConfirm(TwoFactorConfirm):
    challenge: Challenge = PydanticField(description="The enrolment challenge from POST /auth/token.")


class TwoFactorEnrolRequest(InputSchema):
    password: str = PydanticField(
        min_length=1, max_length=256, description="The user's password (a stolen session cannot enrol)."
    )


class TwoFactorDisable(SecondFactor):
    password: str = PydanticField(min_length=1, max_length=256, description="The user's password.")


class TwoFactorEnrolment(Schema):
    """A new TOTP secret, not active until confirmed with a code."""

    secret: str = PydanticField(description="The secret in base32, for typing into the app by hand.")
    otpauth_uri: str = PydanticField(description="The `otpauth://totp/...` URI the QR code holds.")
    qr_code: str = PydanticField(description="The QR code of the URI, as an SVG `data:` URI.")
    period: int = 30
    digits: int = 6


class RecoveryCodes(Schema):
    recovery_codes: list[str] = PydanticField(description="Shown only this once; each works once.")


class TwoFactorEnrolled(RecoveryCodes):
    tokens: TokenResponse | None = PydanticField(
        default=None, description="After an enrolment challenge: the login's tokens."
    )


class TwoFactorState(Schema):
    enabled: bool
    required: bool = PydanticField(description="Whether the role or organisation requires a factor.")
    recovery_codes_left: int
