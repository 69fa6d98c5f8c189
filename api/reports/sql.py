"""Portable SQL pieces the reports share: day and hour differences, the earliest of dates."""

from datetime import date
from typing import Any

from sqlalchemy import Date, Float, case, cast, func, literal, text
from sqlmodel import Session

FAR_FUTURE = date(9999, 12, 31)


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def days_between(session: Session, later: Any, earlier: Any) -> Any:
    """Whole days from one date column to another."""
    if is_postgres(session):
        return later - earlier
    return func.julianday(later) - func.julianday(earlier)


def hours_between(session: Session, later: Any, earlier: Any) -> Any:
    """Hours from one timestamp to another, as a number."""
    if is_postgres(session):
        return func.extract("epoch", later - earlier) / 3600.0
    # julianday is a float of days: round to whole seconds first, so 79 h is not 78.99… h.
    return cast(func.round((func.julianday(later) - func.julianday(earlier)) * 86400.0), Float) / 3600.0


def earliest(*dates: Any) -> Any:
    """The earliest of nullable dates (far in the future when all are null)."""
    values = [func.coalesce(d, literal(FAR_FUTURE, Date)) for d in dates]
    result = values[0]
    for value in values[1:]:
        result = case((value < result, value), else_=result)
    return result


# Reports aggregate tens of thousands of rows per step: enough memory to hash them, not sort on disk.
REPORT_WORK_MEM = "32MB"


def for_reporting(session: Session) -> None:
    """Settings for this transaction's report statements (PostgreSQL only): room to hash-aggregate,
    and no JIT: a national report's cost passes jit_above_cost, and compiling its expressions takes
    longer (hundreds of milliseconds) than the sub-second statement it would speed up."""
    if is_postgres(session):
        session.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))
        session.execute(text("SET LOCAL jit = off"))
