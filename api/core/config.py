"""Settings from the environment (prefix ``ONDERDAK_``; the database URL also as ``DATABASE_URL``)."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRET = "change-me-development-only"  # noqa: S105 - refused outside development
REPO_ROOT = Path(__file__).resolve().parents[2]


def default_database_url() -> str:
    """A SQLite file under ./var so that a newcomer needs nothing installed."""
    var = REPO_ROOT / "var"
    var.mkdir(exist_ok=True)
    return f"sqlite:///{var / 'onderdak.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ONDERDAK_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str = Field(
        default_factory=default_database_url,
        validation_alias=AliasChoices("DATABASE_URL", "ONDERDAK_DATABASE_URL"),
    )
    jwt_secret: str = PLACEHOLDER_SECRET
    jwt_algorithm: Literal["HS256", "HS384", "HS512"] = "HS256"
    access_token_minutes: int = Field(default=15, ge=1, le=60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    cors_origins: list[str] = []
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_minutes: int = Field(default=15, ge=1)
    frontend_dist: Path = REPO_ROOT / "frontend" / "dist"
    small_scale_max_beds: int = Field(default=50, ge=1, description="Small-scale: capacity ≤ this.")
    host_window_max_days: int = Field(default=183, ge=1, description="Longest host availability.")

    @model_validator(mode="after")
    def refuse_placeholder_secret(self) -> "Settings":
        if self.env != "development" and (
            self.jwt_secret == PLACEHOLDER_SECRET or len(self.jwt_secret) < 32
        ):
            raise ValueError(
                "ONDERDAK_JWT_SECRET must be set to a random value of at least 32 characters "
                "outside development"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
