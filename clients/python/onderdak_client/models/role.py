from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    DESK = "desk"
    HOST = "host"
    MUNICIPALITY = "municipality"
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
