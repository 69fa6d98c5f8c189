"""Finding a place by name or address, to fill an anchor's coordinates.

Offline, the municipality register answers (names and codes, with each municipality's centre).
When `place_search_pdok` is set, PDOK Locatieserver (the government's public geocoder) answers
addresses, streets, postcodes and towns as well; when it fails, is slow or answers nonsense, the
register answers instead and the result says so (`source`).
"""

import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

import httpx
from fastapi import Depends
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from api.core.config import Settings, get_settings
from api.core.models import Schema
from api.core.text_search import like_pattern, matches_text
from api.reference.models import Municipality

log = logging.getLogger(__name__)

# The Locatieserver types worth pointing at, and the fields we read.
PDOK_TYPES = "type:(gemeente OR woonplaats OR weg OR postcode OR adres)"
PDOK_FIELDS = "weergavenaam,type,centroide_ll,gemeentecode,gemeentenaam"
_POINT = re.compile(r"^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$", re.IGNORECASE)


class PlaceKind(StrEnum):
    MUNICIPALITY = "municipality"
    TOWN = "town"
    STREET = "street"
    POSTCODE = "postcode"
    ADDRESS = "address"


PDOK_KINDS = {
    "gemeente": PlaceKind.MUNICIPALITY,
    "woonplaats": PlaceKind.TOWN,
    "weg": PlaceKind.STREET,
    "postcode": PlaceKind.POSTCODE,
    "adres": PlaceKind.ADDRESS,
}


class PlaceSource(StrEnum):
    REGISTER = "register"
    PDOK = "pdok"


class PlaceFound(Schema):
    label: str
    kind: PlaceKind
    lat: float
    lon: float
    municipality_code: str | None
    municipality_name: str | None


class PlaceSearchResult(Schema):
    items: list[PlaceFound]
    source: PlaceSource
    address_search_failed: bool = False


@dataclass(frozen=True)
class PlaceSearcher:
    """The settings and the HTTP client a search uses (tests give a client with a mock transport)."""

    settings: Settings
    client: httpx.Client | None = None


def place_searcher() -> PlaceSearcher:
    return PlaceSearcher(get_settings())


PlaceSearcherDep = Annotated[PlaceSearcher, Depends(place_searcher)]


def search_register(session: Session, q: str, limit: int) -> list[PlaceFound]:
    """Municipalities whose name or code contains Q; names starting with it first."""
    starts = func.lower(Municipality.name).like(like_pattern(q)[1:], escape="\\")
    rows = session.exec(
        select(Municipality)
        .where(matches_text(q, Municipality.name, Municipality.code))
        .order_by(case((starts, 0), else_=1), col(Municipality.name))
        .limit(limit)
    ).all()
    return [
        PlaceFound(
            label=m.name,
            kind=PlaceKind.MUNICIPALITY,
            lat=m.lat,
            lon=m.lon,
            municipality_code=m.code,
            municipality_name=m.name,
        )
        for m in rows
    ]


def _point(value: object) -> tuple[float, float] | None:
    """(lat, lon) from a WKT `POINT(lon lat)`, or None."""
    match = _POINT.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    lon, lat = float(match.group(1)), float(match.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _pdok_place(doc: object) -> PlaceFound | None:
    if not isinstance(doc, dict):
        return None
    point = _point(doc.get("centroide_ll"))
    kind = PDOK_KINDS.get(str(doc.get("type")))
    label = doc.get("weergavenaam")
    if point is None or kind is None or not isinstance(label, str) or not label.strip():
        return None
    code = doc.get("gemeentecode")
    name = doc.get("gemeentenaam")
    return PlaceFound(
        label=label.strip()[:200],
        kind=kind,
        lat=point[0],
        lon=point[1],
        municipality_code=f"GM{code}" if isinstance(code, str) and re.fullmatch(r"\d{4}", code) else None,
        municipality_name=name.strip()[:120] if isinstance(name, str) and name.strip() else None,
    )


class PdokUnavailable(Exception):
    pass


def search_pdok(searcher: PlaceSearcher, q: str, limit: int) -> list[PlaceFound]:
    """Ask Locatieserver; raises PdokUnavailable on any failure (no answer, an error, bad JSON)."""
    params = {"q": q, "rows": str(limit), "fq": PDOK_TYPES, "fl": PDOK_FIELDS}
    timeout = searcher.settings.place_search_timeout_seconds
    try:
        if searcher.client is not None:
            response = searcher.client.get(
                searcher.settings.place_search_pdok_url, params=params, timeout=timeout
            )
        else:
            response = httpx.get(searcher.settings.place_search_pdok_url, params=params, timeout=timeout)
        response.raise_for_status()
        docs = response.json()["response"]["docs"]
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        raise PdokUnavailable(type(exc).__name__) from None
    if not isinstance(docs, list):
        raise PdokUnavailable("docs is not a list")
    return [place for place in map(_pdok_place, docs) if place is not None][:limit]


def _known_municipalities(session: Session, places: list[PlaceFound]) -> list[PlaceFound]:
    """PDOK's municipality codes only where the register knows them (a request's anchor refers to
    the register), with the register's name for them."""
    codes = {p.municipality_code for p in places if p.municipality_code}
    if not codes:
        return places
    known = select(Municipality.code, Municipality.name).where(col(Municipality.code).in_(codes))
    names: dict[str, str] = {code: name for code, name in session.exec(known)}
    found = []
    for place in places:
        name = names.get(place.municipality_code or "")
        update = {"municipality_name": name} if name else {"municipality_code": None}
        found.append(place.model_copy(update=update))
    return found


def search_places(session: Session, searcher: PlaceSearcher, q: str, limit: int) -> PlaceSearchResult:
    q = " ".join(q.split())
    if searcher.settings.place_search_pdok:
        try:
            found = _known_municipalities(session, search_pdok(searcher, q, limit))
            return PlaceSearchResult(items=found, source=PlaceSource.PDOK)
        except PdokUnavailable as exc:
            log.warning("PDOK Locatieserver unavailable (%s); answering from the register", exc)
            return PlaceSearchResult(
                items=search_register(session, q, limit),
                source=PlaceSource.REGISTER,
                address_search_failed=True,
            )
    return PlaceSearchResult(items=search_register(session, q, limit), source=PlaceSource.REGISTER)
