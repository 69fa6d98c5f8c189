"""Each scheduled job through the worker: what it does, that it runs once, and when it runs next."""

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.core.models import utcnow
from api.hosts.models import HostFamily, VettingReminder
from api.hosts.reminders import VETTING_EXPIRY_KIND
from api.identity.models import OrganisationKind
from api.notifications.models import Notification
from api.offers.models import Offer
from api.operations.jobs import JOBS, JOBS_BY_NAME
from api.operations.models import JobSchedule
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from api.relocation.models import EventKind, RelocationEvent, RelocationRequest
from tests.conftest import APP, bearer
from tests.people.conftest import TODAY
from tests.people.factories import make_host, make_household
from tests.people.test_concurrency import _offered_single


def _schedule(committed) -> dict[str, JobSchedule]:  # type: ignore[no-untyped-def]
    with committed.session() as session:
        return {row.name: row for row in session.exec(select(JobSchedule)).all()}


def _make_due(committed, name: str) -> None:  # type: ignore[no-untyped-def]
    with committed.session() as session:
        session.exec(
            update(JobSchedule)
            .where(col(JobSchedule.name) == name)
            .values(next_run_at=utcnow() - timedelta(seconds=1))
        )
        session.commit()


def test_a_first_pass_runs_every_job_once_and_plans_the_next_run(committed, worker) -> None:
    before = utcnow()
    report = worker().run_once()
    assert sorted(r.job for r in report.jobs) == sorted(job.name for job in JOBS)
    assert {r.status.value for r in report.jobs} == {"succeeded"}
    schedule = _schedule(committed)
    for job in JOBS:
        row = schedule[job.name]
        assert row.last_status == "succeeded" and row.consecutive_failures == 0
        assert row.locked_by is None and row.last_started_at and row.last_started_at >= before
        assert before < row.next_run_at <= job.next_after(utcnow())
    # Nothing is due any more: a second pass (by any worker) runs no job.
    assert worker("worker-2").run_once().jobs == []


def test_a_missed_run_is_caught_up_once_at_start(committed, worker) -> None:
    worker().run_once()
    with committed.session() as session:
        session.exec(
            update(JobSchedule)
            .where(col(JobSchedule.name) == "retention")
            .values(next_run_at=utcnow() - timedelta(days=3))  # no worker ran for three days
        )
        session.commit()
    assert [r.job for r in worker().run_once().jobs] == ["retention"]
    assert worker().run_once().jobs == []
    assert _schedule(committed)["retention"].next_run_at == JOBS_BY_NAME["retention"].next_after(
        _schedule(committed)["retention"].last_started_at
    )


def test_stay_expiry_opens_the_request_of_a_stay_ending_within_the_lead_time(
    committed, world, worker
) -> None:
    with committed.session() as session:
        partner = world.organisation(OrganisationKind.PARTNER)
        host = make_host(
            session,
            partner,
            available_from=TODAY - timedelta(days=100),
            available_until=TODAY + timedelta(days=20),
        )
        committed.hosts.append(host.id)
        household = make_household(session, supporting_organisation_id=partner, contact_email="g@example.org")
        hold_beds(
            session,
            household_id=household.id,
            place_type=PlaceType.HOST_FAMILY,
            place_id=host.id,
            beds=1,
            starts_on=TODAY - timedelta(days=100),
            arrived_on=TODAY - timedelta(days=100),
        )
        session.commit()
    [expiry] = [r for r in worker().run_once().jobs if r.job == "stay-expiry"]
    assert expiry.details["opened"] == 1
    with committed.session() as session:
        [request] = session.exec(
            select(RelocationRequest).where(RelocationRequest.household_id == household.id)
        ).all()
        assert request.reason == "host_stay_ending" and request.must_move_by == host.available_until
        sent = session.exec(select(Notification).where(Notification.request_id == request.id)).all()
        assert {n.status for n in sent} == {"sent"}  # the same pass delivered its notifications
    _make_due(committed, "stay-expiry")
    [again] = [r for r in worker().run_once().jobs if r.job == "stay-expiry"]
    assert again.details["opened"] == 0


