"""Building blocks shared by every table and every API schema."""

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, GetJsonSchemaHandler, StringConstraints
from pydantic.alias_generators import to_camel
from pydantic_core import CoreSchema
from sqlalchemy import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel

from api.core.errors import FieldError, Unprocessable

# Stable constraint names, so that migrations generated on SQLite and PostgreSQL agree.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always returned timezone-aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use timezone-aware values")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def id_field() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def timestamp_field(*, nullable: bool = False, index: bool = False) -> Any:
    kwargs: dict[str, Any] = {"sa_type": UTCDateTime, "nullable": nullable, "index": index}
    if not nullable:
        kwargs["default_factory"] = utcnow
    else:
        kwargs["default"] = None
    return Field(**kwargs)


class Schema(BaseModel):
    """An API representation: lowerCamelCase on the wire, snake_case in Python."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        from_attributes=True,
    )


def without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON schema `anyOf [X, null]` reduced to X: for a value that may be left out, never null."""
    options = schema.get("anyOf")
    if options and any(option.get("type") == "null" for option in options):
        rest = [option for option in options if option.get("type") != "null"]
        del schema["anyOf"]
        if len(rest) == 1:
            schema.update(rest[0])
        else:
            schema["anyOf"] = rest
        if "default" in schema and schema["default"] is None:
            del schema["default"]
    return schema


class InputSchema(BaseModel):
    """A request body: lowerCamelCase only, and unknown fields are refused.

    `model_dump()` gives snake_case names, ready to apply to a table model.

    `refuses_null` names the optional fields that may be left out but not sent as null (a change
    that leaves them as they are); the service refuses null for them, and the documented schema
    does not offer null.
    """

    refuses_null: ClassVar[tuple[str, ...]] = ()

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=False,
        validate_by_alias=True,
        serialize_by_alias=False,
        extra="forbid",
        str_strip_whitespace=True,
    )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        schema = handler(core_schema)
        if cls.refuses_null:
            properties = handler.resolve_ref_schema(schema).get("properties", {})
            for name in cls.refuses_null:
                without_null(properties[cls._wire_name(name)])
        return schema

    def refuse_null(self) -> None:
        """422 when the request sent null for a field of `refuses_null`."""
        sent = [n for n in self.refuses_null if n in self.model_fields_set and getattr(self, n) is None]
        if sent:
            wire = [self._wire_name(name) for name in sent]
            raise Unprocessable(
                f"{', '.join(wire)} may not be null; leave a field out to keep its value.",
                code="null-field",
                errors=[FieldError(field=name, message="may not be null") for name in wire],
            )

    @classmethod
    def _wire_name(cls, name: str) -> str:
        return cls.model_fields[name].alias or to_camel(name)


# Free texts in request bodies: never empty, bounded.
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Reason = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
Note = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
