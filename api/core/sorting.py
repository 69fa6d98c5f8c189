"""Server-side sorting for lists (`?sort=key`, `?sort=-key` reversed), one way for every list.

A list declares its keys as a StrEnum (so the spec lists them) and maps each key, without the
`-`, to a column or expression; `ordering` turns the chosen value into an ORDER BY term. Callers
add their own tie-breakers (creation time, id) so that pages never overlap.
"""

from collections.abc import Mapping
from typing import Any


def sort_key(sort: str) -> str:
    """The key a sort value names: `-name` and `name` both sort by `name`."""
    return sort.removeprefix("-")


def ordering(sort: str, columns: Mapping[str, Any]) -> Any:
    """The ORDER BY term for SORT: COLUMNS[key] ascending, or descending when SORT starts with `-`."""
    column = columns[sort_key(sort)]
    return column.desc() if sort.startswith("-") else column.asc()
