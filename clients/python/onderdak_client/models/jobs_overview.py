from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scheduled_job_public import ScheduledJobPublic
    from ..models.work_queue_public import WorkQueuePublic


T = TypeVar("T", bound="JobsOverview")


@_attrs_define
class JobsOverview:
    """
    Attributes:
        jobs (list[ScheduledJobPublic]):
        queues (list[WorkQueuePublic]):
    """

    jobs: list[ScheduledJobPublic]
    queues: list[WorkQueuePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        queues = []
        for queues_item_data in self.queues:
            queues_item = queues_item_data.to_dict()
            queues.append(queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "queues": queues,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_job_public import ScheduledJobPublic
        from ..models.work_queue_public import WorkQueuePublic

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = ScheduledJobPublic.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        queues = []
        _queues = d.pop("queues")
        for queues_item_data in _queues:
            queues_item = WorkQueuePublic.from_dict(queues_item_data)

            queues.append(queues_item)

        jobs_overview = cls(
            jobs=jobs,
            queues=queues,
        )

        jobs_overview.additional_properties = d
        return jobs_overview

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
