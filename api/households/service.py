"""Households: registering, changing and presenting them. Services never commit."""

import secrets
import uuid
from enum import StrEnum

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.db import lock_row
from api.core.errors import Conflict, Forbidden, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.sorting import ordering
from api.core.text_search import matches_text
from api.households.access import (
    ClassifiedField,
    audit_list_read,
    audit_sensitive_read,
    classified_fields_for,
    household_access,
    may_read_sensitive,
    scope_households,
)
from api.households.models import (
    Household,
    HouseholdAccess,
    HouseholdContact,
    HouseholdContactPublic,
    HouseholdCreate,
    HouseholdPublic,
    HouseholdUpdate,
    LegalStatus,
    Member,
    NeedsInput,
    NeedsPublic,
    members_consistent,
)
from api.identity.models import Organisation, OrganisationKind

REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def household_public(
    household: Household,
    *,
    reveal: bool,
    classified: frozenset[ClassifiedField],
    access: HouseholdAccess = HouseholdAccess.OWN_SCOPE,
) -> HouseholdPublic:
    """The API view; restricted fields only when `reveal`, classified fields only those in
    `classified` (the caller audits either)."""
    contact = None
    if reveal and (household.contact_email or household.contact_phone):
        contact = HouseholdContactPublic(
            email=household.contact_email,
            phone=household.contact_phone,
            preferred_channel=household.preferred_channel,
        )
    return HouseholdPublic(
        id=household.id,
        reference=household.reference,
        adults=household.adults,
        children=household.children,
        size=household.size,
        members=[Member(age_band=band) for band in household.members],
        languages=household.languages,
        preferred_language=household.preferred_language,
        legal_status=LegalStatus(household.legal_status)
        if ClassifiedField.LEGAL_STATUS in classified
        else None,
        needs=NeedsPublic(
            wheelchair=household.needs_wheelchair if ClassifiedField.WHEELCHAIR in classified else None,
            medical_care=household.needs_medical_care if ClassifiedField.MEDICAL_CARE in classified else None,
            pets=household.has_pets,
            pet_details=household.pet_details,
            special_needs_education=household.needs_special_needs_education
            if ClassifiedField.SPECIAL_NEEDS_EDUCATION in classified
            else None,
            informal_care=household.needs_informal_care,
            informal_childcare=household.needs_informal_childcare,
            self_catering=household.needs_self_catering,
            women_and_children_only=household.women_and_children_only,
            details=household.needs_details if reveal else None,
        ),
        vulnerable=household.vulnerable if reveal else None,
        notes=household.notes if reveal else None,
        contact=contact,
        supporting_organisation_id=household.supporting_organisation_id,
        restricted_fields_shown=reveal,
        access=access,
        created_at=household.created_at,
        updated_at=household.updated_at,
    )


def show_household(
    session: Session,
    principal: Principal,
    household: Household,
    access: HouseholdAccess = HouseholdAccess.OWN_SCOPE,
) -> HouseholdPublic:
    """One household as the caller may see it; showing restricted or classified fields is audited."""
    reveal = may_read_sensitive(principal)
    classified = classified_fields_for(principal)
    if reveal or classified:
        audit_sensitive_read(session, principal, household.id, "household", classified)
    return household_public(household, reveal=reveal, classified=classified, access=access)


def show_households(
    session: Session,
    principal: Principal,
    households: list[Household],
    access: dict[uuid.UUID, HouseholdAccess],
) -> list[HouseholdPublic]:
    """A list page: no restricted fields; the classified ones the caller may see, audited once."""
    classified = classified_fields_for(principal)
    audit_list_read(session, principal, [h.id for h in households], classified)
    return [household_public(h, reveal=False, classified=classified, access=access[h.id]) for h in households]


def _new_reference() -> str:
    return "HH-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def _preferred_channel(contact: HouseholdContact | None) -> str | None:
    return contact.preferred_channel.value if contact and contact.preferred_channel else None


def _supporting_organisation(
    session: Session, principal: Principal, requested: uuid.UUID | None
) -> uuid.UUID | None:
    """A partner supports its own households; desks and admins name any partner (or none)."""
    if principal.role == Role.PARTNER:
        if requested is not None and requested != principal.organisation_id:
            raise Unprocessable(
                "A partner registers only households it supports itself.",
                code="not-your-organisation",
            )
        return principal.organisation_id
    if requested is None:
        return None
    organisation = session.get(Organisation, requested)
    if organisation is None or organisation.kind not in (
        OrganisationKind.PARTNER.value,
        OrganisationKind.OPERATOR.value,
    ):
        raise Unprocessable("No such partner organisation.", code="unknown-organisation")
    return organisation.id


