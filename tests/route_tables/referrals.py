"""Consents and referrals between organisations."""

from api.core.authorization import Permission as P

EXPECTED = {
    ("GET", "/households/{householdId}/consents"): P.CONSENTS_READ,
    ("POST", "/households/{householdId}/consents"): P.CONSENTS_WRITE,
    ("GET", "/households/{householdId}/consents/{consentId}"): P.CONSENTS_READ,
    ("POST", "/households/{householdId}/consents/{consentId}/withdraw"): P.CONSENTS_WRITE,
    ("GET", "/referrals"): P.REFERRALS_READ,
    ("POST", "/referrals"): P.REFERRALS_WRITE,
    ("GET", "/referrals/{referralId}"): P.REFERRALS_READ,
    ("POST", "/referrals/{referralId}/accept"): P.REFERRALS_WRITE,
    ("POST", "/referrals/{referralId}/decline"): P.REFERRALS_WRITE,
    ("POST", "/referrals/{referralId}/revoke"): P.REFERRALS_WRITE,
}
