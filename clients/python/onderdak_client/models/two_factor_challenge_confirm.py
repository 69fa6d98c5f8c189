from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TwoFactorChallengeConfirm")


@_attrs_define
class TwoFactorChallengeConfirm:
    """
    Attributes:
        code (str): A current code of the authenticator app.
        challenge (str): The enrolment challenge from POST /auth/token.
    """

    code: str
    challenge: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        challenge = self.challenge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "challenge": challenge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        challenge = d.pop("challenge")

        two_factor_challenge_confirm = cls(
            code=code,
            challenge=challenge,
        )

        return two_factor_challenge_confirm
