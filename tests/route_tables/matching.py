from api.core.authorization import Permission as P

EXPECTED = {
    ("GET", "/relocation-requests/{requestId}/candidates"): P.MATCHING_READ,
    ("POST", "/matching/runs"): P.MATCHING_WRITE,
    ("GET", "/matching/runs"): P.MATCHING_READ,
    ("GET", "/matching/runs/{runId}"): P.MATCHING_READ,
    ("POST", "/matching/runs/{runId}/cancel"): P.MATCHING_WRITE,
    ("GET", "/matching/runs/{runId}/unassigned"): P.MATCHING_READ,
    ("POST", "/matching/runs/{runId}/offers"): P.OFFERS_WRITE,
}
