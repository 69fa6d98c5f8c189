"""Settings from the environment (prefix ``ONDERDAK_``; the database URL also as ``DATABASE_URL``)."""

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, BeforeValidator, Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PLACEHOLDER_SECRET = "change-me-development-only"  # noqa: S105 - refused outside development
REPO_ROOT = Path(__file__).resolve().parents[2]
MIN_SECRET_BITS = 96  # 32 random hex characters score about 110


def _comma_separated(value: object) -> object:
    """`a, b` or a JSON list `["a", "b"]` (the form ONDERDAK_CORS_ORIGINS took first)."""
    if isinstance(value, str):
        if value.lstrip().startswith("["):
            return json.loads(value)
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


CommaSeparated = Annotated[list[str], NoDecode, BeforeValidator(_comma_separated)]


def estimated_entropy_bits(secret: str) -> float:
    """The secret's length times the Shannon entropy of its characters: `aaaa…` scores 0, a
    repeated short pattern little, 32 random bytes in base64 about 230."""
    counts = Counter(secret)
    per_character = -sum(n / len(secret) * math.log2(n / len(secret)) for n in counts.values())
    return per_character * len(secret)


def _repeats(secret: str) -> bool:
    """A short pattern repeated (`passwordpassword…`) scores well on character entropy alone."""
    return any(
        secret == (secret[:period] * len(secret))[: len(secret)] for period in range(1, len(secret) // 2 + 1)
    )


# PDOK's topographic background map in web mercator (what Leaflet draws): public, without a key.
PDOK_BRT_TILES = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
PDOK_BRT_ATTRIBUTION = "Kaartgegevens © Kadaster"


def tile_origin(url: str) -> str | None:
    """The origin (scheme://host[:port]) a tile URL template loads from, or None when it is not an
    http(s) template with a literal host and {z}, {x} and {y}."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return None
    # Only letters, digits, dots and hyphens: the origin goes into a header, verbatim.
    literal_host = re.fullmatch(r"[a-z0-9.-]+(:\d+)?", parts.netloc.lower()) is not None
    if parts.scheme not in ("http", "https") or not literal_host or not parts.hostname:
        return None
    if not all(placeholder in url for placeholder in ("{z}", "{x}", "{y}")):
        return None
    return f"{parts.scheme}://{parts.hostname}{f':{port}' if port else ''}"


class ConfigurationError(Exception):
    """Settings that must not start the service; the message names fields, never their values."""


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
    jwt_secret: str = Field(default=PLACEHOLDER_SECRET, repr=False)
    jwt_algorithm: Literal["HS256", "HS384", "HS512"] = "HS256"
    access_token_minutes: int = Field(default=15, ge=1, le=60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    cors_origins: CommaSeparated = []
    trusted_proxies: CommaSeparated = Field(
        default=[],
        description="Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated); "
        "with none, the client address is the connection's.",
    )
    map_tile_url: str = Field(
        default=PDOK_BRT_TILES,
        description="The web app's map background: an XYZ tile URL with {z}, {x} and {y} (default: "
        "PDOK's BRT-Achtergrondkaart, public, no key); empty: no background. Its origin is the only "
        "one the SPA's Content-Security-Policy lets images come from besides its own.",
    )
    map_tile_attribution: str = Field(
        default=PDOK_BRT_ATTRIBUTION, max_length=300, description="Shown on the map beside the tiles."
    )
    status_link_days_after_close: int = Field(
        default=30, ge=1, le=365, description="A status link stops working this long after its request ends."
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    login_max_failures: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=30, ge=1)
    login_max_failures_per_account: int = Field(
        default=50, ge=1, description="Failures on one account from any address before it slows down."
    )
    login_lockout_minutes: int = Field(default=15, ge=1, description="The longest lock (they double).")
    login_known_client_days: int = Field(default=90, ge=1, le=730)
    two_factor_required_roles: CommaSeparated | None = Field(
        default=None,
        description="Roles that must log in with a second factor (comma-separated); unset: admin and "
        "desk in production, none elsewhere; empty: none.",
    )
    two_factor_challenge_minutes: int = Field(
        default=5, ge=1, le=15, description="How long the password step's second-factor challenge lasts."
    )
    password_link_hours: int = Field(
        default=72, ge=1, le=336, description="How long an invitation or password-reset link works."
    )
    frontend_dist: Path = REPO_ROOT / "frontend" / "dist"
    small_scale_max_beds: int = Field(default=50, ge=1, description="Small-scale: capacity ≤ this.")
    host_window_max_days: int = Field(default=183, ge=1, description="Longest host availability.")
    host_stay_max_days: int = Field(
        default=183,
        ge=1,
        description="Longest host-family stay (about six months); a desk may extend one, with a reason.",
    )
    vetting_four_eyes: bool = Field(
        default=False,
        description="A `vetted` decision takes effect only once a second person, outside the host's "
        "managing organisation, approves it (vetted hosts may receive vulnerable households).",
    )
    vetting_renewal_lead_days: int = Field(
        default=30, ge=1, le=365, description="Re-vetting is due this long before vetting expires."
    )
    matching_min_stay_days: int = Field(
        default=30, ge=1, description="A place must stay available this long after the move."
    )
    matching_weights: dict[str, float] = Field(
        default_factory=dict,
        description="Overrides of the score weights (work, school, carer, municipality, language, "
        "small_scale, care_fit, self_catering, urgency), as JSON.",
    )
    # People and moves
    min_notice_days: int = Field(default=7, ge=0, le=90, description="Days between offer and move.")
    host_stay_lead_days: int = Field(
        default=42, ge=1, le=365, description="Open a request this long before a stay or location ends."
    )
    closed_request_retention_days: int = Field(
        default=365, ge=1, description="Anonymise closed and cancelled requests after this long."
    )
    status_lookups_per_minute: int = Field(default=30, ge=1, description="Per client address.")
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_from: str = "Onderdak <noreply@onderdak.nl>"
    smtp_username: str | None = None
    smtp_password: str | None = Field(default=None, repr=False)
    smtp_starttls: bool = True
    notification_max_attempts: int = Field(default=10, ge=1)
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Where people reach the web app; household messages link to its status page.",
    )
    sms_gateway_url: str | None = Field(
        default=None,
        description="The SMS gateway: a JSON POST {to, from, text, reference} with a bearer key.",
    )
    sms_gateway_key: str | None = Field(default=None, repr=False)
    sms_from: str = Field(default="Onderdak", max_length=11, description="The SMS sender name.")
    sms_timeout_seconds: float = Field(default=10, gt=0, le=60)
    mailbox_path: Path = Field(
        default=REPO_ROOT / "var" / "mailbox.jsonl",
        description="Outside production, messages without a configured channel are written here.",
    )
    webhooks_allow_private: bool = Field(
        default=False,
        description="Let webhooks reach private, loopback and link-local addresses (development and "
        "tests only; refused in production).",
    )

    @model_validator(mode="after")
    def refuse_weak_secret(self) -> "Settings":
        if self.uses_placeholder_secret:
            if self.env != "development":
                raise ValueError("ONDERDAK_JWT_SECRET must be set outside development")
            return self
        secret = self.jwt_secret
        if len(secret) < 32 or estimated_entropy_bits(secret) < MIN_SECRET_BITS or _repeats(secret):
            raise ValueError(
                "ONDERDAK_JWT_SECRET is too weak: use a random value of at least 32 characters, "
                "e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return self

    @model_validator(mode="after")
    def public_url_in_production(self) -> "Settings":
        """Messages link households to the status page here: a loopback address reaches nobody."""
        host = urlsplit(self.public_url).hostname or ""
        if self.env == "production" and (host in ("localhost", "") or host.startswith("127.")):
            raise ValueError("ONDERDAK_PUBLIC_URL must be the web app's public address in production")
        return self

    @model_validator(mode="after")
    def webhooks_stay_public_in_production(self) -> "Settings":
        if self.env == "production" and self.webhooks_allow_private:
            raise ValueError("ONDERDAK_WEBHOOKS_ALLOW_PRIVATE is for development and tests, not production")
        return self

    @model_validator(mode="after")
    def known_matching_weights(self) -> "Settings":
        from dataclasses import fields

        from api.matching.scoring import Weights

        names = {f.name for f in fields(Weights)}
        unknown = set(self.matching_weights) - names
        if unknown or any(w < 0 for w in self.matching_weights.values()):
            raise ValueError(
                f"ONDERDAK_MATCHING_WEIGHTS takes non-negative numbers for {', '.join(sorted(names))}"
            )
        return self

    @model_validator(mode="after")
    def known_two_factor_roles(self) -> "Settings":
        from api.core.authorization import Role

        unknown = set(self.two_factor_required_roles or []) - {role.value for role in Role}
        if unknown:
            raise ValueError(
                f"ONDERDAK_TWO_FACTOR_REQUIRED_ROLES takes roles of {', '.join(r.value for r in Role)}"
            )
        return self

    @model_validator(mode="after")
    def map_tiles_from_one_origin(self) -> "Settings":
        self.map_tile_url = self.map_tile_url.strip()
        if self.map_tile_url and tile_origin(self.map_tile_url) is None:
            raise ValueError(
                "ONDERDAK_MAP_TILE_URL takes an http(s) tile URL with a fixed host and {z}, {x} and {y} "
                "(e.g. https://tiles.example.nl/{z}/{x}/{y}.png), or nothing for no map background"
            )
        return self

    @property
    def map_tile_origin(self) -> str | None:
        """Where map tiles come from: the one image origin the SPA's policy allows besides its own."""
        return tile_origin(self.map_tile_url) if self.map_tile_url else None

    @property
    def roles_requiring_two_factor(self) -> frozenset[str]:
        if self.two_factor_required_roles is None:
            return frozenset({"admin", "desk"}) if self.env == "production" else frozenset()
        return frozenset(self.two_factor_required_roles)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def uses_placeholder_secret(self) -> bool:
        return self.jwt_secret == PLACEHOLDER_SECRET


def load_settings() -> Settings:
    """The settings, or a ConfigurationError whose message names the wrong settings and why,
    never their values (a refused start must not print a password)."""
    try:
        return Settings()
    except ValidationError as exc:
        reasons = [
            f"- {'ONDERDAK_' + '.'.join(map(str, e['loc'])).upper() if e['loc'] else 'settings'}: "
            f"{e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors(include_input=False, include_url=False)
        ]
        raise ConfigurationError("Onderdak cannot start:\n" + "\n".join(reasons)) from None


@lru_cache
def get_settings() -> Settings:
    return load_settings()
