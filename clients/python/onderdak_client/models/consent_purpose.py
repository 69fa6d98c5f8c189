from enum import StrEnum


class ConsentPurpose(StrEnum):
    HOST_MATCHING = "host_matching"
    ONGOING_SUPPORT = "ongoing_support"
    RECEPTION = "reception"
    RELOCATION = "relocation"
    SAFEGUARDING = "safeguarding"

    def __str__(self) -> str:
        return str(self.value)
