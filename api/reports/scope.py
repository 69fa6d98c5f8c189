"""What each role's reports cover: the same rows the caller may list elsewhere in the API, and for
a relocation desk with a working area, only the places in its safety regions.

Places follow the places and host-family services (desks and admins: all; a municipality: those in
its municipality; a partner: the locations it operates and the host families it manages); requests
follow the households' scope (api/households/access.py), which already narrows a regional desk to
the households of its regions. Aggregates only ever count rows in that scope, so a figure never
reveals a household or a place the caller could not list itself. A partner's occupancy and forecast
therefore count everyone living in the places it runs, as its own lists of those places do
(occupied beds), whichever organisation supports them.

A desk with a working area (Organisation.working_area, carried as Principal.safety_region_codes)
may still list and offer places anywhere, but plans for its regions: its occupancy, forecast and
location list count only the places there. Without a working area a desk's reports are national.
"""

from typing import Any

from sqlmodel import col, select

from api.core.authorization import Principal, Role
from api.hosts.models import HostFamily
from api.hosts.service import scope_host_families
from api.households.access import scope_households
from api.places.models import ShelterLocation
from api.places.service import scope_locations as scope_readable_locations
from api.reference.models import Municipality


def working_area(principal: Principal) -> frozenset[str] | None:
    """The safety regions a caller's reports are narrowed to; None: no narrowing."""
    return principal.safety_region_codes if principal.role == Role.DESK else None


def _in_working_area(query: Any, municipality_column: Any, principal: Principal) -> Any:
    regions = working_area(principal)
    if regions is None:
        return query
    municipalities = select(Municipality.code).where(
        col(Municipality.safety_region_code).in_(sorted(regions))
    )
    return query.where(col(municipality_column).in_(municipalities))


def scope_locations(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from ShelterLocation to the locations the caller reports on."""
    return _in_working_area(
        scope_readable_locations(query, principal), ShelterLocation.municipality_code, principal
    )


def scope_hosts(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from HostFamily to the host families the caller reports on."""
    return _in_working_area(scope_host_families(query, principal), HostFamily.municipality_code, principal)


def scope_requests(query: Any, principal: Principal) -> Any:
    """Restrict a query joined to Household to the households (and so requests) the caller may read."""
    return scope_households(query, principal)
