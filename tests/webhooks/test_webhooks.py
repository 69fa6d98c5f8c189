"""Webhooks end to end: events in the subscriber's scope only, signed, retried, redelivered."""

import json
import threading
import uuid
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlmodel import Session, select

from api.core.authorization import Role
from api.core.config import get_settings
from api.core.models import utcnow
from api.identity.models import OrganisationKind
from api.relocation.models import RelocationRequest
from api.webhooks import delivery as sender
from api.webhooks.addresses import AddressRefused, resolve
from api.webhooks.events import emit
from api.webhooks.models import EventType, WebhookDelivery, WebhookEvent, WebhookSubscription
from api.webhooks.signing import encrypt_secret, new_secret
from tests.webhooks.conftest import ALL_EVENTS, subscribe, verify

K = OrganisationKind
SENSITIVE = (
    "Olena",
    "olena@example.org",
    "asthma",
    "ukrainian_tpd",
    "Jansen",
    "joke@example.org",
    "Huisgenoot",
)


def test_every_event_reaches_the_organisations_that_may_see_it_and_no_other(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    subscribers = {
        "partner-a": (Role.PARTNER, "a", K.PARTNER),
        "partner-b": (Role.PARTNER, "b", K.PARTNER),
        "municipality-a": (Role.MUNICIPALITY, "a", K.MUNICIPALITY),
        "municipality-b": (Role.MUNICIPALITY, "b", K.MUNICIPALITY),
        "desk-a": (Role.DESK, "a", K.RELOCATION_DESK),
    }
    secrets = {}
    for name, (role, side, kind) in subscribers.items():
        created = subscribe(
            client,
            as_role(role, side),
            world.organisation(kind, side),
            f"{receiver.base_url}/{name}",
            ALL_EVENTS,
        )
        assert created["secret"].startswith("whsec_")
        secrets[name] = created["secret"]

    unit = places.unit()
    host = places.host()  # managed by partner a, in municipality a
    household = people.household()
    request = people.request(household["id"])
    people.to_matching(request["id"])
    withdrawn = people.offer(request["id"], "shelter_unit", unit.id).json()
    assert (
        people.post(f"/offers/{withdrawn['id']}/withdraw", {"reason": "Unit needed elsewhere"}).status_code
        == 200
    )
    declined = people.offer(request["id"], "shelter_unit", unit.id).json()
    assert (
        people.post(f"/offers/{declined['id']}/decline", {"reason": "Too far"}, role=Role.PARTNER).status_code
        == 200
    )
    accepted = people.offer(request["id"], "shelter_unit", unit.id).json()
    assert people.post(f"/offers/{accepted['id']}/accept", role=Role.PARTNER).status_code == 200
    living = places.live_at(places.unit(), people.household())
    assert people.post(f"/placements/{living.id}/end", {}).status_code == 200
    vetting = client.put(
        f"/api/v1/host-families/{host.id}/vetting",
        json={"status": "suspended", "note": "Neighbours worried."},
        headers=as_role(Role.PARTNER),
    )
    assert vetting.status_code == 200, vetting.text
    incident = client.post(
        "/api/v1/incidents",
        json={
            "subjectType": "host_family",
            "subjectId": str(host.id),
            "severity": "low",
            "description": "Huisgenoot maakt ruzie",
        },
        headers=as_role(Role.PARTNER),
    ).json()
    closed = client.post(
        f"/api/v1/incidents/{incident['id']}/close",
        json={"outcome": "resolved", "note": "Uitgepraat"},
        headers=as_role(Role.DESK),
    )
    assert closed.status_code == 200, closed.text

    report = deliver()
    assert report.failed == report.retrying == 0 and report.succeeded == report.claimed

    for name, secret in secrets.items():
        for received in receiver.at(f"/{name}"):
            assert verify(secret, received.headers, received.body), name
            assert not any(word in received.body for word in SENSITIVE), received.body
    types = {name: [r.json["type"] for r in receiver.at(f"/{name}")] for name in subscribers}
    assert types["partner-b"] == [] and types["municipality-b"] == []
    assert set(types["partner-a"]) == set(ALL_EVENTS)
    assert set(types["desk-a"]) == set(ALL_EVENTS)
    # The municipality sees the host family in its territory (and its incidents), not the partner's
    # household until it lives there.
    assert {"host_family.vetting_changed", "incident.opened", "incident.closed"} <= set(
        types["municipality-a"]
    )
    assert "offer.created" not in types["municipality-a"]

    by_type = {r.json["type"]: r.json for r in receiver.at("/partner-a")}
    assert by_type["offer.accepted"]["data"]["id"] == accepted["id"]
    assert by_type["offer.accepted"]["data"]["status"] == "accepted"
    assert by_type["offer.withdrawn"]["data"]["id"] == withdrawn["id"]
    assert by_type["offer.declined"]["data"]["id"] == declined["id"]
    statuses = [
        (r.json["data"]["previousStatus"], r.json["data"]["status"])
        for r in receiver.at("/partner-a")
        if r.json["type"] == "relocation_request.status_changed" and r.json["data"]["id"] == request["id"]
    ]
    assert statuses[:3] == [("submitted", "triaged"), ("triaged", "matching"), ("matching", "offered")]
    assert statuses[-1] == ("offered", "accepted")
    assert (
        by_type["placement.ended"]["data"] | {"id": str(living.id), "status": "ended"}
        == by_type["placement.ended"]["data"]
    )
    assert by_type["host_family.vetting_changed"]["data"]["vettingStatus"] == "suspended"
    assert by_type["incident.closed"]["data"] == by_type["incident.closed"]["data"] | {
        "id": incident["id"],
        "status": "closed",
        "outcome": "resolved",
    }
    first = receiver.at("/partner-a")[0]
    assert first.headers["webhook-id"].startswith("msg_")
    assert abs(int(first.headers["webhook-timestamp"]) - utcnow().timestamp()) < 60
    assert first.headers["content-type"] == "application/json"


def test_the_signature_verifies_with_the_standardwebhooks_library_too(
    client: TestClient, as_role, world, people, receiver, deliver
) -> None:
    standardwebhooks = pytest.importorskip("standardwebhooks")
    created = subscribe(
        client,
        as_role(Role.PARTNER),
        world.organisation(K.PARTNER),
        receiver.base_url + "/hook",
        ["relocation_request.status_changed"],
    )
    people.to_matching(people.request(people.household()["id"])["id"])
    deliver()
    assert len(receiver.received) == 2
    for received in receiver.received:
        payload = standardwebhooks.Webhook(created["secret"]).verify(received.body, received.headers)
        assert payload["type"] == "relocation_request.status_changed"


def test_a_rolled_back_change_emits_nothing(
    client: TestClient, as_role, world, people, db: Session, receiver
) -> None:
    subscribe(
        client,
        as_role(Role.DESK),
        world.organisation(K.RELOCATION_DESK),
        receiver.base_url + "/d",
        ALL_EVENTS,
    )
    request = people.request(people.household()["id"])
    count = lambda: len(db.exec(select(WebhookEvent)).all())  # noqa: E731
    before = count()
    assert people.transition(request["id"], "offered").status_code == 409  # refused: nothing written
    assert count() == before
    row = db.get(RelocationRequest, uuid.UUID(request["id"]))
    assert row is not None
    savepoint = db.begin_nested()
    row.status = "triaged"
    emit(db, EventType.RELOCATION_REQUEST_STATUS_CHANGED, row, {"previousStatus": "submitted"})
    assert count() == before + 1 and len(db.exec(select(WebhookDelivery)).all()) >= 1
    savepoint.rollback()  # the change fails after its event was written: both go
    assert count() == before
    assert people.transition(request["id"], "triaged").status_code == 200
    assert count() == before + 1


def _one_subscription(client, as_role, world, url: str) -> dict:  # type: ignore[no-untyped-def]
    return subscribe(client, as_role(Role.PARTNER), world.organisation(K.PARTNER), url, ["offer.created"])


def _deliveries(client, as_role, world, subscription_id: str) -> list[dict]:  # type: ignore[no-untyped-def]
    response = client.get(
        f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions/{subscription_id}/deliveries",
        headers=as_role(Role.PARTNER),
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _offer_made(people, places) -> None:  # type: ignore[no-untyped-def]
    request = people.request(people.household()["id"])
    people.to_matching(request["id"])
    assert people.offer(request["id"], "shelter_unit", places.unit().id).status_code == 201


def test_a_500_is_retried_with_backoff_then_succeeds_and_can_be_redelivered(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    subscription = _one_subscription(client, as_role, world, receiver.base_url + "/flaky")
    _offer_made(people, places)
    receiver.answers = [500, 503]
    first = deliver()
    assert (first.claimed, first.retrying) == (1, 1)
    [log] = _deliveries(client, as_role, world, subscription["id"])
    assert log["status"] == "pending" and log["attempts"] == 1 and log["lastResponseStatus"] == 500
    assert log["lastError"] == "HTTP 500" and log["lastAttemptAt"] is not None
    due = utcnow() + sender.RETRY_DELAYS[0] * 2
    assert deliver().claimed == 0  # not due yet: backoff
    second = deliver(now=due)
    assert second.retrying == 1
    [log] = _deliveries(client, as_role, world, subscription["id"])
    assert log["attempts"] == 2 and log["lastResponseStatus"] == 503
    next_at = datetime.fromisoformat(log["nextAttemptAt"])
    delay = next_at - due
    assert sender.RETRY_DELAYS[1] * 0.8 <= delay <= sender.RETRY_DELAYS[1] * 1.2  # exponential, jittered
    assert deliver(now=next_at).succeeded == 1
    [log] = _deliveries(client, as_role, world, subscription["id"])
    assert log["status"] == "succeeded" and log["attempts"] == 3 and log["nextAttemptAt"] is None
    ids = {r.headers["webhook-id"] for r in receiver.received}
    assert len(receiver.received) == 3 and len(ids) == 1  # the same message id on every attempt

    base = f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions/{subscription['id']}"
    again = client.post(f"{base}/deliveries/{log['id']}/redeliver", headers=as_role(Role.PARTNER))
    assert again.status_code == 202 and again.json()["status"] == "pending", again.text
    assert deliver().succeeded == 1
    assert len(receiver.received) == 4 and receiver.received[-1].headers["webhook-id"] in ids
    other = client.post(f"{base}/deliveries/{log['id']}/redeliver", headers=as_role(Role.PARTNER, "b"))
    assert other.status_code == 404


def test_connection_refused_is_retried_and_the_last_attempt_gives_up(
    client: TestClient, as_role, world, people, places, deliver
) -> None:
    import socket

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nobody listens there: connection refused
    subscription = _one_subscription(client, as_role, world, f"http://127.0.0.1:{port}/gone")
    _offer_made(people, places)
    moment = utcnow()
    for attempt in range(1, sender.MAX_ATTEMPTS + 1):
        report = deliver(now=moment)
        assert report.claimed == 1, attempt
        [log] = _deliveries(client, as_role, world, subscription["id"])
        assert log["attempts"] == attempt and log["lastResponseStatus"] is None
        assert "Connect" in log["lastError"]
        if attempt < sender.MAX_ATTEMPTS:
            assert log["status"] == "pending"
            moment = moment + sender.RETRY_DELAYS[attempt - 1] * 1.3
    assert log["status"] == "failed" and log["nextAttemptAt"] is None
    assert sum(sender.RETRY_DELAYS, timedelta()) > timedelta(days=3)


def test_410_gone_deactivates_the_subscription(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    subscription = _one_subscription(client, as_role, world, receiver.base_url + "/bye")
    _offer_made(people, places)
    receiver.answers = [410]
    assert deliver().failed == 1
    base = f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions/{subscription['id']}"
    shown = client.get(base, headers=as_role(Role.PARTNER)).json()
    assert shown["active"] is False and "410" in shown["deactivatedReason"]


def test_a_redirect_is_not_followed(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    _one_subscription(client, as_role, world, receiver.base_url + "/moved")
    _offer_made(people, places)
    receiver.answers = [307]
    assert deliver().retrying == 1
    assert len(receiver.received) == 1


def test_rotation_signs_with_both_secrets_during_the_overlap(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    subscription = _one_subscription(client, as_role, world, receiver.base_url + "/rot")
    base = f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions/{subscription['id']}"
    rotated = client.post(f"{base}/rotate-secret", json={"overlapHours": 24}, headers=as_role(Role.PARTNER))
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["secret"]
    assert new != subscription["secret"] and rotated.json()["previousSecretExpiresAt"] is not None
    _offer_made(people, places)
    deliver()
    [received] = receiver.received
    assert len(received.headers["webhook-signature"].split(" ")) == 2
    assert verify(new, received.headers, received.body)
    assert verify(subscription["secret"], received.headers, received.body)
    # After the overlap only the new secret signs.
    _offer_made(people, places)
    deliver(now=utcnow() + timedelta(hours=25))
    latest = receiver.received[-1]
    assert verify(new, latest.headers, latest.body)
    assert not verify(subscription["secret"], latest.headers, latest.body)
    assert "secret" not in client.get(base, headers=as_role(Role.PARTNER)).json()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "http://localhost/hook",
    ],
)
def test_private_addresses_are_refused(client: TestClient, as_role, world, url: str) -> None:
    response = client.post(
        f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions",
        json={"url": url, "eventTypes": ["offer.created"]},
        headers=as_role(Role.PARTNER),
    )
    assert response.status_code == 422, response.text
    assert response.json()["type"].endswith("/webhook-url-not-allowed")


def test_plain_http_is_refused_in_production(client: TestClient, as_role, world, monkeypatch) -> None:
    monkeypatch.setattr(get_settings(), "env", "production")
    response = client.post(
        f"/api/v1/organisations/{world.organisation(K.PARTNER)}/webhook-subscriptions",
        json={"url": "http://93.184.215.14/hook", "eventTypes": ["offer.created"]},
        headers=as_role(Role.PARTNER),
    )
    assert response.status_code == 422 and "https" in response.json()["detail"]


def test_the_sender_checks_the_address_again(world, allow_private) -> None:
    strict = allow_private.model_copy(update={"webhooks_allow_private": False})
    for url in ("http://127.0.0.1:9/x", "http://[::1]/x", "http://10.0.0.1/x", "http://169.254.169.254/"):
        with pytest.raises(AddressRefused):
            resolve(strict, url)
    assert resolve(strict, "https://93.184.215.14/x").address == "93.184.215.14"
    assert resolve(allow_private, "http://127.0.0.1:9/x").address == "127.0.0.1"


def test_a_subscription_made_before_its_address_turned_private_is_not_called(
    client: TestClient, as_role, world, people, places, receiver, deliver
) -> None:
    subscription = _one_subscription(client, as_role, world, receiver.base_url + "/x")
    _offer_made(people, places)
    strict = get_settings().model_copy(update={"webhooks_allow_private": False})
    people.db.commit()
    report = sender.deliver_due(people.db.connection(), strict)
    people.db.expire_all()
    assert report.retrying == 1 and receiver.received == []
    [log] = _deliveries(client, as_role, world, subscription["id"])
    assert log["lastError"].startswith("refused")


# --- management: every endpoint, every role ------------------------------------------------------


def test_subscription_lifecycle_and_validation(
    client: TestClient, as_role, world, receiver, monkeypatch
) -> None:
    organisation = world.organisation(K.PARTNER)
    base = f"/api/v1/organisations/{organisation}/webhook-subscriptions"
    headers = as_role(Role.PARTNER)
    bad = client.post(
        base, json={"url": "ftp://x.example/hook", "eventTypes": ["offer.created"]}, headers=headers
    )
    assert bad.status_code == 400
    unknown = client.post(
        base, json={"url": receiver.base_url, "eventTypes": ["offer.eaten"]}, headers=headers
    )
    assert unknown.status_code == 400
    none = client.post(base, json={"url": receiver.base_url, "eventTypes": []}, headers=headers)
    assert none.status_code == 400
    userinfo = client.post(
        base, json={"url": "http://u:p@127.0.0.1/x", "eventTypes": ["offer.created"]}, headers=headers
    )
    assert userinfo.status_code == 400
    created = subscribe(
        client, headers, organisation, receiver.base_url + "/a", ["offer.created", "offer.created"]
    )
    assert created["eventTypes"] == ["offer.created"] and created["active"] is True
    listed = client.get(base, headers=headers).json()
    assert listed["total"] == 1 and "secret" not in listed["items"][0]
    patched = client.patch(
        f"{base}/{created['id']}", json={"active": False, "eventTypes": ALL_EVENTS}, headers=headers
    )
    assert patched.status_code == 200 and patched.json()["active"] is False
    assert set(patched.json()["eventTypes"]) == set(ALL_EVENTS)
    monkeypatch.setattr(get_settings(), "webhooks_allow_private", False)
    bad_patch = client.patch(f"{base}/{created['id']}", json={"url": "http://10.0.0.1/"}, headers=headers)
    assert bad_patch.status_code == 422, bad_patch.text
    assert client.delete(f"{base}/{created['id']}", headers=headers).status_code == 204
    assert client.get(f"{base}/{created['id']}", headers=headers).status_code == 404


@pytest.mark.parametrize("role", list(Role))
def test_who_may_manage_subscriptions(
    client: TestClient, as_role, world, role: Role, receiver, allow_private
) -> None:
    """Organisation administrators of staff organisations and the platform admin; hosts never;
    another organisation's subscriptions are 404 (the platform admin reaches every one)."""
    own = world.actor(role).organisation_id
    headers = as_role(role)
    base = f"/api/v1/organisations/{own}/webhook-subscriptions"
    body = {"url": receiver.base_url + "/m", "eventTypes": ["offer.created"]}
    created = client.post(base, json=body, headers=headers)
    if role == Role.HOST:
        assert created.status_code == 403
        return
    assert created.status_code == 201, created.text
    sid = created.json()["id"]
    assert client.get(base, headers=headers).status_code == 200
    assert client.get(f"{base}/{sid}", headers=headers).status_code == 200
    assert client.patch(f"{base}/{sid}", json={"active": False}, headers=headers).status_code == 200
    assert client.post(f"{base}/{sid}/rotate-secret", headers=headers).status_code == 200
    assert client.get(f"{base}/{sid}/deliveries", headers=headers).json() == {"items": [], "total": 0}
    assert client.get(f"{base}/{sid}/deliveries/{uuid.uuid4()}", headers=headers).status_code == 404
    assert (
        client.post(f"{base}/{sid}/deliveries/{uuid.uuid4()}/redeliver", headers=headers).status_code == 404
    )
    other_side = as_role(role, "b")  # the same role in another organisation
    requests = [
        ("GET", base, None),
        ("POST", base, body),
        ("GET", f"{base}/{sid}", None),
        ("PATCH", f"{base}/{sid}", {"active": True}),
        ("POST", f"{base}/{sid}/rotate-secret", None),
        ("GET", f"{base}/{sid}/deliveries", None),
        ("DELETE", f"{base}/{sid}", None),
    ]
    for method, path, json_body in requests:
        response = client.request(method, path, json=json_body, headers=other_side)
        if role == Role.ADMIN:  # the platform administrator reaches every organisation's
            assert response.status_code in (200, 201, 204), (method, path, response.text)
        else:
            assert response.status_code == 404, (method, path, response.text)
    if role != Role.ADMIN:  # untouched by the other organisation
        assert client.get(f"{base}/{sid}", headers=headers).status_code == 200
        assert client.delete(f"{base}/{sid}", headers=headers).status_code == 204


def test_a_staff_member_who_is_not_an_organisation_admin_may_not(
    client: TestClient, as_role, world, db: Session, receiver, allow_private
) -> None:
    from api.identity.models import User

    user = db.get(User, world.actor(Role.PARTNER).user_id)
    assert user is not None
    user.is_organisation_admin = False
    db.add(user)
    db.commit()
    base = f"/api/v1/organisations/{user.organisation_id}/webhook-subscriptions"
    assert client.get(base, headers=as_role(Role.PARTNER)).status_code == 403
    body = {"url": receiver.base_url, "eventTypes": ["offer.created"]}
    assert client.post(base, json=body, headers=as_role(Role.PARTNER)).status_code == 403


def test_an_api_key_with_the_scope_manages_its_own_organisations_subscriptions(
    client: TestClient, as_role, world, receiver, allow_private
) -> None:
    organisation = world.organisation(K.PARTNER)
    keys = f"/api/v1/organisations/{organisation}/api-keys"
    writer = client.post(
        keys, json={"name": "hooks", "scopes": ["webhooks:write"]}, headers=as_role(Role.PARTNER)
    )
    reader = client.post(
        keys, json={"name": "other", "scopes": ["reference:read"]}, headers=as_role(Role.PARTNER)
    )
    assert writer.status_code == 201, writer.text
    key = {"X-Api-Key": writer.json()["key"]}
    unscoped = {"X-Api-Key": reader.json()["key"]}
    base = f"/api/v1/organisations/{organisation}/webhook-subscriptions"
    body = {"url": receiver.base_url, "eventTypes": ["offer.created"]}
    assert client.post(base, json=body, headers=key).status_code == 201
    assert client.get(base, headers=key).json()["total"] == 1  # write implies read
    assert client.get(base, headers=unscoped).status_code == 403
    other = world.organisation(K.PARTNER, "b")
    assert client.get(f"/api/v1/organisations/{other}/webhook-subscriptions", headers=key).status_code == 404


# --- concurrency (committed rows, real connections) ----------------------------------------------


@pytest.fixture
def committed_deliveries(engine, world, app):  # type: ignore[no-untyped-def]
    """Twenty committed deliveries of one event to a local receiver; removed afterwards."""
    assert not app.state.api.dependency_overrides

    def make(url: str, count: int) -> list[uuid.UUID]:
        settings = get_settings()
        with Session(engine) as session:
            subscription = WebhookSubscription(
                organisation_id=world.organisation(K.PARTNER),
                url=url,
                event_types=["offer.created"],
                secret_encrypted=encrypt_secret(settings, new_secret()),
            )
            session.add(subscription)
            session.flush()
            ids = []
            for _ in range(count):
                event = WebhookEvent(
                    type="offer.created",
                    resource_type="offer",
                    resource_id=uuid.uuid4(),
                    payload=json.dumps({"type": "offer.created", "data": {}}),
                )
                session.add(event)
                session.flush()
                delivery = WebhookDelivery(subscription_id=subscription.id, event_id=event.id)
                session.add(delivery)
                ids.append(event.id)
            session.commit()
            made.append((subscription.id, ids))
            return ids

    made: list[tuple[uuid.UUID, list[uuid.UUID]]] = []
    yield make
    with Session(engine) as session:
        for subscription_id, events in made:
            session.exec(delete(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id))  # type: ignore[call-overload]
            session.exec(delete(WebhookEvent).where(WebhookEvent.id.in_(events)))  # type: ignore[call-overload, attr-defined]
            session.exec(delete(WebhookSubscription).where(WebhookSubscription.id == subscription_id))  # type: ignore[call-overload]
        session.commit()


def test_two_concurrent_senders_deliver_each_event_once(
    engine, committed_deliveries, receiver, allow_private
) -> None:
    events = committed_deliveries(receiver.base_url + "/both", 20)
    reports = []
    barrier = threading.Barrier(2)

    def run() -> None:
        barrier.wait()
        reports.append(sender.deliver_due(engine, allow_private))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sum(r.succeeded for r in reports) == 20
    ids = [r.headers["webhook-id"] for r in receiver.at("/both")]
    assert sorted(ids) == sorted(f"msg_{e.hex}" for e in events)
    assert len(reports) == 2 and sum(r.claimed for r in reports) == 20  # nothing claimed twice


def test_a_crashed_senders_lease_is_taken_over(engine, committed_deliveries, receiver, allow_private) -> None:
    committed_deliveries(receiver.base_url + "/lease", 1)
    now = utcnow()
    claimed = sender._claim(engine, allow_private, now, 10)  # a sender claims, then dies
    assert len(claimed) == 1
    assert sender.deliver_due(engine, allow_private, now=now).claimed == 0  # still leased
    later = now + sender.LEASE + timedelta(seconds=1)
    assert sender.deliver_due(engine, allow_private, now=later).succeeded == 1
    assert len(receiver.at("/lease")) == 1
