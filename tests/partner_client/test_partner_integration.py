"""A partner's integration through the generated client (clients/python), against a live server.

The server and its worker run as real processes (`onderdak serve`, `onderdak worker`) on a
database of their own, migrated with Alembic and loaded with the demo data: a fresh SQLite file,
or in the PostgreSQL pass (TEST_DATABASE_URL set) a fresh schema `partner_live` on that server,
dropped afterwards. The suite's own database and its resets are not involved. The webhook receiver
is an http.server on 127.0.0.1, which ONDERDAK_WEBHOOKS_ALLOW_PRIVATE lets the sender reach.
"""

import json
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any
from uuid import UUID

import pytest
from onderdak_client import AuthenticatedClient, Client
from onderdak_client.api.auth import auth_login
from onderdak_client.api.households import households_create_household
from onderdak_client.api.matching import matching_list_candidates
from onderdak_client.api.offers import offers_accept_offer, offers_get_offer
from onderdak_client.api.organisations import organisations_create_api_key
from onderdak_client.api.relocation_requests import (
    relocation_requests_create_request,
    relocation_requests_get_request,
    relocation_requests_make_offer,
    relocation_requests_transition,
)
from onderdak_client.api.users import users_read_me
from onderdak_client.api.webhooks import (
    webhooks_create_webhook_subscription,
    webhooks_list_webhook_deliveries,
)
from onderdak_client.models import (
    ApiKeyCreate,
    AuthLoginForm,
    DeliveryStatus,
    HouseholdCreate,
    OfferCreate,
    OfferStatus,
    RelocationRequestCreate,
    RequestStatus,
    TransitionCreate,
    WebhookSubscriptionCreate,
)
from onderdak_client.types import Response
from sqlalchemy import String, Uuid, bindparam, text
from standardwebhooks import Webhook

from api.core.db import build_engine
from api.demo import DEMO_PASSWORD
from tests.conftest import IS_POSTGRES, TEST_DATABASE_URL
from tests.partner_client.live import (
    LiveServer,
    Receiver,
    live_database,
    live_server,
    wait_for,
    webhook_receiver,
)

