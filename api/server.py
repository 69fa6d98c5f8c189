"""Running the app under uvicorn, with several worker processes when asked."""

import gc
import ipaddress
import logging
import socket
from typing import TYPE_CHECKING

import uvicorn
from uvicorn.supervisors import ChangeReload, Multiprocess

from api.core.config import ConfigurationError, Settings, get_settings

if TYPE_CHECKING:
    from fastapi import FastAPI

logger = logging.getLogger("onderdak")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_secret_for(settings: Settings, host: str) -> None:
    """The public placeholder secret signs tokens anyone can forge: it may serve only development
    on a loopback address, and then says so loudly."""
    if not settings.uses_placeholder_secret:
        return
    if not _loopback(host):
        raise ConfigurationError(
            f"Onderdak cannot start: it would listen on {host} with the public development secret. "
            "Set ONDERDAK_JWT_SECRET (and ONDERDAK_ENV=production), or listen on 127.0.0.1."
        )
    logger.warning(
        "DEVELOPMENT MODE: tokens are signed with the public placeholder secret; anyone can forge them. "
        "Never expose this server; set ONDERDAK_ENV=production and ONDERDAK_JWT_SECRET for real use."
    )


class TcpConfig(uvicorn.Config):
    """uvicorn binds its shared socket with protocol 0; asyncio then never sets TCP_NODELAY on
    the workers' connections (it checks proto == IPPROTO_TCP), and Nagle's algorithm meeting the
    client's delayed ACK adds 40 ms to about one response in ten. We mark the socket as TCP."""

    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return sock
        tcp = socket.socket(sock.family, socket.SOCK_STREAM, socket.IPPROTO_TCP, fileno=sock.detach())
        tcp.set_inheritable(True)
        return tcp


def serve(*, host: str, port: int, workers: int, reload: bool) -> None:
    config = uvicorn_config(get_settings(), host=host, port=port, workers=workers, reload=reload)
    server = uvicorn.Server(config)
    if config.should_reload:
        ChangeReload(config, target=server.run, sockets=[config.bind_socket()]).run()
    elif config.workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        server.run()


def serving_app() -> "FastAPI":
    """The app as a server process runs it. What exists once it is built (modules, routes, the
    schema) lives as long as the process: frozen out of the collector's generations, later
    collections do not walk it again and again."""
    from api.main import create_app

    app = create_app()
    gc.freeze()
    return app


def uvicorn_config(settings: Settings, *, host: str, port: int, workers: int, reload: bool) -> TcpConfig:
    """X-Forwarded-For is believed only from the configured proxies: otherwise any client could
    choose the address that login throttling and status-page limits count it under. Loop and
    HTTP parser are uvicorn's "auto" choice: uvloop and httptools (its `standard` extras, less CPU
    per request than asyncio's loop and h11, benchmarks/candidates.py) where they install, and
    asyncio's own on a platform without uvloop (Windows)."""
    return TcpConfig(
        "api.server:serving_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
        server_header=False,
    )
