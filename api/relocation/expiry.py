"""Opening relocation requests before stays end: host stays and closing units and locations.

The daily job looks at the households that live somewhere (checked in, not checked out) and
follows each placement's planned end: at a host family at most six months on unless a desk
extended it; in a shelter unit the day the unit or its location closes. Closing a place opens the
requests at once (api.places.closing), through the same function.

Each expiry request is opened at most once: its `trigger_key` (placement and end date) is unique
and inserted with ON CONFLICT DO NOTHING, so two processes running the job cannot both open it.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.models import utcnow
from api.hosts.models import HostFamily
from api.households.service import lock_household
from api.notifications import service as notifications
from api.notifications.models import NotificationKind
from api.placements.models import Placement, PlacementStatus
from api.places.models import ShelterLocation, ShelterUnit
from api.relocation.models import (
    AnchorKind,
    EventKind,
    RelocationAnchor,
    RelocationRequest,
    RequestReason,
    RequestStatus,
    Urgency,
)
from api.relocation.service import open_request_of
from api.relocation.workflow import SYSTEM, add_event, next_step_for


@dataclass(frozen=True)
class Ending:
    """An active placement whose place ends: the household must move by `ends_on`."""

    placement: Placement
    reason: RequestReason
    ends_on: date
    lat: float
    lon: float
    municipality_code: str

    @property
    def trigger_key(self) -> str:
        return f"{self.reason.value}:{self.placement.id}:{self.ends_on.isoformat()}"


def endings(session: Session, horizon: date) -> list[Ending]:
    """Stays of households living somewhere that are planned to end by the horizon."""
    living = (Placement.status == PlacementStatus.ACTIVE.value) & col(Placement.arrived_on).is_not(None)
    host_end = func.coalesce(Placement.planned_end_on, HostFamily.available_until)
    found = [
        Ending(placement, RequestReason.HOST_STAY_ENDING, ends_on, host.lat, host.lon, host.municipality_code)
        for placement, host, ends_on in session.exec(
            select(Placement, HostFamily, host_end)
            .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
            .where(living, host_end <= horizon)
        ).all()
    ]
    found += [
        unit_ending(placement, unit, location)
        for placement, unit, location in session.exec(
            select(Placement, ShelterUnit, ShelterLocation)
            .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
            .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
            .where(
                living,
                or_(
                    col(Placement.planned_end_on) <= horizon,
                    col(ShelterUnit.closes_on) <= horizon,
                    col(ShelterLocation.closes_on) <= horizon,
                ),
            )
        ).all()
    ]
    return sorted(found, key=lambda e: (e.ends_on, str(e.placement.id)))


def unit_ending(placement: Placement, unit: ShelterUnit, location: ShelterLocation) -> Ending:
    """A stay in a shelter unit ends when the unit or its location closes, whichever is first."""
    ends_on = min(d for d in (placement.planned_end_on, unit.closes_on, location.closes_on) if d is not None)
    return closing_ending(placement, location, ends_on)


def closing_ending(placement: Placement, location: ShelterLocation, ends_on: date) -> Ending:
    """The household in a unit of LOCATION must move by ENDS_ON, when its unit or location closes."""
    return Ending(
        placement,
        RequestReason.LOCATION_CLOSING,
        ends_on,
        location.lat,
        location.lon,
        location.municipality_code,
    )


def _urgency(days_left: int, settings: Settings) -> Urgency:
    if days_left <= settings.min_notice_days:
        return Urgency.EMERGENCY
    if days_left <= 2 * settings.min_notice_days:
        return Urgency.HIGH
    return Urgency.NORMAL


def open_request_for(
    session: Session, settings: Settings, ending: Ending, today: date, *, by: Principal | None = None
) -> RelocationRequest | None:
    """Open the relocation request for one ending, unless there is one already.

    BY is who closed the place, when that opened it; the daily job opens requests as the system."""
    if session.exec(
        select(RelocationRequest.id).where(RelocationRequest.trigger_key == ending.trigger_key)
    ).first():
        return None
    household = lock_household(session, ending.placement.household_id)
    if household.erased_at is not None or open_request_of(session, household.id) is not None:
        return None  # someone is on it already; checked again tomorrow if that request ends
    now = utcnow()
    must_move_by = max(ending.ends_on, today)
    request_id = uuid.uuid4()
    table = RelocationRequest.__table__  # type: ignore[attr-defined]
    inserted = session.execute(
        upsert_insert(session, table)
        .values(
            id=request_id,
            household_id=household.id,
            reason=ending.reason.value,
            urgency=_urgency((ending.ends_on - today).days, settings).value,
            must_move_by=must_move_by,
            status=RequestStatus.SUBMITTED.value,
            preferred_municipalities=[],
            current_placement_id=ending.placement.id,
            trigger_key=ending.trigger_key,
            created_at=now,
            updated_at=now,
            status_changed_at=now,
        )
        .on_conflict_do_nothing(index_elements=["trigger_key"])
        .returning(table.c.id)
    ).first()
    if inserted is None:
        return None  # another process opened it a moment ago
    request = session.get(RelocationRequest, request_id)
    assert request is not None
    step, due = next_step_for(request, settings, today)
    request.next_step, request.next_step_due = (step.value if step else None), due
    session.add(request)
    session.add(
        RelocationAnchor(
            request_id=request.id,
            kind=AnchorKind.CURRENT_HOME.value,
            lat=ending.lat,
            lon=ending.lon,
            municipality_code=ending.municipality_code,
        )
    )
    add_event(session, request, SYSTEM, EventKind.CREATED, from_status=None)
    notifications.enqueue(session, NotificationKind.EXPIRY_WARNING, request, household)
    record(
        session,
        by,
        "create",
        "relocation_request",
        request.id,
        {"by": "closing" if by else "daily-job", "trigger": ending.trigger_key},
        organisation_id=household.supporting_organisation_id,
    )
    return request


def open_expiry_requests(session: Session, settings: Settings, today: date) -> dict[str, Any]:
    horizon = today + timedelta(days=settings.host_stay_lead_days)
    opened = [r for e in endings(session, horizon) if (r := open_request_for(session, settings, e, today))]
    return {"opened": len(opened), "requestIds": [str(r.id) for r in opened]}
