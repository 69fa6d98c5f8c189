from enum import StrEnum


class NotificationDeliveryStatus(StrEnum):
    FAILED = "failed"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