DELIVERY_SECONDS = 60  # an upper bound: the worker polls every 0.2 s, a delivery comes within seconds
PARTNER_ADMIN = "partner@demo.onderdak.nl"
DESK_USER = "desk@demo.onderdak.nl"
PARTNER_SCOPES = [
    "households:write",
    "relocation-requests:write",
    "offer-responses:write",
    "webhooks:write",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    workdir = tmp_path_factory.mktemp("live-onderdak")
    with (
        live_database(workdir, TEST_DATABASE_URL if IS_POSTGRES else None) as database_url,
        live_server(workdir, database_url) as running,
    ):
        yield running


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as listening:
        yield listening


def ok(response: Response, status: int) -> Any:
    """The parsed body of a response that must have STATUS (else the problem details it carried)."""
    assert response.status_code == status, (response.status_code, response.content.decode())
    return response.parsed


def log_in(server: LiveServer, email: str) -> AuthenticatedClient:
    """A person's session: the OAuth2 password flow through the client, then the bearer token."""
    with Client(base_url=server.base_url) as anonymous:
        tokens = ok(
            auth_login.sync_detailed(
                client=anonymous, body=AuthLoginForm(username=email, password=DEMO_PASSWORD)
            ),
            200,
        )
    return AuthenticatedClient(base_url=server.base_url, token=tokens.access_token)


def partner_integration(server: LiveServer) -> tuple[AuthenticatedClient, UUID]:
    """The partner organisation's administrator makes an API key; the integration then uses only it."""
    with log_in(server, PARTNER_ADMIN) as admin:
        organisation_id = ok(users_read_me.sync_detailed(client=admin), 200).organisation_id
        created = ok(
            organisations_create_api_key.sync_detailed(
                organisation_id,
                client=admin,
                body=ApiKeyCreate.from_dict({"name": "Case system", "scopes": PARTNER_SCOPES}),
            ),
            201,
        )
    assert created.key.startswith("ondk_")
    integration = AuthenticatedClient(
        base_url=server.base_url, token=created.key, auth_header_name="X-Api-Key", prefix=""
    )
    return integration, organisation_id


def test_a_partner_registers_a_household_receives_the_offer_by_webhook_and_accepts_it(
    server: LiveServer, receiver: Receiver
) -> None:
    integration, organisation_id = partner_integration(server)
    with integration:
        subscription = ok(
            webhooks_create_webhook_subscription.sync_detailed(
                organisation_id,
                client=integration,
                body=WebhookSubscriptionCreate.from_dict(
                    {"url": receiver.url, "eventTypes": ["offer.created", "offer.accepted"]}
                ),
            ),
            201,
        )
        secret = subscription.secret  # shown this once
        assert secret.startswith("whsec_")

        household = ok(
            households_create_household.sync_detailed(
                client=integration,
                body=HouseholdCreate.from_dict(
                    {
                        "adults": 2,
                        "children": 1,
                        "members": [
                            {"ageBand": "age_30_49"},
                            {"ageBand": "age_30_49"},
                            {"ageBand": "age_4_11"},
                        ],
                        "languages": ["uk", "en"],
                        "preferredLanguage": "uk",
                        "legalStatus": "ukrainian_tpd",
                    }
                ),
            ),
            201,
        )
        request = ok(
            relocation_requests_create_request.sync_detailed(
                client=integration,
                body=RelocationRequestCreate.from_dict(
                    {
                        "householdId": str(household.id),
                        "reason": "host_stay_ending",
                        "urgency": "normal",
                        "mustMoveBy": (date.today() + timedelta(days=30)).isoformat(),
                        "anchors": [
                            {
                                "kind": "work",
                                "label": "Bakkerij",
                                "lat": 52.09,
                                "lon": 5.12,
                                "municipalityCode": "GM0344",
                            }
                        ],
                        "preferredMunicipalities": ["GM0344"],
                    }
                ),
            ),
            201,
        )
        assert request.status == RequestStatus.SUBMITTED
        assert request.status_link.token  # the household's own link to its status page

        # The relocation desk triages the request and offers the best candidate place.
        with log_in(server, DESK_USER) as desk:
            for status in (RequestStatus.TRIAGED, RequestStatus.MATCHING):
                ok(
                    relocation_requests_transition.sync_detailed(
                        request.id, client=desk, body=TransitionCreate(status=status)
                    ),
                    200,
                )
            candidates = ok(matching_list_candidates.sync_detailed(request.id, client=desk), 200)
            assert candidates.items, "the demo data has places for this household"
            best = candidates.items[0]
            move_on = date.today() + timedelta(days=10)
            offer = ok(
                relocation_requests_make_offer.sync_detailed(
                    request.id,
                    client=desk,
                    body=OfferCreate.from_dict(
                        {"placeType": best.place_type, "placeId": str(best.place_id), "moveOn": str(move_on)}
                    ),
                ),
                201,
            )
        assert offer.status == OfferStatus.OPEN

        # The partner's endpoint receives offer.created, signed with the subscription's secret.
        delivery = receiver.next(DELIVERY_SECONDS)
        assert delivery.path == "/onderdak-events"
        event = Webhook(secret).verify(delivery.body, delivery.headers)  # raises when forged
        assert event["type"] == "offer.created"
        assert event["data"]["id"] == str(offer.id)
        assert event["data"]["relocationRequestId"] == str(request.id)
        assert event["data"]["householdId"] == str(household.id)
        assert event["data"]["status"] == "open"
        assert event["data"]["moveOn"] == move_on.isoformat()
        assert json.loads(delivery.body) == event
        forged = delivery.headers | {"webhook-signature": "v1,bm90IG91ciBzaWduYXR1cmU="}
        with pytest.raises(Exception, match="No matching signature found"):
            Webhook(secret).verify(delivery.body, forged)

        # The partner accepts on the household's behalf, with the offer id from the webhook.
        accepted = ok(offers_accept_offer.sync_detailed(UUID(event["data"]["id"]), client=integration), 200)
        assert accepted.status == OfferStatus.ACCEPTED
        assert accepted.placement_id is not None

        confirmation = receiver.next(DELIVERY_SECONDS)
        confirmed = Webhook(secret).verify(confirmation.body, confirmation.headers)
        assert confirmed["type"] == "offer.accepted"
        assert confirmed["data"]["id"] == str(offer.id)
        assert confirmed["data"]["placementId"] == str(accepted.placement_id)
        assert confirmation.headers["webhook-id"] != delivery.headers["webhook-id"]

        # Final states, read back through the client.
        assert ok(offers_get_offer.sync_detailed(offer.id, client=integration), 200).status == (
            OfferStatus.ACCEPTED
        )
        after = ok(relocation_requests_get_request.sync_detailed(request.id, client=integration), 200)
        assert after.status == RequestStatus.ACCEPTED
        assert after.new_placement is not None and after.new_placement.id == accepted.placement_id

        def both_delivered() -> bool:
            log = ok(
                webhooks_list_webhook_deliveries.sync_detailed(
                    organisation_id, subscription.id, client=integration
                ),
                200,
            )
            return log.total == 2 and all(item.status == DeliveryStatus.SUCCEEDED for item in log.items)

        wait_for("the delivery log to show both deliveries done", both_delivered, DELIVERY_SECONDS, 0.2)
        assert receiver.deliveries.empty()  # nothing else (no event type we did not subscribe to)

    # And in the live server's own database (SQLite, or its schema on PostgreSQL).
    engine = build_engine(server.database_url)
    with engine.connect() as connection:
        query = (
            text("SELECT status, placement_id FROM offer WHERE id = :id")
            .bindparams(bindparam("id", type_=Uuid))
            .columns(status=String, placement_id=Uuid)
        )
        stored = connection.execute(query, {"id": offer.id}).one()
    engine.dispose()
    assert (stored.status, stored.placement_id) == ("accepted", accepted.placement_id)


def test_the_api_key_cannot_do_what_its_scopes_do_not_allow(server: LiveServer) -> None:
    """The same integration through the client: a desk's act (making an offer) is refused."""
    integration, _ = partner_integration(server)
    with integration:
        refused = relocation_requests_make_offer.sync_detailed(
            UUID(int=0),
            client=integration,
            body=OfferCreate.from_dict(
                {
                    "placeType": "shelter_unit",
                    "placeId": str(UUID(int=1)),
                    "moveOn": str(date.today() + timedelta(days=10)),
                }
            ),
        )
        assert refused.status_code == 403, refused.content
        assert refused.parsed.status == 403 and refused.parsed.type_.endswith("/forbidden")
