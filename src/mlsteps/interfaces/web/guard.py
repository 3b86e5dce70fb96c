"""The page's door: every request needs the token, every change also needs a header a cross-site form cannot set.

A pure ASGI middleware (not ``BaseHTTPMiddleware``), so the live-reload stream passes through untouched.

- The token comes from the ``?token=`` of the address ``mlsteps web`` printed, from the cookie the first visit
  with it sets (HttpOnly, SameSite=Strict), or from an ``Authorization: token ...`` header (scripts).
- A browser's first visit with ``?token=`` is sent on to the same address without it, so the token leaves the
  address bar and the history.
- Changes (POST, PUT, PATCH, DELETE) need the token again in ``X-MLSteps-Token`` (a cross-site form cannot set a
  header, and a cross-site ``fetch`` with one is stopped by the browser's preflight, which this app never grants),
  and, when the browser sends an ``Origin``, it must be this server's own.
- Every answer carries a strict Content-Security-Policy (no inline script, nothing from elsewhere), ``nosniff``
  and ``no-referrer``. The one inline thing allowed is the editor's own ``<style>`` element, by a nonce made for
  each answer (``request.state.style_nonce``), which the page hands to CodeMirror (``EditorView.cspNonce``).
  Other sites may neither embed what it serves (``Cross-Origin-Resource-Policy: same-origin``) nor keep a handle on
  a window it opened (``Cross-Origin-Opener-Policy: same-origin``), and the page asks for no device
  (``Permissions-Policy``: no camera, microphone, location...).
- A request whose ``Host`` is not the address it arrived at (the one ``mlsteps web`` printed; ``localhost`` too on
  loopback) is refused before anything else: a web site that points its own name at 127.0.0.1 (DNS rebinding) gets
  nothing, not even the page that asks for the key.
- A body over :data:`BODY_LIMIT` is refused unread (413); FastAPI's own answer to a body it cannot read would send
  it back whole, so ``app`` answers those in words (see ``app._unreadable``).
"""

from __future__ import annotations

import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_HEADER = "x-mlsteps-token"
CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (
        b"permissions-policy",
        b"camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), "
        b"display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()",
    ),
]
BODY_LIMIT = 4 * 1024 * 1024  # bytes: twice the largest file the page may save, in JSON
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
NO_TOKEN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlsteps: open the link from your terminal</title></head>
<body><main><h1>This page needs its key</h1>
<p>{reason}</p>
<p>Open the address that <code>mlsteps web</code> printed in your terminal: it ends with
<code>?token=</code> and a long key. The key keeps other web sites and other people on your network away from
your work.</p></main></body></html>
"""


MISDIRECTED_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mlsteps: {title}</title></head>
<body><main><h1>{title}</h1><p>{reason}</p></main></body></html>
"""


def _split_host(given: str) -> tuple[str, int | None]:
    """``127.0.0.1:8000`` as ("127.0.0.1", 8000), ``[::1]:8000`` as ("::1", 8000); no port: None."""
    given = given.strip().lower()
    if given.startswith("["):
        name, _, rest = given[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif given.count(":") == 1:
        name, _, port = given.partition(":")
    else:
        name, port = given, ""
    return name.rstrip("."), int(port) if port.isdigit() else None


def _host_problem(scope: Scope, headers: dict[str, str]) -> str | None:
    """Why a request's Host is not this server's address (None when it is): the address the connection arrived at,
    or, on loopback, another name of loopback; and the same port."""
    given = headers.get("host", "")
    name, port = _split_host(given)
    served = scope.get("server") or ("", None)
    served_name, served_port = str(served[0] or "").lower(), served[1]
    names = {served_name} | (LOOPBACK_NAMES if served_name in LOOPBACK_NAMES else set())
    if name in names and (served_port is None or (port or 80) == served_port):
        return None
    shown = given[:100] or "no address at all"
    return (
        f"This server answers only at the address that mlsteps web printed, and this request was sent to {shown}. "
        "Open the printed address."
    )


def _too_large(headers: dict[str, str]) -> bool:
    length = headers.get("content-length", "")
    return length.isdigit() and int(length) > BODY_LIMIT


def _capped(receive: Receive) -> Receive:
    """The request's body, up to BODY_LIMIT bytes: past it (a body sent without its length), the client is treated
    as gone, so nothing past the limit is read or kept."""
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > BODY_LIMIT:
                return {"type": "http.disconnect"}
        return message

    return capped


def cookie_name(scope: Scope) -> str:
    """One cookie per port, so two servers on one machine do not push each other's key out."""
    server = scope.get("server") or ("", 0)
    return f"mlsteps-token-{server[1] or 0}"


def _headers(scope: Scope) -> dict[str, str]:
    return {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}


def _same(given: str | None, token: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), token.encode())


