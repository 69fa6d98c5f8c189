from enum import StrEnum


class EventKind(StrEnum):
    CREATED = "created"
    OFFER_ACCEPTED = "offer_accepted"
    OFFER_DECLINED = "offer_declined"
    OFFER_MADE = "offer_made"
    OFFER_WITHDRAWN = "offer_withdrawn"
    STATUS_CHANGED = "status_changed"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
