"""Rows for tests, built with the ORM (importable from other test packages too).

`make_household` is what a test needs that holds beds with api.placements.service.hold_beds:
placement.household_id references household.id.
"""

import uuid
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from api.hosts.models import HostFamily
from api.households.models import Household
from api.placements.service import refresh_host_family, refresh_location, refresh_unit
from api.places.models import ShelterLocation, ShelterUnit


def make_household(session: Session, **overrides: Any) -> Household:
    values: dict[str, Any] = {
        "reference": "HH-" + uuid.uuid4().hex[:8].upper(),
        "adults": 1,
        "children": 0,
        "members": [],
        "languages": ["uk"],
        "preferred_language": "uk",
        "legal_status": "ukrainian_tpd",
    } | overrides
    household = Household(**values)
    session.add(household)
    session.flush()
    return household


def make_location(session: Session, **overrides: Any) -> ShelterLocation:
    values: dict[str, Any] = {
        "name": "Opvang De Linde",
        "kind": "small_scale",
        "municipality_code": "GM0344",
        "address": "Lindelaan 1, Utrecht",
        "lat": 52.09,
        "lon": 5.12,
        "status": "open",
        "visiting_rules": "daytime",
        "languages_spoken": ["nl", "uk"],
        "contact_name": "Els de Vries",
        "contact_phone": "+31 30 123 4567",
    } | overrides
    location = ShelterLocation(**values)
    session.add(location)
    session.flush()
    return location


def make_unit(session: Session, location: ShelterLocation, **overrides: Any) -> ShelterUnit:
    values: dict[str, Any] = {"name": "Kamer 1", "beds": 4, "max_households": 1} | overrides
    unit = ShelterUnit(location_id=location.id, **values)
    session.add(unit)
    session.flush()
    refresh_unit(session, unit)
    session.flush()
    refresh_location(session, location)
    session.flush()
    return unit


def make_host(session: Session, organisation_id: uuid.UUID, **overrides: Any) -> HostFamily:
    today = date.today()
    values: dict[str, Any] = {
        "display_name": "Familie Jansen",
        "municipality_code": "GM0344",
        "lat": 52.1,
        "lon": 5.1,
        "beds": 3,
        "languages": ["nl", "en"],
        "available_from": today - timedelta(days=10),
        "available_until": today + timedelta(days=150),
        "vetting_status": "vetted",
        "vog_checked_on": today - timedelta(days=30),
        "home_visit_on": today - timedelta(days=20),
        "vetting_expires_on": today + timedelta(days=300),
        "contact_name": "Joke Jansen",
        "contact_phone": "+31 6 1234 5678",
        "contact_email": "joke@example.org",
    } | overrides
    host = HostFamily(organisation_id=organisation_id, **values)
    session.add(host)
    session.flush()
    refresh_host_family(session, host)
    session.flush()
    return host
