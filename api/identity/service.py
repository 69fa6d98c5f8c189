"""Identity rules: who the caller is, login and tokens, organisations, users and API keys."""

import secrets
import uuid
from datetime import timedelta

from sqlalchemy import and_, bindparam, or_, update
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import (
    ROLE_PERMISSIONS,
    USER_ONLY_PERMISSIONS,
    Permission,
    Principal,
    Role,
)
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    ProblemError,
    Unauthorized,
    Unprocessable,
)
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.security import (
    create_access_token,
    decode_access_token,
    hash_opaque_token,
    hash_password,
    new_opaque_token,
    verify_password,
)
from api.core.text_search import matches_text
from api.identity import throttle, two_factor
from api.identity.models import (
    INTEGRATION_ROLE,
    ApiKey,
    ApiKeyCreate,
    Organisation,
    OrganisationContact,
    OrganisationCreate,
    OrganisationKind,
    OrganisationUpdate,
    PasswordLink,
    RefreshToken,
    TokenResponse,
    User,
    UserCreate,
    UserUpdate,
    organisation_contact_columns,
    working_area,
)
from api.reference.models import Municipality, SafetyRegion

REFRESH_TOKEN_PREFIX = "ondr"  # noqa: S105 - a prefix, not a secret
API_KEY_PREFIX = "ondk"
PASSWORD_LINK_PREFIX = "ondp"  # noqa: S105 - a prefix, not a secret
API_KEY_TOUCH_INTERVAL = timedelta(minutes=1)

# Which roles a user may have in which kind of organisation.
ROLE_ORGANISATION_KINDS: dict[Role, set[OrganisationKind]] = {
    Role.ADMIN: set(OrganisationKind),
    Role.DESK: {OrganisationKind.RELOCATION_DESK},
    Role.MUNICIPALITY: {OrganisationKind.MUNICIPALITY},
    Role.PARTNER: {OrganisationKind.PARTNER, OrganisationKind.OPERATOR},
    Role.HOST: {OrganisationKind.PARTNER},
}


def normalise_email(email: str) -> str:
    return email.strip().lower()


# --- who is calling -------------------------------------------------------------------------


# What a principal needs of a token's user and organisation, read as one plain row per request
# (built once: the ORM's two entities cost several times the row itself).
_TOKEN_USER = (
    select(
        User.role,
        User.is_active,
        User.token_generation,
        User.is_organisation_admin,
        User.organisation_id,
        Organisation.municipality_code,
        Organisation.safety_region_codes,
    )
    .join(Organisation, col(Organisation.id) == col(User.organisation_id))
    .where(User.id == bindparam("user_id"))
)


def principal_from_access_token(session: Session, settings: Settings, token: str) -> Principal | None:
    """The token's user, if it is active and the token is of the user's current generation (the
    user's row is read for the principal anyway, so the check costs nothing)."""
    claims = decode_access_token(settings, token)
    if claims is None:
        return None
    found = session.connection().execute(_TOKEN_USER, {"user_id": claims.user_id}).first()
    if found is None or not found.is_active or found.token_generation != claims.generation:
        return None
    return _principal_of_user(
        claims.user_id,
        found.role,
        found.is_organisation_admin,
        found.organisation_id,
        found.municipality_code,
        found.safety_region_codes,
    )


def user_principal(user: User, organisation: Organisation) -> Principal:
    """The caller a signed-in user is: their role's permissions, within their organisation."""
    return _principal_of_user(
        user.id,
        user.role,
        user.is_organisation_admin,
        organisation.id,
        organisation.municipality_code,
        organisation.safety_region_codes,
    )


def _principal_of_user(
    user_id: uuid.UUID,
    role: str,
    is_organisation_admin: bool,
    organisation_id: uuid.UUID,
    municipality_code: str | None,
    safety_region_codes: list[str] | None,
) -> Principal:
    return Principal(
        organisation_id=organisation_id,
        role=Role(role),
        permissions=ROLE_PERMISSIONS[Role(role)],
        user_id=user_id,
        is_organisation_admin=is_organisation_admin,
        municipality_code=municipality_code,
        safety_region_codes=working_area(safety_region_codes),
    )


