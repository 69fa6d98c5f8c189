from enum import StrEnum


class RequestSort(StrEnum):
    CREATEDAT = "createdAt"
    MUSTMOVEBY = "mustMoveBy"
    STATUS = "status"
    URGENCY = "urgency"
    VALUE_1 = "-mustMoveBy"
    VALUE_3 = "-createdAt"
    VALUE_5 = "-urgency"
    VALUE_7 = "-status"

    def __str__(self) -> str:
        return str(self.value)
