from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.status_concern_create import StatusConcernCreate
from ...models.status_concern_received import StatusConcernReceived
from ...models.status_language import StatusLanguage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    body: StatusConcernCreate,
    lang: StatusLanguage | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/status/{token}/concerns".format(
            token=quote(str(token), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | StatusConcernReceived | None:
    if response.status_code == 201:
        response_201 = StatusConcernReceived.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

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
) -> Response[ProblemDetails | StatusConcernReceived]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatusConcernCreate,
    lang: StatusLanguage | Unset = UNSET,
) -> Response[ProblemDetails | StatusConcernReceived]:
    """Say that something is not right where the household lives (sent without its name)

     Files a safeguarding report on the household's current place, without a reporter; it suspends the
    place from matching until a reviewer decides. 409 `household-not-placed` before it has a place.

    Args:
        token (str): The status link's secret.
        lang (StatusLanguage | Unset):
        body (StatusConcernCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StatusConcernReceived]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatusConcernCreate,
    lang: StatusLanguage | Unset = UNSET,
) -> ProblemDetails | StatusConcernReceived | None:
    """Say that something is not right where the household lives (sent without its name)

     Files a safeguarding report on the household's current place, without a reporter; it suspends the
    place from matching until a reviewer decides. 409 `household-not-placed` before it has a place.

    Args:
        token (str): The status link's secret.
        lang (StatusLanguage | Unset):
        body (StatusConcernCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StatusConcernReceived
    """

    return sync_detailed(
        token=token,
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatusConcernCreate,
    lang: StatusLanguage | Unset = UNSET,
) -> Response[ProblemDetails | StatusConcernReceived]:
    """Say that something is not right where the household lives (sent without its name)

     Files a safeguarding report on the household's current place, without a reporter; it suspends the
    place from matching until a reviewer decides. 409 `household-not-placed` before it has a place.

    Args:
        token (str): The status link's secret.
        lang (StatusLanguage | Unset):
        body (StatusConcernCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | StatusConcernReceived]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: StatusConcernCreate,
    lang: StatusLanguage | Unset = UNSET,
) -> ProblemDetails | StatusConcernReceived | None:
    """Say that something is not right where the household lives (sent without its name)

     Files a safeguarding report on the household's current place, without a reporter; it suspends the
    place from matching until a reviewer decides. 409 `household-not-placed` before it has a place.

    Args:
        token (str): The status link's secret.
        lang (StatusLanguage | Unset):
        body (StatusConcernCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | StatusConcernReceived
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
