from enum import StrEnum


class RecipientType(StrEnum):
    HOUSEHOLD = "household"
    ORGANISATION_USER = "organisation_user"

    def __str__(self) -> str:
        return str(self.value)
