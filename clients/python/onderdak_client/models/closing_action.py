from enum import StrEnum


class ClosingAction(StrEnum):
    ALREADY_HANDLED = "already_handled"
    EXISTING = "existing"
    MOVE_CANCELLED = "move_cancelled"
    MOVE_KEPT = "move_kept"
    OPENED = "opened"
    WOULD_CANCEL_MOVE = "would_cancel_move"
    WOULD_OPEN = "would_open"

    def __str__(self) -> str:
        return str(self.value)
