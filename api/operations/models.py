"""Background work's tables: the schedule of the worker's jobs and the queue of work items.

Both live in the database, so any number of workers on any machines share them: a run or an item
is claimed with a lease (`locked_until`), and a crashed worker's lease runs out and is taken over.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, Index, String
from sqlmodel import Field, SQLModel

from api.core.models import Schema, id_field, timestamp_field


class JobRunStatus(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class JobSchedule(SQLModel, table=True):
    """One scheduled job: when it runs next, and how its last run went.

    A worker claims a due run by a compare-and-set UPDATE on this row (due, and not leased to a
    live worker), so each run happens once however many workers poll.
    """

    __tablename__ = "job_schedule"

    name: str = Field(primary_key=True, max_length=40)
    next_run_at: datetime = timestamp_field()
    locked_until: datetime | None = timestamp_field(nullable=True)
    locked_by: str | None = Field(default=None, max_length=120)
    last_started_at: datetime | None = timestamp_field(nullable=True)
    last_finished_at: datetime | None = timestamp_field(nullable=True)
    last_status: str | None = Field(default=None, sa_type=String(16))
    last_error: str | None = Field(default=None, max_length=1000)
    last_details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    consecutive_failures: int = 0


class WorkStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class WorkItem(SQLModel, table=True):
    """One piece of queued work of some kind (a webhook delivery, a matching run, …) for a handler."""

    __tablename__ = "work_item"
    __table_args__ = (Index("ix_work_item_status_run_after", "status", "run_after"),)

    id: uuid.UUID = id_field()
    kind: str = Field(max_length=40, index=True)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(sa_type=String(16), default=WorkStatus.QUEUED.value)
    run_after: datetime = timestamp_field()
    attempts: int = 0
    max_attempts: int = 5
    locked_until: datetime | None = timestamp_field(nullable=True)
    locked_by: str | None = Field(default=None, max_length=120)
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime = timestamp_field()
    finished_at: datetime | None = timestamp_field(nullable=True)


class ScheduledJobPublic(Schema):
    name: str
    schedule: str = PydanticField(description="E.g. `daily 02:00 UTC` or `every 15 min`.")
    last_run_at: datetime | None = PydanticField(description="When the last run started.")
    last_finished_at: datetime | None
    last_status: JobRunStatus | None
    last_error: str | None
    consecutive_failures: int
    next_run_at: datetime | None
    running_on: str | None = PydanticField(description="The worker running it now (its lease holds), if any.")


class WorkQueuePublic(Schema):
    kind: str = PydanticField(description="`notification` is the outbox; the others are work items.")
    queued: int
    running: int
    failed: int
    oldest_queued_at: datetime | None


class JobsOverview(Schema):
    jobs: list[ScheduledJobPublic]
    queues: list[WorkQueuePublic]