def principal_from_api_key(session: Session, key: str) -> Principal | None:
    found = session.exec(
        select(ApiKey, Organisation)
        .join(Organisation, col(Organisation.id) == col(ApiKey.organisation_id))
        .where(ApiKey.key_hash == hash_opaque_token(key), col(ApiKey.revoked_at).is_(None))
    ).first()
    if found is None:
        return None
    api_key, organisation = found
    now = utcnow()
    if api_key.last_used_at is None or now - api_key.last_used_at > API_KEY_TOUCH_INTERVAL:
        session.exec(update(ApiKey).where(col(ApiKey.id) == api_key.id).values(last_used_at=now))
    role = Role(api_key.role)
    scopes = {Permission(s) for s in api_key.scopes if s in Permission._value2member_map_}
    return Principal(
        organisation_id=organisation.id,
        role=role,
        permissions=ROLE_PERMISSIONS[role] & frozenset(scopes),
        api_key_id=api_key.id,
        municipality_code=organisation.municipality_code,
        safety_region_codes=organisation.working_area,
    )


# --- login and tokens -----------------------------------------------------------------------


def login(
    session: Session, settings: Settings, email: str, password: str, client_address: str
) -> TokenResponse:
    """Throttled per account and client address, per address and per account (api/identity/throttle.py)."""
    account = normalise_email(email)
    keys = throttle.LoginKeys.of(account, client_address)
    now = utcnow()
    throttle.refuse_while_locked(session, keys, now)
    user = session.exec(select(User).where(User.email == account)).first()
    # Always one Argon2 verification, whether or not the address is known.
    password_ok = verify_password(password, user.password_hash if user else None)
    if user is None or not password_ok or not user.is_active:
        throttle.count_failure(session, settings, keys, now)
        raise Unauthorized("The e-mail address or password is wrong.", keep_changes=True)
    challenge = two_factor.challenge_if_due(session, settings, user)
    if challenge is not None:
        raise challenge
    return complete_login(session, settings, user, keys)


def complete_login(
    session: Session, settings: Settings, user: User, keys: throttle.LoginKeys
) -> TokenResponse:
    """Every factor is right: the client is remembered and the login's tokens issued."""
    throttle.forget_failures(session, keys)
    throttle.remember_client(session, keys, utcnow())
    record(session, None, "login", "user", user.id, organisation_id=user.organisation_id)
    return _issue_tokens(session, settings, user, family_id=uuid.uuid4())


def _issue_tokens(session: Session, settings: Settings, user: User, *, family_id: uuid.UUID) -> TokenResponse:
    access_token, expires_in = create_access_token(
        settings, user_id=user.id, generation=user.token_generation
    )
    refresh_token = new_opaque_token(REFRESH_TOKEN_PREFIX)
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id,
            token_hash=hash_opaque_token(refresh_token),
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        )
    )
    return TokenResponse(access_token=access_token, refresh_token=refresh_token, expires_in=expires_in)


def _revoke_family(session: Session, family_id: uuid.UUID) -> None:
    session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def refresh(session: Session, settings: Settings, token: str) -> TokenResponse:
    """Rotate: the presented token is spent; presenting a spent token revokes its whole family."""
    row = session.exec(
        select(RefreshToken).where(RefreshToken.token_hash == hash_opaque_token(token))
    ).first()
    invalid = "The refresh token is invalid, expired or revoked."
    if row is None:
        raise Unauthorized(invalid)
    if row.revoked_at is not None:
        _revoke_family(session, row.family_id)
        raise Unauthorized(invalid, keep_changes=True)
    now = utcnow()
    if row.expires_at <= now:
        raise Unauthorized(invalid)
    spent = session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.id) == row.id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    if spent.rowcount != 1:  # a concurrent refresh spent it first
        raise Unauthorized(invalid)
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        raise Unauthorized(invalid)
    return _issue_tokens(session, settings, user, family_id=row.family_id)


