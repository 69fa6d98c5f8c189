import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from api.core.authorization import Permission, Principal, public_route
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.errors import NotFound
from api.core.openapi import THROTTLED
from api.core.pagination import Page, PageDep
from api.identity import service, throttle, two_factor
from api.identity.dependencies import requires
from api.identity.models import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyPublic,
    ApiKeyScopes,
    CurrentUserPublic,
    OrganisationContact,
    OrganisationCreate,
    OrganisationKind,
    OrganisationPublic,
    OrganisationUpdate,
    PasswordLinkCreated,
    RecoveryCodes,
    RefreshRequest,
    SecondFactor,
    SetPasswordRequest,
    SetPasswordResult,
    TokenResponse,
    TwoFactorChallengeConfirm,
    TwoFactorChallengeRequest,
    TwoFactorConfirm,
    TwoFactorDisable,
    TwoFactorEnrolled,
    TwoFactorEnrolment,
    TwoFactorEnrolRequest,
    TwoFactorState,
    TwoFactorVerify,
    User,
    UserCreate,
    UserPublic,
    UserUpdate,
)

auth_router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[public_route])
users_router = APIRouter(prefix="/users", tags=["users"])
organisations_router = APIRouter(prefix="/organisations", tags=["organisations"])

OrganisationId = Annotated[uuid.UUID, Path(alias="organisationId")]
UserId = Annotated[uuid.UUID, Path(alias="userId")]
ApiKeyId = Annotated[uuid.UUID, Path(alias="apiKeyId")]


class OrganisationPage(Page[OrganisationPublic]):
    pass


class UserPage(Page[UserPublic]):
    pass


class ApiKeyPage(Page[ApiKeyPublic]):
    pass


# --- auth -----------------------------------------------------------------------------------


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SECOND_FACTOR_DUE: dict[int | str, dict[str, Any]] = {
    401: {
        "description": "Wrong credentials (`unauthorized`), or the password was right and a second "
        "factor is due: `second-factor-required` (give a code to POST /auth/two-factor/verify) or "
        "`second-factor-enrolment-required` (set one up with POST /auth/two-factor/enrolment). The "
        "problem then carries the extension members `challenge` (the secret for that next step) and "
        "`challengeExpiresIn` (seconds). No tokens are issued until every factor is right."
    }
}


@auth_router.post(
    "/token",
    response_model=TokenResponse,
    summary="Log in (OAuth2 password flow)",
    responses=SECOND_FACTOR_DUE | THROTTLED,
)
def login(
    session: SessionDep, request: Request, form: Annotated[OAuth2PasswordRequestForm, Depends()]
) -> TokenResponse:
    return service.login(session, get_settings(), form.username, form.password, _client_address(request))


@auth_router.post(
    "/two-factor/verify",
    responses=THROTTLED,
    response_model=TokenResponse,
    summary="Log in, second step: a code or a recovery code for the challenge",
    description="Spends the challenge of a `second-factor-required` answer from POST /auth/token. "
    "A wrong code counts as a failed login (the same throttle as passwords).",
)
def verify_second_factor(session: SessionDep, request: Request, body: TwoFactorVerify) -> TokenResponse:
    settings = get_settings()
    user, keys = two_factor.verify(session, settings, body.challenge, body, _client_address(request))
    return service.complete_login(session, settings, user, keys)


@auth_router.post(
    "/two-factor/enrolment",
    responses=THROTTLED,
    response_model=TwoFactorEnrolment,
    summary="Log in with a required second factor not set up yet: a new TOTP secret",
    description="For the challenge of a `second-factor-enrolment-required` answer from POST "
    "/auth/token; it stays valid for the confirmation.",
)
def enrol_with_challenge(session: SessionDep, body: TwoFactorChallengeRequest) -> TwoFactorEnrolment:
    user, _ = two_factor.challenge_user(session, body.challenge, two_factor.Purpose.ENROL)
    return two_factor.start_enrolment(session, get_settings(), user)


