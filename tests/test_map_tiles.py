"""The web app's map background (#10): PDOK's BRT-Achtergrondkaart unless configured otherwise, and
the Content-Security-Policy lets images come from exactly that tile origin."""

import pytest
from fastapi.testclient import TestClient

from api.core.config import PDOK_BRT_TILES, Settings
from api.main import create_app


def directives(client: TestClient) -> dict[str, str]:
    policy = client.get("/households").headers["Content-Security-Policy"]
    return dict(d.strip().split(" ", 1) for d in policy.split(";"))


def test_by_default_the_map_draws_on_pdoks_brt_achtergrondkaart(client: TestClient) -> None:
    settings = client.get("/api/v1/map-settings")
    assert settings.status_code == 200
    assert settings.json() == {"tileUrl": PDOK_BRT_TILES, "attribution": "Kaartgegevens © Kadaster"}
    assert PDOK_BRT_TILES.startswith(
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/"
    )
    assert directives(client)["img-src"] == "'self' data: blob: https://service.pdok.nl"


def test_another_tile_source_is_the_only_other_image_origin() -> None:
    tiles = "http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png"
    settings = Settings(map_tile_url=f" {tiles} ", map_tile_attribution="© Gemeente Utrecht")
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/v1/map-settings").json() == {
            "tileUrl": tiles,
            "attribution": "© Gemeente Utrecht",
        }
        images = directives(client)["img-src"].split()
    assert images == ["'self'", "data:", "blob:", "http://127.0.0.1:8081"]
    assert not any("*" in source or "pdok" in source for source in images)


def test_without_a_tile_source_the_map_has_no_background_and_images_are_only_the_apps() -> None:
    with TestClient(create_app(Settings(map_tile_url=""))) as client:
        assert client.get("/api/v1/map-settings").json() == {"tileUrl": None, "attribution": ""}
        assert directives(client)["img-src"] == "'self' data: blob:"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://tiles.example.nl/{z}/{x}/{y}.png",
        "https://{s}.tile.example.nl/{z}/{x}/{y}.png",  # a host per subdomain: no single origin
        "https://*.example.nl/{z}/{x}/{y}.png",
        "https://tiles.example.nl/{z}/{x}.png",
        "tiles.example.nl/{z}/{x}/{y}.png",
        "https://tiles.example.nl; script-src *;/{z}/{x}/{y}.png",
        "https://tiles.example.nl;script-src/{z}/{x}/{y}.png",
        "https://user@tiles.example.nl/{z}/{x}/{y}.png",
    ],
)
def test_a_tile_source_that_names_no_single_origin_refuses_to_start(url: str) -> None:
    with pytest.raises(ValueError, match="ONDERDAK_MAP_TILE_URL"):
        Settings(map_tile_url=url)
