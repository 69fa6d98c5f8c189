"""The worker works in its own transactions: these tests commit, and clean up after themselves."""

from collections.abc import Iterator

import pytest
from sqlalchemy import delete
from sqlmodel import Session, col

from api.audit.models import AuditEvent
from api.core.config import get_settings
from api.hosts.reminders import VETTING_EXPIRY_KIND
from api.notifications.models import Notification
from api.operations.queue import HANDLERS
from api.operations.worker import Worker
from tests.people.committed import Committed

# Kinds of work item the tests register handlers for (removed again afterwards).
TEST_KINDS = ("test-echo", "test-failing", "test-count")


@pytest.fixture
def committed(engine, world, app) -> Iterator[Committed]:
    """A tracker of committed rows; afterwards also the test kinds' handlers and audit events."""
    tracker = Committed(engine)
    yield tracker
    for kind in TEST_KINDS:
        HANDLERS.pop(kind, None)
    with Session(engine) as session:
        session.exec(delete(AuditEvent).where(col(AuditEvent.subject_type) == "test_item"))
        session.exec(
            delete(Notification).where(
                col(Notification.kind) == VETTING_EXPIRY_KIND, col(Notification.created_at) >= tracker.started
            )
        )
        session.commit()
    tracker.cleanup()


@pytest.fixture
def worker(committed):  # type: ignore[no-untyped-def]
    def make(name: str = "worker-1") -> Worker:
        return Worker(committed.engine, get_settings(), name=name, batch=10)

    return make