def logout(session: Session, token: str) -> None:
    """End this login's refresh tokens and the user's access tokens (other devices refresh)."""
    row = session.exec(
        select(RefreshToken).where(RefreshToken.token_hash == hash_opaque_token(token))
    ).first()
    if row is not None:
        _revoke_family(session, row.family_id)
        end_access_tokens(session, row.user_id)
        record(session, None, "logout", "user", row.user_id)


def end_access_tokens(session: Session, user_id: uuid.UUID) -> None:
    """Every access token issued to the user so far stops working: its generation is raised."""
    session.exec(
        update(User)
        .where(col(User.id) == user_id)
        .values(token_generation=User.token_generation + 1)
        .execution_options(synchronize_session="fetch")
    )


def revoke_all_sessions(session: Session, user_id: uuid.UUID) -> None:
    """Log the user out everywhere: refresh tokens revoked, access tokens ended."""
    session.exec(
        update(RefreshToken)
        .where(col(RefreshToken.user_id) == user_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    end_access_tokens(session, user_id)


# --- organisations --------------------------------------------------------------------------


def _check_safety_regions(
    session: Session, kind: OrganisationKind, codes: list[str] | None
) -> list[str] | None:
    """A working area is a relocation desk's, made of known safety regions (stored without repeats)."""
    if codes is None:
        return None
    if kind != OrganisationKind.RELOCATION_DESK:
        raise Unprocessable("Only a relocation desk has a working area of safety regions.", code="not-a-desk")
    known = set(session.exec(select(SafetyRegion.code).where(col(SafetyRegion.code).in_(codes))).all())
    unknown = sorted(set(codes) - known)
    if unknown:
        raise Unprocessable(f"Unknown safety region {', '.join(unknown)}.", code="unknown-safety-region")
    return sorted(set(codes))


def _check_municipality(session: Session, code: str | None) -> None:
    if code is not None and session.get(Municipality, code) is None:
        raise Unprocessable(f"Unknown municipality code {code}.", code="unknown-municipality")


def _name_taken(session: Session, name: str, besides: uuid.UUID | None = None) -> bool:
    """Whether an organisation (other than BESIDES) has this name."""
    query = select(Organisation.id).where(Organisation.name == name)
    if besides is not None:
        query = query.where(Organisation.id != besides)
    return session.exec(query).first() is not None


def list_organisations(
    session: Session, page: PageParams, *, kind: OrganisationKind | None, q: str | None = None
) -> tuple[list[Organisation], int]:
    query = select(Organisation)
    if kind:
        query = query.where(Organisation.kind == kind.value)
    if q:
        query = query.where(matches_text(q, Organisation.name))
    return paginate(session, query.order_by(col(Organisation.name)), page)


def get_organisation(session: Session, organisation_id: uuid.UUID) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound("No such organisation.")
    return organisation


def create_organisation(
    session: Session, principal: Principal | None, data: OrganisationCreate
) -> Organisation:
    if data.kind == OrganisationKind.MUNICIPALITY and data.municipality_code is None:
        raise Unprocessable("A municipality needs its municipalityCode.", code="missing-field")
    _check_municipality(session, data.municipality_code)
    if _name_taken(session, data.name):
        raise Conflict("An organisation with this name exists already.")
    organisation = Organisation(
        name=data.name,
        kind=data.kind.value,
        municipality_code=data.municipality_code,
        two_factor_required=data.two_factor_required,
        safety_region_codes=_check_safety_regions(session, data.kind, data.safety_region_codes),
        **organisation_contact_columns(data.contact),
    )
    session.add(organisation)
    session.flush()
    record(session, principal, "create", "organisation", organisation.id, {"name": data.name})
    return organisation


def update_organisation(
    session: Session, principal: Principal, organisation_id: uuid.UUID, data: OrganisationUpdate
) -> Organisation:
    # Locked, so that no member or API key that misfits a new kind is added meanwhile.
    organisation = lock_row(session, Organisation, organisation_id)
    if organisation is None:
        raise NotFound("No such organisation.")
    changes = data.model_dump(exclude_unset=True)
    for name in ("name", "kind", "two_factor_required"):
        if changes.get(name) is None:
            changes.pop(name, None)
    kind = OrganisationKind(changes.get("kind", organisation.kind))
    if (
        kind == OrganisationKind.MUNICIPALITY
        and changes.get("municipality_code", organisation.municipality_code) is None
    ):
        raise Unprocessable("A municipality needs its municipalityCode.", code="missing-field")
    if "municipality_code" in changes:
        _check_municipality(session, changes["municipality_code"])
    if "safety_region_codes" in changes:
        changes["safety_region_codes"] = _check_safety_regions(session, kind, changes["safety_region_codes"])
    elif organisation.safety_region_codes is not None and kind != OrganisationKind.RELOCATION_DESK:
        changes["safety_region_codes"] = None  # a working area belongs to a desk
    if changes.get("name") is None:
        changes.pop("name", None)
    if "contact" in changes:
        changes.pop("contact")
        changes |= organisation_contact_columns(data.contact)
    if "name" in changes and _name_taken(session, changes["name"], organisation.id):
        raise Conflict("An organisation with this name exists already.")
    if kind != organisation.kind:
        _check_kind_fits(session, organisation, kind)
    for name, value in changes.items():
        setattr(organisation, name, value)
    session.add(organisation)
    record(session, principal, "update", "organisation", organisation.id, {"fields": sorted(changes)})
    return organisation


def set_organisation_contact(
    session: Session, principal: Principal, organisation_id: uuid.UUID, contact: OrganisationContact
) -> Organisation:
    """How households reach the organisation (its status-page contact): its own administrators set
    it, or a platform administrator. Another organisation's is 404, as if it did not exist."""
    if not principal.is_admin and organisation_id != principal.organisation_id:
        raise NotFound("No such organisation.")
    if not (principal.is_admin or principal.is_organisation_admin):
        raise Forbidden("Only an administrator of the organisation may change its contact details.")
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound("No such organisation.")
    columns = organisation_contact_columns(contact)
    changed = sorted(name for name, value in columns.items() if getattr(organisation, name) != value)
    for name, value in columns.items():
        setattr(organisation, name, value)
    session.add(organisation)
    record(session, principal, "update", "organisation", organisation.id, {"fields": changed})
    return organisation


def _check_kind_fits(session: Session, organisation: Organisation, kind: OrganisationKind) -> None:
    """An organisation's kind decides its members' roles and its integrations' role: it changes
    only while every member's role fits the new kind and no active API key acts with another role."""
    roles = session.exec(select(User.role).where(User.organisation_id == organisation.id).distinct()).all()
    misfits = sorted(role for role in roles if kind not in ROLE_ORGANISATION_KINDS[Role(role)])
    if misfits:
        raise Conflict(
            f"Members with the role {', '.join(misfits)} do not belong in a {kind.value} organisation.",
            code="kind-misfits-members",
        )
    other_role_key = session.exec(
        select(ApiKey.id).where(
            ApiKey.organisation_id == organisation.id,
            col(ApiKey.revoked_at).is_(None),
            ApiKey.role != INTEGRATION_ROLE[kind].value,
        )
    ).first()
    if other_role_key is not None:
        raise Conflict(
            "The organisation's active API keys act with the role of its current kind; revoke them first.",
            code="kind-misfits-api-keys",
        )


# --- users ----------------------------------------------------------------------------------


def _user_in_scope(principal: Principal, user: User) -> bool:
    return principal.is_admin or user.organisation_id == principal.organisation_id


def list_users(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    organisation_id: uuid.UUID | None,
    q: str | None = None,
) -> tuple[list[User], int]:
    query = select(User)
    if not principal.is_admin:
        query = query.where(User.organisation_id == principal.organisation_id)
    if organisation_id:
        query = query.where(User.organisation_id == organisation_id)
    if q:
        query = query.where(matches_text(q, User.full_name, User.email))
    return paginate(session, query.order_by(col(User.email)), page)


def get_user(session: Session, principal: Principal, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None or not _user_in_scope(principal, user):
        raise NotFound("No such user.")
    return user


def _check_may_manage_users(principal: Principal, organisation_id: uuid.UUID, role: Role | None) -> None:
    if principal.is_admin:
        return
    if not principal.is_organisation_admin or organisation_id != principal.organisation_id:
        raise Forbidden("Only an administrator of the organisation may manage its users.")
    if role == Role.ADMIN:
        raise Forbidden("Only a platform administrator may grant the admin role.")


def _check_role_fits(role: Role, organisation: Organisation) -> None:
    if OrganisationKind(organisation.kind) not in ROLE_ORGANISATION_KINDS[role]:
        raise Unprocessable(
            f"The role {role.value} does not belong in a {organisation.kind} organisation.",
            code="role-mismatch",
        )


def _unusable_password_hash() -> str:
    """The hash of a random secret nobody knows: no password logs in until the user chooses one."""
    return hash_password(secrets.token_urlsafe(32))


def create_user(
    session: Session, principal: Principal | None, data: UserCreate, *, checked: bool = False
) -> User:
    """A new user; `checked`: the caller has checked already that PRINCIPAL may create this one
    (a partner inviting the host family it manages), instead of the organisation-admin rule."""
    # Locked, so that the organisation's kind cannot change under a role that fits it now.
    organisation = lock_row(session, Organisation, data.organisation_id)
    if organisation is None:
        raise Unprocessable("No such organisation.", code="unknown-organisation")
    if principal is not None and not checked:
        _check_may_manage_users(principal, organisation.id, data.role)
    _check_role_fits(data.role, organisation)
    email = normalise_email(str(data.email))
    if session.exec(select(User).where(User.email == email)).first():
        raise Conflict("A user with this e-mail address exists already.")
    user = User(
        email=email,
        full_name=data.full_name,
        role=data.role.value,
        organisation_id=organisation.id,
        is_organisation_admin=data.is_organisation_admin,
        password_hash=hash_password(data.password) if data.password else _unusable_password_hash(),
    )
    session.add(user)
    session.flush()
    record(
        session,
        principal,
        "create",
        "user",
        user.id,
        {"role": user.role},
        organisation_id=organisation.id,
    )
    return user


def update_user(session: Session, principal: Principal, user_id: uuid.UUID, data: UserUpdate) -> User:
    user = get_user(session, principal, user_id)
    _check_may_manage_users(principal, user.organisation_id, data.role)
    if not principal.is_admin and user.role == Role.ADMIN:
        raise Forbidden("Only a platform administrator may change an administrator.")
    changes = data.model_dump(exclude_unset=True)
    data.refuse_null()
    _check_an_admin_stays(session, user, data)
    if data.role is not None:
        organisation = lock_row(session, Organisation, user.organisation_id)
        assert organisation is not None
        _check_role_fits(data.role, organisation)
        user.role = data.role.value
    if data.full_name is not None:
        user.full_name = data.full_name
    if data.is_organisation_admin is not None:
        user.is_organisation_admin = data.is_organisation_admin
    if data.password is not None:
        user.password_hash = hash_password(data.password)
    activity_changes = data.is_active is not None and data.is_active != user.is_active
    if data.is_active is not None:
        user.is_active = data.is_active
    session.add(user)
    if activity_changes or data.password is not None:
        # Deactivation, re-activation (no token from before comes back) and a new password.
        revoke_all_sessions(session, user.id)
    record(session, principal, "update", "user", user.id, {"fields": sorted(changes)})
    return user


def _check_an_admin_stays(session: Session, user: User, data: UserUpdate) -> None:
    """The last active platform admin, and the last active admin of an organisation, can be neither
    deactivated nor demoted. The active admins' rows are locked (in id order, one statement) before
    they are counted, so two admins removing each other at once leave one."""
    leaves = data.is_active is False
    leaves_platform = leaves or (data.role is not None and data.role != Role.ADMIN)
    leaves_organisation = leaves or data.is_organisation_admin is False
    if not (leaves_platform or leaves_organisation):
        return
    admins = session.exec(
        select(User)
        .where(
            User.is_active == True,  # noqa: E712
            or_(
                User.role == Role.ADMIN.value,
                and_(User.organisation_id == user.organisation_id, User.is_organisation_admin == True),  # noqa: E712
            ),
        )
        .order_by(col(User.id))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    if user not in admins:
        return
    if leaves_platform and user.role == Role.ADMIN and sum(a.role == Role.ADMIN for a in admins) == 1:
        raise Conflict(
            "This is the last active platform administrator; make another one first.",
            code="last-platform-admin",
        )
    organisation_admins = sum(
        a.organisation_id == user.organisation_id and a.is_organisation_admin for a in admins
    )
    if leaves_organisation and user.is_organisation_admin and organisation_admins == 1:
        raise Conflict(
            "This is the last active administrator of the organisation; make another one first.",
            code="last-organisation-admin",
        )


def reset_two_factor(session: Session, principal: Principal, user_id: uuid.UUID) -> User:
    """A lost phone and lost recovery codes: an administrator clears the user's second factor and
    logs them out everywhere. If their role or organisation requires one, their next login asks them
    to set it up again. Never one's own: that needs a fresh factor (POST /users/me/two-factor/disable)."""
    user = get_user(session, principal, user_id)
    _check_may_manage_users(principal, user.organisation_id, None)
    if user.id == principal.user_id:
        raise Forbidden(
            "Switch your own two-factor login off on your account page, with a fresh code.",
            code="own-two-factor",
        )
    if not principal.is_admin and user.role == Role.ADMIN:
        raise Forbidden("Only a platform administrator may reset an administrator's second factor.")
    user = lock_row(session, User, user.id)
    assert user is not None
    if not user.two_factor_enabled:
        raise Conflict("This user has no second factor to reset.", code="two-factor-disabled")
    two_factor.remove_factor(session, user)
    revoke_all_sessions(session, user.id)
    record(session, principal, "reset_two_factor", "user", user.id, organisation_id=user.organisation_id)
    return user


def issue_password_link(
    session: Session, settings: Settings, principal: Principal, user_id: uuid.UUID
) -> tuple[PasswordLink, str]:
    """An invitation or a reset: the user chooses their own password, so no administrator ever
    knows it. The current password and any earlier link stop working, and the user is logged out.
    The token is returned only here."""
    user = get_user(session, principal, user_id)
    _check_may_manage_users(principal, user.organisation_id, None)
    if not principal.is_admin and user.role == Role.ADMIN:
        raise Forbidden("Only a platform administrator may reset an administrator's password.")
    return new_password_link(session, settings, principal, user)


def new_password_link(
    session: Session, settings: Settings, principal: Principal, user: User
) -> tuple[PasswordLink, str]:
    """The link itself, for a user the caller may manage (checked by the caller): earlier links,
    the password and every session stop working."""
    user = lock_row(session, User, user.id)  # one valid link at a time, even when two are asked at once
    assert user is not None
    if not user.is_active:
        raise Conflict("Reactivate the user before sending a password link.", code="user-inactive")
    now = utcnow()
    session.exec(
        update(PasswordLink)
        .where(
            col(PasswordLink.user_id) == user.id,
            col(PasswordLink.used_at).is_(None),
            col(PasswordLink.revoked_at).is_(None),
        )
        .values(revoked_at=now)
    )
    user.password_hash = _unusable_password_hash()
    session.add(user)
    revoke_all_sessions(session, user.id)
    token = new_opaque_token(PASSWORD_LINK_PREFIX)
    link = PasswordLink(
        user_id=user.id,
        token_hash=hash_opaque_token(token),
        expires_at=now + timedelta(hours=settings.password_link_hours),
        created_by_user_id=principal.user_id,
    )
    session.add(link)
    session.flush()
    record(session, principal, "issue_password_link", "user", user.id)
    return link, token


def set_password(session: Session, token: str, password: str) -> User:
    """Spend a password link (once, even when it is presented twice at the same moment)."""
    invalid = ProblemError(
        "This link is invalid, expired or used already; ask your administrator for a new one.",
        code="invalid-password-link",
    )
    link = session.exec(
        select(PasswordLink).where(PasswordLink.token_hash == hash_opaque_token(token))
    ).first()
    now = utcnow()
    if link is None or link.expires_at <= now:
        raise invalid
    spent = session.exec(
        update(PasswordLink)
        .where(
            col(PasswordLink.id) == link.id,
            col(PasswordLink.used_at).is_(None),
            col(PasswordLink.revoked_at).is_(None),
        )
        .values(used_at=now)
    )
    user = session.get(User, link.user_id)
    if spent.rowcount != 1 or user is None or not user.is_active:
        raise invalid
    user.password_hash = hash_password(password)
    session.add(user)
    revoke_all_sessions(session, user.id)
    throttle.forget_account_failures(session, user.email)
    record(session, None, "set_password", "user", user.id, organisation_id=user.organisation_id)
    return user


# --- API keys -------------------------------------------------------------------------------


def integration_scopes(organisation: Organisation) -> tuple[Role, frozenset[Permission]]:
    """The role an organisation's API keys act with, and the scopes they may hold."""
    role = INTEGRATION_ROLE[OrganisationKind(organisation.kind)]
    return role, ROLE_PERMISSIONS[role] - USER_ONLY_PERMISSIONS


def api_key_scopes(
    session: Session, principal: Principal, organisation_id: uuid.UUID
) -> tuple[Role, list[Permission]]:
    role, scopes = integration_scopes(_keys_organisation(session, principal, organisation_id))
    return role, sorted(scopes)


def _keys_organisation(session: Session, principal: Principal, organisation_id: uuid.UUID) -> Organisation:
    """The organisation whose keys the caller manages; another organisation's keys are 404."""
    if not principal.is_admin and organisation_id != principal.organisation_id:
        raise NotFound("No such organisation.")
    organisation = get_organisation(session, organisation_id)
    if not principal.is_admin and not principal.is_organisation_admin:
        raise Forbidden("Only an administrator of the organisation may manage its API keys.")
    return organisation


def list_api_keys(
    session: Session, principal: Principal, organisation_id: uuid.UUID, page: PageParams
) -> tuple[list[ApiKey], int]:
    _keys_organisation(session, principal, organisation_id)
    query = select(ApiKey).where(ApiKey.organisation_id == organisation_id)
    return paginate(session, query.order_by(col(ApiKey.created_at).desc()), page)


def create_api_key(
    session: Session, principal: Principal, organisation_id: uuid.UUID, data: ApiKeyCreate
) -> tuple[ApiKey, str]:
    organisation = _keys_organisation(session, principal, organisation_id)
    lock_row(session, Organisation, organisation.id)  # its kind, and so the key's role, holds
    role, allowed = integration_scopes(organisation)
    refused = sorted(s.value for s in data.scopes if s not in allowed)
    if refused:
        raise Unprocessable(
            f"An integration of a {organisation.kind} organisation cannot hold: {', '.join(refused)}.",
            code="scope-not-allowed",
        )
    scopes = set(data.scopes)
    for scope in data.scopes:
        # A write scope brings its read counterpart along, where the family has one
        # (offers:write, host-vetting:write and a few others have none).
        if scope.value.endswith(":write"):
            scopes.update(p for p in allowed if p.value == scope.family + ":read")
    secret = new_opaque_token(API_KEY_PREFIX)
    api_key = ApiKey(
        organisation_id=organisation.id,
        name=data.name,
        prefix=secret[:12],
        key_hash=hash_opaque_token(secret),
        role=role.value,
        scopes=sorted(s.value for s in scopes),
        created_by_user_id=principal.user_id,
    )
    session.add(api_key)
    session.flush()
    record(session, principal, "create", "api_key", api_key.id, {"scopes": api_key.scopes})
    return api_key, secret


def revoke_api_key(
    session: Session, principal: Principal, organisation_id: uuid.UUID, key_id: uuid.UUID
) -> None:
    _keys_organisation(session, principal, organisation_id)
    api_key = session.get(ApiKey, key_id)
    if api_key is None or api_key.organisation_id != organisation_id:
        raise NotFound("No such API key.")
    if api_key.revoked_at is None:
        api_key.revoked_at = utcnow()
        session.add(api_key)
        record(session, principal, "revoke", "api_key", api_key.id)
