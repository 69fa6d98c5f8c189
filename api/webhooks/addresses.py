"""Where the sender may connect (no SSRF): public unicast addresses only, https in production.

Checked when a subscription is saved and again at every delivery; the sender then connects to
the very address it checked (so a DNS answer that changes in between cannot point it inward).
`ONDERDAK_WEBHOOKS_ALLOW_PRIVATE=true` lifts the address check for development and tests.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from api.core.config import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """The URL may not be called; the message says why (without echoing internal details)."""


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """A global unicast address: not private, loopback, link-local, multicast, reserved, unspecified
    or shared (also when an IPv4 address hides inside an IPv6 one)."""
    embedded = _embedded_ipv4(address)
    if embedded is not None and not is_public(embedded):
        return False
    return address.is_global and not (
        address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # as in the URL (the TLS server name and the Host header)
    port: int
    address: str  # the checked address to connect to


def check_scheme(settings: Settings, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused("the URL must be http(s) with a host")
    if settings.env == "production" and parts.scheme != "https":
        raise AddressRefused("webhook URLs must use https")


def resolve(settings: Settings, url: str) -> Target:
    """The address to connect to, every address the host resolves to being allowed."""
    check_scheme(settings, url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise AddressRefused("the host does not resolve") from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not addresses:
            raise AddressRefused("the host does not resolve")
    if not settings.webhooks_allow_private and not all(is_public(a) for a in addresses):
        raise AddressRefused(
            "the host is or resolves to a private, loopback, link-local or otherwise non-public address"
        )
    return Target(scheme=parts.scheme, host=host, port=port, address=str(addresses[0]))
