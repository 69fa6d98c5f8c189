import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_page import AuditEventPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subject_type: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subjectType"] = subject_type

    params["subjectId"] = subject_id

    json_actor_user_id: str | Unset = UNSET
    if not isinstance(actor_user_id, Unset):
        json_actor_user_id = str(actor_user_id)
    params["actorUserId"] = json_actor_user_id

    json_actor_api_key_id: str | Unset = UNSET
    if not isinstance(actor_api_key_id, Unset):
        json_actor_api_key_id = str(actor_api_key_id)
    params["actorApiKeyId"] = json_actor_api_key_id

    params["action"] = action

    json_organisation_id: str | Unset = UNSET
    if not isinstance(organisation_id, Unset):
        json_organisation_id = str(organisation_id)
    params["organisationId"] = json_organisation_id

    json_occurred_from: str | Unset = UNSET
    if not isinstance(occurred_from, Unset):
        json_occurred_from = occurred_from.isoformat()
    params["occurredFrom"] = json_occurred_from

    json_occurred_before: str | Unset = UNSET
    if not isinstance(occurred_before, Unset):
        json_occurred_before = occurred_before.isoformat()
    params["occurredBefore"] = json_occurred_before

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ProblemDetails.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetails.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditEventPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subject_type: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[AuditEventPage | ProblemDetails]:
    """Who read or changed what

     A platform admin reads every event; an organisation's administrator reads the events of their own
    organisation's users and API keys only.

    Args:
        subject_type (str | Unset):
        subject_id (str | Unset):
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        action (str | Unset):
        organisation_id (UUID | Unset): The acting organisation.
        occurred_from (datetime.datetime | Unset): Events at or after this time (with its offset).
        occurred_before (datetime.datetime | Unset): Events before this time (with its offset).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id=subject_id,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        action=action,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_before=occurred_before,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subject_type: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> AuditEventPage | ProblemDetails | None:
    """Who read or changed what

     A platform admin reads every event; an organisation's administrator reads the events of their own
    organisation's users and API keys only.

    Args:
        subject_type (str | Unset):
        subject_id (str | Unset):
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        action (str | Unset):
        organisation_id (UUID | Unset): The acting organisation.
        occurred_from (datetime.datetime | Unset): Events at or after this time (with its offset).
        occurred_before (datetime.datetime | Unset): Events before this time (with its offset).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        subject_type=subject_type,
        subject_id=subject_id,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        action=action,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_before=occurred_before,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subject_type: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[AuditEventPage | ProblemDetails]:
    """Who read or changed what

     A platform admin reads every event; an organisation's administrator reads the events of their own
    organisation's users and API keys only.

    Args:
        subject_type (str | Unset):
        subject_id (str | Unset):
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        action (str | Unset):
        organisation_id (UUID | Unset): The acting organisation.
        occurred_from (datetime.datetime | Unset): Events at or after this time (with its offset).
        occurred_before (datetime.datetime | Unset): Events before this time (with its offset).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        subject_type=subject_type,
        subject_id=subject_id,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        action=action,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_before=occurred_before,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subject_type: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    actor_user_id: UUID | Unset = UNSET,
    actor_api_key_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> AuditEventPage | ProblemDetails | None:
    """Who read or changed what

     A platform admin reads every event; an organisation's administrator reads the events of their own
    organisation's users and API keys only.

    Args:
        subject_type (str | Unset):
        subject_id (str | Unset):
        actor_user_id (UUID | Unset):
        actor_api_key_id (UUID | Unset):
        action (str | Unset):
        organisation_id (UUID | Unset): The acting organisation.
        occurred_from (datetime.datetime | Unset): Events at or after this time (with its offset).
        occurred_before (datetime.datetime | Unset): Events before this time (with its offset).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            subject_type=subject_type,
            subject_id=subject_id,
            actor_user_id=actor_user_id,
            actor_api_key_id=actor_api_key_id,
            action=action,
            organisation_id=organisation_id,
            occurred_from=occurred_from,
            occurred_before=occurred_before,
            limit=limit,
            offset=offset,
        )
    ).parsed
