"""Administration: password links (invitations and resets) and what an organisation's API keys may hold."""

from api.core.authorization import Permission as P

EXPECTED = {
    ("POST", "/auth/set-password"): None,
    ("POST", "/users/{userId}/password-links"): P.USERS_WRITE,
    ("GET", "/organisations/{organisationId}/api-key-scopes"): P.API_KEYS_READ,
    # An organisation's administrators keep its contact for households up to date.
    ("PUT", "/organisations/{organisationId}/contact"): P.ORGANISATION_CONTACT_WRITE,
    ("GET", "/operations/jobs"): P.OPERATIONS_READ,
    # Two-factor login: the password step's challenge, and the signed-in user's own factor.
    ("POST", "/auth/two-factor/verify"): None,
    ("POST", "/auth/two-factor/enrolment"): None,
    ("POST", "/auth/two-factor/enrolment/confirm"): None,
    ("GET", "/users/me/two-factor"): P.PROFILE_READ,
    ("POST", "/users/me/two-factor/enrolment"): P.PROFILE_READ,
    ("POST", "/users/me/two-factor/enrolment/confirm"): P.PROFILE_READ,
    ("POST", "/users/me/two-factor/disable"): P.PROFILE_READ,
    ("POST", "/users/me/two-factor/recovery-codes"): P.PROFILE_READ,
    ("POST", "/users/{userId}/two-factor/reset"): P.USERS_WRITE,
}
