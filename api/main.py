"""The application: the API under /api/v1 and the single-page app at /."""

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from starlette.routing import BaseRoute
from starlette.staticfiles import StaticFiles

from api import __version__
from api.audit.routes import router as audit_router
from api.closures.routes import router as closures_router
from api.consents.routes import router as consents_router
from api.core.authorization import public_route, route_guards
from api.core.config import Settings, get_settings
from api.core.errors import install_error_handlers, problem_response
from api.core.http_security import SecurityHeadersMiddleware, redact_access_log
from api.core.openapi import API_PREFIX, build_openapi, operation_id
from api.core.query import query_as_documented
from api.core.request_context import RequestContextMiddleware
from api.gdpr.routes import router as gdpr_router
from api.hosts.routes import router as host_families_router
from api.households.routes import router as households_router
from api.identity.routes import auth_router, organisations_router, users_router
from api.incidents.routes import router as incidents_router
from api.initiatives.routes import router as initiatives_router
from api.matching.routes import candidates_router, runs_router
from api.notifications.routes import dev_router, request_notifications_router
from api.offers.routes import request_offers_router
from api.offers.routes import router as offers_router
from api.operations.routes import router as operations_router
from api.placements.routes import router as placements_router
from api.places.routes import router as shelter_locations_router
from api.reference.map_routes import router as map_router
from api.reference.routes import place_search_router, safety_regions_router
from api.reference.routes import router as reference_router
from api.referrals.routes import router as referrals_router
from api.relocation.routes import router as requests_router
from api.relocation.status_routes import router as status_router
from api.reports.routes import router as reports_router
from api.webhooks.routes import router as webhooks_router

logger = logging.getLogger("onderdak")

health_router = APIRouter(tags=["health"], dependencies=[public_route])


@health_router.get("/health", summary="Liveness check")
def health() -> dict[str, str]:
    return {"status": "ok", "version": __version__}


OPENAPI_TAGS = [
    {"name": "auth", "description": "Logging in and out; access and refresh tokens."},
    {"name": "users", "description": "People who use Onderdak, with their role."},
    {
        "name": "organisations",
        "description": "Municipalities, relocation desks, partners, operators; API keys.",
    },
    {"name": "municipalities", "description": "Reference data: CBS municipality codes."},
    {"name": "safety-regions", "description": "Reference data: the 25 veiligheidsregio's."},
    {"name": "map-settings", "description": "The map background (tile source) the web app draws on."},
    {"name": "shelter-locations", "description": "Reception locations and their units; derived capacity."},
    {"name": "host-families", "description": "Private hosts: offer, availability window, vetting."},
    {"name": "citizen-initiatives", "description": "Citizen-started shelters and their permit pipeline."},
    {"name": "incidents", "description": "Safeguarding reports; an open one suspends its subject."},
    {"name": "households", "description": "Households that may have to move; restricted fields are audited."},
    {
        "name": "consents",
        "description": "A household's consent: which organisation may see it, for what, until when.",
    },
    {"name": "referrals", "description": "One organisation hands a household to another, with its consent."},
    {"name": "relocation-requests", "description": "Requests to move: status, timeline, anchors."},
    {"name": "offers", "description": "Proposed places and move dates; accepting holds the beds."},
    {"name": "placements", "description": "Households holding beds; moving out frees them."},
    {"name": "status", "description": "The household's own status page: no login, an unguessable link."},
    {"name": "matching", "description": "Ranked, explained candidates; batch assignment runs."},
    {"name": "reports", "description": "Occupancy, the relocation forecast, the request flow; CSV and XLSX."},
    {"name": "audit", "description": "Who read or changed what."},
    {
        "name": "operations",
        "description": "The worker's scheduled jobs and queues (platform administrators).",
    },
    {"name": "webhooks", "description": "Signed event deliveries (Standard Webhooks) to partners' systems."},
    {"name": "health", "description": "Service health."},
    {"name": "development", "description": "Development only: the local inbox of undelivered messages."},
]


