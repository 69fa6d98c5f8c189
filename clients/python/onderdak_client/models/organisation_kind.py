from enum import StrEnum


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    OPERATOR = "operator"
    PARTNER = "partner"
    RELOCATION_DESK = "relocation_desk"

    def __str__(self) -> str:
        return str(self.value)
