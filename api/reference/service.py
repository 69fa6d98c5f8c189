import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.core.errors import NotFound
from api.core.pagination import PageParams, paginate
from api.core.text_search import matches_text
from api.reference.models import (
    Municipality,
    SafetyRegion,
    SafetyRegionMunicipality,
    SafetyRegionPublic,
)

DATA = Path(__file__).parent / "data"
# The CBS 2025 list, loaded by migration 0301 (see data/README.md for sources and licence).
MUNICIPALITIES_CSV = DATA / "municipalities.csv"
SAFETY_REGIONS_CSV = DATA / "safety_regions.csv"
DEMO_CSV = MUNICIPALITIES_CSV
CSV_COLUMNS = ("code", "name", "province", "lat", "lon")
REGION_COLUMN = "safety_region_code"


def in_municipality_named(text: str, code_column: Any) -> Any:
    """A condition: CODE_COLUMN holds the code of a municipality whose name contains TEXT."""
    return code_column.in_(select(Municipality.code).where(matches_text(text, Municipality.name)))


def list_municipalities(
    session: Session,
    page: PageParams,
    *,
    q: str | None,
    province: str | None,
    safety_region: str | None = None,
) -> tuple[list[Municipality], int]:
    query = select(Municipality)
    if q:
        query = query.where(matches_text(q, Municipality.name, Municipality.code))
    if province:
        query = query.where(func.lower(Municipality.province) == province.lower())
    if safety_region:
        query = query.where(Municipality.safety_region_code == safety_region.upper())
    return paginate(session, query.order_by(col(Municipality.name)), page)


def get_municipality(session: Session, code: str) -> Municipality:
    municipality = session.get(Municipality, code.upper())
    if municipality is None:
        raise NotFound(f"No municipality with code {code}.")
    return municipality


def list_safety_regions(session: Session, code: str | None = None) -> list[SafetyRegionPublic]:
    """Regions by code, each with its municipalities by name (two queries, however many regions)."""
    regions = select(SafetyRegion).order_by(col(SafetyRegion.code))
    members = select(Municipality.code, Municipality.name, Municipality.safety_region_code).order_by(
        col(Municipality.name)
    )
    if code is not None:
        regions = regions.where(SafetyRegion.code == code.upper())
        members = members.where(Municipality.safety_region_code == code.upper())
    by_region: dict[str, list[SafetyRegionMunicipality]] = {}
    for member_code, name, region_code in session.exec(members):
        by_region.setdefault(region_code, []).append(SafetyRegionMunicipality(code=member_code, name=name))
    return [
        SafetyRegionPublic(code=r.code, name=r.name, municipalities=by_region.get(r.code, []))
        for r in session.exec(regions)
    ]


def get_safety_region(session: Session, code: str) -> SafetyRegionPublic:
    found = list_safety_regions(session, code)
    if not found:
        raise NotFound(f"No safety region with code {code}.")
    return found[0]


def _rows(path: Path, required: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The CSV's rows with their line numbers; lines starting with # are comments."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        lines = [(n, line) for n, line in enumerate(handle, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    missing = set(required) - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}")
    for index, row in enumerate(reader, start=1):
        yield lines[index][0], row


def read_csv(path: Path) -> list[Municipality]:
    """Read a CBS municipality list: columns code,name,province,lat,lon and optionally
    safety_region_code (header required; lines starting with # are comments)."""
    rows = []
    for line, row in _rows(path, CSV_COLUMNS):
        code = row["code"].strip().upper()
        if not (len(code) == 6 and code.startswith("GM") and code[2:].isdigit()):
            raise ValueError(f"{path}:{line}: {code!r} is not a CBS code like GM0363")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise ValueError(f"{path}:{line}: lat/lon must be numbers") from exc
        if not (50.5 <= lat <= 53.7 and 3.2 <= lon <= 7.3):
            raise ValueError(f"{path}:{line}: {lat},{lon} lies outside the Netherlands")
        region = (row.get(REGION_COLUMN) or "").strip().upper() or None
        if region is not None and not (len(region) == 4 and region.startswith("VR") and region[2:].isdigit()):
            raise ValueError(f"{path}:{line}: {region!r} is not a safety region code like VR13")
        rows.append(
            Municipality(
                code=code,
                name=row["name"].strip(),
                province=row["province"].strip(),
                safety_region_code=region,
                lat=lat,
                lon=lon,
            )
        )
    return rows


def read_regions_csv(path: Path) -> list[SafetyRegion]:
    regions = []
    for line, row in _rows(path, ("code", "name")):
        code = row["code"].strip().upper()
        if not (len(code) == 4 and code.startswith("VR") and code[2:].isdigit()):
            raise ValueError(f"{path}:{line}: {code!r} is not a safety region code like VR13")
        regions.append(SafetyRegion(code=code, name=row["name"].strip()))
    return regions


def upsert_municipalities(session: Session, municipalities: Iterable[Municipality]) -> int:
    """Insert or update by code; a row without a safety region keeps the one it has.

    Raises ValueError for a safety region that does not exist."""
    known_regions = set(session.exec(select(SafetyRegion.code)).all())
    count = 0
    for municipality in municipalities:
        region = municipality.safety_region_code
        if region is not None and region not in known_regions:
            raise ValueError(f"{municipality.code}: no safety region {region}")
        existing = session.get(Municipality, municipality.code)
        if existing is None:
            session.add(municipality)
        else:
            existing.name, existing.province = municipality.name, municipality.province
            existing.lat, existing.lon = municipality.lat, municipality.lon
            if region is not None:
                existing.safety_region_code = region
        count += 1
    return count