def _id_or_none(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _apply_needs(household: Household, needs: NeedsInput) -> None:
    household.needs_wheelchair = needs.wheelchair
    household.needs_medical_care = needs.medical_care
    household.has_pets = needs.pets
    household.pet_details = needs.pet_details
    household.needs_special_needs_education = needs.special_needs_education
    household.needs_informal_care = needs.informal_care
    household.needs_informal_childcare = needs.informal_childcare
    household.needs_self_catering = needs.self_catering
    household.women_and_children_only = needs.women_and_children_only
    household.needs_details = needs.details


class HouseholdSort(StrEnum):
    """The list's order; a leading `-` reverses it (api/core/sorting.py)."""

    REFERENCE = "reference"
    REFERENCE_DESC = "-reference"
    SIZE = "size"
    SIZE_DESC = "-size"
    OLDEST = "createdAt"
    NEWEST = "-createdAt"


HOUSEHOLD_SORT_COLUMNS = {
    "reference": col(Household.reference),
    "size": col(Household.adults) + col(Household.children),
    "createdAt": col(Household.created_at),
}


def list_households(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    supporting_organisation_id: uuid.UUID | None,
    legal_status: LegalStatus | None,
    reference: str | None,
    q: str | None = None,
    sort: HouseholdSort = HouseholdSort.NEWEST,
) -> tuple[list[Household], int]:
    query = scope_households(select(Household), principal, referred=True)
    if supporting_organisation_id:
        query = query.where(Household.supporting_organisation_id == supporting_organisation_id)
    if legal_status:
        if ClassifiedField.LEGAL_STATUS not in classified_fields_for(principal):
            raise Forbidden(
                "Filtering by legal status needs the permission to read it.", code="legal-status-not-readable"
            )
        query = query.where(Household.legal_status == legal_status.value)
    if reference:
        query = query.where(Household.reference == reference.upper())
    if q:
        # Contact details are searched only by those who may read them, so a search reveals nothing.
        searched = [Household.reference]
        if may_read_sensitive(principal):
            searched += [Household.contact_email, Household.contact_phone]
        query = query.where(matches_text(q, *searched))
    order = ordering(sort.value, HOUSEHOLD_SORT_COLUMNS)
    return paginate(session, query.order_by(order, col(Household.created_at).desc(), col(Household.id)), page)


def create_household(session: Session, principal: Principal, data: HouseholdCreate) -> Household:
    household = Household(
        reference=_new_reference(),
        adults=data.adults,
        children=data.children,
        members=[m.age_band.value for m in data.members],
        languages=list(dict.fromkeys(data.languages)),
        preferred_language=data.preferred_language,
        legal_status=data.legal_status.value,
        vulnerable=data.vulnerable,
        notes=data.notes,
        contact_email=str(data.contact.email) if data.contact and data.contact.email else None,
        contact_phone=data.contact.phone if data.contact else None,
        preferred_channel=_preferred_channel(data.contact),
        supporting_organisation_id=_supporting_organisation(
            session, principal, data.supporting_organisation_id
        ),
        created_by_organisation_id=principal.organisation_id,
    )
    _apply_needs(household, data.needs)
    session.add(household)
    session.flush()
    record(session, principal, "create", "household", household.id, {"reference": household.reference})
    return household


def update_household(
    session: Session, principal: Principal, household_id: uuid.UUID, data: HouseholdUpdate
) -> Household:
    household, access = household_access(session, principal, household_id)
    if access == HouseholdAccess.REFERRAL:
        raise Forbidden(
            "The household is referred to your organisation: you may read it, not change it.",
            code="referred-read-only",
        )
    household = lock_household(session, household.id)  # a transfer accepted meanwhile is seen here
    changes = data.model_dump(exclude_unset=True, by_alias=False)
    if changes.get("supporting_organisation_id", household.supporting_organisation_id) == (
        household.supporting_organisation_id
    ):
        changes.pop("supporting_organisation_id", None)  # unchanged: clients may send the whole record
    elif not principal.is_admin:
        raise Conflict(
            "The supporting organisation changes through a transfer: POST /referrals with kind "
            "`transfer`, which the receiving organisation accepts, with the household's consent.",
            code="use-referral",
        )
    data.refuse_null()
    adults = data.adults if data.adults is not None else household.adults
    children = data.children if data.children is not None else household.children
    members = [m.age_band.value for m in data.members] if data.members is not None else household.members
    if problem := members_consistent(adults, children, members):
        raise Unprocessable(f"{problem}; send members with the new counts.", code="members-mismatch")
    household.adults, household.children, household.members = adults, children, members
    if data.languages is not None:
        household.languages = list(dict.fromkeys(data.languages))
    if data.preferred_language is not None:
        household.preferred_language = data.preferred_language
    if data.legal_status is not None:
        household.legal_status = data.legal_status.value
    if data.needs is not None:
        _apply_needs(household, data.needs)
    if data.vulnerable is not None:
        household.vulnerable = data.vulnerable
    if "notes" in changes:
        household.notes = data.notes
    if "contact" in changes:
        household.contact_email = str(data.contact.email) if data.contact and data.contact.email else None
        household.contact_phone = data.contact.phone if data.contact else None
        household.preferred_channel = _preferred_channel(data.contact)
    details: dict[str, object] = {"fields": sorted(changes)}  # names only: the values may be restricted
    if "supporting_organisation_id" in changes:  # a platform admin's correction, audited with both ids
        previous = household.supporting_organisation_id
        household.supporting_organisation_id = _supporting_organisation(
            session, principal, data.supporting_organisation_id
        )
        details["supportingOrganisation"] = {
            "from": _id_or_none(previous),
            "to": _id_or_none(household.supporting_organisation_id),
        }
    household.updated_at = utcnow()
    session.add(household)
    record(session, principal, "update", "household", household.id, details)
    return household


def lock_household(session: Session, household_id: uuid.UUID) -> Household:
    household = lock_row(session, Household, household_id)
    assert household is not None  # callers pass the id of a household they just read
    return household
