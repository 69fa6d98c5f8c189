"""Engine and the per-request session: the request commits once, services never do."""

import time
from collections.abc import AsyncIterator, Callable, Iterator
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlmodel import Session, SQLModel, select

from api.core.config import get_settings
from api.core.errors import ProblemError

Row = TypeVar("Row", bound=SQLModel)
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever form of URL the operator gives."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout, and transactions that SQLAlchemy controls itself.

    pysqlite's own transaction handling breaks SAVEPOINT and defers BEGIN; the SQLAlchemy
    documentation's recipe hands BEGIN to SQLAlchemy instead. Transactions begin IMMEDIATE: SQLite
    has one writer at a time anyway, and taking the write lock up front means a transaction that
    checks capacity and then books it cannot be overtaken between the two (readers are not blocked
    in WAL mode). PostgreSQL gets the same guarantee from row locks.
    """

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# A pooled PostgreSQL connection unused this long is checked with a round trip before it is handed
# out; one in steady use is not (pool_pre_ping would cost a SELECT 1 on every request).
IDLE_PING_SECONDS = 30.0
# Connections are replaced after this long, well within the idle and lifetime limits that proxies,
# firewalls and PgBouncer-style poolers put on a connection.
RECYCLE_SECONDS = 1800


def _ping_idle_connections(engine: Engine) -> None:
    """Disconnect handling as SQLAlchemy's pooling documentation describes it: connections in
    steady use are trusted (optimistic: when one turns out to be dead, the statement fails and the
    pool replaces every connection made before it), and one that sat idle for IDLE_PING_SECONDS
    is pinged when taken; a failed ping raises DisconnectionError, so the pool drops it and hands
    out a fresh connection instead (it retries up to three times)."""

    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned_at = record.info.get("returned_at")
        if returned_at is None or time.monotonic() - returned_at < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise DisconnectionError("an idle pooled connection was closed") from error


def build_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_recycle=RECYCLE_SECONDS, pool_size=10, max_overflow=20)
    _ping_idle_connections(engine)
    return engine


@lru_cache
def get_engine() -> Engine:
    return build_engine(get_settings().database_url)


def end_transaction(session: Session, error: Exception | None) -> None:
    """Commit when the handler returned, or refused with a problem that keeps its changes; roll
    back otherwise (and when the commit fails)."""
    if error is None or (isinstance(error, ProblemError) and error.keep_changes):
        try:
            session.commit()
        except Exception:
            session.rollback()
            raise
    else:
        session.rollback()


def run_in_transaction(session: Session) -> Iterator[Session]:
    """SESSION for one request: committed when the handler returns (see end_transaction)."""
    try:
        yield session
    except Exception as error:
        end_transaction(session, error)
        raise
    end_transaction(session, None)


def _end_and_close(session: Session, error: Exception | None) -> None:
    try:
        end_transaction(session, error)
    finally:
        session.close()


def reads_only(endpoint: Endpoint) -> Endpoint:
    """Marks a route that only reads (it writes nothing, records no audit event). On PostgreSQL its
    session runs each statement on its own, without BEGIN and COMMIT: two round trips of a page's
    eight, for nothing, as at READ COMMITTED every statement reads its own snapshot anyway; with
    nothing to commit or roll back, it is closed without a trip to the thread pool. The one write on
    the way in, an API key's last-use time (touched at most once a minute), commits on its own."""
    endpoint.reads_only = True  # type: ignore[attr-defined]
    return endpoint


@lru_cache
def _statement_by_statement(engine: Engine) -> Engine:
    """ENGINE's pool, its connections in autocommit while a session holds them (reset on return)."""
    return engine.execution_options(isolation_level="AUTOCOMMIT")


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One transaction per request. Async, so that opening the session costs no trip to the
    thread pool (it touches the database only at its first statement); the commit or rollback
    and the close, which do, run there. A route marked reads_only reads without a transaction
    on PostgreSQL."""
    engine = get_engine()
    if getattr(request.scope.get("endpoint"), "reads_only", False) and engine.dialect.name == "postgresql":
        reading = Session(_statement_by_statement(engine), expire_on_commit=False)
        try:
            yield reading
        finally:
            reading.close()
        return
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
    except Exception as error:
        await run_in_threadpool(_end_and_close, session, error)
        raise
    except BaseException:  # cancelled: nothing may be awaited any more
        session.close()
        raise
    await run_in_threadpool(_end_and_close, session, None)


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def lock_row(session: Session, model: type[Row], row_id: Any) -> Row | None:
    """The row, locked for the rest of the transaction (SELECT … FOR UPDATE) and freshly read."""
    return session.exec(
        select(model)
        .where(model.id == row_id)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()


def upsert_insert(session: Session, table: Any) -> Any:
    """An INSERT that supports ON CONFLICT for the session's dialect (SQLite or PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)
