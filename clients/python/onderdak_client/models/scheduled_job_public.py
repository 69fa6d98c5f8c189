from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_status import JobRunStatus

T = TypeVar("T", bound="ScheduledJobPublic")


@_attrs_define
class ScheduledJobPublic:
    """
    Attributes:
        name (str):
        schedule (str): E.g. `daily 02:00 UTC` or `every 15 min`.
        last_run_at (datetime.datetime | None): When the last run started.
        last_finished_at (datetime.datetime | None):
        last_status (JobRunStatus | None):
        last_error (None | str):
        consecutive_failures (int):
        next_run_at (datetime.datetime | None):
        running_on (None | str): The worker running it now (its lease holds), if any.
    """

    name: str
    schedule: str
    last_run_at: datetime.datetime | None
    last_finished_at: datetime.datetime | None
    last_status: JobRunStatus | None
    last_error: None | str
    consecutive_failures: int
    next_run_at: datetime.datetime | None
    running_on: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schedule = self.schedule

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        last_finished_at: None | str
        if isinstance(self.last_finished_at, datetime.datetime):
            last_finished_at = self.last_finished_at.isoformat()
        else:
            last_finished_at = self.last_finished_at

        last_status: None | str
        if isinstance(self.last_status, JobRunStatus):
            last_status = self.last_status.value
        else:
            last_status = self.last_status

        last_error: None | str
        last_error = self.last_error

        consecutive_failures = self.consecutive_failures

        next_run_at: None | str
        if isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        running_on: None | str
        running_on = self.running_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schedule": schedule,
                "lastRunAt": last_run_at,
                "lastFinishedAt": last_finished_at,
                "lastStatus": last_status,
                "lastError": last_error,
                "consecutiveFailures": consecutive_failures,
                "nextRunAt": next_run_at,
                "runningOn": running_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        schedule = d.pop("schedule")

        def _parse_last_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_run_at = _parse_last_run_at(d.pop("lastRunAt"))

        def _parse_last_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_finished_at = _parse_last_finished_at(d.pop("lastFinishedAt"))

        def _parse_last_status(data: object) -> JobRunStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_status_type_0 = JobRunStatus(data)

                return last_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRunStatus | None, data)

        last_status = _parse_last_status(d.pop("lastStatus"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))

        consecutive_failures = d.pop("consecutiveFailures")

        def _parse_next_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_run_at = _parse_next_run_at(d.pop("nextRunAt"))

        def _parse_running_on(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        running_on = _parse_running_on(d.pop("runningOn"))

        scheduled_job_public = cls(
            name=name,
            schedule=schedule,
            last_run_at=last_run_at,
            last_finished_at=last_finished_at,
            last_status=last_status,
            last_error=last_error,
            consecutive_failures=consecutive_failures,
            next_run_at=next_run_at,
            running_on=running_on,
        )

        scheduled_job_public.additional_properties = d
        return scheduled_job_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
