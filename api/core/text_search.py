"""Free-text filters (`?q=`): a case-insensitive substring match in which `%`, `_` and `\\` are
plain characters, so `q=%` finds names containing a percent sign instead of every row."""

from typing import Any

from sqlalchemy import func, or_

ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """`%text%` with LIKE's wildcards in TEXT escaped (lowercased, to compare with lower(column))."""
    escaped = text.lower().replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def matches_text(text: str, *columns: Any) -> Any:
    """A condition: TEXT occurs in any of COLUMNS, ignoring case."""
    pattern = like_pattern(text)
    return or_(*(func.lower(column).like(pattern, escape=ESCAPE) for column in columns))
