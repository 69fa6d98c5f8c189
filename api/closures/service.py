"""Closing a shelter location or one of its units, so that nobody silently drops out.

Closing sets the closing date and answers with everyone who lives there or is about to arrive.
For each resident it opens a relocation request with the closing date as its deadline (through
api.relocation.expiry, idempotent by trigger key, so the daily job never opens a second one), or
brings the deadline of the household's open request forward. A move planned into the place that
would leave less than the minimum stay before it closes falls through: that request returns to
matching. A dry run answers the same without changing anything, so a caller can ask first.

Locks: the requests of households about to arrive first, then the location and its units (the
order every booking uses), so closing and accepting an offer cannot deadlock.
"""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, col, select

from api.audit.service import record
from api.closures.models import ClosingAction, ClosingCreate, ClosingHousehold, ClosingReport
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Unprocessable
from api.households.models import Household
from api.placements import service as placements
from api.placements.models import Placement, PlacementStatus
from api.places import service as places
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.relocation.expiry import closing_ending, open_request_for
from api.relocation.models import RelocationRequest, RequestStatus
from api.relocation.service import bring_deadline_forward, change_status, lock_request, open_request_of
from api.relocation.workflow import Actor


def close_location(
    session: Session,
    principal: Principal,
    location_id: uuid.UUID,
    data: ClosingCreate,
    settings: Settings,
    today: date,
) -> ClosingReport:
    location = places.get_location(session, principal, location_id)
    places.check_may_edit(principal)
    if location.opens_on and data.closes_on < location.opens_on:
        raise Unprocessable("closesOn lies before opensOn.", code="invalid-dates")
    unit_ids = list(session.exec(select(ShelterUnit.id).where(ShelterUnit.location_id == location_id)).all())
    return _close(session, principal, location_id, unit_ids, None, data, settings, today)


def close_unit(
    session: Session,
    principal: Principal,
    location_id: uuid.UUID,
    unit_id: uuid.UUID,
    data: ClosingCreate,
    settings: Settings,
    today: date,
) -> ClosingReport:
    places.get_unit(session, principal, location_id, unit_id)
    places.check_may_edit(principal)
    return _close(session, principal, location_id, [unit_id], unit_id, data, settings, today)


def _close(
    session: Session,
    principal: Principal,
    location_id: uuid.UUID,
    unit_ids: list[uuid.UUID],
    closing_unit_id: uuid.UUID | None,
    data: ClosingCreate,
    settings: Settings,
    today: date,
) -> ClosingReport:
    if data.closes_on < today:
        raise Unprocessable("closesOn lies in the past.", code="date-in-past")
    arriving = placements.active_in_units(session, unit_ids)
    for request_id in sorted({p.relocation_request_id for p in arriving if p.relocation_request_id}):
        lock_request(session, request_id)
    location = placements.lock_location(session, location_id)
    units = {unit_id: lock_row(session, ShelterUnit, unit_id) for unit_id in unit_ids}
    active = placements.active_in_units(session, unit_ids)  # again, under the locks
    if not data.dry_run:
        if closing_unit_id is None:
            location.closes_on = data.closes_on
            session.add(location)
        else:
            unit = units[closing_unit_id]
            assert unit is not None
            unit.closes_on = data.closes_on
            session.add(unit)
    references = dict(
        session.exec(
            select(Household.id, Household.reference).where(
                col(Household.id).in_({p.household_id for p in active})
            )
        ).all()
    )
    closing = _Closing(session, principal, location, data, settings, today)
    households = []
    for placement in active:
        unit = units[placement.shelter_unit_id]
        assert unit is not None
        # The other closing date that may come first: the location's for a unit, the unit's for a location.
        other = location.closes_on if closing_unit_id else unit.closes_on
        ends_on = min(data.closes_on, other) if other else data.closes_on
        action, request = (
            closing.resident(placement, unit, ends_on)
            if placement.arrived_on is not None
            else closing.arriving(placement, unit, ends_on)
        )
        households.append(
            ClosingHousehold(
                placement_id=placement.id,
                household_id=placement.household_id,
                household_reference=references[placement.household_id],
                unit_id=unit.id,
                unit_name=unit.name,
                beds=placement.beds,
                resident=placement.arrived_on is not None,
                move_on=placement.starts_on,
                arrived_on=placement.arrived_on,
                action=action,
                relocation_request_id=request.id if request else None,
                must_move_by=_deadline(action, request, ends_on),
            )
        )
    staying = sum(
        h.action not in (ClosingAction.MOVE_CANCELLED, ClosingAction.WOULD_CANCEL_MOVE) for h in households
    )
    empty_now = staying == 0 and data.closes_on <= today
    if closing_unit_id is None:
        status = (LocationStatus.CLOSED if empty_now else LocationStatus.CLOSING).value
    else:
        status = (UnitStatus.CLOSED if empty_now else UnitStatus.BLOCKED).value
    if not data.dry_run:
        _set_status(session, location, units.get(closing_unit_id) if closing_unit_id else None, status)
        record(
            session,
            principal,
            "close",
            "shelter_unit" if closing_unit_id else "shelter_location",
            closing_unit_id or location.id,
            {
                "closesOn": data.closes_on.isoformat(),
                "households": len(households),
                "opened": sum(h.action == ClosingAction.OPENED for h in households),
            },
        )
    return ClosingReport(
        location_id=location.id,
        unit_id=closing_unit_id,
        closes_on=data.closes_on,
        status=status,
        dry_run=data.dry_run,
        households=households,
    )


