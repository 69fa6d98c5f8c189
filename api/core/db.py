"""Engine and the per-request session: the request commits once, services never do."""

from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from fastapi import Depends
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session, SQLModel, select

from api.core.config import get_settings
from api.core.errors import ProblemError

Row = TypeVar("Row", bound=SQLModel)


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


def build_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


@lru_cache
def get_engine() -> Engine:
    return build_engine(get_settings().database_url)


def run_in_transaction(session: Session) -> Iterator[Session]:
    """Commit when the handler returns; roll back on error, unless the refusal keeps its changes."""
    try:
        yield session
        session.commit()
    except ProblemError as refusal:
        if refusal.keep_changes:
            session.commit()
        else:
            session.rollback()
        raise
    except Exception:
        session.rollback()
        raise


def get_session() -> Iterator[Session]:
    """One transaction per request."""
    with Session(get_engine(), expire_on_commit=False) as session:
        yield from run_in_transaction(session)


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
