"""Vetting expiry reminders: the host's managing organisation hears, once per host and expiry date,
that a vetting runs out within the renewal lead time (`vetting_renewal_lead_days`)."""

from datetime import date
from typing import Any

from sqlmodel import Session

from api.audit.service import record
from api.core.config import Settings
from api.core.db import upsert_insert
from api.hosts.models import HostFamily, VettingReminder
from api.hosts.service import hosts_with_vetting_expiring
from api.notifications.models import Notification, RecipientType
from api.notifications.service import organisation_recipients

# The outbox's `kind` for these messages (they concern a host, not a household's request).
VETTING_EXPIRY_KIND = "vetting_expiry"


def _claim(session: Session, host: HostFamily) -> bool:
    table = VettingReminder.__table__  # type: ignore[attr-defined]
    claimed = session.execute(
        upsert_insert(session, table)
        .values(host_family_id=host.id, expires_on=host.vetting_expires_on)
        .on_conflict_do_nothing(index_elements=["host_family_id", "expires_on"])
        .returning(table.c.host_family_id)
    ).first()
    return claimed is not None


def _message(host: HostFamily, today: date) -> tuple[str, str]:
    assert host.vetting_expires_on is not None
    days = (host.vetting_expires_on - today).days
    subject = f"Screening van gastgezin {host.display_name} verloopt op {host.vetting_expires_on.isoformat()}"
    body = (
        f"De screening van gastgezin {host.display_name} verloopt over {days} dagen, op "
        f"{host.vetting_expires_on.isoformat()}. Daarna kan Onderdak dit gastgezin geen huishoudens meer "
        "voorstellen. Plan de herscreening (VOG, huisbezoek, referenties) en leg het besluit vast in "
        f"Onderdak (gastgezin {host.id})."
    )
    return subject, body


def remind_expiring_vetting(session: Session, settings: Settings, today: date) -> dict[str, Any]:
    """Queue a reminder to the managing organisation of each host whose vetting expires soon."""
    reminded = []
    for host in hosts_with_vetting_expiring(session, today, settings.vetting_renewal_lead_days):
        if not _claim(session, host):
            continue
        subject, body = _message(host, today)
        for user in organisation_recipients(session, host.organisation_id):
            session.add(
                Notification(
                    kind=VETTING_EXPIRY_KIND,
                    recipient_type=RecipientType.ORGANISATION_USER.value,
                    recipient=user.email,
                    recipient_user_id=user.id,
                    language="nl",
                    subject=subject,
                    body=body,
                )
            )
        record(
            session,
            None,
            "remind_vetting_expiry",
            "host_family",
            host.id,
            {"expiresOn": host.vetting_expires_on.isoformat() if host.vetting_expires_on else None},
            organisation_id=host.organisation_id,
        )
        reminded.append(str(host.id))
    return {"reminded": len(reminded), "hostIds": reminded}