def _deadline(action: ClosingAction, request: RelocationRequest | None, ends_on: date) -> date | None:
    if action in (ClosingAction.WOULD_OPEN, ClosingAction.MOVE_KEPT):
        return ends_on
    if action == ClosingAction.EXISTING and request is not None:
        return min(request.must_move_by, ends_on)
    return request.must_move_by if request else None


def _set_status(session: Session, location: ShelterLocation, unit: ShelterUnit | None, status: str) -> None:
    if unit is None:
        location.status = status
        session.add(location)
    else:
        unit.status = status
        session.add(unit)
    session.flush()
    placements.refresh_location(session, location)


class _Closing:
    """What closing does for each household, or (in a dry run) would do."""

    def __init__(
        self,
        session: Session,
        principal: Principal,
        location: ShelterLocation,
        data: ClosingCreate,
        settings: Settings,
        today: date,
    ) -> None:
        self.session, self.principal, self.location = session, principal, location
        self.dry_run, self.settings, self.today = data.dry_run, settings, today

    def resident(
        self, placement: Placement, unit: ShelterUnit, ends_on: date
    ) -> tuple[ClosingAction, RelocationRequest | None]:
        location = self.location
        ending = closing_ending(placement, location, ends_on)
        if not self.dry_run:
            placements.follow_closing(self.session, self.principal, placement, unit, location)
            opened = open_request_for(self.session, self.settings, ending, self.today, by=self.principal)
            if opened is not None:
                return ClosingAction.OPENED, opened
        existing = open_request_of(self.session, placement.household_id)
        if existing is not None:
            if not self.dry_run:
                bring_deadline_forward(
                    self.session,
                    self.principal,
                    existing,
                    ends_on,
                    self.settings,
                    self.today,
                    f"The household's place closes on {ends_on}.",
                )
            return ClosingAction.EXISTING, existing
        earlier = self.session.exec(
            select(RelocationRequest).where(RelocationRequest.trigger_key == ending.trigger_key)
        ).first()
        if earlier is not None:
            return ClosingAction.ALREADY_HANDLED, earlier
        return ClosingAction.WOULD_OPEN, None

    def arriving(
        self, placement: Placement, unit: ShelterUnit, ends_on: date
    ) -> tuple[ClosingAction, RelocationRequest | None]:
        request = (
            self.session.get(RelocationRequest, placement.relocation_request_id)
            if placement.relocation_request_id
            else None
        )
        if placement.starts_on + timedelta(days=self.settings.matching_min_stay_days) <= ends_on:
            if not self.dry_run:
                placements.follow_closing(self.session, self.principal, placement, unit, self.location)
            return ClosingAction.MOVE_KEPT, request
        if self.dry_run:
            return ClosingAction.WOULD_CANCEL_MOVE, request
        note = f"The place closes on {ends_on}, too soon after the planned move on {placement.starts_on}."
        if request is not None and request.status == RequestStatus.ACCEPTED.value:
            change_status(
                self.session,
                request,
                RequestStatus.MATCHING,
                Actor.of(self.principal),
                self.settings,
                self.today,
                note,
            )
        else:
            placements.leave(self.session, self.principal, placement, self.today, self.today)
        assert placement.status == PlacementStatus.CANCELLED.value
        return ClosingAction.MOVE_CANCELLED, request
