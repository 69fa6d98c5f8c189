"""Security headers on every response, and status-link secrets kept out of logs and error bodies.

A status link (`/status/<token>`) is the household's only key to its page: whoever reads an access
log line, an error body or a `Referer` header with it can act as the household. So its paths are
answered with `Referrer-Policy: no-referrer` and `Cache-Control: no-store`, and wherever the path is
echoed (the access log, a problem's `instance`) the token is replaced.
"""

import logging
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.config import Settings

_STATUS_TOKEN = re.compile(r"(/status/)[^/?#]+")
REDACTED = "[redacted]"


def redact_path(path: str) -> str:
    """The path with a status link's secret replaced, fit to log or echo."""
    return _STATUS_TOKEN.sub(rf"\g<1>{REDACTED}", path)


def _is_status_path(path: str) -> bool:
    return _STATUS_TOKEN.search(path) is not None


class RedactStatusTokens(logging.Filter):
    """For uvicorn's access log, whose third argument is the request's path and query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3 and isinstance(record.args[2], str):
            args = list(record.args)
            args[2] = redact_path(args[2])
            record.args = tuple(args)
        return True


def redact_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactStatusTokens) for f in access.filters):
        access.addFilter(RedactStatusTokens())


def content_security_policy(settings: Settings) -> str:
    """The SPA's policy: its own scripts only (no inline script), images also from the configured map
    tiles' origin (and no other)."""
    tiles = [settings.map_tile_origin] if settings.map_tile_origin else []
    images = " ".join(["'self'", "data:", "blob:", *tiles])
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class SecurityHeadersMiddleware:
    """Adds the headers below to every HTTP response; a handler's own values win where it set one.

    The API documentation page (`/api/v1/docs`) loads Swagger UI with an inline script from a CDN, so
    it gets only `frame-ancestors 'none'` instead of the SPA's policy; API responses are JSON, which
    no browser renders as a document, and get `default-src 'none'`.
    """

    def __init__(self, app: ASGIApp, *, settings: Settings, api_prefix: str) -> None:
        self.app = app
        self.api_prefix = api_prefix
        self.spa_policy = content_security_policy(settings).encode()
        self.hsts = settings.env == "production"

    def _headers(self, path: str) -> list[tuple[bytes, bytes]]:
        if path == f"{self.api_prefix}/docs":
            policy = b"frame-ancestors 'none'"
        elif path.startswith(f"{self.api_prefix}/"):
            policy = b"default-src 'none'; frame-ancestors 'none'"
        else:
            policy = self.spa_policy
        status_path = _is_status_path(path)
        headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"content-security-policy", policy),
            (b"referrer-policy", b"no-referrer" if status_path else b"same-origin"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if status_path:
            headers.append((b"cache-control", b"no-store"))
        if self.hsts:
            headers.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
        return headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = self._headers(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = list(message.get("headers", []))
                names = {name.lower() for name, _ in own}
                if _is_status_path(scope["path"]):
                    own = [(n, v) for n, v in own if n.lower() != b"cache-control"]
                    names.discard(b"cache-control")
                message["headers"] = own + [(n, v) for n, v in added if n not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)
