"""People and moves: households, relocation requests, offers, placements, the status page."""

from api.core.authorization import Permission as P

EXPECTED = {
    ("GET", "/households"): P.HOUSEHOLDS_READ,
    ("POST", "/households"): P.HOUSEHOLDS_WRITE,
    ("GET", "/households/{householdId}"): P.HOUSEHOLDS_READ,
    ("PATCH", "/households/{householdId}"): P.HOUSEHOLDS_WRITE,
    ("DELETE", "/households/{householdId}"): P.HOUSEHOLD_DATA_WRITE,
    ("GET", "/households/{householdId}/export"): P.HOUSEHOLD_DATA_WRITE,
    ("GET", "/relocation-requests"): P.REQUESTS_READ,
    ("POST", "/relocation-requests"): P.REQUESTS_WRITE,
    ("GET", "/relocation-requests/{requestId}"): P.REQUESTS_READ,
    ("PATCH", "/relocation-requests/{requestId}"): P.REQUESTS_WRITE,
    ("GET", "/relocation-requests/{requestId}/events"): P.REQUESTS_READ,
    ("POST", "/relocation-requests/{requestId}/transitions"): P.REQUEST_TRIAGE_WRITE,
    ("POST", "/relocation-requests/{requestId}/cancel"): P.REQUESTS_WRITE,
    ("POST", "/relocation-requests/{requestId}/status-link"): P.REQUESTS_WRITE,
    ("GET", "/relocation-requests/{requestId}/offers"): P.REQUESTS_READ,
    ("POST", "/relocation-requests/{requestId}/offers"): P.OFFERS_WRITE,
    ("GET", "/offers/{offerId}"): P.REQUESTS_READ,
    ("POST", "/offers/{offerId}/accept"): P.OFFER_RESPONSES_WRITE,
    ("POST", "/offers/{offerId}/decline"): P.OFFER_RESPONSES_WRITE,
    ("POST", "/offers/{offerId}/withdraw"): P.OFFERS_WRITE,
    ("POST", "/placements/{placementId}/end"): P.REQUEST_TRIAGE_WRITE,
    ("GET", "/status/{token}"): None,
    ("POST", "/status/{token}/offers/{offerId}/accept"): None,
    ("POST", "/status/{token}/offers/{offerId}/decline"): None,
}
