from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_response import TokenResponse


T = TypeVar("T", bound="TwoFactorEnrolled")


@_attrs_define
class TwoFactorEnrolled:
    """
    Attributes:
        recovery_codes (list[str]): Shown only this once; each works once.
        tokens (None | TokenResponse | Unset): After an enrolment challenge: the login's tokens.
    """

    recovery_codes: list[str]
    tokens: None | TokenResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_response import TokenResponse

        recovery_codes = self.recovery_codes

        tokens: dict[str, Any] | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        elif isinstance(self.tokens, TokenResponse):
            tokens = self.tokens.to_dict()
        else:
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recoveryCodes": recovery_codes,
            }
        )
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_response import TokenResponse

        d = dict(src_dict)
        recovery_codes = cast(list[str], d.pop("recoveryCodes"))

        def _parse_tokens(data: object) -> None | TokenResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tokens_type_0 = TokenResponse.from_dict(data)

                return tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenResponse | Unset, data)

        tokens = _parse_tokens(d.pop("tokens", UNSET))

        two_factor_enrolled = cls(
            recovery_codes=recovery_codes,
            tokens=tokens,
        )

        two_factor_enrolled.additional_properties = d
        return two_factor_enrolled

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
