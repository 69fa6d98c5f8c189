from enum import StrEnum


class NextStep(StrEnum):
    CLOSE_REQUEST = "close_request"
    MAKE_OFFER = "make_offer"
    MOVE = "move"
    RESPOND_TO_OFFER = "respond_to_offer"
    START_SEARCH = "start_search"
    TRIAGE = "triage"

    def __str__(self) -> str:
        return str(self.value)
