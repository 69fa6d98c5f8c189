"""Households: who may have to move, their needs and contact; restricted fields.

Restricted ("sensitive") fields are the free texts and the safeguarding data: needs details,
the `vulnerable` flag, notes and contact details. They are stored here like any other column; who
may read them is decided in api.households.access.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import EmailStr, StringConstraints, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, CheckConstraint, Column, String
from sqlmodel import Field, SQLModel

from api.core.models import InputSchema, Schema, ShortText, id_field, timestamp_field
from api.places.models import LanguageCode


class LegalStatus(StrEnum):
    """A category only: Onderdak never stores documents or citizen service numbers (BSN)."""

    UKRAINIAN_TPD = "ukrainian_tpd"
    THIRD_COUNTRY_TPD = "third_country_tpd"
    THIRD_COUNTRY_NO_TPD = "third_country_no_tpd"
    OTHER = "other"


class AgeBand(StrEnum):
    AGE_0_3 = "age_0_3"
    AGE_4_11 = "age_4_11"
    AGE_12_17 = "age_12_17"
    AGE_18_29 = "age_18_29"
    AGE_30_49 = "age_30_49"
    AGE_50_64 = "age_50_64"
    AGE_65_PLUS = "age_65_plus"


MINOR_AGE_BANDS = frozenset({AgeBand.AGE_0_3, AgeBand.AGE_4_11, AgeBand.AGE_12_17})


def members_consistent(adults: int, children: int, bands: list[str]) -> str | None:
    """Why the members do not fit the counts, or None. An empty list means ages unknown."""
    if not bands:
        return None
    minors = sum(1 for band in bands if band in MINOR_AGE_BANDS)
    if len(bands) != adults + children or minors != children:
        return (
            f"members lists {len(bands)} people of whom {minors} under 18; "
            f"adults and children say {adults + children} of whom {children} under 18"
        )
    return None


class Household(SQLModel, table=True):
    """A household that may have to move. Erasure keeps the row (size, age bands, legal status)."""

    id: uuid.UUID = id_field()
    reference: str = Field(max_length=24, unique=True)
    adults: int
    children: int = 0
    members: list[str] = Field(sa_column=Column(JSON, nullable=False))  # age bands
    languages: list[str] = Field(sa_column=Column(JSON, nullable=False))
    preferred_language: str = Field(max_length=3)
    legal_status: str = Field(sa_type=String(24), index=True)
    needs_wheelchair: bool = False
    needs_medical_care: bool = False
    has_pets: bool = False
    pet_details: str | None = Field(default=None, max_length=200)
    needs_special_needs_education: bool = False
    needs_informal_care: bool = False
    needs_informal_childcare: bool = False
    needs_self_catering: bool = False
    women_and_children_only: bool = False
    # Restricted: shown only to callers allowed to read sensitive data, and audited.
    needs_details: str | None = Field(default=None, max_length=2000)
    vulnerable: bool = False
    notes: str | None = Field(default=None, max_length=4000)
    contact_email: str | None = Field(default=None, max_length=320)
    contact_phone: str | None = Field(default=None, max_length=40)
    preferred_channel: str | None = Field(default=None, sa_type=String(8))
    supporting_organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", index=True
    )
    created_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()
    erased_at: datetime | None = timestamp_field(nullable=True)

    __table_args__ = (
        CheckConstraint("adults >= 1", name="adults_positive"),
        CheckConstraint("children >= 0", name="children_not_negative"),
    )

    @property
    def size(self) -> int:
        """Beds the household needs."""
        return self.adults + self.children


class ContactChannel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class HouseholdAccess(StrEnum):
    """Why the caller sees a household (decided in api.households.access)."""

    OWN_SCOPE = "own_scope"  # in its care: it may change it, record consents, refer or transfer it
    REFERRAL = "referral"  # referred to its organisation: read only, while the consent is valid


Phone = Annotated[str, StringConstraints(max_length=40, pattern=r"^[+0-9 ()-]{6,40}$")]


class Member(Schema):
    age_band: AgeBand


class NeedsInput(InputSchema):
    wheelchair: bool = False
    medical_care: bool = False
    pets: bool = False
    pet_details: ShortText | None = PydanticField(default=None, description="E.g. `one dog`.")
    special_needs_education: bool = False
    informal_care: bool = PydanticField(
        default=False, description="Receives informal care (mantelzorg) from someone who visits."
    )
    informal_childcare: bool = PydanticField(
        default=False,
        description="Relies on informal childcare by visitors: visiting rules matter.",
    )
    self_catering: bool = PydanticField(default=False, description="Needs to cook for itself.")
    women_and_children_only: bool = PydanticField(
        default=False, description="No adult men in the household: women-only units may take it."
    )
    details: Annotated[str, StringConstraints(min_length=1, max_length=2000)] | None = PydanticField(
        default=None, description="Restricted: free-text details (health, safety)."
    )


class HouseholdContact(InputSchema):
    email: EmailStr | None = None
    phone: Phone | None = None
    preferred_channel: ContactChannel | None = PydanticField(
        default=None,
        description="Messages go only this way when the household gave its address; "
        "otherwise (and when null) by e-mail and SMS, as far as it gave addresses.",
    )


class MemberInput(InputSchema):
    age_band: AgeBand


class HouseholdCreate(InputSchema):
    adults: Annotated[int, PydanticField(ge=1, le=30)]
    children: Annotated[int, PydanticField(ge=0, le=30)] = 0
    members: list[MemberInput] = PydanticField(
        default_factory=list, max_length=60, description="Empty, or one entry per person."
    )
    languages: list[LanguageCode] = PydanticField(default_factory=list, max_length=10)
    preferred_language: LanguageCode = PydanticField(
        description="ISO 639-1 code; the status page uses nl, en or uk (ru only when chosen here)."
    )
    legal_status: LegalStatus
    needs: NeedsInput = PydanticField(default_factory=NeedsInput)
    vulnerable: bool = PydanticField(default=False, description="Restricted: safeguarding flag.")
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None
    contact: HouseholdContact | None = None
    supporting_organisation_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The partner supporting the household; a partner's own by default.",
    )

    @model_validator(mode="after")
    def members_fit_counts(self) -> "HouseholdCreate":
        problem = members_consistent(self.adults, self.children, [m.age_band for m in self.members])
        if problem:
            raise ValueError(problem)
        return self


class HouseholdUpdate(InputSchema):
    refuses_null = (
        "adults",
        "children",
        "members",
        "languages",
        "preferred_language",
        "legal_status",
        "needs",
        "vulnerable",
    )

    adults: Annotated[int, PydanticField(ge=1, le=30)] | None = None
    children: Annotated[int, PydanticField(ge=0, le=30)] | None = None
    members: list[MemberInput] | None = PydanticField(default=None, max_length=60)
    languages: list[LanguageCode] | None = PydanticField(default=None, max_length=10)
    preferred_language: LanguageCode | None = None
    legal_status: LegalStatus | None = None
    needs: NeedsInput | None = PydanticField(default=None, description="Replaces all needs.")
    vulnerable: bool | None = None
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None
    contact: HouseholdContact | None = None
    supporting_organisation_id: uuid.UUID | None = PydanticField(
        default=None,
        description=(
            "Only platform admins change it here (a correction, audited); anyone else sending a different "
            "organisation gets 409 `use-referral`: hand the household over with a transfer (POST /referrals)."
        ),
    )


class NeedsPublic(Schema):
    wheelchair: bool | None = PydanticField(description="Classified; null when the caller may not see it.")
    medical_care: bool | None = PydanticField(description="Classified; null when the caller may not see it.")
    pets: bool
    pet_details: str | None
    special_needs_education: bool | None = PydanticField(
        description="Classified; null when the caller may not see it."
    )
    informal_care: bool
    informal_childcare: bool
    self_catering: bool
    women_and_children_only: bool
    details: str | None = PydanticField(description="Restricted; null when not shown.")


class HouseholdContactPublic(Schema):
    email: str | None
    phone: str | None
    preferred_channel: ContactChannel | None


class HouseholdPublic(Schema):
    id: uuid.UUID
    reference: str
    adults: int
    children: int
    size: int = PydanticField(description="Beds needed: adults + children.")
    members: list[Member]
    languages: list[str]
    preferred_language: str
    legal_status: LegalStatus | None = PydanticField(
        description="Classified: shown to desks, partners and admins (audited, lists too); null otherwise."
    )
    needs: NeedsPublic
    vulnerable: bool | None = PydanticField(description="Restricted; null when not shown.")
    notes: str | None = PydanticField(description="Restricted; null when not shown.")
    contact: HouseholdContactPublic | None = PydanticField(description="Restricted; null when not shown.")
    supporting_organisation_id: uuid.UUID | None
    restricted_fields_shown: bool = PydanticField(
        description="Whether the restricted fields were shown (and the read audited)."
    )
    access: HouseholdAccess = PydanticField(
        description="`own_scope`: in the caller's care; `referral`: referred to its organisation (read only)."
    )
    created_at: datetime
    updated_at: datetime
