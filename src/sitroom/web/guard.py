"""What every response carries and every request must show: security headers, and the Host
header allow-list that stops DNS rebinding (a page on another site resolving its own name to
127.0.0.1 to read this app's data through the visitor's browser)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK = ("127.0.0.1", "localhost", "::1")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
BAD_HOST = (
    b'{"ok":false,"error":"Host: not a name this server answers to; open it as '
    b'http://127.0.0.1:<port>/ or set SITROOM_ALLOWED_HOSTS"}'
)


def split_host(value: str) -> tuple[str, int | None]:
    """(name, port or None) of a Host header value: ``[::1]:8000``, ``localhost``, ``a.b:80``."""
    value = value.strip().lower()
    if value.startswith("["):
        name, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif value.count(":") == 1:
        name, _, port = value.partition(":")
    else:
        name, port = value, ""
    if port and not port.isdigit():
        return "", None
    return name, int(port) if port else None


def allowed_hosts(host: str, port: int, env: str | None = None) -> tuple[str, ...] | None:
    """The Host names the server at ``host:port`` answers to: on loopback the loopback names;
    otherwise ``SITROOM_ALLOWED_HOSTS`` (comma-separated names; ``*`` turns the check off),
    or the bound address itself. None: no check."""
    env = os.environ.get("SITROOM_ALLOWED_HOSTS") if env is None else env
    if env and env.strip():
        names = tuple(n.strip().lower() for n in env.split(",") if n.strip())
        return None if "*" in names else names
    if host in LOOPBACK:
        return LOOPBACK
    if host in ("0.0.0.0", "::", ""):
        return None
    return (host.lower(),)


class HostGuard:
    """ASGI middleware: requests whose Host is not an allowed name (with no port or ``port``)
    get 400; ``names`` None lets every request through."""

    def __init__(self, app: ASGIApp, names: Iterable[str] | None = None, port: int | None = None):
        self.app = app
        self.names = frozenset(names) if names is not None else None
        self.port = port

    def allows(self, value: str | None) -> bool:
        if self.names is None:
            return True
        if not value:
            return False
        name, port = split_host(value)
        return name in self.names and (port is None or self.port is None or port == self.port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and self.names is not None:
            host = dict(scope.get("headers") or ()).get(b"host", b"").decode("latin-1")
            if not self.allows(host):
                await _refuse(send)
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send) -> None:
    await send({"type": "http.response.start", "status": 400, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(BAD_HOST)).encode()),
        (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": BAD_HOST})


class SecurityHeaders:
    """ASGI middleware: ``nosniff`` on every response, the CSP on HTML ones (the app serves
    no third-party script or style, so everything comes from 'self')."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers.append((b"x-content-type-options", b"nosniff"))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html"):
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)
