from enum import StrEnum


class ResponseChannel(StrEnum):
    ADMIN = "admin"
    DESK = "desk"
    PARTNER = "partner"
    STATUS_PAGE = "status_page"

    def __str__(self) -> str:
        return str(self.value)
