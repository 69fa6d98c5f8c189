from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.place_search_result import PlaceSearchResult
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/place-search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlaceSearchResult | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PlaceSearchResult.from_dict(response.json())

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
) -> Response[PlaceSearchResult | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,
) -> Response[PlaceSearchResult | ProblemDetails]:
    """Find a place by name or address, with its coordinates (to fill an anchor)

     The municipality register (names and codes, each with its centre) answers offline. Where the
    platform switches PDOK Locatieserver on (`ONDERDAK_PLACE_SEARCH_PDOK`), addresses, streets,
    postcodes and towns are found too, and the search text is sent to PDOK; when PDOK fails or is slow,
    the register answers and `addressSearchFailed` is true.

    Args:
        q (str): A name, address or postcode (two characters at least).
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlaceSearchResult | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,
) -> PlaceSearchResult | ProblemDetails | None:
    """Find a place by name or address, with its coordinates (to fill an anchor)

     The municipality register (names and codes, each with its centre) answers offline. Where the
    platform switches PDOK Locatieserver on (`ONDERDAK_PLACE_SEARCH_PDOK`), addresses, streets,
    postcodes and towns are found too, and the search text is sent to PDOK; when PDOK fails or is slow,
    the register answers and `addressSearchFailed` is true.

    Args:
        q (str): A name, address or postcode (two characters at least).
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceSearchResult | ProblemDetails
    """

    return sync_detailed(
        client=client,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,
) -> Response[PlaceSearchResult | ProblemDetails]:
    """Find a place by name or address, with its coordinates (to fill an anchor)

     The municipality register (names and codes, each with its centre) answers offline. Where the
    platform switches PDOK Locatieserver on (`ONDERDAK_PLACE_SEARCH_PDOK`), addresses, streets,
    postcodes and towns are found too, and the search text is sent to PDOK; when PDOK fails or is slow,
    the register answers and `addressSearchFailed` is true.

    Args:
        q (str): A name, address or postcode (two characters at least).
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlaceSearchResult | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    limit: int | Unset = 10,
) -> PlaceSearchResult | ProblemDetails | None:
    """Find a place by name or address, with its coordinates (to fill an anchor)

     The municipality register (names and codes, each with its centre) answers offline. Where the
    platform switches PDOK Locatieserver on (`ONDERDAK_PLACE_SEARCH_PDOK`), addresses, streets,
    postcodes and towns are found too, and the search text is sent to PDOK; when PDOK fails or is slow,
    the register answers and `addressSearchFailed` is true.

    Args:
        q (str): A name, address or postcode (two characters at least).
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlaceSearchResult | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            limit=limit,
        )
    ).parsed
