from enum import StrEnum


class PlaceSource(StrEnum):
    PDOK = "pdok"
    REGISTER = "register"

    def __str__(self) -> str:
        return str(self.value)
