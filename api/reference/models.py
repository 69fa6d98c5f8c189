from sqlmodel import Field, SQLModel

from api.core.models import Schema


class Municipality(SQLModel, table=True):
    """A Dutch municipality by its CBS code (e.g. GM0363 Amsterdam)."""

    code: str = Field(primary_key=True, max_length=6)
    name: str = Field(max_length=120, index=True)
    province: str = Field(max_length=40, index=True)
    lat: float
    lon: float


class MunicipalityPublic(Schema):
    code: str
    name: str
    province: str
    lat: float
    lon: float
