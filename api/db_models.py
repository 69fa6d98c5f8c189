"""Every table, imported in one place so that Alembic and the tests see the whole schema."""

from api.audit.models import AuditEvent
from api.hosts.models import HostFamily
from api.identity.models import ApiKey, LoginThrottle, Organisation, RefreshToken, User
from api.incidents.models import Incident
from api.initiatives.models import CitizenInitiative, InitiativeStageEvent
from api.placements.models import Placement
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality

__all__ = [
    "ApiKey",
    "AuditEvent",
    "CitizenInitiative",
    "HostFamily",
    "Incident",
    "InitiativeStageEvent",
    "Placement",
    "ShelterLocation",
    "ShelterUnit",
    "LoginThrottle",
    "Municipality",
    "Organisation",
    "RefreshToken",
    "User",
]
