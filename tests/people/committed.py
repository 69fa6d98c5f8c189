"""Tests that need real commits: concurrent requests and jobs, each in its own transaction.

The usual `db` fixture wraps a test in one rolled-back transaction, which concurrent threads cannot
see (and on SQLite it holds the write lock). These tests commit for real, through the app's own
session, and `Committed.cleanup` deletes every row they created afterwards.
"""

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine, delete, or_, update
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.consents.models import Consent
from api.core.models import utcnow
from api.hosts.models import HostFamily, VettingReminder
from api.households.models import Household
from api.notifications.models import Notification
from api.offers.models import Offer
from api.operations.models import JobSchedule, WorkItem
from api.placements.models import Placement, PlacementEvent
from api.places.models import ShelterLocation, ShelterUnit
from api.referrals.models import Referral
from api.relocation.models import (
    RelocationAnchor,
    RelocationEvent,
    RelocationRequest,
    StatusLink,
    StatusLookupThrottle,
)


@dataclass
class Committed:
    engine: Engine
    started: datetime = field(default_factory=utcnow)
    locations: list[uuid.UUID] = field(default_factory=list)
    units: list[uuid.UUID] = field(default_factory=list)
    hosts: list[uuid.UUID] = field(default_factory=list)
    notifications: list[uuid.UUID] = field(default_factory=list)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def cleanup(self) -> None:
        with self.session() as session:
            households = list(
                session.exec(select(Household.id).where(col(Household.created_at) >= self.started))
            )
            requests = list(
                session.exec(
                    select(RelocationRequest.id).where(col(RelocationRequest.household_id).in_(households))
                )
            )
            offers = list(session.exec(select(Offer.id).where(col(Offer.household_id).in_(households))))
            placements = list(
                session.exec(select(Placement.id).where(col(Placement.household_id).in_(households)))
            )
            referrals = list(
                session.exec(select(Referral.id).where(col(Referral.household_id).in_(households)))
            )
            consents = list(session.exec(select(Consent.id).where(col(Consent.household_id).in_(households))))
            session.exec(delete(Referral).where(col(Referral.id).in_(referrals)))
            session.exec(delete(Consent).where(col(Consent.id).in_(consents)))
            session.exec(
                delete(Notification).where(
                    or_(
                        col(Notification.household_id).in_(households),
                        col(Notification.id).in_(self.notifications),
                    )
                )
            )
            session.exec(
                update(RelocationRequest)
                .where(col(RelocationRequest.id).in_(requests))
                .values(current_placement_id=None)
            )
            session.exec(delete(RelocationEvent).where(col(RelocationEvent.request_id).in_(requests)))
            session.exec(delete(Offer).where(col(Offer.id).in_(offers)))
            session.exec(delete(PlacementEvent).where(col(PlacementEvent.placement_id).in_(placements)))
            session.exec(delete(Placement).where(col(Placement.id).in_(placements)))
            session.exec(delete(RelocationAnchor).where(col(RelocationAnchor.request_id).in_(requests)))
            session.exec(delete(StatusLink).where(col(StatusLink.request_id).in_(requests)))
            session.exec(delete(RelocationRequest).where(col(RelocationRequest.id).in_(requests)))
            session.exec(delete(Household).where(col(Household.id).in_(households)))
            session.exec(delete(ShelterUnit).where(col(ShelterUnit.id).in_(self.units)))
            session.exec(delete(ShelterLocation).where(col(ShelterLocation.id).in_(self.locations)))
            session.exec(delete(VettingReminder).where(col(VettingReminder.host_family_id).in_(self.hosts)))
            session.exec(delete(HostFamily).where(col(HostFamily.id).in_(self.hosts)))
            # The worker's schedule and queue: a later test's worker starts from an empty schedule.
            session.exec(delete(JobSchedule))
            session.exec(delete(WorkItem).where(col(WorkItem.created_at) >= self.started))
            subjects = [
                str(i)
                for i in [
                    *households,
                    *requests,
                    *offers,
                    *placements,
                    *referrals,
                    *consents,
                    *self.units,
                    *self.locations,
                    *self.hosts,
                ]
            ]
            session.exec(delete(AuditEvent).where(col(AuditEvent.subject_id).in_(subjects)))
            # Status-page lookups count per client and minute: the next test starts from zero.
            window = self.started.replace(second=0, microsecond=0)
            session.exec(delete(StatusLookupThrottle).where(col(StatusLookupThrottle.window_start) >= window))
            session.commit()


@pytest.fixture
def committed(engine, world, app):  # type: ignore[no-untyped-def]
    """A tracker for a test that commits through the app's real sessions; cleaned up afterwards."""
    assert not app.state.api.dependency_overrides, "this test needs the app's real sessions"
    tracker = Committed(engine)
    yield tracker
    tracker.cleanup()


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads that start together (a barrier), and return their results."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], Any]) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = call()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if errors:
        raise errors[0]
    return results
