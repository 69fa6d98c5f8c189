from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.reference import service
from api.reference.models import MunicipalityPublic

router = APIRouter(prefix="/municipalities", tags=["municipalities"])


class MunicipalityPage(Page[MunicipalityPublic]):
    pass


@router.get("", response_model=MunicipalityPage, summary="Municipalities (CBS codes)")
def list_municipalities(
    session: SessionDep,
    page: PageDep,
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
    q: Annotated[str | None, Query(max_length=100, description="Part of a name or code.")] = None,
    province: Annotated[str | None, Query(max_length=40)] = None,
) -> MunicipalityPage:
    rows, total = service.list_municipalities(session, page, q=q, province=province)
    return MunicipalityPage(items=[MunicipalityPublic.model_validate(r) for r in rows], total=total)


@router.get("/{code}", response_model=MunicipalityPublic, summary="One municipality")
def get_municipality(
    session: SessionDep,
    code: Annotated[str, Path(pattern=r"^[Gg][Mm]\d{4}$")],
    _: Annotated[Principal, requires(Permission.REFERENCE_READ)],
) -> MunicipalityPublic:
    return MunicipalityPublic.model_validate(service.get_municipality(session, code))
