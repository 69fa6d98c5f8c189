from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchingRunCreate")


@_attrs_define
class MatchingRunCreate:
    """
    Attributes:
        request_ids (list[UUID] | None | Unset): Limit the run to these requests; by default every open request in
            scope.
        candidates_per_request (int | Unset):  Default: 100.
    """

    request_ids: list[UUID] | None | Unset = UNSET
    candidates_per_request: int | Unset = 100

    def to_dict(self) -> dict[str, Any]:
        request_ids: list[str] | None | Unset
        if isinstance(self.request_ids, Unset):
            request_ids = UNSET
        elif isinstance(self.request_ids, list):
            request_ids = []
            for request_ids_type_0_item_data in self.request_ids:
                request_ids_type_0_item = str(request_ids_type_0_item_data)
                request_ids.append(request_ids_type_0_item)

        else:
            request_ids = self.request_ids

        candidates_per_request = self.candidates_per_request

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if request_ids is not UNSET:
            field_dict["requestIds"] = request_ids
        if candidates_per_request is not UNSET:
            field_dict["candidatesPerRequest"] = candidates_per_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_request_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_ids_type_0 = []
                _request_ids_type_0 = data
                for request_ids_type_0_item_data in _request_ids_type_0:
                    request_ids_type_0_item = UUID(request_ids_type_0_item_data)

                    request_ids_type_0.append(request_ids_type_0_item)

                return request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        request_ids = _parse_request_ids(d.pop("requestIds", UNSET))

        candidates_per_request = d.pop("candidatesPerRequest", UNSET)

        matching_run_create = cls(
            request_ids=request_ids,
            candidates_per_request=candidates_per_request,
        )

        return matching_run_create
