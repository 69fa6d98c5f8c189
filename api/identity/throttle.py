"""Login throttling that a stranger cannot turn against a user.

Failures are counted under three keys (hashes, in `login_throttle`):
- the account *and* the client address: guessing one account's password from one place locks
  only that pair, so a stranger failing on someone's e-mail address does not lock its owner out;
- the client address alone: one password tried on many accounts locks the address;
- the account alone, with a much higher limit: a guess spread over many addresses slows the
  account down, but the correct password from an address the user logged in from before (a known
  client, `login_known_client`) still works.

Each lock is progressive: the limit's failure locks for a minute, every further one doubles it, up
to `login_lockout_minutes`; a quiet period that long restarts the count. The counts live in the
database, shared by every API process.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete
from sqlmodel import Session, col

from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.errors import TooManyRequests
from api.identity.models import LoginKnownClient, LoginThrottle

FIRST_LOCK = timedelta(minutes=1)


def _key(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha256("\0".join(parts).encode()).hexdigest()[: 64 - len(prefix)]


@dataclass(frozen=True)
class LoginKeys:
    pair: str
    address: str
    account: str

    @classmethod
    def of(cls, account: str, client_address: str) -> "LoginKeys":
        """ACCOUNT is the normalised e-mail address (known or not, so a lock reveals nothing)."""
        return cls(
            pair=_key("pair:", account, client_address),
            address=_key("ip:", client_address),
            account=_key("acct:", account),
        )


def _locked_for(session: Session, key: str, now: datetime) -> int | None:
    row = session.get(LoginThrottle, key)
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return int((row.locked_until - now).total_seconds()) + 1


def refuse_while_locked(session: Session, keys: LoginKeys, now: datetime) -> None:
    """429 before the password is even checked, so a lock cannot be used as an oracle."""
    known = session.get(LoginKnownClient, keys.pair) is not None
    checked = [keys.pair, keys.address] + ([] if known else [keys.account])
    waits = [wait for key in checked if (wait := _locked_for(session, key, now)) is not None]
    if waits:
        raise TooManyRequests(
            "Too many failed attempts; try again later.", headers={"Retry-After": str(max(waits))}
        )


def _count(session: Session, settings: Settings, key: str, limit: int, now: datetime) -> None:
    longest = timedelta(minutes=settings.login_lockout_minutes)
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    statement = (
        upsert_insert(session, table)
        .values(email_key=key, failures=1, updated_at=now)
        .on_conflict_do_update(
            index_elements=["email_key"],
            set_={
                "failures": case((table.c.updated_at < now - longest, 1), else_=table.c.failures + 1),
                "updated_at": now,
            },
        )
        .returning(table.c.failures)
    )
    failures = session.execute(statement).scalar_one()
    if failures >= limit:
        lock = min(longest, FIRST_LOCK * 2 ** min(failures - limit, 16))
        row = session.get(LoginThrottle, key, populate_existing=True)
        assert row is not None
        row.locked_until = now + lock
        session.add(row)


def count_failure(session: Session, settings: Settings, keys: LoginKeys, now: datetime) -> None:
    _count(session, settings, keys.pair, settings.login_max_failures, now)
    _count(session, settings, keys.address, settings.login_max_failures_per_address, now)
    _count(session, settings, keys.account, settings.login_max_failures_per_account, now)


def forget_failures(session: Session, keys: LoginKeys) -> None:
    """After a successful login: the pair's count starts again (the account's and the address's do
    not: a success does not excuse guesses at other accounts or from other places)."""
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.email_key) == keys.pair))


def remember_client(session: Session, keys: LoginKeys, now: datetime) -> None:
    table = LoginKnownClient.__table__  # type: ignore[attr-defined]
    session.execute(
        upsert_insert(session, table)
        .values(pair_key=keys.pair, last_login_at=now)
        .on_conflict_do_update(index_elements=["pair_key"], set_={"last_login_at": now})
    )


def forget_account_failures(session: Session, account: str) -> None:
    """A new password through a password link: the account-wide count starts again."""
    key = LoginKeys.of(account, "").account
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.email_key) == key))


def clean(session: Session, settings: Settings, now: datetime) -> dict[str, int]:
    """Forget counts quiet for a day and clients not seen for `login_known_client_days`."""
    counts = session.exec(
        delete(LoginThrottle).where(col(LoginThrottle.updated_at) < now - timedelta(days=1))
    ).rowcount
    clients = session.exec(
        delete(LoginKnownClient).where(
            col(LoginKnownClient.last_login_at) < now - timedelta(days=settings.login_known_client_days)
        )
    ).rowcount
    return {"loginCounts": counts, "knownClients": clients}
