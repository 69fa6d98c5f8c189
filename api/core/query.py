"""Query strings read as the spec documents them.

FastAPI reads a repeated scalar parameter (`?q=a&q=b`) as its last value, and Pydantic's lax
parsing takes `0` or `0.5` for a date or a timestamp (seconds since 1970). The spec says a single
value, an ISO 8601 date or date-time: anything else is refused here with a 400 problem naming the
parameter, for every operation at once (a dependency of the whole API).
"""

import re
import types
from datetime import date, datetime
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import AwareDatetime, FutureDate, NaiveDatetime, PastDate

from api.core.errors import FieldError, ProblemError

SEQUENCES = (list, set, frozenset, tuple)
PYDANTIC_KINDS = {AwareDatetime: datetime, NaiveDatetime: datetime, PastDate: date, FutureDate: date}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?")


def _kinds(annotation: Any) -> set[Any]:
    """The types a parameter's annotation allows, unwrapping Optional and unions."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kinds(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return {kind for arg in get_args(annotation) for kind in _kinds(arg)}
    kind = origin or annotation
    return {PYDANTIC_KINDS.get(kind, kind)}


def _problem(value: str, kinds: set[Any]) -> str | None:
    if datetime in kinds and not ISO_DATE_TIME.fullmatch(value) and not ISO_DATE.fullmatch(value):
        return "not an ISO 8601 date-time (for example 2026-03-01T09:00:00Z)"
    if date in kinds and datetime not in kinds and not ISO_DATE.fullmatch(value):
        return "not an ISO 8601 date (YYYY-MM-DD)"
    return None


def _query_parameters(dependant: Dependant) -> dict[str, set[Any]]:
    """Each query parameter of an operation (its own and its dependencies'), with its types."""
    found = {parameter.alias: _kinds(parameter.field_info.annotation) for parameter in dependant.query_params}
    for dependency in dependant.dependencies:
        found.update(_query_parameters(dependency))
    return found


def _single_value_parameters(app: Any, route: APIRoute) -> list[tuple[str, set[Any]]]:
    """The query parameters of ROUTE given as one value, with their types. They follow from the
    code, so they are worked out once per route and kept with the app that holds the route."""
    known: dict[int, list[tuple[str, set[Any]]]] | None = getattr(
        app.state, "single_value_query_parameters", None
    )
    if known is None:
        known = app.state.single_value_query_parameters = {}
    found = known.get(id(route))
    if found is None:
        found = known[id(route)] = [
            (name, kinds)
            for name, kinds in _query_parameters(route.dependant).items()
            if not kinds & set(SEQUENCES)
        ]
    return found


async def query_as_documented(request: Request) -> None:
    """Async: it reads only the request, so it runs on the event loop (a sync dependency costs a
    trip to the thread pool on every request)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    errors: list[FieldError] = []
    for name, kinds in _single_value_parameters(request.app, route):
        values = request.query_params.getlist(name)
        if len(values) > 1:
            errors.append(FieldError(field=name, message="give this parameter once"))
        elif values and (message := _problem(values[0], kinds)):
            errors.append(FieldError(field=name, message=message))
    if errors:
        raise ProblemError("The request is not valid; see errors.", code="invalid-input", errors=errors)
