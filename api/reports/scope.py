"""What each role's reports cover: the same rows the caller may list elsewhere in the API.

Places follow the places and host-family services (desks and admins: all; a municipality: those in
its municipality; a partner: the locations it operates and the host families it manages); requests
follow the households' scope (api/households/access.py). Aggregates only ever count rows in that
scope, so a figure never reveals a household or a place the caller could not list itself. A
partner's occupancy and forecast therefore count everyone living in the places it runs, as its own
lists of those places do (occupied beds), whichever organisation supports them.
"""

from typing import Any

from api.core.authorization import Principal
from api.hosts.service import _scoped as _scope_hosts
from api.households.access import scope_households
from api.places.service import _scoped as _scope_locations


def scope_locations(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from ShelterLocation to the locations the caller may read."""
    return _scope_locations(query, principal)


def scope_hosts(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from HostFamily to the host families the caller may read."""
    return _scope_hosts(query, principal)


def scope_requests(query: Any, principal: Principal) -> Any:
    """Restrict a query joined to Household to the households (and so requests) the caller may read."""
    return scope_households(query, principal)
