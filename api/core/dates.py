"""Dates from clients: written as YYYY-MM-DD and within a window that makes sense for what they mean.

A year-9999 move date overflows date arithmetic (a 500), a vetting valid until 9999 never needs
renewing, and `0` read as a timestamp is 1 January 1970: every date a client sends, in a body or a
query, is one of the types below. Out of the window is a 400 problem naming the field.
"""

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

EARLIEST_DATE, LATEST_DATE = date(2000, 1, 1), date(2100, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _years_from(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _iso_date(value: Any) -> Any:
    """Only a calendar date as YYYY-MM-DD (or a date object): no timestamps such as `0`."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("must be a date written as YYYY-MM-DD")


def _window(*, years_back: int | None = None, years_ahead: int | None = None) -> AfterValidator:
    """Between EARLIEST_DATE and LATEST_DATE, and within the given years of today (read at each check)."""

    def check(value: date) -> date:
        today = date.today()
        earliest = max(EARLIEST_DATE, _years_from(today, -years_back)) if years_back else EARLIEST_DATE
        latest = LATEST_DATE
        if years_ahead is not None:
            latest = min(latest, _years_from(today, years_ahead))
        if not earliest <= value <= latest:
            raise ValueError(f"must lie between {earliest} and {latest}")
        return value

    return AfterValidator(check)


_ISO = BeforeValidator(_iso_date)

# Any date the service can reason about: filters, report dates, permits, a location's opening.
CalendarDate = Annotated[date, _ISO, _window()]
# When a household moves or must have moved: offers, deadlines, closings, a stay's planned end.
MoveDate = Annotated[date, _ISO, _window(years_back=1, years_ahead=2)]
# When something happened (a check, a visit, an arrival, a departure): the services refuse a day
# in the future with their own problem; this keeps far dates out of their arithmetic.
EventDate = Annotated[date, _ISO, _window(years_back=10, years_ahead=1)]
# A host family's availability window.
AvailabilityDate = Annotated[date, _ISO, _window(years_back=5, years_ahead=2)]
# A vetting decision is valid at most 3 years, whoever vets the host.
VettingExpiryDate = Annotated[date, _ISO, _window(years_ahead=3)]
