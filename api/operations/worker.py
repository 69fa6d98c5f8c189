"""`onderdak worker`: takes all background work from the database, in a loop or once.

One pass runs the due scheduled jobs (api.operations.jobs), then drains the work-item queue
(api.operations.queue), the notification outbox (api.notifications.sender) and the webhook
deliveries (api.webhooks.delivery), and executes one queued matching run (api.matching.runs). Any number of
workers may run side by side on any machines: every claim is made in the database.
"""

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Engine

from api.core.config import Settings
from api.core.models import utcnow
from api.matching.runs import RunsReport, execute_due_runs
from api.notifications.sender import SendReport, send_pending
from api.operations import queue
from api.operations.jobs import JobResult, ensure_schedule, run_due_jobs
from api.webhooks.delivery import DeliveryReport, deliver_due

logger = logging.getLogger("onderdak.worker")
Report = TypeVar("Report", SendReport, DeliveryReport)


@dataclass
class PassReport:
    jobs: list[JobResult] = field(default_factory=list)
    items: queue.QueueReport = field(default_factory=queue.QueueReport)
    notifications: SendReport = field(default_factory=SendReport)
    webhooks: DeliveryReport = field(default_factory=DeliveryReport)
    matching_runs: RunsReport = field(default_factory=RunsReport)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(self, engine: Engine, settings: Settings, *, name: str | None = None, batch: int = 50):
        self.engine = engine
        self.settings = settings
        self.name = name or worker_name()
        self.batch = batch
        self._stopping = threading.Event()

    def stop(self) -> None:
        """Finish the item at hand, then stop (SIGINT, SIGTERM)."""
        self._stopping.set()

    def _going(self) -> bool:
        return not self._stopping.is_set()

    def _drain(self, send: Callable[..., Report], total: Report, handled: Callable[[Report], int]) -> Report:
        """Call SEND in batches until a batch comes back short (nothing more is due), adding up."""
        while self._going():
            report = send(self.engine, self.settings, limit=self.batch)
            for name, value in vars(report).items():
                setattr(total, name, getattr(total, name) + value)
            if handled(report) < self.batch:
                break
        return total

    def deliver_notifications(self) -> SendReport:
        return self._drain(send_pending, SendReport(), lambda r: r.sent + r.retried + r.failed)

    def deliver_webhooks(self) -> DeliveryReport:
        return self._drain(deliver_due, DeliveryReport(), lambda r: r.claimed)

    def run_once(self, now: Callable[[], datetime] = utcnow) -> PassReport:
        ensure_schedule(self.engine, now())
        report = PassReport(jobs=run_due_jobs(self.engine, self.settings, self.name, now()))
        report.items = queue.drain(self.engine, self.name, batch=self.batch, now=now, keep_going=self._going)
        report.notifications = self.deliver_notifications()
        report.webhooks = self.deliver_webhooks()
        # One batch matching run per pass (it may take a minute); other workers take the next ones.
        if self._going():
            report.matching_runs = execute_due_runs(self.engine, self.settings, limit=1)
        return report

    def run_forever(self, poll_interval: float) -> None:
        logger.info("worker %s started (polling every %s s)", self.name, poll_interval)
        while self._going():
            try:
                report = self.run_once()
            except Exception:  # e.g. the database is briefly away: log it and poll again
                logger.exception("worker pass failed")
            else:
                for job in report.jobs:
                    logger.info("job %s %s: %s", job.job, job.status.value, job.details)
            self._stopping.wait(poll_interval)
        logger.info("worker %s stopped", self.name)
