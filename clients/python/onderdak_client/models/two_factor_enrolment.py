from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwoFactorEnrolment")


@_attrs_define
class TwoFactorEnrolment:
    """A new TOTP secret, not active until confirmed with a code.

    Attributes:
        secret (str): The secret in base32, for typing into the app by hand.
        otpauth_uri (str): The `otpauth://totp/...` URI the QR code holds.
        qr_code (str): The QR code of the URI, as an SVG `data:` URI.
        period (int | Unset):  Default: 30.
        digits (int | Unset):  Default: 6.
    """

    secret: str
    otpauth_uri: str
    qr_code: str
    period: int | Unset = 30
    digits: int | Unset = 6
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        otpauth_uri = self.otpauth_uri

        qr_code = self.qr_code

        period = self.period

        digits = self.digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
                "otpauthUri": otpauth_uri,
                "qrCode": qr_code,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period
        if digits is not UNSET:
            field_dict["digits"] = digits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        secret = d.pop("secret")

        otpauth_uri = d.pop("otpauthUri")

        qr_code = d.pop("qrCode")

        period = d.pop("period", UNSET)

        digits = d.pop("digits", UNSET)

        two_factor_enrolment = cls(
            secret=secret,
            otpauth_uri=otpauth_uri,
            qr_code=qr_code,
            period=period,
            digits=digits,
        )

        two_factor_enrolment.additional_properties = d
        return two_factor_enrolment

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
