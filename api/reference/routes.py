from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.reference import place_search, service
from api.reference.models import MunicipalityPublic, SafetyRegionPublic
from api.reference.place_search import PlaceSearcherDep, PlaceSearchResult

router = APIRouter(prefix="/municipalities", tags=["municipalities"])
safety_regions_router = APIRouter(prefix="/safety-regions", tags=["safety-regions"])

SafetyRegionCode = Annotated[str, Path(pattern=r"^[Vv][Rr]\d{2}$")]


class MunicipalityPage(Page[MunicipalityPublic]):
    pass


class SafetyRegionPage(Page[SafetyRegionPublic]):
    pass


@router.get("", response_model=MunicipalityPage, summary="Municipalities (CBS codes)")
def list_municipalities(
    session: SessionDep,
    page: PageDep,
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
    q: Annotated[str | None, Query(max_length=100, description="Part of a name or code.")] = None,
    province: Annotated[str | None, Query(max_length=40)] = None,
    safety_region: Annotated[
        str | None,
        Query(alias="safetyRegion", pattern=r"^[Vv][Rr]\d{2}$", description="A safety region, e.g. VR13."),
    ] = None,
) -> MunicipalityPage:
    rows, total = service.list_municipalities(
        session, page, q=q, province=province, safety_region=safety_region
    )
    return MunicipalityPage(items=[MunicipalityPublic.model_validate(r) for r in rows], total=total)


@router.get("/{code}", response_model=MunicipalityPublic, summary="One municipality")
def get_municipality(
    session: SessionDep,
    code: Annotated[str, Path(pattern=r"^[Gg][Mm]\d{4}$")],
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
) -> MunicipalityPublic:
    return MunicipalityPublic.model_validate(service.get_municipality(session, code))


@safety_regions_router.get(
    "", response_model=SafetyRegionPage, summary="The 25 safety regions with their municipalities"
)
def list_safety_regions(
    session: SessionDep,
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
) -> SafetyRegionPage:
    regions = service.list_safety_regions(session)
    return SafetyRegionPage(items=regions, total=len(regions))


@safety_regions_router.get(
    "/{code}", response_model=SafetyRegionPublic, summary="One safety region with its municipalities"
)
def get_safety_region(
    session: SessionDep,
    code: SafetyRegionCode,
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
) -> SafetyRegionPublic:
    return service.get_safety_region(session, code)


place_search_router = APIRouter(prefix="/place-search", tags=["place-search"])


@place_search_router.get(
    "",
    response_model=PlaceSearchResult,
    summary="Find a place by name or address, with its coordinates (to fill an anchor)",
    description="The municipality register (names and codes, each with its centre) answers offline. "
    "Where the platform switches PDOK Locatieserver on (`ONDERDAK_PLACE_SEARCH_PDOK`), addresses, streets, "
    "postcodes and towns are found too, and the search text is sent to PDOK; when PDOK fails or is slow, "
    "the register answers and `addressSearchFailed` is true.",
)
def search_places(
    session: SessionDep,
    searcher: PlaceSearcherDep,
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
    q: Annotated[
        str,
        Query(
            min_length=2,
            max_length=100,
            pattern=r"\S.*\S",
            description="A name, address or postcode (two characters at least).",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=20)] = 10,
) -> PlaceSearchResult:
    return place_search.search_places(session, searcher, q, limit)
