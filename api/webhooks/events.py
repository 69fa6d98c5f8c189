"""`emit`: write an event and its deliveries into the transaction of the change (the outbox).

Who receives an event is decided by the domains' own read rules: a subscription's organisation
receives it only when an API key of that organisation (its integration role and every scope that
role may hold) could read the resource through the API at that moment. A hostile organisation
learns nothing it could not poll for. The body names ids and the new state only: never a name,
contact detail, needs detail, legal status or free text (reasons, notes, descriptions).
"""

import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from api.core.authorization import ROLE_PERMISSIONS, USER_ONLY_PERMISSIONS, Permission, Principal
from api.core.errors import NotFound
from api.core.models import utcnow
from api.webhooks.models import EventType, WebhookDelivery, WebhookEvent, WebhookSubscription


def _value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _request(request: Any) -> dict[str, Any]:
    return {"id": request.id, "householdId": request.household_id, "status": request.status}


def _offer(offer: Any) -> dict[str, Any]:
    return {
        "id": offer.id,
        "relocationRequestId": offer.request_id,
        "householdId": offer.household_id,
        "status": offer.status,
        "placeType": offer.place_type,
        "placeId": offer.shelter_unit_id or offer.host_family_id,
        "moveOn": offer.move_on,
        "respondBy": offer.respond_by,
        "placementId": offer.placement_id,
    }


def _placement(placement: Any) -> dict[str, Any]:
    return {
        "id": placement.id,
        "householdId": placement.household_id,
        "relocationRequestId": placement.relocation_request_id,
        "status": placement.status,
        "placeType": placement.place_type,
        "placeId": placement.shelter_unit_id or placement.host_family_id,
        "startsOn": placement.starts_on,
        "arrivedOn": placement.arrived_on,
        "endedOn": placement.ended_on,
    }


def _host_family(host: Any) -> dict[str, Any]:
    return {"id": host.id, "vettingStatus": host.vetting_status, "vettingExpiresOn": host.vetting_expires_on}


def _incident(incident: Any) -> dict[str, Any]:
    return {
        "id": incident.id,
        "subjectType": incident.subject_type,
        "subjectId": incident.subject_id,
        "severity": incident.severity,
        "status": incident.status,
        "outcome": incident.outcome,
    }


def _sees_request(session: Session, principal: Principal, resource_id: uuid.UUID) -> None:
    from api.relocation.service import get_request

    get_request(session, principal, resource_id, referred=True)


def _sees_offer(session: Session, principal: Principal, resource_id: uuid.UUID) -> None:
    from api.offers.service import get_offer

    get_offer(session, principal, resource_id)


def _sees_placement(session: Session, principal: Principal, resource_id: uuid.UUID) -> None:
    from api.placements.service import get_placement

    get_placement(session, principal, resource_id)


def _sees_host_family(session: Session, principal: Principal, resource_id: uuid.UUID) -> None:
    from api.hosts.service import get_host_family

    get_host_family(session, principal, resource_id)


def _sees_incident(session: Session, principal: Principal, resource_id: uuid.UUID) -> None:
    from api.incidents.service import get_incident

    get_incident(session, principal, resource_id)


Body = Callable[[Any], dict[str, Any]]
Sees = Callable[[Session, Principal, uuid.UUID], None]  # raises NotFound outside the caller's scope

# Event family → (resource type, its public body, the read permission, the domain's read rule).
RESOURCES: dict[str, tuple[str, Body, Permission, Sees]] = {
    "relocation_request": ("relocation_request", _request, Permission.REQUESTS_READ, _sees_request),
    "offer": ("offer", _offer, Permission.REQUESTS_READ, _sees_offer),
    "placement": ("placement", _placement, Permission.PLACEMENTS_READ, _sees_placement),
    "host_family": ("host_family", _host_family, Permission.HOST_FAMILIES_READ, _sees_host_family),
    "incident": ("incident", _incident, Permission.INCIDENTS_READ, _sees_incident),
}


def integration_principal(session: Session, organisation_id: uuid.UUID) -> Principal:
    """The organisation as its widest API key would be: what it could read, it may be told."""
    from api.identity.models import INTEGRATION_ROLE, Organisation, OrganisationKind

    organisation = session.get(Organisation, organisation_id)
    assert organisation is not None  # subscriptions reference their organisation
    role = INTEGRATION_ROLE[OrganisationKind(organisation.kind)]
    return Principal(
        organisation_id=organisation.id,
        role=role,
        permissions=ROLE_PERMISSIONS[role] - USER_ONLY_PERMISSIONS,
        municipality_code=organisation.municipality_code,
        safety_region_codes=organisation.working_area,
    )


def _may_see(
    session: Session, subscription: WebhookSubscription, permission: Permission, sees: Sees, rid: Any
) -> bool:
    principal = integration_principal(session, subscription.organisation_id)
    if not principal.can(permission):
        return False
    try:
        sees(session, principal, rid)
    except NotFound:
        return False
    return True


def emit(
    session: Session, event_type: EventType, resource: SQLModel, data: dict[str, Any] | None = None
) -> None:
    """Record that `resource` changed (`data`: extra public fields, e.g. the previous status).

    Called by the domain services inside the change's transaction: it is kept exactly when the
    change is. Writes nothing when no active subscription may see the resource.
    """
    family = event_type.value.split(".")[0]
    resource_type, body_of, permission, sees = RESOURCES[family]
    session.flush()  # the change is visible to the read rules below
    subscriptions = [
        s
        for s in session.exec(
            select(WebhookSubscription).where(col(WebhookSubscription.active).is_(True))
        ).all()
        if event_type.value in s.event_types
    ]
    recipients = [s for s in subscriptions if _may_see(session, s, permission, sees, resource.id)]  # type: ignore[attr-defined]
    if not recipients:
        return
    now = utcnow()
    body = {**body_of(resource), **(data or {})}
    event = WebhookEvent(
        type=event_type.value,
        resource_type=resource_type,
        resource_id=resource.id,  # type: ignore[attr-defined]
        created_at=now,
        payload="",
    )
    event.payload = json.dumps(
        {
            "type": event_type.value,
            "timestamp": now.isoformat().replace("+00:00", "Z"),
            "data": {key: _value(value) for key, value in body.items()},
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )
    session.add(event)
    session.flush()
    for subscription in recipients:
        session.add(WebhookDelivery(subscription_id=subscription.id, event_id=event.id, next_attempt_at=now))