class Guard:
    """Lets a request through only with the token; see the module's docstring for the rules."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["style_nonce"] = nonce
        send = self._with_headers(send, nonce)
        headers = _headers(scope)
        misdirected = _host_problem(scope, headers)
        if misdirected:
            await self._refuse(scope, send, misdirected, status=400, title="Not this address")
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # a malformed cookie header is just no cookie
            cookies = SimpleCookie()
        cookie = cookies.get(cookie_name(scope))
        authorization = headers.get("authorization", "")
        from_header = authorization[6:].strip() if authorization.lower().startswith("token ") else None
        from_query = query.get("token")
        allowed = any(_same(given, self.token) for given in (cookie.value if cookie else None, from_header, from_query))

        if not allowed:
            if from_query:
                reason = "The key in this address is not the one of this server."
            elif cookie or from_header:
                reason = "This browser kept the key of an earlier start of mlsteps web; each start makes a new one."
            else:
                reason = "Nothing was sent with this request to show it comes from you."
            await self._refuse(scope, send, reason)
            return
        method = scope["method"].upper()
        if method in CHANGING:
            problem = self._changing_problem(scope, headers)
            if problem:
                await self._refuse(scope, send, problem)
                return
            if _too_large(headers):
                await self._refuse(
                    scope, send, f"That is more than this page ever sends ({BODY_LIMIT // 2**20} MB).", status=413
                )
                return
            receive = _capped(receive)
        elif from_query is not None and method == "GET" and self._navigating(headers):
            await self._clean_address(scope, send, query)
            return
        await self.app(scope, receive, send)

    def _changing_problem(self, scope: Scope, headers: dict[str, str]) -> str | None:
        if not _same(headers.get(TOKEN_HEADER), self.token):
            return "A change must come from the mlsteps page itself (the X-MLSteps-Token header is missing or wrong)."
        origin = headers.get("origin")
        if origin is not None:
            parts = urlsplit(origin)
            if parts.netloc.lower() != headers.get("host", "").lower() or parts.scheme not in ("http", "https"):
                return f"A change was asked for from another web site ({origin}), so it was refused."
        if headers.get("sec-fetch-site") == "cross-site":
            return "A change was asked for from another web site, so it was refused."
        return None

    @staticmethod
    def _navigating(headers: dict[str, str]) -> bool:
        return headers.get("sec-fetch-mode") == "navigate" or "text/html" in headers.get("accept", "")

    async def _clean_address(self, scope: Scope, send: Send, query: dict[str, str]) -> None:
        """Set the cookie and send the browser to the same address without the token."""
        rest = urlencode([(key, value) for key, value in query.items() if key != "token"])
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        location = "/" + path.lstrip("/") + (f"?{rest}" if rest else "")  # never //host: that would leave the site
        cookie = f"{cookie_name(scope)}={self.token}; HttpOnly; SameSite=Strict; Path=/"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    (b"cache-control", b"no-store"),
                    (b"content-length", b"0"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})

    async def _refuse(self, scope: Scope, send: Send, reason: str, status: int = 403, title: str = "") -> None:
        if scope["path"].startswith("/api/"):
            body = json.dumps({"error": reason}).encode()
            kind = b"application/json"
        else:
            from html import escape

            if title:
                body = MISDIRECTED_PAGE.format(title=escape(title), reason=escape(reason)).encode()
            else:
                body = NO_TOKEN_PAGE.format(reason=escape(reason)).encode()
            kind = b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    def _with_headers(send: Send, nonce: str) -> Send:
        policy = (b"content-security-policy", POLICY.format(nonce=nonce).encode())

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {key.lower() for key, _ in message.get("headers", [])}
                extra = [(key, value) for key, value in [policy, *SECURITY_HEADERS] if key not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return sending
