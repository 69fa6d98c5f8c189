from enum import StrEnum


class NotificationKind(StrEnum):
    EXPIRY_WARNING = "expiry_warning"
    MOVE_DATE = "move_date"
    OFFER_MADE = "offer_made"
    STATUS_CHANGED = "status_changed"

    def __str__(self) -> str:
        return str(self.value)