# The API's routers in the order the spec documents their paths.
ROUTERS = (
    health_router,
    auth_router,
    users_router,
    organisations_router,
    reference_router,
    safety_regions_router,
    map_router,
    place_search_router,
    shelter_locations_router,
    closures_router,
    host_families_router,
    initiatives_router,
    incidents_router,
    households_router,
    consents_router,
    referrals_router,
    gdpr_router,
    requests_router,
    request_offers_router,
    request_notifications_router,
    offers_router,
    placements_router,
    status_router,
    candidates_router,
    runs_router,
    reports_router,
    audit_router,
    operations_router,
    dev_router,
    webhooks_router,
)
# A request is matched against the routers in turn, and a router's routes in turn: these routers,
# which answer the most frequent calls (a desk's pages of candidates), are matched first. Their
# paths overlap no other router's. The spec still lists every path in the order of ROUTERS.
MATCHED_FIRST = (candidates_router,)


def create_api(settings: Settings) -> FastAPI:
    api = FastAPI(
        title="Onderdak API",
        version=__version__,
        openapi_tags=OPENAPI_TAGS,
        generate_unique_id_function=operation_id,
        root_path_in_servers=False,
        docs_url="/docs",
        redoc_url=None,
        dependencies=[Depends(query_as_documented)],
    )
    api.state.settings = settings
    for router in sorted(ROUTERS, key=lambda router: router not in MATCHED_FIRST):
        api.include_router(router)
    route_guards(api)  # refuses to start when an operation declares no guard
    install_error_handlers(api)
    api.openapi = lambda: api.openapi_schema or _cache_openapi(api)  # type: ignore[method-assign]
    return api


def _cache_openapi(api: FastAPI) -> dict:
    documented = sorted(api.routes, key=_documented_position)
    api.openapi_schema = build_openapi(api, documented)
    return api.openapi_schema


def _documented_position(route: BaseRoute) -> int:
    """A route's place in the spec: an included router's position in ROUTERS (FastAPI's own
    routes, the docs, are not documented)."""
    router = getattr(route, "original_router", None)
    return ROUTERS.index(router) if router in ROUTERS else -1


def _spa(app: FastAPI, dist: Path) -> None:
    """Serve the built SPA; unknown non-API paths get index.html for client-side routing."""
    index = dist / "index.html"
    if (dist / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=dist / "assets"), name="assets")

    @app.get("/{path:path}", include_in_schema=False)
    def spa(path: str, request: Request):  # type: ignore[no-untyped-def]
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(dist.resolve()):
            return FileResponse(candidate)
        if path.startswith("api/") or "." in path.rsplit("/", 1)[-1]:
            # An API path, or a missing file (favicon.ico): not the app's client-side routes.
            return problem_response(request, 404, "No resource exists at this address.")
        if index.is_file():
            return FileResponse(index, headers={"Cache-Control": "no-cache"})
        return JSONResponse(
            {"detail": "The web app is not built; run `make run` or `npm --prefix frontend run build`."},
            status_code=503,
        )


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.api.openapi()  # built now, so that it is among the objects frozen
    _freeze_what_startup_made()
    yield


def _freeze_what_startup_made() -> None:
    """Puts what a started process holds (modules, routes, models, the spec: about 250,000 objects)
    out of the cyclic collector's reach. Otherwise every full collection walks them all again: a
    pause of about 200 ms every few dozen requests, which set the p95 of reports and candidates.
    Once per process (collected first, so no garbage is frozen); a later app, as in the tests, is
    collected as usual."""
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Onderdak", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_lifespan)
    api = create_api(settings)
    app.state.api = api
    install_error_handlers(app)
    app.mount(API_PREFIX, api)
    _spa(app, settings.frontend_dist)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "X-Api-Key", "X-Request-ID"],
            expose_headers=["API-Version", "X-Request-ID"],
        )
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware, settings=settings, api_prefix=API_PREFIX)
    redact_access_log()
    return app
