"""The exported OpenAPI document, shaped to the NL GOV API Design Rules.

FastAPI documents 422 validation errors as plain JSON; we answer every error as
application/problem+json, so the document says so, names the API-Version header on every
success, and lists the errors each operation can return.
"""

import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from api import __version__
from api.core.authorization import route_guards
from api.core.errors import ProblemDetails
from api.core.models import without_null

API_PREFIX = "/api/v1"
PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
ERROR_DESCRIPTIONS = {
    "400": "The request is malformed or fails validation.",
    "401": "Missing, invalid or expired credentials.",
    "403": "The caller's role may not do this.",
    "404": "Not found, or outside the caller's scope.",
    "409": "The change conflicts with the current state.",
    "413": "The request body is too large.",
    "422": "The request is well-formed but breaks a rule.",
    "429": "Too many requests; see Retry-After.",
    "500": "Unexpected error; quote the request id.",
    "503": "Temporarily unavailable; see Retry-After.",
}
WRITE_METHODS = {"post", "put", "patch", "delete"}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0},
    }
}
# Operations that throttle their callers declare it with `responses=THROTTLED` (route or router):
# the document then lists 429 with Retry-After for exactly those.
THROTTLED: dict[int | str, dict[str, Any]] = {429: {"description": ERROR_DESCRIPTIONS["429"]}}


def operation_id(route: APIRoute) -> str:
    """`{tag}-{name}` so that generated client methods read well."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def _error_codes(method: str, path: str, public: bool, has_body: bool, throttled: bool) -> list[str]:
    codes = ["400"]
    if not public:
        codes += ["401", "403"]
    elif method == "post":
        codes.append("401")  # credentials in the body (login, refresh) can be wrong
    if "{" in path or not public:
        codes.append("404")
    if method in WRITE_METHODS:
        codes += ["409", "422"]
    if has_body:
        codes.append("413")
    if throttled:
        codes.append("429")
    codes += ["500", "503"]
    return codes


def _rename_form_schemas(spec: dict[str, Any]) -> None:
    """FastAPI names form bodies `Body_{operationId}`; the design rules want PascalCase."""
    schemas = spec.get("components", {}).get("schemas", {})
    for old in [name for name in schemas if name.startswith("Body_")]:
        new = "".join(part.capitalize() for part in re.split(r"[-_]", old[5:])) + "Form"
        schemas[new] = schemas.pop(old)
        schemas[new]["title"] = new
        old_ref, new_ref = f"#/components/schemas/{old}", f"#/components/schemas/{new}"
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                for media in operation.get("requestBody", {}).get("content", {}).values():
                    if media.get("schema", {}).get("$ref") == old_ref:
                        media["schema"]["$ref"] = new_ref


def build_openapi(app: FastAPI, routes: Sequence[BaseRoute]) -> dict[str, Any]:
    """The spec of APP, its paths in the order of ROUTES."""
    public_paths = {
        (method.lower(), path) for (method, path), guard in route_guards(app).items() if guard is None
    }
    spec = get_openapi(
        title="Onderdak API",
        version=__version__,
        summary="Shelter and relocation for people who fled the war in Ukraine.",
        description=(
            "The public API of Onderdak: organisations and users, shelter places, host families, "
            "households and their relocation requests, offers and matching. Errors are RFC 9457 "
            "problem details; every response carries `API-Version`."
        ),
        routes=routes,
        tags=app.openapi_tags,
        contact={
            "name": "Onderdak maintainers",
            "email": "maintainers@onderdak.nl",
            "url": "https://onderdak.nl",
        },
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        servers=[{"url": API_PREFIX, "description": "This deployment"}],
    )
    _rename_form_schemas(spec)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    problem_schema = ProblemDetails.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, definition in problem_schema.pop("$defs", {}).items():
        schemas[name] = definition
    schemas["ProblemDetails"] = problem_schema
    version_header = {
        "API-Version": {
            "description": "The full version of the API that answered.",
            "schema": {"type": "string", "example": __version__},
        }
    }
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            throttled = "429" in responses
            for code, response in responses.items():
                if code[0] in "23":
                    response.setdefault("headers", {}).update(version_header)
            public = (method, path) in public_paths
            for code in _error_codes(method, path, public, "requestBody" in operation, throttled):
                # A route may say more about one of its errors (e.g. the login's second factor).
                described = responses.get(code, {}).get("description")
                responses[code] = {
                    "description": described or ERROR_DESCRIPTIONS[code],
                    "content": {"application/problem+json": {"schema": PROBLEM_REF}},
                }
                if code in ("429", "503"):
                    responses[code]["headers"] = RETRY_AFTER
            for parameter in operation.get("parameters", []):
                # A parameter left out is absent, never null: `anyOf [X, null]` says only X.
                without_null(parameter.get("schema", {}))
            if public:
                operation["security"] = []
    return spec
