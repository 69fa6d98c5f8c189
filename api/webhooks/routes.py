"""An organisation's webhook subscriptions and their delivery log."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.webhooks import service
from api.webhooks.models import (
    DeliveryStatus,
    SecretRotation,
    WebhookDeliveryPublic,
    WebhookSubscription,
    WebhookSubscriptionCreate,
    WebhookSubscriptionPublic,
    WebhookSubscriptionUpdate,
    WebhookSubscriptionWithSecret,
)

router = APIRouter(prefix="/organisations/{organisationId}/webhook-subscriptions", tags=["webhooks"])

OrganisationId = Annotated[uuid.UUID, Path(alias="organisationId")]
SubscriptionId = Annotated[uuid.UUID, Path(alias="subscriptionId")]
DeliveryId = Annotated[uuid.UUID, Path(alias="deliveryId")]
Reader = Annotated[Principal, requires(Permission.WEBHOOKS_READ)]
Writer = Annotated[Principal, requires(Permission.WEBHOOKS_WRITE)]


class WebhookSubscriptionPage(Page[WebhookSubscriptionPublic]):
    pass


class WebhookDeliveryPage(Page[WebhookDeliveryPublic]):
    pass


def _with_secret(subscription: WebhookSubscription, secret: str) -> WebhookSubscriptionWithSecret:
    public = WebhookSubscriptionPublic.model_validate(subscription)
    return WebhookSubscriptionWithSecret.model_validate({**public.model_dump(), "secret": secret})


@router.get("", response_model=WebhookSubscriptionPage, summary="The organisation's webhook subscriptions")
def list_webhook_subscriptions(
    session: SessionDep, organisation_id: OrganisationId, page: PageDep, principal: Reader
) -> WebhookSubscriptionPage:
    rows, total = service.list_subscriptions(session, principal, organisation_id, page)
    return WebhookSubscriptionPage(
        items=[WebhookSubscriptionPublic.model_validate(r) for r in rows], total=total
    )


@router.post(
    "",
    response_model=WebhookSubscriptionWithSecret,
    status_code=201,
    summary="Subscribe a URL to events (the signing secret is shown once)",
)
def create_webhook_subscription(
    session: SessionDep, organisation_id: OrganisationId, body: WebhookSubscriptionCreate, principal: Writer
) -> WebhookSubscriptionWithSecret:
    subscription, secret = service.create_subscription(
        session, principal, organisation_id, body, get_settings()
    )
    return _with_secret(subscription, secret)


@router.get("/{subscriptionId}", response_model=WebhookSubscriptionPublic, summary="One webhook subscription")
def get_webhook_subscription(
    session: SessionDep, organisation_id: OrganisationId, subscription_id: SubscriptionId, principal: Reader
) -> WebhookSubscriptionPublic:
    return WebhookSubscriptionPublic.model_validate(
        service.get_subscription(session, principal, organisation_id, subscription_id)
    )


@router.patch(
    "/{subscriptionId}",
    response_model=WebhookSubscriptionPublic,
    summary="Change the URL, event types or active flag",
)
def update_webhook_subscription(
    session: SessionDep,
    organisation_id: OrganisationId,
    subscription_id: SubscriptionId,
    body: WebhookSubscriptionUpdate,
    principal: Writer,
) -> WebhookSubscriptionPublic:
    return WebhookSubscriptionPublic.model_validate(
        service.update_subscription(
            session, principal, organisation_id, subscription_id, body, get_settings()
        )
    )


@router.delete("/{subscriptionId}", status_code=204, summary="Delete a subscription and its delivery log")
def delete_webhook_subscription(
    session: SessionDep, organisation_id: OrganisationId, subscription_id: SubscriptionId, principal: Writer
) -> Response:
    service.delete_subscription(session, principal, organisation_id, subscription_id)
    return Response(status_code=204)


@router.post(
    "/{subscriptionId}/rotate-secret",
    response_model=WebhookSubscriptionWithSecret,
    summary="A new signing secret (shown once); the old one keeps signing during the overlap",
)
def rotate_webhook_secret(
    session: SessionDep,
    organisation_id: OrganisationId,
    subscription_id: SubscriptionId,
    principal: Writer,
    body: SecretRotation | None = None,
) -> WebhookSubscriptionWithSecret:
    subscription, secret = service.rotate_secret(
        session, principal, organisation_id, subscription_id, body or SecretRotation(), get_settings()
    )
    return _with_secret(subscription, secret)


@router.get(
    "/{subscriptionId}/deliveries",
    response_model=WebhookDeliveryPage,
    summary="The delivery log: status, last response code, attempt time and error",
)
def list_webhook_deliveries(
    session: SessionDep,
    organisation_id: OrganisationId,
    subscription_id: SubscriptionId,
    page: PageDep,
    principal: Reader,
    status_filter: Annotated[DeliveryStatus | None, Query(alias="status")] = None,
) -> WebhookDeliveryPage:
    rows, total = service.list_deliveries(
        session, principal, organisation_id, subscription_id, page, status_filter
    )
    return WebhookDeliveryPage(items=[service.delivery_public(d, e) for d, e in rows], total=total)


@router.get(
    "/{subscriptionId}/deliveries/{deliveryId}", response_model=WebhookDeliveryPublic, summary="One delivery"
)
def get_webhook_delivery(
    session: SessionDep,
    organisation_id: OrganisationId,
    subscription_id: SubscriptionId,
    delivery_id: DeliveryId,
    principal: Reader,
) -> WebhookDeliveryPublic:
    return service.delivery_public(
        *service.get_delivery(session, principal, organisation_id, subscription_id, delivery_id)
    )


@router.post(
    "/{subscriptionId}/deliveries/{deliveryId}/redeliver",
    response_model=WebhookDeliveryPublic,
    status_code=202,
    summary="Send the event again (due at once, with a fresh set of attempts)",
)
def redeliver_webhook(
    session: SessionDep,
    organisation_id: OrganisationId,
    subscription_id: SubscriptionId,
    delivery_id: DeliveryId,
    principal: Writer,
) -> WebhookDeliveryPublic:
    return service.delivery_public(
        *service.redeliver(session, principal, organisation_id, subscription_id, delivery_id)
    )
