from sqlmodel import Field, SQLModel

from api.core.models import Schema


class SafetyRegion(SQLModel, table=True):
    """One of the 25 veiligheidsregio's (e.g. VR13 Amsterdam-Amstelland), by its CBS code."""

    __tablename__ = "safety_region"

    code: str = Field(primary_key=True, max_length=4)
    name: str = Field(max_length=120)


class Municipality(SQLModel, table=True):
    """A Dutch municipality by its CBS code (e.g. GM0363 Amsterdam)."""

    code: str = Field(primary_key=True, max_length=6)
    name: str = Field(max_length=120, index=True)
    province: str = Field(max_length=40, index=True)
    safety_region_code: str | None = Field(
        default=None, max_length=4, foreign_key="safety_region.code", index=True
    )
    lat: float
    lon: float


class MunicipalityPublic(Schema):
    code: str
    name: str
    province: str
    safety_region_code: str | None
    lat: float
    lon: float


class SafetyRegionMunicipality(Schema):
    code: str
    name: str


class SafetyRegionPublic(Schema):
    code: str
    name: str
    municipalities: list[SafetyRegionMunicipality]
