from enum import StrEnum


class ProposalOfferOutcomeKind(StrEnum):
    ALREADY_OFFERED = "already_offered"
    CREATED = "created"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
