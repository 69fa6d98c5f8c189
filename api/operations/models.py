"""Background work's bookkeeping: which scheduled job ran when."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from api.core.models import timestamp_field


class JobRun(SQLModel, table=True):
    """A daily job's run for one day: inserting it claims the run, so it happens once."""

    __tablename__ = "job_run"

    job: str = Field(primary_key=True, max_length=40)
    run_on: date = Field(primary_key=True)
    started_at: datetime = timestamp_field()
    finished_at: datetime | None = timestamp_field(nullable=True)
    details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