@auth_router.post(
    "/two-factor/enrolment/confirm",
    responses=THROTTLED,
    response_model=TwoFactorEnrolled,
    summary="Confirm the new second factor with a code: recovery codes (shown once) and the tokens",
)
def confirm_with_challenge(
    session: SessionDep, request: Request, body: TwoFactorChallengeConfirm
) -> TwoFactorEnrolled:
    settings = get_settings()
    user, challenge = two_factor.challenge_user(session, body.challenge, two_factor.Purpose.ENROL)
    keys = throttle.LoginKeys.of(user.email, _client_address(request))
    codes = two_factor.confirm_enrolment(session, settings, None, user, body.code, keys)
    two_factor.spend_challenge(session, challenge)
    tokens = service.complete_login(session, settings, user, keys)
    return TwoFactorEnrolled(recovery_codes=codes, tokens=tokens)


@auth_router.post("/refresh", response_model=TokenResponse, summary="Swap a refresh token")
def refresh(session: SessionDep, body: RefreshRequest) -> TokenResponse:
    return service.refresh(session, get_settings(), body.refresh_token)


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Revoke a login")
def logout(session: SessionDep, body: RefreshRequest) -> Response:
    service.logout(session, body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@auth_router.post(
    "/set-password",
    response_model=SetPasswordResult,
    summary="Choose a password with a password link",
    description="Spends the link from POST /users/{userId}/password-links. It does not log in: the "
    "user then logs in as usual (with every factor their account asks for).",
)
def set_password(session: SessionDep, body: SetPasswordRequest) -> SetPasswordResult:
    user = service.set_password(session, body.token, body.password)
    return SetPasswordResult(email=user.email)


# --- users ----------------------------------------------------------------------------------


@users_router.get("/me", response_model=CurrentUserPublic, summary="The logged-in user and organisation")
def read_me(
    session: SessionDep, principal: Annotated[Principal, requires(Permission.PROFILE_READ)]
) -> CurrentUserPublic:
    if principal.user_id is None:
        raise NotFound("An API key has no user profile.")
    user = service.get_user(session, principal, principal.user_id)
    organisation = service.get_organisation(session, user.organisation_id)
    return CurrentUserPublic.model_validate(
        {
            **UserPublic.model_validate(user).model_dump(),
            "organisation": OrganisationPublic.model_validate(organisation),
        }
    )


def _me(session: SessionDep, principal: Principal) -> User:
    if principal.user_id is None:
        raise NotFound("An API key has no user profile.")
    return service.get_user(session, principal, principal.user_id)


def _my_keys(request: Request, user: User) -> throttle.LoginKeys:
    return throttle.LoginKeys.of(user.email, _client_address(request))


@users_router.get("/me/two-factor", response_model=TwoFactorState, summary="My two-factor login")
def read_my_two_factor(
    session: SessionDep, principal: Annotated[Principal, requires(Permission.PROFILE_READ)]
) -> TwoFactorState:
    return two_factor.state(session, get_settings(), _me(session, principal))


@users_router.post(
    "/me/two-factor/enrolment",
    responses=THROTTLED,
    response_model=TwoFactorEnrolment,
    summary="Set up two-factor login: a new TOTP secret, active once confirmed (asks the password)",
)
def enrol_my_two_factor(
    session: SessionDep,
    request: Request,
    body: TwoFactorEnrolRequest,
    principal: Annotated[Principal, requires(Permission.PROFILE_READ)],
) -> TwoFactorEnrolment:
    settings = get_settings()
    user = _me(session, principal)
    two_factor.check_password(session, settings, user, body.password, _my_keys(request, user))
    return two_factor.start_enrolment(session, settings, user)


@users_router.post(
    "/me/two-factor/enrolment/confirm",
    responses=THROTTLED,
    response_model=TwoFactorEnrolled,
    summary="Confirm the new second factor with a code: recovery codes (shown once)",
)
def confirm_my_two_factor(
    session: SessionDep,
    request: Request,
    body: TwoFactorConfirm,
    principal: Annotated[Principal, requires(Permission.PROFILE_READ)],
) -> TwoFactorEnrolled:
    user = _me(session, principal)
    codes = two_factor.confirm_enrolment(
        session, get_settings(), principal, user, body.code, _my_keys(request, user)
    )
    return TwoFactorEnrolled(recovery_codes=codes)


@users_router.post(
    "/me/two-factor/disable",
    responses=THROTTLED,
    status_code=204,
    summary="Switch two-factor login off (the password and a fresh second factor)",
    description="Refused (409 `two-factor-required`) while the role or organisation requires it.",
)
def disable_my_two_factor(
    session: SessionDep,
    request: Request,
    body: TwoFactorDisable,
    principal: Annotated[Principal, requires(Permission.PROFILE_READ)],
) -> Response:
    user = _me(session, principal)
    two_factor.disable(session, get_settings(), principal, user, body.password, body, _my_keys(request, user))
    return Response(status_code=204)


@users_router.post(
    "/me/two-factor/recovery-codes",
    responses=THROTTLED,
    response_model=RecoveryCodes,
    summary="New recovery codes (a fresh second factor; the old codes stop working)",
)
def regenerate_my_recovery_codes(
    session: SessionDep,
    request: Request,
    body: SecondFactor,
    principal: Annotated[Principal, requires(Permission.PROFILE_READ)],
) -> RecoveryCodes:
    user = _me(session, principal)
    codes = two_factor.regenerate_recovery_codes(
        session, get_settings(), principal, user, body, _my_keys(request, user)
    )
    return RecoveryCodes(recovery_codes=codes)


@users_router.get("", response_model=UserPage, summary="Users the caller may see")
def list_users(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.USERS_READ)],
    organisation_id: Annotated[uuid.UUID | None, Query(alias="organisationId")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Part of the name or e-mail address, any case.")
    ] = None,
) -> UserPage:
    rows, total = service.list_users(session, principal, page, organisation_id=organisation_id, q=q)
    return UserPage(items=[UserPublic.model_validate(r) for r in rows], total=total)


