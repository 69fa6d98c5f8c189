from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_status import DeliveryStatus
from ...models.problem_details import ProblemDetails
from ...models.webhook_delivery_page import WebhookDeliveryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: UUID,
    subscription_id: UUID,
    *,
    status: DeliveryStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations/{organisation_id}/webhook-subscriptions/{subscription_id}/deliveries".format(
            organisation_id=quote(str(organisation_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | WebhookDeliveryPage | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryPage.from_dict(response.json())

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
) -> Response[ProblemDetails | WebhookDeliveryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | WebhookDeliveryPage]:
    """The delivery log: status, last response code, attempt time and error

    Args:
        organisation_id (UUID):
        subscription_id (UUID):
        status (DeliveryStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        subscription_id=subscription_id,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | WebhookDeliveryPage | None:
    """The delivery log: status, last response code, attempt time and error

    Args:
        organisation_id (UUID):
        subscription_id (UUID):
        status (DeliveryStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookDeliveryPage
    """

    return sync_detailed(
        organisation_id=organisation_id,
        subscription_id=subscription_id,
        client=client,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    organisation_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | WebhookDeliveryPage]:
    """The delivery log: status, last response code, attempt time and error

    Args:
        organisation_id (UUID):
        subscription_id (UUID):
        status (DeliveryStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        subscription_id=subscription_id,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: UUID,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    status: DeliveryStatus | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | WebhookDeliveryPage | None:
    """The delivery log: status, last response code, attempt time and error

    Args:
        organisation_id (UUID):
        subscription_id (UUID):
        status (DeliveryStatus | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookDeliveryPage
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            subscription_id=subscription_id,
            client=client,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