def test_overdue_offers_lapse_and_the_request_returns_to_matching(committed, world, worker) -> None:
    with committed.session() as session:
        host = make_host(session, world.organisation(OrganisationKind.PARTNER))
        committed.hosts.append(host.id)
        session.commit()
    client = TestClient(APP, raise_server_exceptions=False)
    overdue = _offered_single(client, world, PlaceType.HOST_FAMILY, host.id)
    in_time = _offered_single(client, world, PlaceType.HOST_FAMILY, host.id)
    with committed.session() as session:
        session.exec(
            update(Offer)
            .where(col(Offer.id) == uuid.UUID(overdue))
            .values(respond_by=TODAY - timedelta(days=1))
        )
        session.commit()
    [result] = [r for r in worker().run_once().jobs if r.job == "overdue-offers"]
    assert result.details == {"expired": 1, "offerIds": [overdue]}
    with committed.session() as session:
        offer = session.get(Offer, uuid.UUID(overdue))
        assert offer is not None and offer.status == "withdrawn"
        assert offer.withdraw_reason == f"Expired: no answer by {(TODAY - timedelta(days=1)).isoformat()}."
        request = session.get(RelocationRequest, offer.request_id)
        assert request is not None and request.status == "matching"
        [event] = session.exec(
            select(RelocationEvent).where(
                RelocationEvent.request_id == offer.request_id,
                RelocationEvent.kind == EventKind.OFFER_WITHDRAWN.value,
            )
        ).all()
        assert event.actor_type == "system"
        [audit] = session.exec(
            select(AuditEvent).where(AuditEvent.subject_id == overdue, AuditEvent.action == "expire")
        ).all()
        assert audit.actor_user_id is None
        assert session.get(Offer, uuid.UUID(in_time)).status == "open"  # type: ignore[union-attr]
    # The desk sees it on the request's timeline.
    desk = bearer(world.actor(Role.DESK).user_id)
    timeline = client.get(f"/api/v1/relocation-requests/{offer.request_id}/events", headers=desk)
    assert timeline.status_code == 200, timeline.text
    assert "offer_withdrawn" in timeline.text


def test_vetting_reminders_reach_the_organisation_once_per_host_and_expiry(committed, world, worker) -> None:
    partner = world.organisation(OrganisationKind.PARTNER)
    with committed.session() as session:
        expiring = make_host(
            session, partner, display_name="Familie Expiring", vetting_expires_on=TODAY + timedelta(days=10)
        )
        later = make_host(session, partner, vetting_expires_on=TODAY + timedelta(days=200))
        committed.hosts.extend([expiring.id, later.id])
        session.commit()
    [result] = [r for r in worker().run_once().jobs if r.job == "vetting-reminders"]
    assert result.details == {"reminded": 1, "hostIds": [str(expiring.id)]}
    with committed.session() as session:
        reminders = session.exec(
            select(Notification).where(
                Notification.kind == VETTING_EXPIRY_KIND, col(Notification.created_at) >= committed.started
            )
        ).all()
        partner_admin = world.actor(Role.PARTNER).email
        assert [n.recipient for n in reminders] == [partner_admin]  # the organisation's administrator
        assert "Familie Expiring" in reminders[0].subject and reminders[0].status == "sent"
        assert session.get(VettingReminder, (expiring.id, expiring.vetting_expires_on)) is not None
    _make_due(committed, "vetting-reminders")
    [again] = [r for r in worker().run_once().jobs if r.job == "vetting-reminders"]
    assert again.details["reminded"] == 0  # once per host and expiry date
    with committed.session() as session:  # re-vetted with a new expiry date: a new reminder, in time
        session.exec(
            update(HostFamily)
            .where(col(HostFamily.id) == expiring.id)
            .values(vetting_expires_on=TODAY + timedelta(days=11))
        )
        session.commit()
    _make_due(committed, "vetting-reminders")
    [renewed] = [r for r in worker().run_once().jobs if r.job == "vetting-reminders"]
    assert renewed.details["reminded"] == 1


def test_throttle_cleanup_forgets_stale_login_counts_and_unseen_clients(committed, worker) -> None:
    from api.identity.models import LoginKnownClient, LoginThrottle

    long_ago = utcnow() - timedelta(days=400)
    with committed.session() as session:
        session.add(LoginThrottle(email_key="pair:stale", failures=2, updated_at=long_ago))
        session.add(LoginThrottle(email_key="pair:fresh", failures=1, updated_at=utcnow()))
        session.add(LoginKnownClient(pair_key="pair:unseen", last_login_at=long_ago))
        session.commit()
    worker().run_once()
    with committed.session() as session:
        keys = set(session.exec(select(LoginThrottle.email_key)).all())
        assert "pair:stale" not in keys and "pair:fresh" in keys
        assert session.get(LoginKnownClient, "pair:unseen") is None
        session.delete(session.get(LoginThrottle, "pair:fresh"))  # leave nothing behind for other tests
        session.commit()
