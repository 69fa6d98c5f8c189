"""Nearest-place search on lat/lon columns, index-ordered on PostgreSQL and plain SQL on SQLite.

Places lie in the Netherlands (the API refuses latitudes outside 50.5°–53.7°), where a degree of
longitude is about cos 52.1° ≈ 0.614 degree of latitude long. Scaling longitude by that one factor
makes the plane distance on (longitude × 0.614, latitude) a good measure of nearness (within a few
per cent of the true distance) that an index can hold: PostgreSQL keeps that point in a GiST index
and walks it nearest-first (`ORDER BY point <-> centre LIMIT n`), so finding the nearest places
reads only those places instead of every place in a bounding box. SQLite computes the same measure
(squared, which orders the same) on every row, which is fine at the embedded scale.
"""

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, Index, and_, func, literal_column
from sqlalchemy.sql.elements import ColumnElement

KM_PER_DEGREE = 111.2
# A literal, not a bound parameter: the planner uses the index only for the very expression it holds.
LONGITUDE_SCALE = literal_column("0.614")


def map_point(lat: Any, lon: Any) -> ColumnElement[Any]:
    """The point in the scaled plane, for columns (as indexed) or for a centre's coordinates."""
    return func.point(lon * LONGITUDE_SCALE, lat)


def position_index(name: str, lat_column: Any, lon_column: Any) -> Index:
    """The GiST index for nearest-first search; PostgreSQL only (SQLite has no such index)."""
    return Index(name, map_point(lat_column, lon_column), postgresql_using="gist").ddl_if(
        dialect="postgresql"
    )


def box_around(centre: tuple[float, float], radius_km: float) -> tuple[float, float, float, float]:
    """South, west, north and east edges of the box that holds the circle of RADIUS_KM around the centre."""
    lat, lon = centre
    delta_lat = radius_km / KM_PER_DEGREE
    delta_lon = radius_km / (KM_PER_DEGREE * max(0.2, math.cos(math.radians(lat))))
    return lat - delta_lat, lon - delta_lon, lat + delta_lat, lon + delta_lon


@dataclass(frozen=True)
class Nearness:
    """Distance and box predicates on one table's lat/lon columns, written for the session's database.

    Centres and boxes may be numbers or bound parameters (so that a statement can be built once)."""

    lat: Any
    lon: Any
    indexed: bool  # PostgreSQL: expressions its GiST position index answers

    def distance_to(self, lat: Any, lon: Any) -> ColumnElement[float]:
        """Orders places by their distance to the centre (nearest first); not in km."""
        if self.indexed:
            return map_point(self.lat, self.lon).op("<->", return_type=Float)(map_point(lat, lon))
        delta_lat, delta_lon = self.lat - lat, (self.lon - lon) * LONGITUDE_SCALE
        return delta_lat * delta_lat + delta_lon * delta_lon

    def in_box(self, south: Any, west: Any, north: Any, east: Any) -> ColumnElement[bool]:
        if self.indexed:
            corners = func.box(map_point(south, west), map_point(north, east))
            return map_point(self.lat, self.lon).bool_op("<@")(corners)
        return and_(self.lat.between(south, north), self.lon.between(west, east))
