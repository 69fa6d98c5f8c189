"""What the web app draws its maps on: the tile source is the server's setting, so that the
Content-Security-Policy and the map always name the same origin (and a deployment changes it
without rebuilding the app)."""

from fastapi import APIRouter, Request
from pydantic import Field

from api.core.authorization import public_route
from api.core.config import Settings
from api.core.models import Schema

router = APIRouter(prefix="/map-settings", tags=["map-settings"], dependencies=[public_route])


class MapSettings(Schema):
    tile_url: str | None = Field(
        description="An XYZ tile URL template with {z}, {x} and {y}; null: no background (a plain grid)."
    )
    attribution: str = Field(description="Whose map the tiles are, shown on the map.")


@router.get("", response_model=MapSettings, summary="The map background the web app uses")
def get_map_settings(request: Request) -> MapSettings:
    settings: Settings = request.app.state.settings
    return MapSettings(
        tile_url=settings.map_tile_url or None,
        attribution=settings.map_tile_attribution if settings.map_tile_url else "",
    )
