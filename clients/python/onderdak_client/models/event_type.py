from enum import StrEnum


class EventType(StrEnum):
    HOST_FAMILY_VETTING_CHANGED = "host_family.vetting_changed"
    INCIDENT_CLOSED = "incident.closed"
    INCIDENT_OPENED = "incident.opened"
    OFFER_ACCEPTED = "offer.accepted"
    OFFER_CREATED = "offer.created"
    OFFER_DECLINED = "offer.declined"
    OFFER_WITHDRAWN = "offer.withdrawn"
    PLACEMENT_ENDED = "placement.ended"
    RELOCATION_REQUEST_STATUS_CHANGED = "relocation_request.status_changed"

    def __str__(self) -> str:
        return str(self.value)
