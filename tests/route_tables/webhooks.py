"""Webhook subscriptions and their delivery log."""

from api.core.authorization import Permission as P

BASE = "/organisations/{organisationId}/webhook-subscriptions"
EXPECTED = {
    ("GET", BASE): P.WEBHOOKS_READ,
    ("POST", BASE): P.WEBHOOKS_WRITE,
    ("GET", BASE + "/{subscriptionId}"): P.WEBHOOKS_READ,
    ("PATCH", BASE + "/{subscriptionId}"): P.WEBHOOKS_WRITE,
    ("DELETE", BASE + "/{subscriptionId}"): P.WEBHOOKS_WRITE,
    ("POST", BASE + "/{subscriptionId}/rotate-secret"): P.WEBHOOKS_WRITE,
    ("GET", BASE + "/{subscriptionId}/deliveries"): P.WEBHOOKS_READ,
    ("GET", BASE + "/{subscriptionId}/deliveries/{deliveryId}"): P.WEBHOOKS_READ,
    ("POST", BASE + "/{subscriptionId}/deliveries/{deliveryId}/redeliver"): P.WEBHOOKS_WRITE,
}