@users_router.post("", response_model=UserPublic, status_code=201, summary="Create a user")
def create_user(
    session: SessionDep,
    body: UserCreate,
    principal: Annotated[Principal, requires(Permission.USERS_WRITE)],
) -> UserPublic:
    return UserPublic.model_validate(service.create_user(session, principal, body))


@users_router.get("/{userId}", response_model=UserPublic, summary="One user")
def get_user(
    session: SessionDep,
    user_id: UserId,
    principal: Annotated[Principal, requires(Permission.USERS_READ)],
) -> UserPublic:
    return UserPublic.model_validate(service.get_user(session, principal, user_id))


@users_router.patch("/{userId}", response_model=UserPublic, summary="Change or deactivate a user")
def update_user(
    session: SessionDep,
    user_id: UserId,
    body: UserUpdate,
    principal: Annotated[Principal, requires(Permission.USERS_WRITE)],
) -> UserPublic:
    return UserPublic.model_validate(service.update_user(session, principal, user_id, body))


@users_router.post(
    "/{userId}/password-links",
    response_model=PasswordLinkCreated,
    status_code=201,
    summary="Invite a user, or reset their password (the link is shown once)",
    description="The user chooses their own password through the link (POST /auth/set-password), so "
    "no administrator knows it. Their current password, earlier links and logins stop working.",
)
def issue_password_link(
    session: SessionDep,
    user_id: UserId,
    principal: Annotated[Principal, requires(Permission.USERS_WRITE)],
) -> PasswordLinkCreated:
    link, token = service.issue_password_link(session, get_settings(), principal, user_id)
    return PasswordLinkCreated(token=token, path=f"/set-password#{token}", expires_at=link.expires_at)


@users_router.post(
    "/{userId}/two-factor/reset",
    response_model=UserPublic,
    summary="Clear a user's second factor (a lost phone); they are logged out and set it up again",
    description="For organisation administrators (their own organisation) and platform administrators "
    "(anyone; an administrator's only by them). Never one's own (403 `own-two-factor`).",
)
def reset_two_factor(
    session: SessionDep,
    user_id: UserId,
    principal: Annotated[Principal, requires(Permission.USERS_WRITE)],
) -> UserPublic:
    return UserPublic.model_validate(service.reset_two_factor(session, principal, user_id))


# --- organisations and their API keys -------------------------------------------------------


@organisations_router.get("", response_model=OrganisationPage, summary="Organisations")
def list_organisations(
    session: SessionDep,
    page: PageDep,
    _: Annotated[Principal, requires(Permission.ORGANISATIONS_READ)],
    kind: OrganisationKind | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name, any case.")] = None,
) -> OrganisationPage:
    rows, total = service.list_organisations(session, page, kind=kind, q=q)
    return OrganisationPage(items=[OrganisationPublic.model_validate(r) for r in rows], total=total)


