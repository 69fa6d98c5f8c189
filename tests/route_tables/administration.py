"""Administration: password links (invitations and resets) and what an organisation's API keys may hold."""

from api.core.authorization import Permission as P

EXPECTED = {
    ("POST", "/auth/set-password"): None,
    ("POST", "/users/{userId}/password-links"): P.USERS_WRITE,
    ("GET", "/organisations/{organisationId}/api-key-scopes"): P.API_KEYS_READ,
    ("GET", "/operations/jobs"): P.OPERATIONS_READ,
}
