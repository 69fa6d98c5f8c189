from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proposal_offer_outcome_kind import ProposalOfferOutcomeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProposalOfferOutcome")


@_attrs_define
class ProposalOfferOutcome:
    """
    Attributes:
        request_id (UUID):
        outcome (ProposalOfferOutcomeKind):
        offer_id (None | Unset | UUID): created: the new offer; already_offered: the offer made before.
        status (int | None | Unset): refused: the HTTP status a single offer would answer.
        code (None | str | Unset): refused: the problem code a single offer would answer.
        detail (None | str | Unset): refused: in English; the web app words `code`.
    """

    request_id: UUID
    outcome: ProposalOfferOutcomeKind
    offer_id: None | Unset | UUID = UNSET
    status: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        outcome = self.outcome.value

        offer_id: None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        elif isinstance(self.offer_id, UUID):
            offer_id = str(self.offer_id)
        else:
            offer_id = self.offer_id

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "outcome": outcome,
            }
        )
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = UUID(d.pop("requestId"))

        outcome = ProposalOfferOutcomeKind(d.pop("outcome"))

        def _parse_offer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offer_id_type_0 = UUID(data)

                return offer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        offer_id = _parse_offer_id(d.pop("offerId", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        proposal_offer_outcome = cls(
            request_id=request_id,
            outcome=outcome,
            offer_id=offer_id,
            status=status,
            code=code,
            detail=detail,
        )

        proposal_offer_outcome.additional_properties = d
        return proposal_offer_outcome

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