@organisations_router.post(
    "", response_model=OrganisationPublic, status_code=201, summary="Register an organisation"
)
def create_organisation(
    session: SessionDep,
    body: OrganisationCreate,
    principal: Annotated[Principal, requires(Permission.ORGANISATIONS_WRITE)],
) -> OrganisationPublic:
    return OrganisationPublic.model_validate(service.create_organisation(session, principal, body))


@organisations_router.get("/{organisationId}", response_model=OrganisationPublic, summary="One organisation")
def get_organisation(
    session: SessionDep,
    organisation_id: OrganisationId,
    _: Annotated[Principal, requires(Permission.ORGANISATIONS_READ)],
) -> OrganisationPublic:
    return OrganisationPublic.model_validate(service.get_organisation(session, organisation_id))


@organisations_router.patch(
    "/{organisationId}", response_model=OrganisationPublic, summary="Change an organisation"
)
def update_organisation(
    session: SessionDep,
    organisation_id: OrganisationId,
    body: OrganisationUpdate,
    principal: Annotated[Principal, requires(Permission.ORGANISATIONS_WRITE)],
) -> OrganisationPublic:
    return OrganisationPublic.model_validate(
        service.update_organisation(session, principal, organisation_id, body)
    )


@organisations_router.put(
    "/{organisationId}/contact",
    response_model=OrganisationPublic,
    summary="Set how households reach the organisation",
    description="The contact shown on the status page of every household the organisation supports. "
    "For the organisation's own administrators and platform administrators; another organisation's "
    "is 404. The contact is replaced as a whole: a field left out is cleared, and with all fields "
    "empty the organisation has no contact.",
)
def set_organisation_contact(
    session: SessionDep,
    organisation_id: OrganisationId,
    body: OrganisationContact,
    principal: Annotated[Principal, requires(Permission.ORGANISATION_CONTACT_WRITE)],
) -> OrganisationPublic:
    return OrganisationPublic.model_validate(
        service.set_organisation_contact(session, principal, organisation_id, body)
    )


@organisations_router.get(
    "/{organisationId}/api-keys", response_model=ApiKeyPage, summary="The organisation's API keys"
)
def list_api_keys(
    session: SessionDep,
    organisation_id: OrganisationId,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.API_KEYS_READ)],
) -> ApiKeyPage:
    rows, total = service.list_api_keys(session, principal, organisation_id, page)
    return ApiKeyPage(items=[ApiKeyPublic.model_validate(r) for r in rows], total=total)


@organisations_router.get(
    "/{organisationId}/api-key-scopes",
    response_model=ApiKeyScopes,
    summary="The scopes the organisation's API keys may hold",
)
def list_api_key_scopes(
    session: SessionDep,
    organisation_id: OrganisationId,
    principal: Annotated[Principal, requires(Permission.API_KEYS_READ)],
) -> ApiKeyScopes:
    role, scopes = service.api_key_scopes(session, principal, organisation_id)
    return ApiKeyScopes(role=role, scopes=scopes)


@organisations_router.post(
    "/{organisationId}/api-keys",
    response_model=ApiKeyCreated,
    status_code=201,
    summary="Create an API key (the secret is shown once)",
)
def create_api_key(
    session: SessionDep,
    organisation_id: OrganisationId,
    body: ApiKeyCreate,
    principal: Annotated[Principal, requires(Permission.API_KEYS_WRITE)],
) -> ApiKeyCreated:
    api_key, secret = service.create_api_key(session, principal, organisation_id, body)
    return ApiKeyCreated.model_validate({**ApiKeyPublic.model_validate(api_key).model_dump(), "key": secret})


@organisations_router.delete(
    "/{organisationId}/api-keys/{apiKeyId}", status_code=204, summary="Revoke an API key"
)
def revoke_api_key(
    session: SessionDep,
    organisation_id: OrganisationId,
    api_key_id: ApiKeyId,
    principal: Annotated[Principal, requires(Permission.API_KEYS_WRITE)],
) -> Response:
    service.revoke_api_key(session, principal, organisation_id, api_key_id)
    return Response(status_code=204)
