from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosingCreate")


@_attrs_define
class ClosingCreate:
    """
    Attributes:
        closes_on (datetime.date): The last day; the households must have moved by then.
        dry_run (bool | Unset): Only say who lives there and what closing would do; change nothing (ask first). Default:
            False.
    """

    closes_on: datetime.date
    dry_run: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closesOn": closes_on,
            }
        )
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closesOn"))

        dry_run = d.pop("dryRun", UNSET)

        closing_create = cls(
            closes_on=closes_on,
            dry_run=dry_run,
        )

        return closing_create
