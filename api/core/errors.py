"""RFC 9457 problem details for every error the API returns."""

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path, get_route_path

from api.core.http_security import redact_path
from api.core.request_context import current_request_id

logger = logging.getLogger("onderdak")

PROBLEM_JSON = "application/problem+json"
PROBLEM_TYPE_BASE = "https://onderdak.nl/problems/"


class FieldError(BaseModel):
    field: str
    message: str


class ProblemDetails(BaseModel):
    """The body of every error response (RFC 9457); a problem type may add extension members."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    requestId: str | None = None  # noqa: N815 - wire name
    errors: list[FieldError] | None = None


class ProblemError(Exception):
    """Raised by services and routes; rendered as problem details."""

    status: int = 400
    code: str = "bad-request"
    # Security state written before the refusal (a counted failed login, a revoked token family)
    # must survive it: the request's session commits instead of rolling back.
    keep_changes: bool = False

    def __init__(
        self,
        detail: str,
        *,
        status: int | None = None,
        code: str | None = None,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.keep_changes = keep_changes
        self.extensions = extensions
        self.detail = detail
        self.status = status or self.status
        self.code = code or self.code
        self.errors = errors
        self.headers = headers


class NotFound(ProblemError):
    status = 404
    code = "not-found"


class Forbidden(ProblemError):
    status = 403
    code = "forbidden"


class Unauthorized(ProblemError):
    status = 401
    code = "unauthorized"

    def __init__(self, detail: str = "Authentication is required.", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Conflict(ProblemError):
    status = 409
    code = "conflict"


class Unprocessable(ProblemError):
    status = 422
    code = "unprocessable"


class TooManyRequests(ProblemError):
    status = 429
    code = "too-many-requests"


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    code: str | None = None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    body = ProblemDetails(
        type=PROBLEM_TYPE_BASE + code if code else "about:blank",
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=redact_path(request.url.path),
        requestId=current_request_id(),
        errors=errors,
        **(extensions or {}),
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def _field_path(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or str(loc[0] if loc else "request")


def _validation_message(error: dict[str, Any]) -> str:
    if error.get("type") == "extra_forbidden":
        return "unknown field"
    if error.get("type") == "json_invalid":
        return "the body is not valid JSON"
    return str(error.get("msg", "invalid value"))


def _documented_methods(request: Request) -> set[str] | None:
    """The methods the spec lists for the request's path, or None when no documented path matches.

    When several path templates match (`/users/me` and `/users/{userId}`), the spec's path for the
    request is the most literal one (fewest parameters).
    """
    path = get_route_path(request.scope)
    matching: dict[str, set[str]] = {}
    for route in iter_route_contexts(getattr(request.scope.get("app"), "routes", [])):
        if not route.path or not route.methods or not getattr(route, "include_in_schema", False):
            continue
        if compile_path(route.path)[0].match(path):
            matching.setdefault(route.path, set()).update(route.methods - {"HEAD"})
    if not matching:
        return None
    fewest = min(template.count("{") for template in matching)
    return {m for template, methods in matching.items() if template.count("{") == fewest for m in methods}


def _method_not_allowed(request: Request, methods: set[str]) -> JSONResponse:
    return problem_response(
        request,
        405,
        f"Method {request.method} is not allowed here.",
        code="method-not-allowed",
        headers={"Allow": ", ".join(sorted(methods))},
    )


async def handle_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    methods = _documented_methods(request)
    if methods is not None and request.method not in methods:
        # A literal path's method matched a parameterised path's route (PATCH /users/me reached
        # PATCH /users/{userId}): the spec's path for it has no such operation.
        return _method_not_allowed(request, methods)
    errors = [
        FieldError(
            field="body" if e.get("type") == "json_invalid" else _field_path(tuple(e.get("loc", ()))),
            message=_validation_message(e),
        )
        for e in exc.errors()
    ]
    return problem_response(
        request, 400, "The request is not valid; see errors.", code="invalid-input", errors=errors
    )


async def handle_problem(request: Request, exc: ProblemError) -> JSONResponse:
    return problem_response(
        request,
        exc.status,
        exc.detail,
        code=exc.code,
        errors=exc.errors,
        headers=exc.headers,
        extensions=exc.extensions,
    )


async def handle_http_exception(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).description
    if exc.status_code == 404 and detail == "Not Found":
        detail = "No resource exists at this address."
    if exc.status_code == 405:
        methods = _documented_methods(request)
        if methods:
            return _method_not_allowed(request, methods)
        detail = f"Method {request.method} is not allowed here."
    return problem_response(request, exc.status_code, detail, headers=exc.headers)


async def handle_integrity_error(request: Request, exc: IntegrityError) -> JSONResponse:
    logger.info("integrity error on %s: %s", request.url.path, exc.orig)
    return problem_response(
        request,
        409,
        "The change conflicts with existing data (a duplicate or a reference that does not exist).",
        code="conflict",
    )


async def handle_data_error(request: Request, exc: DataError) -> JSONResponse:
    """A value the database cannot hold (a NUL character, a number out of range): bad input."""
    logger.info("data error on %s: %s", request.url.path, exc.orig)
    return problem_response(
        request,
        400,
        "A value in the request cannot be stored (for example a NUL character or a number out of range).",
        code="invalid-value",
    )


async def handle_operational_error(request: Request, exc: OperationalError) -> JSONResponse:
    logger.warning("database busy on %s: %s", request.url.path, exc.orig)
    return problem_response(
        request,
        503,
        "The database is busy; try again shortly.",
        code="unavailable",
        headers={"Retry-After": "1"},
    )


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.error(
        "unexpected error (request %s) on %s %s",
        current_request_id(),
        request.method,
        request.url.path,
        exc_info=exc,
    )
    return problem_response(
        request,
        500,
        "Something went wrong on our side. Quote the request id when you report it.",
        code="internal-error",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, handle_validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(ProblemError, handle_problem)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)  # type: ignore[arg-type]
    app.add_exception_handler(IntegrityError, handle_integrity_error)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, handle_data_error)  # type: ignore[arg-type]
    app.add_exception_handler(OperationalError, handle_operational_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, handle_unexpected)
