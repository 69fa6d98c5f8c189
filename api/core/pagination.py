"""`?limit=&offset=` paging and the `{items, total}` list envelope."""

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, select
from sqlmodel.sql.expression import SelectOfScalar

MAX_LIMIT = 200


class PageParams(BaseModel):
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(page_params)]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """Subclass per resource (`class XPage(Page[XPublic])`) so schema names stay PascalCase."""

    items: list[T]
    total: int


def paginate(session: Session, query: SelectOfScalar[Any], page: PageParams) -> tuple[list[Any], int]:
    """Rows of one page and the total matching the query (ordering is the caller's).

    A short page that is not past the end tells the total by itself, so the count is skipped.
    """
    rows = list(session.exec(query.limit(page.limit).offset(page.offset)).all())
    if len(rows) < page.limit and (rows or page.offset == 0):
        return rows, page.offset + len(rows)
    total = session.exec(select(func.count()).select_from(query.order_by(None).subquery())).one()
    return rows, total
