from enum import StrEnum


class RiskOwner(StrEnum):
    INITIATOR = "initiator"
    LANDLORD = "landlord"
    MUNICIPALITY = "municipality"
    OTHER = "other"
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
