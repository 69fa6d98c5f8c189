"""Running the app under uvicorn, with several worker processes when asked."""

import socket

import uvicorn
from uvicorn.supervisors import ChangeReload, Multiprocess


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
    config = TcpConfig(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        proxy_headers=True,
    )
    server = uvicorn.Server(config)
    if config.should_reload:
        ChangeReload(config, target=server.run, sockets=[config.bind_socket()]).run()
    elif config.workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        server.run()
