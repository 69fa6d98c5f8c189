import csv
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.core.errors import NotFound
from api.core.pagination import PageParams, paginate
from api.core.text_search import matches_text
from api.reference.models import Municipality

DEMO_CSV = Path(__file__).parent / "data" / "municipalities.csv"
CSV_COLUMNS = ("code", "name", "province", "lat", "lon")


def list_municipalities(
    session: Session, page: PageParams, *, q: str | None, province: str | None
) -> tuple[list[Municipality], int]:
    query = select(Municipality)
    if q:
        query = query.where(matches_text(q, Municipality.name, Municipality.code))
    if province:
        query = query.where(func.lower(Municipality.province) == province.lower())
    return paginate(session, query.order_by(col(Municipality.name)), page)


def get_municipality(session: Session, code: str) -> Municipality:
    municipality = session.get(Municipality, code.upper())
    if municipality is None:
        raise NotFound(f"No municipality with code {code}.")
    return municipality


def read_csv(path: Path) -> list[Municipality]:
    """Read a CBS municipality list: columns code,name,province,lat,lon (header required)."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = set(CSV_COLUMNS) - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(sorted(missing))}")
        rows = []
        for line, row in enumerate(reader, start=2):
            code = row["code"].strip().upper()
            if not (len(code) == 6 and code.startswith("GM") and code[2:].isdigit()):
                raise ValueError(f"{path}:{line}: {code!r} is not a CBS code like GM0363")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: lat/lon must be numbers") from exc
            if not (50.5 <= lat <= 53.7 and 3.2 <= lon <= 7.3):
                raise ValueError(f"{path}:{line}: {lat},{lon} lies outside the Netherlands")
            rows.append(
                Municipality(
                    code=code, name=row["name"].strip(), province=row["province"].strip(), lat=lat, lon=lon
                )
            )
        return rows


def upsert_municipalities(session: Session, municipalities: Iterable[Municipality]) -> int:
    count = 0
    for municipality in municipalities:
        session.merge(municipality)
        count += 1
    return count
